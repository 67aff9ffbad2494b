import type { ReactElement } from 'react';
import { scoreBandOf } from '../../lib/analysis/score-band';
import type { ImageFeatures } from '../../lib/analysis/image/features';
import type { ImageScore } from '../../lib/analysis/image/image-score';
import { PlatformImage } from '../PlatformImage';
import { DUPLICATE_DISTANCE, SIMILAR_DISTANCE } from '../../lib/analysis/image/image-score';

const FEATURE_ROWS: { key: keyof ImageScore['images'][number]['percentiles']; label: string; format: (f: ImageFeatures) => string }[] = [
  { key: 'colourfulness', label: '色彩丰富度', format: (f) => f.colourfulness.toFixed(0) },
  { key: 'brightness', label: '亮度', format: (f) => f.brightness.toFixed(0) },
  { key: 'contrast', label: '对比度', format: (f) => f.contrast.toFixed(0) },
  { key: 'subjectFill', label: '主体占比', format: (f) => `${(f.subjectFill * 100).toFixed(0)}%` },
  { key: 'overlayCoverage', label: '文字贴片（估算）', format: (f) => `${(f.overlayCoverage * 100).toFixed(0)}%` },
];

/** Score, deductions, per-image features with their position among competitors, and the closest competitors. */
export function ImageScoreView({ score, failures }: { score: ImageScore; failures: string[] }): ReactElement {
  return (
    <section data-testid="image-score" data-score={score.score}>
      <p className="score-line">
        <span className={`score-big ${scoreBandOf(score.score)}`}>{score.score}</span>
        <span className="muted">/100 · 对比了 {score.competitorCount} 张竞品主图</span>
      </p>
      {score.deductions.length ? (
        <ul className="deductions" data-testid="image-deductions">
          {score.deductions.map((d, i) => (
            <li key={i}>
              <span className="muted small">−{d.points} </span>
              {d.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">没有扣分项。</p>
      )}
      {failures.length ? (
        <p className="muted small">
          有 {failures.length} 张图片没能读取：{failures.slice(0, 3).join('；')}
        </p>
      ) : null}
      {score.images.map((r) => (
        <div key={r.index} className="image-report">
          <h2>
            第{r.index + 1}张 · {r.features.width}×{r.features.height} · {r.features.ratioClass}
            {r.features.isWhiteBackground ? ' · 白底' : ''}
          </h2>
          <table className="list small">
            <tbody>
              {FEATURE_ROWS.map((row) => (
                <tr key={row.key}>
                  <td>{row.label}</td>
                  <td>{row.format(r.features)}</td>
                  <td className="muted">{r.percentiles[row.key] === null ? '—' : `高于 ${r.percentiles[row.key]}% 的竞品`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <h2>最相似的竞品主图</h2>
      <div className="thumb-grid" data-testid="nearest-competitors">
        {score.nearest.slice(0, 12).map((m) => (
          <figure
            key={m.id}
            className={m.distance <= DUPLICATE_DISTANCE ? 'dup' : m.distance <= SIMILAR_DISTANCE ? 'similar' : ''}
            data-distance={m.distance}
          >
            <PlatformImage src={m.imageUrl} />
            <figcaption className="small">
              {m.distance <= DUPLICATE_DISTANCE ? '几乎相同' : m.distance <= SIMILAR_DISTANCE ? '相似' : '差异'} {m.distance}/64
              <div className="muted">{m.title.slice(0, 14)}</div>
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
