/**
 * Encoders for synthetic import fixtures: GBK (what Chinese Excel and the platforms' downloads write) and
 * UTF-16, plus CSV rows. No encoder package is needed: GBK bytes are found by decoding every GBK code with the
 * platform's own TextDecoder('gb18030').
 */

let gbk: Map<string, [number, number]> | null = null;

/** Unicode → GBK two-byte code, built once from the decoder (GBK is the two-byte part of GB18030). */
function gbkTable(): Map<string, [number, number]> {
  if (gbk) return gbk;
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  gbk = table;
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const table = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (endian === 'le') return new Uint8Array(le);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return new Uint8Array(be);
}

const csvCell = (v: string | number): string => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** Rows as CSV text with CRLF line ends (as Excel writes); tab-separated rows are written without quoting. */
export const csv = (rows: readonly (readonly (string | number)[])[], sep = ','): string =>
  rows.map((r) => r.map((v) => (sep === ',' ? csvCell(v) : String(v))).join(sep)).join('\r\n') + '\r\n';
