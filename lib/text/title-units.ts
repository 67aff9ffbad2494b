/** Title limits in half-width units. Taobao/Tmall: 30 汉字 = 60 units; 1688 has no published figure. */
export const TITLE_UNIT_LIMIT = { taobao: 60, tmall: 60, '1688': 60 } as const;

/**
 * Length of a title in the platforms' units: CJK and other full-width characters count 2; ASCII letters,
 * digits, spaces and half-width symbols count 1 (shared/reference/domain-rules.md §1). Counted per code
 * point so an emoji or a rare CJK extension character is one character worth 2.
 */
export function countTitleUnits(title: string): number {
  let units = 0;
  for (const ch of title) units += charUnits(ch.codePointAt(0)!);
  return units;
}

/** 1 for half-width characters (ASCII and half-width katakana / forms), 2 for everything else. */
export function charUnits(codePoint: number): 1 | 2 {
  if (codePoint <= 0x7f) return 1;
  // Half-width forms block: ｡ to ￮ (half-width katakana, hangul and symbols).
  if (codePoint >= 0xff61 && codePoint <= 0xffdc) return 1;
  if (codePoint >= 0xffe8 && codePoint <= 0xffee) return 1;
  return 2;
}

/** Cuts a title to fit a unit limit without splitting a character. */
export function truncateToUnits(title: string, limit: number): string {
  let units = 0;
  let out = '';
  for (const ch of title) {
    const u = charUnits(ch.codePointAt(0)!);
    if (units + u > limit) break;
    units += u;
    out += ch;
  }
  return out;
}
