import type { WordBank } from '../analysis/word-bank';
import type { Table } from './snapshot-rows';

/** The word bank as an export table (Chinese headers; shares as fractions so Excel can format them). */
export function wordBankTable(bank: WordBank, keyword: string): Table {
  return {
    name: `${keyword || '词库'}词库`.slice(0, 31),
    headers: ['词', '类别', '标题数', '占比', '销量加权占比', '平均位置'],
    rows: bank.words.map((w) => [w.word, w.wordClass, w.titles, round4(w.share), round4(w.salesShare), round4(w.meanPosition)]),
  };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
