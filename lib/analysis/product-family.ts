import type { BankWord, WordBank } from './word-bank';

/**
 * One item per title. Several products in one title are 关键词堆砌, which Taobao treats as 滥发信息 (domain-rules.md:
 * several teas in one title, 单鞋 with 凉鞋, another category's word). Which product words belong to one item is read
 * from the competitors: words they write in one title (双肩包, 背包, 书包) are one item; words they never write
 * together (红茶 and 铁观音) are two.
 */

/**
 * Whether two product words are written together in at least half the titles of the rarer one. Words without title
 * counts (a bank built elsewhere, a word outside the bank) are not held apart.
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
 * word and with every product word taken before it (背包 and 书包 with 双肩包; not 红茶 once 铁观音 is in).
 */
export function chooseProductFamily(bank: WordBank, candidates: readonly BankWord[]): Set<string> {
  const family: string[] = bank.coreWord ? [bank.coreWord] : [];
  const chosen = new Set<string>();
  for (const w of candidates) {
    if (w.wordClass !== '核心/类目词' || !family.every((other) => areWrittenTogether(bank, w.word, other))) continue;
    family.push(w.word);
    chosen.add(w.word);
  }
  return chosen;
}

/**
 * For one bank, which of its product words a title should not take: another item than the products it already names
 * (for a 铁观音 title, 红茶 and 绿茶). Pairs are compared once here; per title (every keystroke) only `has` is asked.
 */
export function prepareProductClashes(bank: WordBank): (has: (word: string) => boolean) => Set<string> {
  const products = [...(bank.productTitles?.keys() ?? [])];
  const apart = new Map(products.map((a) => [a, products.filter((b) => b !== a && !areWrittenTogether(bank, a, b))]));
  return (has) => {
    const clashing = new Set<string>();
    for (const p of products) {
      if (!has(p)) continue;
      for (const other of apart.get(p)!) if (!has(other)) clashing.add(other);
    }
    return clashing;
  };
}
