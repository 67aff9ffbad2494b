import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUtf8 } from '../../../lib/text/url-query';

/** The reference: a fatal TextDecoder, which isValidUtf8 replaces on the content script's page-load path. */
function decodesStrictly(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('isValidUtf8', () => {
  it('agrees with a fatal TextDecoder on edge cases', () => {
    const cases = [
      [],
      [0x41],
      [0xe8, 0xbf, 0x9e], // 连
      [0xc1, 0xac], // GBK 连
      [0xc0, 0x80], // overlong NUL
      [0xe0, 0x80, 0x80], // overlong
      [0xed, 0xa0, 0x80], // surrogate
      [0xf0, 0x9f, 0x98, 0x80], // emoji
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0xe8, 0xbf], // truncated
      [0x80], // stray continuation
      [0xef, 0xbf, 0xbd], // U+FFFD itself is valid
    ].map((b) => Uint8Array.from(b));
    for (const bytes of cases) expect(isValidUtf8(bytes), `[${[...bytes].join(',')}]`).toBe(decodesStrictly(bytes));
  });

  it('agrees with a fatal TextDecoder on random bytes and on encoded text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => isValidUtf8(bytes) === decodesStrictly(bytes)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => isValidUtf8(new TextEncoder().encode(text))),
      { numRuns: 1000 },
    );
  });
});
