/**
 * Lower-cases Latin letters A–Z only, so every offset stays that of the text. Titles write Latin words in any case
 * (T恤 and t恤, iPad and ipad, LED and led): the segmenter reads, and the word bank and the scorer compare, them
 * folded, while what is shown keeps the title's own writing.
 */
export function foldLatinCase(text: string): string {
  // Most words have no capital letter: no new string for them (this runs per word on every keystroke).
  return UPPER.test(text) ? text.replace(UPPER_ALL, (c) => c.toLowerCase()) : text;
}

const UPPER = /[A-Z]/;
const UPPER_ALL = /[A-Z]/g;

/** Of the spellings of one folded word and how often each was written, the commonest (the first seen on a tie). */
export function commonestSpelling(spellings: ReadonlyMap<string, number>): string {
  return [...spellings].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}
