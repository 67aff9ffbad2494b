import { writeHalfWidth } from './fold-latin';

/**
 * A search keyword as a title writes it. Shoppers type words apart (拖鞋 男, iphone 15 壳); titles write Chinese
 * words together, so a space next to a Chinese character goes (拖鞋男, iphone 15壳), while one space stays between
 * two Latin or digit words, which would otherwise run into one (ice cream, not icecream). Full-width letters and
 * digits are written as ASCII (Ｔ恤男 → T恤男).
 */
export function writeKeywordAsTitle(keyword: string): string {
  // Full-width letters and digits (Ｔ恤) as ASCII, in their case: each full-width one costs a title two units.
  const text = writeHalfWidth(keyword.trim());
  return text.replace(/\s+/g, (space, at: number) =>
    ALNUM.test(text[at - 1] ?? '') && ALNUM.test(text[at + space.length] ?? '') ? ' ' : '',
  );
}

const ALNUM = /[A-Za-z0-9]/;
