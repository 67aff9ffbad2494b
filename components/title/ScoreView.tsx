import type { ReactElement } from 'react';
import { scoreBandOf } from '../../lib/analysis/score-band';
import type { TitleScore } from '../../lib/analysis/title-score';

/** The score, its parts as bars, every deduction with its reason, and how the title was segmented. */
export function ScoreView({ score, onAddWord }: { score: TitleScore; onAddWord: (word: string) => void }): ReactElement {
  const errors = score.banned.filter((b) => b.severity === 'error');
  return (
    <section data-testid="title-score" data-score={score.score}>
      <p className="score-line">
        <span className={`score-big ${scoreBandOf(score.score)}`}>{score.score}</span>
        <span className="muted">/100</span>
        <span className={`detail ${score.units > score.limit ? 'error' : ''}`}>
          长度 {score.units}/{score.limit} 字符
        </span>
        {score.capped ? <span className="tag warn">含违禁词，最高 40 分</span> : null}
      </p>
      {errors.length ? (
        <ul className="banned" data-testid="banned-hits">
          {errors.map((b) => (
            <li key={`${b.start}-${b.word}`} className="error">
              违禁词“{b.word}”（{b.categoryName}）：{b.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="parts">
        {score.parts.map((p) => (
          <div key={p.id} className="part" title={`${p.points}/${p.max}`}>
            <span className="part-label">{p.label}</span>
            <span className="bar">
              <span style={{ width: `${(100 * p.points) / p.max}%` }} />
            </span>
            <span className="muted small">
              {p.points}/{p.max}
            </span>
          </div>
        ))}
      </div>
      {score.deductions.length ? (
        <ul className="deductions" data-testid="deductions">
          {score.deductions
            .filter((d) => d.part !== 'banned' || d.points > 0)
            .map((d, i) => (
              <li key={i}>
                {d.points > 0 ? <span className="muted small">−{d.points} </span> : null}
                {d.reason}
              </li>
            ))}
        </ul>
      ) : null}
      {score.missing.length ? (
        <p data-testid="missing-words">
          <span className="muted">
            {score.missing.some((m) => m.searchPopularity !== undefined)
              ? '缺少的词（按 搜索人气 × (1 − 竞品标题使用占比) 排序，点击加入）：'
              : '缺少的高频词（点击加入）：'}
          </span>
          {score.missing.slice(0, 10).map((m) => (
            <button
              key={m.word}
              type="button"
              className="chip"
              title={m.searchPopularity !== undefined ? m.evidence : `${m.evidence}使用`}
              data-word={m.word}
              onClick={() => onAddWord(m.word)}
            >
              {/* With demand the chip says both (titles and 搜索人气); without, the title count as before. */}
              {m.word} <span className="muted small">{m.searchPopularity !== undefined ? m.evidence : m.titles}</span>
            </button>
          ))}
        </p>
      ) : null}
      <p className="muted small" data-testid="segmentation">
        分词：{score.words.join(' / ') || '—'}
      </p>
    </section>
  );
}
