import type { ReactElement } from 'react';
import type { BankWord, WordBank } from '../../lib/analysis/word-bank';
import { wordBankTable } from '../../lib/export/word-bank-rows';
import { ExportButtons } from '../ExportButtons';
import { formatCount, formatShare } from '../../lib/text/display';
import { SortHeader } from '../SortHeader';
import { useSort } from '../use-sort';

type Key = 'word' | 'wordClass' | 'titles' | 'salesShare' | 'meanPosition' | 'searchPopularity';

/** The word bank of the benchmark's 60 titles: sortable, exportable. */
export function WordBankTable({
  bank,
  learnedWords,
  storeBrands,
  keyword,
  fileName,
}: {
  bank: WordBank;
  /** Words learned from the competitors' titles (kept whole although the dictionary does not know them). */
  learnedWords: readonly string[];
  /** Competitors' brands named by their brand stores. */
  storeBrands: readonly string[];
  keyword: string;
  fileName: (ext: 'xlsx' | 'csv') => string;
}): ReactElement {
  const { sorted, sort, toggle } = useSort<BankWord, Key>(bank.words, { key: 'titles', desc: true }, (w, k) => w[k] ?? null);
  const withDemand = !!bank.demand;
  const header = (key: Key, label: string): ReactElement => (
    <SortHeader
      column={key}
      label={label}
      sort={sort}
      onSort={(k) => toggle(k, k !== 'word' && k !== 'wordClass' && k !== 'meanPosition')}
    />
  );
  return (
    <section>
      <h2>
        词库（{bank.titleCount} 个标题，{bank.words.length} 个词）
      </h2>
      {withDemand ? (
        <p className="muted small">搜索人气：生意参谋里含这个词的相关搜索词的搜索人气之和（继承法，看相对大小，不是真实搜索量）。</p>
      ) : null}
      <WordNote testId="learned-words" label="从这些标题里学到的词（竞品连写的词保持完整）" words={learnedWords} />
      <WordNote
        testId="store-brands"
        label="竞品的品牌词（来自旗舰店/专卖店店名；别人的品牌不要写进标题，推荐标题也不会用）"
        words={storeBrands}
      />
      <ExportButtons table={() => wordBankTable(bank, keyword)} fileName={fileName} testId="export-wordbank" />
      <table className="list" data-testid="word-bank">
        <thead>
          <tr>
            {header('word', '词')}
            {header('wordClass', '类别')}
            {header('titles', '标题数')}
            {withDemand ? header('searchPopularity', '搜索人气') : null}
            {header('salesShare', '销量加权')}
            {header('meanPosition', '平均位置')}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, 80).map((w) => (
            <tr key={w.word}>
              <td>{w.word}</td>
              <td className="muted small" title={w.inferred ? '词典里没有这个词，类别按它在标题里的用法推断' : undefined}>
                {w.wordClass}
                {w.inferred ? '（推断）' : ''}
              </td>
              <td>
                {w.titles} <span className="muted small">{formatShare(w.share)}</span>
              </td>
              {withDemand ? <td data-col="demand">{w.searchPopularity == null ? '—' : formatCount(w.searchPopularity)}</td> : null}
              <td>{formatShare(w.salesShare)}</td>
              <td>{w.meanPosition < 0.34 ? '前' : w.meanPosition < 0.67 ? '中' : '后'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A short list of words under the bank's heading (the first 20, then how many in all); nothing when empty. */
function WordNote({ testId, label, words }: { testId: string; label: string; words: readonly string[] }): ReactElement | null {
  if (!words.length) return null;
  return (
    <p className="muted small" data-testid={testId}>
      {label}：{words.slice(0, 20).join('、')}
      {words.length > 20 ? ` 等 ${words.length} 个` : ''}
    </p>
  );
}
