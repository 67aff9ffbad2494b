import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactElement } from 'react';
import { aggregateRoots } from '../../lib/analysis/shop/roots';
import { classifyQuadrants, type Quadrant } from '../../lib/analysis/shop/quadrants';
import { scoreListings, type ListingScore } from '../../lib/analysis/shop/listing-scores';
import { linkListingToSnapshot, listListings, listMetrics } from '../../lib/db/backoffice';
import { readSettings } from '../../lib/db/settings-store';
import { getSnapshot } from '../../lib/db/snapshots';
import type { Table } from '../../lib/export/snapshot-rows';
import type { OwnListing } from '../../lib/model/records';
import { EmptyState } from '../EmptyState';
import { ExportButtons } from '../ExportButtons';
import { formatCount, formatShare, formatYuan } from '../../lib/text/display';
import { useSegmenter } from '../title/use-segmenter';
import { useSnapshotList } from '../use-snapshot-list';
import { latestMetrics } from '../../lib/analysis/shop/latest-metrics';
import { useDemandTerms } from '../keywords/use-demand';
import { ImportBox } from './ImportBox';
import { QuadrantChart } from './QuadrantChart';

const QUADRANT_LABELS: Record<Quadrant, string> = {
  'high-high': '黄金区',
  'high-ctr-low-cvr': '改详情页',
  'low-ctr-high-cvr': '改主图',
  'low-low': '下架重上',
};

/** 店铺 tab: my listings (bulk title score), four-quadrant diagnosis, search-term roots, and imports. */
export function ShopPane(): ReactElement {
  const listings = useLiveQuery(() => listListings(), []);
  const metrics = useLiveQuery(() => listMetrics(), []);
  if (!listings || !metrics) return <p className="muted">读取中…</p>;
  const items = latestMetrics(metrics, 'item');
  const terms = latestMetrics(metrics, 'term');
  return (
    <div data-testid="shop-pane">
      <ImportBox />
      {!listings.length && !items.length && !terms.length ? (
        <EmptyState title="还没有店铺数据">
          打开 1688
          商品管理（出售中）或淘宝“出售中的宝贝”、生意参谋的搜索词页面，点插件按钮“采集后台数据”；单品的曝光、点击、转化请从生意参谋“商品效果”导出
          CSV/XLSX 后在上面导入。
        </EmptyState>
      ) : null}
      {listings.length ? <ListingsSection listings={listings} /> : null}
      {items.length ? <QuadrantSection items={items} listings={listings} /> : null}
      {terms.length ? <RootsSection terms={terms} /> : null}
    </div>
  );
}

function ListingsSection({ listings }: { listings: OwnListing[] }): ReactElement {
  const snapshots = useSnapshotList() ?? [];
  const seg = useSegmenter();
  const demandFor = useDemandTerms();
  const [scores, setScores] = useState<Map<string, ListingScore> | null>(null);
  const scoreAll = async (): Promise<void> => {
    if (seg.status !== 'ready') return;
    setScores(await scoreListings(listings, snapshots, getSnapshot, seg.loaded.segmenter, await readSettings(), demandFor));
  };
  return (
    <section>
      <h2>我的商品（{listings.length}）</h2>
      <p className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => void scoreAll()}
          disabled={seg.status !== 'ready' || !snapshots.length}
          data-testid="score-listings"
        >
          批量给标题打分
        </button>
        {!snapshots.length ? <span className="muted small">先采集一个对标快照才能打分</span> : null}
      </p>
      <table className="list" data-testid="listing-table">
        <thead>
          <tr>
            <th>标题</th>
            <th>价格</th>
            <th>库存</th>
            <th>对标快照</th>
            <th>标题分</th>
          </tr>
        </thead>
        <tbody>
          {listings.map((l) => (
            <tr key={l.key} data-key={l.key}>
              <td className="title-cell">
                {l.title}
                <div className="muted small">{l.status ?? ''}</div>
              </td>
              <td>{formatYuan(l.price)}</td>
              <td>{l.stock ?? '—'}</td>
              <td>
                <select
                  value={l.benchmarkSnapshotId ?? ''}
                  onChange={(e) => void linkListingToSnapshot(l.key, Number(e.target.value) || null)}
                  aria-label="对标快照"
                >
                  <option value="">自动</option>
                  {snapshots.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.keyword}
                    </option>
                  ))}
                </select>
              </td>
              <td data-col="score">{scores?.get(l.key)?.score ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function QuadrantSection({ items, listings }: { items: ReturnType<typeof latestMetrics>; listings: OwnListing[] }): ReactElement {
  const [ctrText, setCtrText] = useState('');
  const [cvrText, setCvrText] = useState('');
  const titles = new Map(listings.map((l) => [l.itemId, l.title]));
  const pct = (t: string): number | null => (t.trim() && Number.isFinite(Number(t)) ? Number(t) / 100 : null);
  const result = useMemo(
    () =>
      classifyQuadrants(
        items.map((m) => ({ id: m.subject, title: titles.get(m.subject) ?? m.title ?? m.subject, ctr: m.ctr, conversion: m.conversion })),
        { ctr: pct(ctrText), conversion: pct(cvrText) },
      ),
    // titles is derived from listings
    [items, listings, ctrText, cvrText],
  );
  const table = (): Table => ({
    name: '四象限',
    headers: ['商品ID', '商品', '点击率', '转化率', '象限', '建议'],
    rows: result.items.map((i) => [i.id, i.title, i.ctr, i.conversion, i.quadrant ? QUADRANT_LABELS[i.quadrant] : '', i.action]),
  });
  return (
    <section data-testid="quadrants" data-high-high-share={result.highHighShare}>
      <h2>四象限诊断（点击率 × 转化率）</h2>
      <p className="small">
        分界线默认是店铺中位数：点击率 {formatShare(result.ctrThreshold)}，转化率 {formatShare(result.conversionThreshold)}。自定义（%）：
        <input
          type="number"
          step="0.1"
          placeholder="点击率"
          value={ctrText}
          onChange={(e) => setCtrText(e.target.value)}
          style={{ width: 70 }}
        />
        <input
          type="number"
          step="0.1"
          placeholder="转化率"
          value={cvrText}
          onChange={(e) => setCvrText(e.target.value)}
          style={{ width: 70 }}
        />
      </p>
      <QuadrantChart result={result} />
      <p>
        黄金区（高点击高转化）占 <b>{formatShare(result.highHighShare)}</b>
        <span className="muted small">（建议 ≥ 30%）</span>
        {result.unclassified ? <span className="muted small">；{result.unclassified} 个商品缺少数据</span> : null}
      </p>
      <table className="list small" data-testid="quadrant-table">
        <tbody>
          {result.items.map((i) => (
            <tr key={i.id} data-quadrant={i.quadrant ?? ''}>
              <td className="title-cell">{i.title}</td>
              <td>{formatShare(i.ctr)}</td>
              <td>{formatShare(i.conversion)}</td>
              <td>
                {i.quadrant ? <span className="tag">{QUADRANT_LABELS[i.quadrant]}</span> : null}
                <div className="muted">{i.action}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExportButtons table={table} fileName={(ext) => `对标_四象限.${ext}`} testId="export-quadrants" />
    </section>
  );
}

function RootsSection({ terms }: { terms: ReturnType<typeof latestMetrics> }): ReactElement {
  const seg = useSegmenter();
  const roots = useMemo(
    () =>
      seg.status === 'ready'
        ? aggregateRoots(
            terms.map((t) => ({
              term: t.subject,
              exposure: t.exposure,
              visitors: t.visitors,
              clicks: t.clicks,
              payingBuyers: t.payingBuyers,
              amount: t.amount,
              searchIndex: t.searchIndex,
              competingItems: t.competingItems,
            })),
            seg.loaded.segmenter,
          )
        : [],
    [terms, seg],
  );
  const table = (): Table => ({
    name: '搜索词词根',
    headers: ['词根', '搜索词数', '曝光', '访客', '点击', '支付买家', '支付金额', '竞争度'],
    rows: roots.map((r) => [r.root, r.terms, r.exposure, r.visitors, r.clicks, r.payingBuyers, r.amount, r.competition]),
  });
  return (
    <section data-testid="roots">
      <h2>搜索词词根（{terms.length} 个搜索词）</h2>
      <p className="muted small">
        每个词根累加包含它的所有搜索词的数据（继承法），看的是相对重要性，不是真实搜索量。竞争度 = 搜索指数 ÷ 在线商品数。
      </p>
      <table className="list small" data-testid="root-table">
        <thead>
          <tr>
            <th>词根</th>
            <th>词数</th>
            <th>访客</th>
            <th>支付买家</th>
            <th>金额</th>
            <th>竞争度</th>
          </tr>
        </thead>
        <tbody>
          {roots.slice(0, 40).map((r) => (
            <tr key={r.root} data-root={r.root}>
              <td>{r.root}</td>
              <td>{r.terms}</td>
              <td>{formatCount(r.visitors)}</td>
              <td>{r.payingBuyers}</td>
              <td>{formatYuan(r.amount)}</td>
              <td>{r.competition === null ? '—' : r.competition.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExportButtons table={table} fileName={(ext) => `对标_搜索词词根.${ext}`} testId="export-roots" />
    </section>
  );
}
