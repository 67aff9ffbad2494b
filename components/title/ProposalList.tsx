import type { ReactElement } from 'react';
import type { PhraseSuggestion, Proposal } from '../../lib/analysis/title-proposals';

/** Whole-title proposals (patterns A–H) and 2–3-word phrases; each can be applied with one click. */
export function ProposalList({
  proposals,
  hidden,
  phrases,
  onApply,
  onAddWord,
}: {
  proposals: readonly Proposal[];
  /** Proposals left out because they score lower than the title as it is. */
  hidden: number;
  phrases: readonly PhraseSuggestion[];
  onApply: (title: string) => void;
  onAddWord: (word: string) => void;
}): ReactElement {
  return (
    <section>
      <h2>推荐标题</h2>
      {proposals.length === 0 && hidden === 0 ? <p className="muted">对标快照的标题太少或没有共同的核心词，无法组合标题。</p> : null}
      {hidden > 0 ? (
        <p className="muted small" data-testid="proposals-hidden">
          {proposals.length === 0 ? '你的标题已经比所有组合都好；' : ''}另有 {hidden} 个组合得分低于你现在的标题，不再显示。
        </p>
      ) : null}
      <ol className="proposals" data-testid="proposals">
        {proposals.map((p) => (
          <li key={p.title} data-pattern={p.pattern}>
            <div className="proposal-title">{p.title}</div>
            <div className="muted small">
              {p.pattern} · {p.patternLabel} · {p.score} 分 · {p.units} 字符{' '}
              <button type="button" className="secondary small-button" onClick={() => onApply(p.title)}>
                应用
              </button>
            </div>
          </li>
        ))}
      </ol>
      {phrases.length ? (
        <p>
          <span className="muted">词组（紧密词，点击加入）：</span>
          {phrases.map((p) => (
            <button key={p.phrase} type="button" className="chip" onClick={() => onAddWord(p.phrase)} title={`${p.titles} 个标题`}>
              {p.phrase}
            </button>
          ))}
        </p>
      ) : null}
    </section>
  );
}
