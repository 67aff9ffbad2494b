import type { KeywordRoot, KeywordTerm } from '../analysis/keywords/keyword-table';
import { PAID_WINDOWS, type PaidDiagnosis } from '../analysis/keywords/paid-diagnosis';
import { PLAN_GROUP_LABELS, PLAN_GROUPS, type PaidPlan } from '../analysis/keywords/paid-plan';
import type { Table } from './snapshot-rows';

const round = (x: number | null, digits = 4): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** The keyword table per term (rates as fractions so Excel formats them; 竞争度 = 搜索人气 ÷ 在线商品数). */
export function keywordTermsTable(terms: readonly KeywordTerm[]): Table {
  return {
    name: '搜索词',
    headers: [
      '搜索词',
      '搜索人气',
      '在线商品数',
      '竞争度(搜索人气÷在线商品数)',
      '点击率',
      '支付转化率',
      '搜索热度',
      '交易指数',
      '直通车参考价',
      '较上期搜索人气',
      '蓝海词',
      '统计开始',
      '统计结束',
    ],
    rows: terms.map((t) => [
      t.term,
      t.searchPopularity,
      t.onlineItems,
      round(t.competition, 6),
      round(t.clickRate),
      round(t.conversionRate),
      t.searchHeat,
      t.tradeIndex,
      t.ztcPrice,
      round(t.popularityChange),
      t.blueOcean ? '是' : '',
      t.periodStart,
      t.periodEnd,
    ]),
  };
}

/** The keyword table per root (inheritance sums). */
export function keywordRootsTable(roots: readonly KeywordRoot[]): Table {
  return {
    name: '词根',
    headers: ['词根', '搜索词数', '搜索人气合计', '在线商品数合计', '竞争度(合计÷合计)', '蓝海词'],
    rows: roots.map((r) => [r.root, r.terms, r.searchPopularity, r.onlineItems, round(r.competition, 6), r.blueOcean ? '是' : '']),
  };
}

/** The paid-search plan: one row per word with its group and reason. */
export function paidPlanTable(plan: PaidPlan): Table {
  return {
    name: '推广计划',
    headers: ['分组', '关键词', '搜索人气', '在线商品数', '竞争度', '支付转化率', '理由'],
    rows: PLAN_GROUPS.flatMap((g) =>
      plan[g].map((w) => [
        PLAN_GROUP_LABELS[g],
        w.term,
        w.searchPopularity,
        w.onlineItems,
        round(w.competition, 6),
        round(w.conversionRate),
        w.reason,
      ]),
    ),
  };
}

/** The paid keyword diagnosis: the action per keyword, then each window's figures. */
export function paidDiagnosisTable(diagnosis: PaidDiagnosis): Table {
  const windowHeaders = PAID_WINDOWS.flatMap((d) => [
    `近${d}天展现`,
    `近${d}天点击`,
    `近${d}天点击率`,
    `近${d}天花费`,
    `近${d}天成交笔数`,
    `近${d}天投入产出比`,
  ]);
  return {
    name: '推广关键词诊断',
    headers: ['关键词', '建议', '依据', ...windowHeaders],
    rows: diagnosis.keywords.map((k) => [
      k.keyword,
      k.action,
      k.reason,
      ...k.windows.flatMap((w) => [w.impressions, w.clicks, w.ctr, w.cost, w.orders, w.roi]),
    ]),
  };
}
