import { failed, parsed, type ParseResult } from '../parse-result';

/**
 * Text of a downloaded CSV whatever Excel or the platform wrote it in. Excel on Chinese Windows saves
 * "CSV" in GBK (GB18030 reads GBK), Taobao's order reports are GBK, "Unicode text" is UTF-16 LE, and
 * newer tools write UTF-8 with or without a BOM.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How the encoding was known: a byte-order mark, a strict decoding that succeeded, or a guess. */
export type EncodingEvidence = 'bom' | 'valid' | 'nul-pattern' | 'fallback';

export type DecodedText = { text: string; encoding: TextEncodingName; evidence: EncodingEvidence };

/** What the user reads when no encoding fits. */
export const UNKNOWN_ENCODING =
  '编码无法识别：文件不是 UTF-8、GBK/GB18030 或 UTF-16 文本。请在 Excel 里打开后另存为“CSV UTF-8”或 .xlsx 再导入';

function bomOf(b: Uint8Array): TextEncodingName | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: text of a table always has ASCII (digits, commas, tabs, line ends), whose high
 * byte is 0 — at odd offsets in little-endian, at even ones in big-endian. NULs without that pattern are
 * binary data, which no text encoding fits.
 */
function nulPattern(b: Uint8Array): TextEncodingName | 'binary' | null {
  const n = Math.min(b.length, 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // A stray NUL or two (padding some tools add) is left to the decoders and the text check.
  if (even + odd <= n / 1000) return null;
  if (odd >= 4 * even && odd >= n / 20) return 'utf-16le';
  if (even >= 4 * odd && even >= n / 20) return 'utf-16be';
  return 'binary';
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether decoded text can be a table: no replacement characters or control characters other than tab,
 * line ends and form feed. Mojibake from a wrong guess passes this; the table reader then finds no header
 * and says the encoding may be the cause.
 */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  const bad = sample.match(/[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return bad <= sample.length / 1000;
}

/**
 * Decodes the bytes of a text table: BOM first; else UTF-16 by the NUL pattern; else UTF-8 if it decodes
 * strictly; else GB18030 (a superset of GBK and GB2312). Fails with 编码无法识别 when nothing fits.
 */
export function decodeText(bytes: Uint8Array): ParseResult<DecodedText> {
  const bom = bomOf(bytes);
  const pattern = bom ? null : nulPattern(bytes);
  if (pattern === 'binary') return failed(UNKNOWN_ENCODING, ['编码']);
  const attempts: { encoding: TextEncodingName; evidence: EncodingEvidence }[] = bom
    ? [{ encoding: bom, evidence: 'bom' }]
    : pattern
      ? [{ encoding: pattern, evidence: 'nul-pattern' }]
      : [
          { encoding: 'utf-8', evidence: 'valid' },
          { encoding: 'gb18030', evidence: 'fallback' },
        ];
  for (const { encoding, evidence } of attempts) {
    // TextDecoder drops the BOM of its own encoding; a GB18030 BOM (84 31 95 33) decodes to U+FEFF.
    // Where a BOM names the encoding, a few broken bytes are tolerated (they become U+FFFD, counted below).
    const text = decode(bytes, encoding, evidence !== 'bom')?.replace(/^\uFEFF/, '');
    if (text !== undefined && looksLikeText(text)) return parsed({ text, encoding, evidence });
  }
  return failed(UNKNOWN_ENCODING, ['编码']);
}

/** How the UI names an encoding. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16（大端）',
  gb18030: 'GBK/GB18030',
};
