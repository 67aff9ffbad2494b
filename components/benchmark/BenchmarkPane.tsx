import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactElement } from 'react';
import { computeBenchmark } from '../../lib/analysis/benchmark';
import { describeShares, fieldShares } from '../../lib/analysis/field-shares';
import { deleteSnapshot, getSnapshot } from '../../lib/db/snapshots';
import { ConfirmDelete } from '../data/ConfirmDelete';
import { snapshotFileName, snapshotTable } from '../../lib/export/snapshot-rows';
import { SEARCH_SOURCE_LABELS, type SearchSnapshot } from '../../lib/model/records';
import { ExportButtons } from '../ExportButtons';
import { EmptyState } from '../EmptyState';
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
  if (list.length === 0) {
    return (
      <EmptyState title="还没有对标快照">
        在淘宝、天猫或1688 搜索你的关键词，然后在插件弹窗点“采集前60”。这里会显示前60个自然结果的价格、销量、标题长度等均值和价格带。
      </EmptyState>
    );
  }
  return (
    <div data-testid="benchmark-pane">
      <SnapshotPicker label="快照" list={list} value={chosenId} onChange={selectSnapshot} testId="snapshot-picker" />
      {snapshot ? <SnapshotView snapshot={snapshot} /> : <EmptyState title="这个快照已被删除" />}
    </div>
  );
}

/** Where a snapshot's items were read from, in words a seller understands. */
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
          第{snapshot.pages.join('、')}页 · 排除广告 {snapshot.adsExcluded} 个 · 数据来源：
          {snapshot.sources.map((s) => SEARCH_SOURCE_LABELS[s]).join(' + ')}
          {manual ? ` · 含手动加入的竞品 ${manual} 个` : ''}
        </span>
      </p>
      {snapshot.complete ? null : <p className="muted small">不完整时均值只代表已采集的商品。回到搜索页翻到下一页再采集即可补足。</p>}
      {snapshot.sources.includes('general') ? (
        <p className="muted small" data-testid="general-shares">
          通用识别（页面结构没见过，按看到的内容读取），各字段读到的商品占比：{describeShares(fieldShares(snapshot.items))}。
        </p>
      ) : null}
      <BenchmarkSummary benchmark={benchmark} />
      <h2>价格带</h2>
      <PriceBandChart bands={benchmark.priceBands} />
      <ExportButtons table={() => snapshotTable(snapshot)} fileName={(ext) => snapshotFileName(snapshot, ext)} testId="export" />
      <h2>前60自然结果</h2>
      <ItemTable items={snapshot.items} />
      <p>
        <ConfirmDelete
          label="删除这个快照"
          what={`快照“${snapshot.keyword}”（${snapshot.items.length} 个商品；用它打分的我的商品改回自动选择快照）`}
          onDelete={async () => {
            const items = await deleteSnapshot(snapshot.id!);
            return `已删除快照，含 ${items} 个商品`;
          }}
          testId="delete-snapshot"
        />
      </p>
    </section>
  );
}
