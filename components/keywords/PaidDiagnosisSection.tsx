import { useMemo, useState, type ReactElement } from 'react';
import { DEFAULT_PAID_THRESHOLDS, diagnosePaidKeywords, type PaidKeywordDiagnosis } from '../../lib/analysis/keywords/paid-diagnosis';
import { paidDiagnosisTable } from '../../lib/export/keyword-rows';
import type { PaidKeywordRow } from '../../lib/model/records';
import { formatCount, formatShare, formatYuan } from '../../lib/text/display';
import { EmptyState } from '../EmptyState';
import { ExportButtons } from '../ExportButtons';
import { PlatformChoice, usePlatformChoice } from './platform-choice';

const T = DEFAULT_PAID_THRESHOLDS;

/** The diagnosis of imported 直通车 / 网销宝 keyword reports: what to do per keyword, from 1/3/7/14/28-day windows. */
export function PaidDiagnosisSection({ rows }: { rows: readonly PaidKeywordRow[] }): ReactElement {
  // "Now" is fixed when the tab opens so the windows do not move while the user reads them.
  const [now] = useState(() => Date.now());
  const { platforms, platform, choose } = usePlatformChoice(rows);
  const diagnosis = useMemo(
    () => diagnosePaidKeywords(platform ? rows.filter((r) => r.platform === platform) : [], now),
    [rows, platform, now],
  );
  if (!platform) {
    return (
      <section>
        <h2>推广关键词诊断</h2>
        <EmptyState title="还没有推广报表">
          在直通车（淘宝/天猫）或网销宝（1688）的报表里下载关键词报表（最好按天分日，带日期、关键词、展现量/曝光量、点击量、花费/消耗、成交笔数、成交金额），在上面导入。几次导入的日期会合在一起，看近
          1、3、7、14、28 天。
        </EmptyState>
      </section>
    );
  }
  return (
    <section data-testid="paid-diagnosis" data-as-of={diagnosis.asOf ?? ''}>
      <h2>推广关键词诊断（截至 {diagnosis.asOf ?? '—'}）</h2>
      <PlatformChoice platforms={platforms} value={platform} onChange={choose} testId="paid-platform" />
      <p className="muted small">
        展现不到 {T.minImpressions} → 提高出价或换词；点击率低于 {formatShare(T.lowCtr)} → 优化主图；点击 {T.minClicks} 次以上没有成交 →
        优化详情页；投入产出比（成交金额 ÷ 花费）低于 {T.minRoi} → 降低出价。建议按近 7 天判断，数据不够时看 14、28 天。
      </p>
      <ExportButtons table={() => paidDiagnosisTable(diagnosis)} fileName={(ext) => `对标_推广关键词诊断.${ext}`} testId="export-paid" />
      <table className="list small" data-testid="paid-table">
        <thead>
          <tr>
            <th>关键词</th>
            <th>建议和依据</th>
          </tr>
        </thead>
        <tbody>
          {diagnosis.keywords.map((k) => (
            <tr key={k.keyword} data-keyword={k.keyword} data-verdict={k.verdict}>
              <td>{k.keyword}</td>
              <td>
                <span
                  className={`tag ${k.verdict === 'good' ? 'ok' : k.verdict === 'watch' || k.verdict === 'no-data' ? '' : 'warn'}`}
                  data-col="action"
                >
                  {k.action}
                </span>
                <div className="muted">{k.reason}</div>
                <WindowList keyword={k} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function WindowList({ keyword }: { keyword: PaidKeywordDiagnosis }): ReactElement {
  return (
    <details>
      <summary>近 1/3/7/14/28 天投入产出比：{keyword.windows.map((w) => (w.roi === null ? '—' : w.roi.toFixed(2))).join(' / ')}</summary>
      <ul className="muted">
        {keyword.windows.map((w) => (
          <li key={w.days}>
            近 {w.days} 天：展现 {formatCount(w.impressions)}，点击 {w.clicks}（{formatShare(w.ctr)}），花费 {formatYuan(w.cost)}，成交{' '}
            {w.orders} 笔，投入产出比 {w.roi === null ? '—' : w.roi.toFixed(2)}
          </li>
        ))}
      </ul>
    </details>
  );
}
