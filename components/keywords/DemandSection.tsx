import { useMemo, useState, type ReactElement } from 'react';
import { pickDemandCaptures } from '../../lib/analysis/keywords/demand-rows';
import { itemPlatformOf } from '../../lib/model/item-platform';
import { buildKeywordTable, COMPETITION_FORMULA, type KeywordTable } from '../../lib/analysis/keywords/keyword-table';
import type { Segmenter } from '../../lib/analysis/segment';
import { keywordRootsTable, keywordTermsTable } from '../../lib/export/keyword-rows';
import type { Platform } from '../../lib/model/page';
import type { MetricRow } from '../../lib/model/records';
import { formatCount, formatShare } from '../../lib/text/display';
import { EmptyState } from '../EmptyState';
import { ExportButtons } from '../ExportButtons';
import { useSegmenter } from '../title/use-segmenter';
import { PaidPlanSection } from './PaidPlanSection';
import { PlatformChoice, usePlatformChoice } from './platform-choice';

type View = 'terms' | 'roots';

/** The keyword table (per term and per root) of one platform's 生意参谋 demand, and the paid-search plan from it. */
export function DemandSection({ rows }: { rows: readonly MetricRow[] }): ReactElement {
  const seg = useSegmenter();
  const { platforms, platform, choose } = usePlatformChoice(rows, itemPlatformOf);
  if (!platform) {
    return (
      <section>
        <h2>搜索词需求</h2>
        <EmptyState title="还没有搜索词数据">
          打开生意参谋 → 市场 → 搜索分析（相关分析）或搜索排行，等搜索词表格显示出来，点插件按钮“采集后台数据”；也可以把这些页面“下载”的
          Excel/CSV 在上面导入。1688 的搜索词在生意参谋 → 流量 → 搜索词。表格里勾选“在线商品数”才能算竞争度。
        </EmptyState>
      </section>
    );
  }
  if (seg.status === 'error') return <p className="error">分词器加载失败：{seg.message}</p>;
  if (seg.status === 'loading') return <p className="muted">正在加载分词器…</p>;
  return (
    <>
      <PlatformChoice platforms={platforms} value={platform} onChange={choose} testId="demand-platform" />
      <DemandTables rows={rows} platform={platform} segmenter={seg.loaded.segmenter} />
    </>
  );
}

function DemandTables({
  rows,
  platform,
  segmenter,
}: {
  rows: readonly MetricRow[];
  platform: Platform;
  segmenter: Segmenter;
}): ReactElement {
  const [view, setView] = useState<View>('terms');
  const table: KeywordTable = useMemo(() => buildKeywordTable(pickDemandCaptures(rows, platform), segmenter), [rows, platform, segmenter]);
  const blue = table.terms.filter((t) => t.blueOcean).length;
  return (
    <>
      <section data-testid="keyword-table-section">
        <h2>搜索词需求（{table.terms.length} 个搜索词）</h2>
        <p className="small" data-testid="competition-formula">
          {COMPETITION_FORMULA}。蓝海词：搜索人气在前三分之一、在线商品数在后三分之一。
          {blue ? ` 共 ${blue} 个蓝海词。` : ''}
        </p>
        <div className="subtabs">
          <button type="button" aria-pressed={view === 'terms'} onClick={() => setView('terms')} data-testid="keyword-view-terms">
            按搜索词
          </button>
          <button type="button" aria-pressed={view === 'roots'} onClick={() => setView('roots')} data-testid="keyword-view-roots">
            按词根（继承法）
          </button>
        </div>
        {view === 'terms' ? <TermTable table={table} /> : <RootTable table={table} />}
      </section>
      <PaidPlanSection terms={table.terms} segmenter={segmenter} />
    </>
  );
}

function change(x: number | null): ReactElement | null {
  if (x === null) return null;
  return <span className={`small ${x >= 0 ? 'up' : 'down'}`}>{` ${x >= 0 ? '↑' : '↓'}${formatShare(Math.abs(x))}`}</span>;
}

function TermTable({ table }: { table: KeywordTable }): ReactElement {
  return (
    <>
      <ExportButtons table={() => keywordTermsTable(table.terms)} fileName={(ext) => `对标_搜索词需求.${ext}`} testId="export-keywords" />
      <table className="list small" data-testid="keyword-table">
        <thead>
          <tr>
            <th>搜索词</th>
            <th title="和上一次采集的同一搜索词比">搜索人气</th>
            <th>在线商品数</th>
            <th title={COMPETITION_FORMULA}>竞争度</th>
            <th>点击率</th>
            <th>转化率</th>
          </tr>
        </thead>
        <tbody>
          {table.terms.map((t) => (
            <tr key={t.term} data-term={t.term} data-blue={t.blueOcean ? 'true' : 'false'}>
              <td className="title-cell">
                {t.term}
                {t.blueOcean ? <span className="tag ok">蓝海词</span> : null}
              </td>
              <td>
                {formatCount(t.searchPopularity)}
                {change(t.popularityChange)}
              </td>
              <td>{formatCount(t.onlineItems)}</td>
              <td data-col="competition">{t.competition === null ? '—' : t.competition.toFixed(4)}</td>
              <td>{formatShare(t.clickRate)}</td>
              <td>{formatShare(t.conversionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        搜索人气、在线商品数是生意参谋给的指数，看相对大小；点击率是市场的“点击人次 ÷ 搜索人数”，可以超过 100%。统计时间：
        {[...new Set(table.terms.map((t) => `${t.periodStart} 至 ${t.periodEnd}`))].join('、')}。
      </p>
    </>
  );
}

function RootTable({ table }: { table: KeywordTable }): ReactElement {
  return (
    <>
      <p className="muted small">每个词根累加包含它的所有搜索词的搜索人气和在线商品数（继承法）：看词根的相对重要性，不是真实搜索量。</p>
      <ExportButtons
        table={() => keywordRootsTable(table.roots)}
        fileName={(ext) => `对标_搜索词根.${ext}`}
        testId="export-keyword-roots"
      />
      <table className="list small" data-testid="keyword-roots">
        <thead>
          <tr>
            <th>词根</th>
            <th>词数</th>
            <th>搜索人气合计</th>
            <th>在线商品数合计</th>
            <th title={COMPETITION_FORMULA}>竞争度</th>
          </tr>
        </thead>
        <tbody>
          {table.roots.slice(0, 60).map((r) => (
            <tr key={r.root} data-root={r.root} data-blue={r.blueOcean ? 'true' : 'false'}>
              <td>
                {r.root}
                {r.blueOcean ? <span className="tag ok">蓝海词</span> : null}
              </td>
              <td>{r.terms}</td>
              <td>{formatCount(r.searchPopularity)}</td>
              <td>{formatCount(r.onlineItems)}</td>
              <td>{r.competition === null ? '—' : r.competition.toFixed(4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
