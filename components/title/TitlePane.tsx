import { foldLatin } from '../../lib/text/fold-latin';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactElement } from 'react';
import { chooseSnapshotForTitle } from '../../lib/analysis/choose-benchmark';
import type { Segmenter } from '../../lib/analysis/segment';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../lib/analysis/title-benchmark';
import { readSettings } from '../../lib/db/settings-store';
import { getSnapshot } from '../../lib/db/snapshots';
import { snapshotFileName } from '../../lib/export/snapshot-rows';
import { detectPage } from '../../lib/sites/page-type';
import { countTitleUnits } from '../../lib/text/title-units';
import { EmptyState } from '../EmptyState';
import { SnapshotPicker } from '../SnapshotPicker';
import { useSnapshotList, type SnapshotListEntry } from '../use-snapshot-list';
import { ProposalList } from './ProposalList';
import { ScoreView } from './ScoreView';
import { useEditorLink } from './use-editor-link';
import { useSegmenter } from './use-segmenter';
import { WordBankTable } from './WordBankTable';
import { errorMessage } from '../../lib/text/error-message';
import { useDemandTerms } from '../keywords/use-demand';

/** 标题 tab: score a title live against a benchmark snapshot, with proposals and the word bank. */
export function TitlePane(): ReactElement {
  const seg = useSegmenter();
  const list = useSnapshotList();
  if (seg.status === 'error') return <p className="error">分词器加载失败：{seg.message}</p>;
  if (list === undefined || seg.status === 'loading') return <p className="muted">正在加载分词器和快照…</p>;
  if (list.length === 0) {
    return (
      <EmptyState title="先采集一个对标快照">
        标题打分要和前60个竞品比。先在淘宝/天猫/1688 搜索你的核心关键词，点插件按钮“采集前60”，再回到这里。
      </EmptyState>
    );
  }
  return <TitleWorkbench list={list} segmenter={seg.loaded.segmenter} initMs={seg.loaded.initMs} />;
}

function TitleWorkbench({ list, segmenter, initMs }: { list: SnapshotListEntry[]; segmenter: Segmenter; initMs: number }): ReactElement {
  const editor = useEditorLink();
  const [draft, setDraft] = useState('');
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [applyError, setApplyError] = useState<string | null>(null);
  const title = editor.connected ? (editor.title ?? '') : draft;

  const editorPlatform = editor.url ? detectPage(editor.url).platform : null;
  const autoId = useMemo(() => chooseSnapshotForTitle(list, title, editorPlatform), [list, title, editorPlatform]);
  const snapshotId = chosenId ?? autoId;
  const snapshot = useLiveQuery(() => (snapshotId ? getSnapshot(snapshotId) : undefined), [snapshotId]);
  const settings = useLiveQuery(() => readSettings(), []);
  const demandFor = useDemandTerms();
  const demand = demandFor(snapshot?.platform);
  // Everything that depends on the benchmark only is computed once per snapshot, not per keystroke.
  const benchmark = useMemo(
    () => (snapshot && settings ? prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), segmenter, settings, demand) : null),
    [snapshot, segmenter, settings, demand],
  );
  const limit = benchmark?.limit ?? null;
  const score = useMemo(() => (benchmark && title.trim() ? benchmark.score(title) : null), [benchmark, title]);

  const setTitle = (next: string): void => {
    setApplyError(null);
    if (editor.connected) editor.apply(next).catch((e: unknown) => setApplyError(`写回失败：${errorMessage(e)}`));
    else setDraft(next);
  };
  const addWord = (word: string): void => {
    if (foldLatin(title).includes(foldLatin(word))) return;
    const next = `${title}${word}`;
    if (limit !== null && countTitleUnits(next) > limit) return setApplyError(`加入“${word}”会超过 ${limit} 字符，请先删掉一些词`);
    setTitle(next);
  };

  return (
    <div data-testid="title-pane">
      <SnapshotPicker label="对标快照" list={list} value={snapshotId} onChange={setChosenId} testId="title-snapshot" />
      {chosenId === null ? <p className="muted small">已自动选择同平台、关键词与标题最匹配的快照。</p> : null}
      {editor.connected ? (
        <p className="tag ok" data-testid="editor-linked">
          已连接编辑页：边输入边打分，点“应用”写回标题框
        </p>
      ) : (
        <textarea
          className="title-input"
          rows={3}
          maxLength={200}
          placeholder="粘贴或输入一个标题，或打开商品发布/编辑页自动读取"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="title-draft"
        />
      )}
      {editor.connected ? <p className="current-title">{title || '（标题为空）'}</p> : null}
      {applyError ? <p className="error">{applyError}</p> : null}
      {benchmark ? <DemandNote terms={benchmark.demand?.terms ?? 0} /> : null}
      {score ? <ScoreView score={score} onAddWord={addWord} /> : <p className="muted">输入标题后显示得分和扣分原因。</p>}
      {benchmark && snapshot ? (
        <>
          <ProposalList
            proposals={benchmark.proposalsFor(title).slice(0, 10)}
            hidden={benchmark.proposals.length - benchmark.proposalsFor(title).length}
            phrases={benchmark.phrases}
            onApply={setTitle}
            onAddWord={addWord}
          />
          <WordBankTable
            bank={benchmark.bank}
            learnedWords={benchmark.learnedWords}
            storeBrands={benchmark.storeBrands}
            keyword={snapshot.keyword}
            fileName={(ext) => snapshotFileName(snapshot, ext).replace('对标_', '词库_')}
          />
        </>
      ) : null}
      <p className="muted small">分词器加载用时 {Math.round(initMs)} ms（只加载一次）</p>
    </div>
  );
}

/** Whether 生意参谋 demand weighs this analysis, and how to get it when it does not. */
function DemandNote({ terms }: { terms: number }): ReactElement {
  if (!terms) {
    return (
      <p className="muted small" data-testid="title-demand" data-terms="0">
        想按搜索人气挑词：打开生意参谋 → 市场 → 搜索分析（或搜索排行），点插件按钮“采集后台数据”，或在“关键词”页导入搜索词下载。
      </p>
    );
  }
  return (
    <p className="small" data-testid="title-demand" data-terms={terms}>
      已用生意参谋的 {terms} 个相关搜索词：每个词的搜索人气 = 含这个词的搜索词的搜索人气之和；缺少的词按 搜索人气 × (1 − 竞品标题使用占比)
      排序，推荐标题优先用搜索多、竞品少用的词。
    </p>
  );
}
