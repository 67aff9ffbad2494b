import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactElement } from 'react';
import { diffCaptures } from '../../lib/analysis/capture-diff';
import { benchmarkOfCapture, prepareTitleBenchmark } from '../../lib/analysis/title-benchmark';
import { useDemandTerms } from '../keywords/use-demand';
import { deleteCompetitor, listCaptureVersions, listWatchedCompetitors, type WatchedCompetitor } from '../../lib/db/captures';
import { ConfirmDelete } from '../data/ConfirmDelete';
import { PlatformImage } from '../PlatformImage';
import { readSettings } from '../../lib/db/settings-store';
import { addCaptureToSnapshot } from '../../lib/db/snapshots';
import { PLATFORM_LABELS } from '../../lib/model/page';
import type { ItemCapture } from '../../lib/model/records';
import { EmptyState } from '../EmptyState';
import { dateTimeFormat, formatCount, formatYuan } from '../../lib/text/display';
import { SnapshotPicker } from '../SnapshotPicker';
import { useSegmenter } from '../title/use-segmenter';
import { useSnapshotList } from '../use-snapshot-list';
import { ChangeList } from './ChangeList';
import { CompetitorHistoryView } from './CompetitorHistoryView';
import { errorMessage } from '../../lib/text/error-message';

/** 竞品 tab: watched competitors with their latest figures; one competitor's version history. */
export function CompetitorsPane(): ReactElement {
  const [selected, setSelected] = useState<string | null>(null);
  const watched = useLiveQuery((): Promise<WatchedCompetitor[]> => listWatchedCompetitors(), []);
  if (watched === undefined) return <p className="muted">读取中…</p>;
  if (watched.length === 0) {
    return (
      <EmptyState title="还没有关注的竞品">打开竞品的商品详情页，在插件弹窗点“采集此页”。再次采集会显示标题、价格、销量的变化。</EmptyState>
    );
  }
  if (selected) return <CompetitorDetail itemKey={selected} onBack={() => setSelected(null)} />;
  return (
    <table className="list" data-testid="competitor-list">
      <thead>
        <tr>
          <th>竞品</th>
          <th>价格</th>
          <th>销量</th>
          <th>版本</th>
        </tr>
      </thead>
      <tbody>
        {watched.map(({ item, latest, versions }) => (
          <tr key={item.key} data-item-key={item.key}>
            <td className="title-cell">
              <button type="button" className="link-title" onClick={() => setSelected(item.key)}>
                {item.title}
              </button>
              <div className="muted small">
                {PLATFORM_LABELS[item.platform]} · {item.shop ?? '—'} · {dateTimeFormat.format(item.lastSeenAt)}
              </div>
            </td>
            <td>{latest ? priceText(latest) : '—'}</td>
            <td>{formatCount(latest?.sales)}</td>
            <td>{versions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function priceText(c: ItemCapture): string {
  return c.priceMin !== null && c.priceMax !== null && c.priceMax !== c.priceMin
    ? `${formatYuan(c.priceMin)}–${c.priceMax}`
    : formatYuan(c.priceMin);
}

function CompetitorDetail({ itemKey, onBack }: { itemKey: string; onBack: () => void }): ReactElement {
  const captures = useLiveQuery(() => listCaptureVersions(itemKey), [itemKey]);
  if (!captures) return <p className="muted">读取中…</p>;
  const latest = captures[captures.length - 1];
  if (!latest) return <p className="muted">没有采集记录</p>;
  return (
    <section data-testid="competitor-detail">
      <button type="button" className="secondary small-button" onClick={onBack}>
        ← 返回竞品列表
      </button>
      <h2>
        <a href={latest.url} target="_blank" rel="noreferrer noopener">
          {latest.title}
        </a>
      </h2>
      <p className="muted small">
        {latest.shop ?? '—'} · {latest.shipFrom ?? '—'} · 价格 {priceText(latest)} · 销量 {formatCount(latest.sales)}
        {latest.repurchaseRate !== null ? ` · 回头率 ${Math.round(latest.repurchaseRate * 100)}%` : ''}
      </p>
      {latest.priceTiers.length > 1 ? (
        <p className="small">起批价：{latest.priceTiers.map((t) => `≥${t.minQuantity} ${formatYuan(t.price)}`).join('，')}</p>
      ) : null}
      <p className="shares">
        {latest.badges.map((b) => (
          <span key={b} className="tag">
            {b}
          </span>
        ))}
      </p>
      <div className="thumbs">
        {latest.images.slice(0, 6).map((src) => (
          <PlatformImage key={src} src={src} />
        ))}
      </div>
      {latest.skus.length ? (
        <p className="small muted">
          SKU {latest.skus.length} 个：
          {latest.skus
            .slice(0, 8)
            .map((s) => `${s.name} ${formatYuan(s.price)}`)
            .join('；')}
        </p>
      ) : null}
      <CompetitorHistoryView platform={latest.platform} itemId={latest.itemId} />
      <CompareTitle capture={latest} />
      <AddToSnapshot capture={latest} />
      <p>
        <ConfirmDelete
          label="不再跟踪并删除历史"
          what={`这个竞品和它的 ${captures.length} 个历史版本`}
          onDelete={async () => {
            const n = await deleteCompetitor(itemKey);
            onBack();
            return `已删除 ${n} 个版本`;
          }}
          testId="delete-competitor"
        />
      </p>
      <h2>历史版本（{captures.length}）</h2>
      <ol className="versions" reversed data-testid="versions">
        {[...captures].reverse().map((c, i, list) => {
          const previous = list[i + 1];
          return (
            <li key={c.id}>
              <span className="muted small">{dateTimeFormat.format(c.capturedAt)}</span>
              {previous ? <ChangeList changes={diffCaptures(previous, c)} /> : <p className="muted small">首次采集</p>}
            </li>
          );
        })}
      </ol>
      {latest.description ? (
        <details>
          <summary>描述文字</summary>
          <p className="small">{latest.description}</p>
        </details>
      ) : null}
    </section>
  );
}

/** My title against this competitor's title words: which of its words I cover and which I miss. */
function CompareTitle({ capture }: { capture: ItemCapture }): ReactElement {
  const seg = useSegmenter();
  const [mine, setMine] = useState('');
  const settings = useLiveQuery(() => readSettings(), []);
  const demand = useDemandTerms()(capture.platform);
  const benchmark = useMemo(
    () =>
      seg.status === 'ready' && settings
        ? prepareTitleBenchmark(benchmarkOfCapture(capture), seg.loaded.segmenter, settings, demand)
        : null,
    [seg, settings, capture, demand],
  );
  const score = benchmark && mine.trim() ? benchmark.score(mine) : null;
  return (
    <div className="compare">
      <label className="field column">
        和我的标题比
        <input
          type="text"
          value={mine}
          onChange={(e) => setMine(e.target.value)}
          placeholder="输入或粘贴你的标题"
          data-testid="compare-title"
        />
      </label>
      {score ? (
        <p className="small" data-testid="compare-result">
          得分 {score.score}/100；竞品标题里有、你没有的词：{score.missing.map((m) => m.word).join('、') || '无'}
        </p>
      ) : null}
    </div>
  );
}

function AddToSnapshot({ capture }: { capture: ItemCapture }): ReactElement | null {
  const list = useSnapshotList();
  const [target, setTarget] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!list?.length) return null;
  const id = target ?? list[0]!.id;
  const add = (): void => {
    addCaptureToSnapshot(id, capture).then(
      (added) => setMessage(added ? '已加入这个快照的对标集合' : '这个快照里已经有它了'),
      (e: unknown) => setMessage(`没有加入：${errorMessage(e)}`),
    );
  };
  return (
    <div className="add-to-snapshot">
      <SnapshotPicker label="加入对标快照" list={list} value={id} onChange={setTarget} testId="add-snapshot-picker" />
      <button type="button" className="secondary small-button" onClick={add} data-testid="add-to-snapshot">
        加入
      </button>
      {message ? <span className="muted small"> {message}</span> : null}
    </div>
  );
}
