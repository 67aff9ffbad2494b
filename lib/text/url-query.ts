/**
 * Reads one query parameter from a URL without assuming its percent-encoding is UTF-8.
 * 1688 search URLs encode the keyword in GBK (`keywords=%C1%AC%C3%B1…`), which URLSearchParams would
 * turn into U+FFFD; Taobao uses UTF-8. Valid UTF-8 wins, otherwise the bytes are read as GB18030.
 */
export function readQueryParam(search: string, name: string): string | null {
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (decodeLoosely(key) !== name) continue;
    return eq < 0 ? '' : decodeLoosely(pair.slice(eq + 1));
  }
  return null;
}

/** Percent-decodes `+`/`%XX` into bytes, then decodes the bytes as UTF-8 or, failing that, GB18030. */
export function decodeLoosely(encoded: string): string {
  const spaced = encoded.replace(/\+/g, ' ');
  if (!spaced.includes('%')) return spaced;
  const bytes = percentToBytes(spaced);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

// Decoders are stateless between decode() calls without { stream: true }; build them once.
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

function percentToBytes(text: string): Uint8Array {
  const out: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const hex = text.slice(i + 1, i + 3);
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      // Characters already decoded by the browser (a raw 连 in the address) keep their UTF-8 bytes.
      for (const b of encoder.encode(ch)) out.push(b);
    }
  }
  return Uint8Array.from(out);
}
