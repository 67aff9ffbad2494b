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
  // Checked first rather than by catching a fatal decoder's exception: throwing cost the content script
  // milliseconds on every 1688 result page (a GBK keyword is never valid UTF-8).
  return isValidUtf8(bytes) ? utf8.decode(bytes) : gb18030.decode(bytes);
}

// Decoders are stateless between decode() calls without { stream: true }; build them once.
const utf8 = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030');

/**
 * Whether the bytes are well-formed UTF-8 as the Encoding standard reads it (what a fatal TextDecoder
 * accepts): no stray continuation bytes, no overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lower = 0xa0; // overlong
      if (b === 0xed) upper = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lower = 0x90; // overlong
      if (b === 0xf4) upper = 0x8f; // above U+10FFFF
    } else return false;
    for (let k = 1; k <= needed; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return false;
    }
    i += needed + 1;
  }
  return true;
}

function percentToBytes(text: string): Uint8Array {
  const out: number[] = [];
  let encoder: TextEncoder | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code === 0x25 ? hexDigit(text.charCodeAt(i + 1)) : -1;
    const low = high >= 0 ? hexDigit(text.charCodeAt(i + 2)) : -1;
    if (low >= 0) {
      out.push(high * 16 + low);
      i += 2;
    } else if (code < 0x80) {
      out.push(code); // ASCII is its own UTF-8 byte
    } else {
      // Characters already decoded by the browser (a raw 连 in the address) keep their UTF-8 bytes.
      encoder ??= new TextEncoder();
      for (const b of encoder.encode(text[i]!)) out.push(b);
    }
  }
  return Uint8Array.from(out);
}

/** 0–15 for an ASCII hex digit's char code, else -1 (also for NaN past the end of the text). */
function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}
