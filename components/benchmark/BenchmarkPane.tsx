import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactElement } from 'react';
import { computeBenchmark } from '../../lib/analysis/benchmark';
import { getSnapshot } from '../../lib/db/snapshots';
import { snapshotFileName, snapshotTable } from '../../lib/export/snapshot-rows';
import type { SearchSnapshot } from '../../lib/model/records';
import { ExportButtons } from '../ExportButtons';
import { EmptyState } from '../EmptyState';
import { FeaturePlaceholder } from '../FeaturePlaceholder';
import { useSidePanelStore } from '../side-panel-store';
import { useSegmenter } from '../title/use-segmenter';
import { SnapshotPicker } from '../SnapshotPicker';
import { useSnapshotList } from '../use-snapshot-list';
import { BenchmarkSummary } from './BenchmarkSummary';
import { ItemTable } from './ItemTable';
import { PriceBandChart } from './PriceBandChart';

/** 对标 tab: pick a saved snapshot (latest by default) and see its top-60 benchmark. */
export function BenchmarkPane(): ReactElement {
  const { snapshotId, selectSnapshot } = useSidePanelStore();
  const list = useSnapshotList();
  const chosenId = snapshotId ?? list?.[0]?.id ?? null;
  const snapshot = useLiveQuery(() => (chosenId ? getSnapshot(chosenId) : undefined), [chosenId]);

  if (list === undefined) return <p className="muted">读取中…</p>;
  if (list.length === 0) return <FeaturePlaceholder tab="benchmark" />;
  return (
    <div data-testid="benchmark-pane">
      <SnapshotPicker label="快照" list={list} value={chosenId} onChange={selectSnapshot} testId="snapshot-picker" />
      {snapshot ? <SnapshotView snapshot={snapshot} /> : <EmptyState title="这个快照已被删除" />}
    </div>
  );
}

/** Where a snapshot's items were read from, in words a seller understands. */
const SOURCE_LABELS: Record<string, string> = {
  dom: '页面上的商品卡片',
  mtop: '页面加载的搜索数据',
  g_page_config: '页面内嵌数据（旧版）',
  offerresultData: '页面内嵌数据（旧版）',
};

function describeSource(source: string): string {
  return source
    .split('+')
    .map((s) => SOURCE_LABELS[s] ?? s)
    .join(' + ');
}

function SnapshotView({ snapshot }: { snapshot: SearchSnapshot }): ReactElement {
  // Words per title need the segmenter; the other figures show at once and the word count follows.
  const seg = useSegmenter();
  const segmenter = seg.status === 'ready' ? seg.loaded.segmenter : null;
  const benchmark = useMemo(
    () => computeBenchmark(snapshot.items, segmenter ? { countWords: (t) => segmenter.cut(t).length } : {}),
    [snapshot, segmenter],
  );

  const manual = snapshot.items.filter((i) => i.addedManually).length;
  return (
    <section data-testid="snapshot-view" data-snapshot-id={snapshot.id}>
      <p data-testid="snapshot-status">
        {snapshot.complete ? (
          <span className="tag ok">完整 60/60</span>
        ) : (
          <span className="tag warn">不完整 {snapshot.items.length - manual}/60</span>
        )}
        <span className="detail">
          第{snapshot.pages.join('、')}页 · 排除广告 {snapshot.adsExcluded} 个 · 数据来源：{describeSource(snapshot.source)}
          {manual ? ` · 含手动加入的竞品 ${manual} 个` : ''}
        </span>
      </p>
      {snapshot.complete ? null : <p className="muted small">不完整时均值只代表已采集的商品。回到搜索页翻到下一页再采集即可补足。</p>}
      <BenchmarkSummary benchmark={benchmark} />
      <h2>价格带</h2>
      <PriceBandChart bands={benchmark.priceBands} />
      <ExportButtons table={() => snapshotTable(snapshot)} fileName={(ext) => snapshotFileName(snapshot, ext)} testId="export" />
      <h2>前60自然结果</h2>
      <ItemTable items={snapshot.items} />
    </section>
  );
}
