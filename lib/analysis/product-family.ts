import type { BankWord, WordBank } from './word-bank';

/**
 * One item per title. Several products in one title are 关键词堆砌, which Taobao treats as 滥发信息 (domain-rules.md:
 * several teas in one title, 单鞋 with 凉鞋, another category's word). Which product words belong to one item is read
 * from the competitors: words they write in one title (双肩包, 背包, 书包; 卫衣 inside 连帽卫衣) are one item; words
 * they do not (红茶 and 铁观音) are two.
 */

/**
 * Whether two product words are written together in at least half the titles of the rarer one (found as the score
 * finds words: 卫衣 in 连帽卫衣). Words without title counts (a word outside the bank) are not held apart.
 */
export function areWrittenTogether(bank: WordBank, a: string, b: string): boolean {
  const x = bank.productTitles?.get(a);
  const y = bank.productTitles?.get(b);
  if (!x || !y) return true;
  let shared = 0;
  for (const i of x) if (y.has(i)) shared++;
  return shared >= Math.max(1, Math.ceil(Math.min(x.size, y.size) / 2));
}

/**
 * The product words a proposal may carry besides the core: taken in bank order, each written together with the core
 * word, the keyword's own words (`seeds`) and every product word taken before it (背包 and 书包 with 双肩包; not 红茶
 * once 铁观音 is in, nor 铁观音 for the keyword 红茶).
 */
export function chooseProductFamily(bank: WordBank, candidates: readonly BankWord[], seeds: readonly string[] = []): Set<string> {
  const family = [...new Set([...(bank.coreWord ? [bank.coreWord] : []), ...seeds])];
  const chosen = new Set<string>();
  for (const w of candidates) {
    if (w.wordClass !== '核心/类目词' || !family.every((other) => areWrittenTogether(bank, w.word, other))) continue;
    family.push(w.word);
    chosen.add(w.word);
  }
  return chosen;
}

/** What a title's product words say against the bank's (prepareProductClashes). */
export interface ProductClashes {
  /** Product words of another item than the title's own (红茶 for a 铁观音 title): never asked for. */
  apart: Set<string>;
  /** Product words the title names beside another item's (红茶 in a 铁观音 title), each with the word it clashes with. */
  stacked: { word: string; with: string }[];
}

/**
 * For one bank, what each title's product words clash with. Only kinds of the core word can clash: product words that
 * competitors write with the core (红茶 and 铁观音 with 茶叶; 单鞋 and 凉鞋 with 女鞋), two of which they do not write
 * together. A word written instead of the core (包包 for 女包) is another way of naming the same item and clashes with
 * nothing; so is a word of one title, which says nothing. The title's item is its product words in bank order, each
 * not clashing with those before it; the rest are stacked. Pairs are compared once here; per title (every keystroke)
 * only `has` is asked.
 */
export function prepareProductClashes(bank: WordBank): (has: (word: string) => boolean) => ProductClashes {
  const titlesOf = bank.productTitles;
  const core = bank.coreWord;
  const products = titlesOf ? bank.words.map((w) => w.word).filter((w) => (titlesOf.get(w)?.size ?? 0) >= 2) : [];
  const kinds = core ? products.filter((w) => w !== core && areWrittenTogether(bank, w, core)) : [];
  const apartFrom = new Map(
    products.map((a) => [a, kinds.includes(a) ? kinds.filter((b) => b !== a && !areWrittenTogether(bank, a, b)) : []]),
  );
  return (has) => {
    const item: string[] = [];
    const stacked: ProductClashes['stacked'] = [];
    for (const p of products) {
      if (!has(p)) continue;
      const clash = item.find((q) => apartFrom.get(q)!.includes(p));
      if (clash) stacked.push({ word: p, with: clash });
      else item.push(p);
    }
    const apart = new Set<string>();
    for (const p of item) for (const other of apartFrom.get(p)!) if (!has(other)) apart.add(other);
    return { apart, stacked };
  };
}
