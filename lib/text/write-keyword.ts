/**
 * A search keyword as a title writes it. Shoppers type words apart (拖鞋 男, iphone 15 壳); titles write Chinese
 * words together, so a space next to a Chinese character goes (拖鞋男, iphone 15壳), while one space stays between
 * two Latin or digit words, which would otherwise run into one (ice cream, not icecream).
 */
export function writeKeywordAsTitle(keyword: string): string {
  const text = keyword.trim();
  return text.replace(/\s+/g, (space, at: number) =>
    ALNUM.test(text[at - 1] ?? '') && ALNUM.test(text[at + space.length] ?? '') ? ' ' : '',
  );
}

// ASCII and full-width letters and digits.
const ALNUM = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
