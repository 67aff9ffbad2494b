/**
 * Folds Latin letters to lower case and full-width Latin letters and digits (Ｔ恤, ｊk, 辅酶Ｑ10, ２０２４) to their
 * ASCII forms, one UTF-16 unit for one, so every offset stays that of the text. Titles write Latin words in any case
 * and width (T恤, t恤 and Ｔ恤; iPad and ipad; LED and led): the segmenter reads, and the word bank and the scorer
 * compare, them folded, while what is shown keeps the title's own writing.
 */
export function foldLatin(text: string): string {
  // Most words have nothing to fold: no new string for them (this runs per word on every keystroke).
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, (c) => halfWidth(c).toLowerCase()) : text;
}

/**
 * Full-width ASCII forms (letters, digits, punctuation: Ｔ恤, ＮＯ．１, １００％) written as ASCII, in their case, one
 * unit for one. The ideographic space stays.
 */
export function writeHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALL, halfWidth);
}

// A–Z; full-width ０–９, Ａ–Ｚ and ａ–ｚ (U+FF10–FF19, FF21–FF3A, FF41–FF5A).
const FULL_WIDTH = '\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A';
const FOLDABLE = new RegExp(`[A-Z${FULL_WIDTH}]`);
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g');
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E]/g;
/** Full-width forms sit at a fixed distance from ASCII. */
const FULL_WIDTH_OFFSET = 0xfee0;

function halfWidth(c: string): string {
  const code = c.charCodeAt(0);
  return code > 0xff ? String.fromCharCode(code - FULL_WIDTH_OFFSET) : c;
}

/** Of the spellings of one folded word and how often each was written, the commonest (the first seen on a tie). */
export function commonestSpelling(spellings: ReadonlyMap<string, number>): string {
  return [...spellings].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}
