import type { Segmenter } from '../lib/analysis/segment';
import { groupCustomers, type CustomerReport } from '../lib/analysis/shop/customers';
import { latestMetrics } from '../lib/analysis/shop/latest-metrics';
import { classifyQuadrants, type QuadrantItem } from '../lib/analysis/shop/quadrants';
import { pickDemandCaptures } from '../lib/analysis/keywords/demand-rows';
import { buildKeywordTable, type KeywordRoot, type KeywordTerm } from '../lib/analysis/keywords/keyword-table';
import { diagnosePaidKeywords, type PaidKeywordDiagnosis } from '../lib/analysis/keywords/paid-diagnosis';
import { buildPaidPlan, type PaidPlan, type PlanOptions } from '../lib/analysis/keywords/paid-plan';
import type { BackofficeCapture } from '../lib/sites/backoffice/parse-backoffice';

/** What a downloaded back-office table is, as the CLI reports it (`kind`). */
export type TableReportKind = 'keywords' | 'orders' | 'items' | 'paid';

export interface KeywordsReport {
  kind: 'keywords';
  terms: KeywordTerm[];
  roots: KeywordRoot[];
  plan: PaidPlan;
}

export interface OrdersReport {
  kind: 'orders';
  customers: Pick<CustomerReport, 'buyers' | 'orders' | 'repurchaseByPeople' | 'repurchaseByOrders' | 'lifecycle' | 'segments'>;
}

export interface ItemsReport {
  kind: 'items';
  quadrants: QuadrantItem[];
  highHighShare: number;
  ctrThreshold: number | null;
  conversionThreshold: number | null;
}

export interface PaidReport {
  kind: 'paid';
  /** The last day the windows end on. */
  asOf: string | null;
  keywords: PaidKeywordDiagnosis[];
}

export type TableReport = KeywordsReport | OrdersReport | ItemsReport | PaidReport;

/** The fields of every kind of table report, optional: a report carries those of its `kind`. */
export interface TableReportFields {
  kind?: TableReportKind;
  terms?: KeywordTerm[];
  roots?: KeywordRoot[];
  plan?: PaidPlan;
  customers?: OrdersReport['customers'];
  quadrants?: QuadrantItem[];
  highHighShare?: number;
  ctrThreshold?: number | null;
  conversionThreshold?: number | null;
  asOf?: string | null;
  keywords?: PaidKeywordDiagnosis[];
}

/**
 * The analysis of a downloaded table, the same as the extension's tabs compute it: 搜索词 → keyword table, roots
 * and paid-search plan (关键词); orders → customer groups (客户); 商品效果 → four quadrants (店铺); a 直通车 /
 * 网销宝 report → the 1/3/7/14/28-day diagnosis (关键词). `now` decides recency and the last window day.
 */
export function analyzeTableCapture(
  capture: BackofficeCapture,
  options: { now: number; segmenter: () => Segmenter; plan?: PlanOptions },
): TableReport | null {
  if (capture.paid.length) {
    const diagnosis = diagnosePaidKeywords(capture.paid, options.now);
    return { kind: 'paid', asOf: diagnosis.asOf, keywords: diagnosis.keywords };
  }
  if (capture.orders.length) {
    const { buyers, orders, repurchaseByPeople, repurchaseByOrders, lifecycle, segments } = groupCustomers(
      capture.orders.map((o) => ({ ...o, capturedAt: options.now })),
      options.now,
    );
    return { kind: 'orders', customers: { buyers, orders, repurchaseByPeople, repurchaseByOrders, lifecycle, segments } };
  }
  const rows = capture.metrics.map((m, i) => ({ ...m, id: i + 1, capturedAt: options.now }));
  if (rows.some((r) => r.scope === 'item')) {
    const result = classifyQuadrants(
      latestMetrics(rows, 'item').map((m) => ({ id: m.subject, title: m.title ?? m.subject, ctr: m.ctr, conversion: m.conversion })),
    );
    return {
      kind: 'items',
      quadrants: result.items,
      highHighShare: result.highHighShare,
      ctrThreshold: result.ctrThreshold,
      conversionThreshold: result.conversionThreshold,
    };
  }
  if (rows.some((r) => r.scope === 'term' || r.scope === 'market')) {
    const segmenter = options.segmenter();
    const table = buildKeywordTable(pickDemandCaptures(rows, null), segmenter);
    return { kind: 'keywords', terms: table.terms, roots: table.roots, plan: buildPaidPlan(table.terms, segmenter, options.plan) };
  }
  return null;
}
