import type { ReactElement } from 'react';
import type { CaptureChanges } from '../../lib/model/records';
import { formatCount, formatYuan } from '../../lib/text/display';

/** What changed since the previous version, one line per kind of change; the title as a character diff. */
export function ChangeList({ changes }: { changes: CaptureChanges }): ReactElement {
  if (!changes.changed) return <p className="muted small">与上一版相比没有变化</p>;
  const lines: [string, string][] = [];
  const value = (label: string, c: { before: number | null; after: number | null } | null, fmt: (n: number | null) => string): void => {
    if (c) lines.push([label, `${fmt(c.before)} → ${fmt(c.after)}`]);
  };
  value('最低价', changes.priceMin, formatYuan);
  value('最高价', changes.priceMax, formatYuan);
  value('销量', changes.sales, formatCount);
  if (changes.imagesAdded.length || changes.imagesRemoved.length)
    lines.push(['主图', `新增 ${changes.imagesAdded.length} 张，删除 ${changes.imagesRemoved.length} 张`]);
  if (changes.skusAdded.length) lines.push(['新增SKU', changes.skusAdded.join('、')]);
  if (changes.skusRemoved.length) lines.push(['删除SKU', changes.skusRemoved.join('、')]);
  for (const s of changes.skuPrices) lines.push([`SKU价格 ${s.name}`, `${formatYuan(s.before)} → ${formatYuan(s.after)}`]);
  if (changes.badgesAdded.length) lines.push(['新增服务', changes.badgesAdded.join('、')]);
  if (changes.badgesRemoved.length) lines.push(['取消服务', changes.badgesRemoved.join('、')]);
  return (
    <div className="changes" data-testid="changes">
      {changes.title ? (
        <p className="title-diff" data-testid="title-diff">
          标题：
          {changes.title.map((part, i) =>
            part.kind === 'same' ? (
              <span key={i}>{part.text}</span>
            ) : part.kind === 'added' ? (
              <ins key={i}>{part.text}</ins>
            ) : (
              <del key={i}>{part.text}</del>
            ),
          )}
        </p>
      ) : null}
      <ul className="small">
        {lines.map(([label, text]) => (
          <li key={label}>
            <span className="muted">{label}：</span>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
