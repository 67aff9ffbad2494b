import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import type { ImageFeatures } from '../../lib/analysis/image/features';
import { scoreImages, type CompetitorImage, type ImageScore } from '../../lib/analysis/image/image-score';
import { getSnapshot } from '../../lib/db/snapshots';
import { sendToTab } from '../../lib/messaging/protocol';
import { EmptyState } from '../EmptyState';
import { SnapshotPicker } from '../SnapshotPicker';
import { resolveTargetTab } from '../../lib/runtime/target-tab';
import { useSnapshotList } from '../use-snapshot-list';
import { ImageScoreView } from './ImageScoreView';
import { isPlatformImageUrl } from '../../lib/sites/image-host';
import { ImageWorkerPool, loadFeatures, type Progress } from '../../lib/runtime/image-features';
import { errorMessage } from '../../lib/text/error-message';

interface MyImage {
  key: string;
  label: string;
  /** A URL on the platform's image hosts, or a local file's bytes. */
  url?: string;
  file?: File;
}

type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: Progress }
  | { status: 'done'; score: ImageScore; failures: string[] }
  | { status: 'error'; message: string };

/** 主图 tab: my main images against the 60 competitors' main images of a snapshot. */
export function ImagePane(): ReactElement {
  const list = useSnapshotList();
  const [snapshotId, setSnapshotId] = useState<number | null>(null);
  const [mine, setMine] = useState<MyImage[]>([]);
  const [urlDraft, setUrlDraft] = useState('');
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const [note, setNote] = useState<string | null>(null);
  // One pool of decoding workers per pane, created on first use and closed with the pane.
  const pool = useRef<ImageWorkerPool | null>(null);
  useEffect(() => () => pool.current?.close(), []);

  const chosen = snapshotId ?? list?.[0]?.id ?? null;
  const snapshot = useLiveQuery(() => (chosen ? getSnapshot(chosen) : undefined), [chosen]);
  if (list === undefined) return <p className="muted">读取中…</p>;
  if (list.length === 0) {
    return <EmptyState title="先采集一个对标快照">主图要和前60个竞品的主图比。先在搜索页点“采集前60”，再回到这里。</EmptyState>;
  }

  const addUrl = (): void => {
    const url = urlDraft.trim();
    if (!isPlatformImageUrl(url)) return setNote('只支持平台图片地址（https://…alicdn.com/…），其他网站的图片请先下载再选文件');
    setNote(null);
    setMine((m) => [...m, { key: url, label: `图片 ${m.length + 1}`, url }]);
    setUrlDraft('');
  };
  const addFiles = (files: FileList | null): void => {
    if (!files) return;
    setMine((m) => [
      ...m,
      ...[...files]
        .filter((f) => f.type.startsWith('image/'))
        .map((file, i) => ({ key: `${file.name}-${file.size}-${i}`, label: file.name, file })),
    ]);
  };
  const fromPage = async (): Promise<void> => {
    setNote(null);
    const tabId = await resolveTargetTab();
    try {
      if (tabId === null) throw new Error('no tab');
      const parsed = await sendToTab(browser, tabId, 'item/parse', {});
      if (!parsed.ok || !parsed.value.images.length) return setNote('当前页面没有读到主图（请打开商品详情页）');
      setMine(parsed.value.images.slice(0, 5).map((url, i) => ({ key: url, label: `第${i + 1}张`, url })));
    } catch {
      setNote('当前页面不是商品详情页');
    }
  };

  const run = async (): Promise<void> => {
    if (!snapshot) return;
    pool.current ??= new ImageWorkerPool();
    const competitorsWithImages = snapshot.items.filter((i) => i.imageUrl);
    try {
      setState({ status: 'running', progress: { done: 0, total: competitorsWithImages.length + mine.length, failed: 0 } });
      const results = await loadFeatures(
        pool.current,
        competitorsWithImages.map((i) => i.imageUrl!),
        (p) => setState({ status: 'running', progress: { ...p, total: p.total + mine.length } }),
      );
      const failures: string[] = [];
      const competitors: CompetitorImage[] = [];
      for (const item of competitorsWithImages) {
        const r = results.get(item.imageUrl!)!;
        if (r.ok) competitors.push({ id: item.itemId, title: item.title, imageUrl: item.imageUrl!, features: r.features });
        else failures.push(`竞品“${item.title.slice(0, 12)}”：${r.error}`);
      }
      const myFeatures: ImageFeatures[] = [];
      for (const image of mine) {
        const reply = image.file
          ? await pool.current.run({ bytes: await image.file.arrayBuffer() })
          : await pool.current.run({ url: image.url! });
        if (reply.ok) myFeatures.push(reply.features);
        else failures.push(`我的${image.label}：${reply.error}`);
      }
      setState({ status: 'done', score: scoreImages(myFeatures, competitors), failures });
    } catch (error) {
      setState({ status: 'error', message: errorMessage(error) });
    }
  };

  return (
    <div data-testid="image-pane">
      <SnapshotPicker label="对标快照" list={list} value={chosen} onChange={setSnapshotId} testId="image-snapshot" />
      <h2>我的主图（按顺序，第1张是搜索页展示的那张）</h2>
      <ol className="my-images" data-testid="my-images">
        {mine.map((m) => (
          <li key={m.key}>
            {m.label}
            {m.url ? <span className="muted small"> {m.url}</span> : null}{' '}
            <button type="button" className="link" onClick={() => setMine((all) => all.filter((x) => x.key !== m.key))}>
              移除
            </button>
          </li>
        ))}
      </ol>
      <div className="actions">
        <input
          type="url"
          value={urlDraft}
          onChange={(e) => setUrlDraft(e.target.value)}
          placeholder="粘贴图片地址（alicdn）"
          data-testid="image-url"
        />
        <button type="button" className="secondary" onClick={addUrl} data-testid="add-image-url">
          添加
        </button>
      </div>
      <p className="actions">
        <label className="secondary file-button">
          选择本地图片
          <input type="file" accept="image/*" multiple hidden onChange={(e) => addFiles(e.target.files)} data-testid="image-files" />
        </label>
        <button type="button" className="secondary" onClick={() => void fromPage()}>
          读取当前商品页主图
        </button>
      </p>
      {note ? <p className="error">{note}</p> : null}
      <button type="button" onClick={() => void run()} disabled={!mine.length || state.status === 'running'} data-testid="run-image-score">
        {state.status === 'running' ? '正在分析…' : '开始对比'}
      </button>
      {state.status === 'running' ? (
        <p className="muted" data-testid="image-progress">
          已处理 {state.progress.done}/{state.progress.total}
          {state.progress.failed ? `，失败 ${state.progress.failed}` : ''}
        </p>
      ) : null}
      {state.status === 'error' ? <p className="error">分析失败：{state.message}</p> : null}
      {state.status === 'done' ? <ImageScoreView score={state.score} failures={state.failures} /> : null}
    </div>
  );
}
