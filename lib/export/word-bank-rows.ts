import type { WordBank } from '../analysis/word-bank';
import type { Table } from './snapshot-rows';

/** The word bank as an export table (Chinese headers; shares as fractions so Excel can format them). */
export function wordBankTable(bank: WordBank, keyword: string): Table {
  const name = `${keyword || '词库'}词库`.slice(0, 31);
  const headers = ['词', '类别', '标题数', '占比', '销量加权占比', '平均位置'];
  const rows = bank.words.map((w) => [w.word, w.wordClass, w.titles, round4(w.share), round4(w.salesShare), round4(w.meanPosition)]);
  // With 生意参谋 demand: the words' 搜索人气 (Σ of the search terms containing them) as one more column.
  if (!bank.demand) return { name, headers, rows };
  return { name, headers: [...headers, '搜索人气'], rows: rows.map((r, i) => [...r, bank.words[i]!.searchPopularity ?? null]) };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
