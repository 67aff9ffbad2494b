import { useMemo, useState, type ReactElement } from 'react';
import type { KeywordTerm } from '../../lib/analysis/keywords/keyword-table';
import {
  buildPaidPlan,
  chooseCoreWord,
  DEFAULT_PLAN_SHARES,
  DEFAULT_PLAN_SIZE,
  PLAN_GROUP_LABELS,
  PLAN_GROUPS,
  type PlanGroup,
} from '../../lib/analysis/keywords/paid-plan';
import type { Segmenter } from '../../lib/analysis/segment';
import { paidPlanTable } from '../../lib/export/keyword-rows';
import { formatCount } from '../../lib/text/display';
import { ExportButtons } from '../ExportButtons';

const percent = (share: number): string => String(Math.round(share * 100));

/**
 * 直通车 / 网销宝 plan from the keyword table (seed method 6): about 30 % 大词, 60 % 长尾词, 10 % 精准词, the shares,
 * the plan's size, the core word and my product's attributes editable; every word with its reason.
 */
export function PaidPlanSection({ terms, segmenter }: { terms: readonly KeywordTerm[]; segmenter: Segmenter }): ReactElement {
  const [shares, setShares] = useState<Record<PlanGroup, string>>({
    big: percent(DEFAULT_PLAN_SHARES.big),
    longTail: percent(DEFAULT_PLAN_SHARES.longTail),
    precise: percent(DEFAULT_PLAN_SHARES.precise),
  });
  const [size, setSize] = useState('');
  const [core, setCore] = useState('');
  const [attributes, setAttributes] = useState('');
  const defaultCore = useMemo(() => chooseCoreWord(terms, segmenter), [terms, segmenter]);
  const plan = useMemo(
    () =>
      buildPaidPlan(terms, segmenter, {
        shares: { big: Number(shares.big) || 0, longTail: Number(shares.longTail) || 0, precise: Number(shares.precise) || 0 },
        ...(Number(size) > 0 ? { size: Math.min(1000, Math.floor(Number(size))) } : {}),
        coreWord: core.trim() || null,
        productWords: attributes.split(/[,，、\s]+/).filter(Boolean),
      }),
    [terms, segmenter, shares, size, core, attributes],
  );
  return (
    <section data-testid="paid-plan">
      <h2>直通车 / 网销宝 推广计划</h2>
      <p className="small">
        比例（%）：
        {PLAN_GROUPS.map((g) => (
          <label key={g} className="field">
            {PLAN_GROUP_LABELS[g]}
            <input
              type="number"
              min={0}
              max={100}
              value={shares[g]}
              onChange={(e) => setShares((s) => ({ ...s, [g]: e.target.value }))}
              style={{ width: 52 }}
              data-testid={`plan-share-${g}`}
            />
          </label>
        ))}
        <label className="field">
          词数
          <input
            type="number"
            min={1}
            max={1000}
            placeholder={String(Math.min(DEFAULT_PLAN_SIZE, terms.length))}
            value={size}
            onChange={(e) => setSize(e.target.value)}
            style={{ width: 52 }}
            data-testid="plan-size"
          />
        </label>
      </p>
      <p className="small">
        <label className="field">
          核心词
          <input
            value={core}
            placeholder={defaultCore ?? ''}
            onChange={(e) => setCore(e.target.value)}
            style={{ width: 90 }}
            data-testid="plan-core"
          />
        </label>
        <label className="field">
          我的商品属性（逗号分隔）
          <input
            value={attributes}
            placeholder="如：加绒,宽松"
            onChange={(e) => setAttributes(e.target.value)}
            style={{ width: 120 }}
            data-testid="plan-attributes"
          />
        </label>
      </p>
      <p className="muted small">
        大词：不超过两个词、搜索人气在前三分之一；长尾词：三个词以上，或竞争度在前三分之一（竞争小）；精准词：核心词 +
        我的商品属性（没填时按词典的属性词）。 实际比例{' '}
        {PLAN_GROUPS.map((g) => `${PLAN_GROUP_LABELS[g]} ${Math.round(plan.shares[g] * 100)}%`).join('、')}，共 {plan.size} 个词。
      </p>
      {PLAN_GROUPS.map((g) => (
        <div key={g} data-testid={`plan-${g}`} data-count={plan[g].length}>
          <h3>
            {PLAN_GROUP_LABELS[g]} {plan[g].length}/{plan.targets[g]}
            {plan.short[g] ? <span className="muted small">（候选不够，差 {plan.short[g]} 个）</span> : null}
          </h3>
          <ul className="small">
            {plan[g].map((w) => (
              <li key={w.term} data-term={w.term}>
                <b>{w.term}</b> <span className="muted">搜索人气 {formatCount(w.searchPopularity)}</span> — {w.reason}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {plan.left.length ? (
        <details className="small">
          <summary>没有选入的搜索词（{plan.left.length}）</summary>
          <ul>
            {plan.left.map((l) => (
              <li key={l.term}>
                {l.term} — {l.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ExportButtons table={() => paidPlanTable(plan)} fileName={(ext) => `对标_推广计划.${ext}`} testId="export-plan" />
    </section>
  );
}
