import type { MetricRow } from '../../model/records';
import type { Platform } from '../../model/page';
import { ratio } from '../../analysis/stats';
import { parseNumberCell } from '../../text/number-cell';
import { readQueryParam } from '../../text/url-query';
import { at, readArray, readString } from '../json-read';

export type MetricDraft = Omit<MetricRow, 'id' | 'capturedAt'>;

/** The market columns of a metrics row, all unknown: for sources that are not a 生意参谋 市场 table. */
export const NO_MARKET_FIGURES = {
  searchShare: null,
  searchHeat: null,
  clickPopularity: null,
  clickHeat: null,
  tradeIndex: null,
  mallClickShare: null,
  ztcPrice: null,
} as const satisfies Partial<MetricDraft>;

/**
 * A 生意参谋 metric: a number, a numeric string, or the envelope `{value, cycleCrc, syncCrc}` whose value is
 * itself a number or `{value: "2802741.24"}` (pages-1688.md §3.4; samples/1688/sycm_portal_core_overview_example.json).
 */
export function readMetric(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseNumberCell(v);
  if (v && typeof v === 'object' && 'value' in v) return readMetric((v as { value: unknown }).value);
  return null;
}

/** The payload of a sycm response: `{code:0, data}`; a tool's wrapper `{data:{data}}` is accepted too. */
export function unwrapSycm(json: unknown): unknown {
  const code = at(json, 'code');
  if (code !== undefined && code !== 0 && code !== '0') return null;
  const data = at(json, 'data');
  const inner = at(data, 'data');
  return inner !== undefined && !Array.isArray(data) && typeof inner === 'object' ? inner : data;
}

/** `dateRange=2026-10-01|2026-10-31`, else the dateType (recent7, month …) as both ends. */
export function readPeriod(url: string): { periodStart: string; periodEnd: string } {
  const search = (() => {
    try {
      return new URL(url).search;
    } catch {
      return '';
    }
  })();
  const range = readQueryParam(search, 'dateRange')?.split('|');
  if (range?.length === 2) return { periodStart: range[0]!, periodEnd: range[1]! };
  const type = readQueryParam(search, 'dateType') ?? '';
  return { periodStart: type, periodEnd: type };
}

/** `/ms/portal/core/overview.json` (and the same fields elsewhere): one shop-level row. */
export function parseSycmOverview(json: unknown, url: string, platform: Platform): MetricDraft | null {
  const d = unwrapSycm(json);
  if (!d || typeof d !== 'object') return null;
  const m = (k: string): number | null => readMetric(at(d, k));
  const visitors = m('uv');
  const payingBuyers = m('payByrCnt');
  if (visitors === null && m('payAmt') === null) return null;
  const exposure = m('revealCnt');
  const clicks = m('pv');
  return {
    platform,
    scope: 'shop',
    subject: '',
    ...readPeriod(url),
    exposure,
    visitors,
    clicks,
    ctr: ratio(clicks, exposure),
    conversion: m('payRate') ?? ratio(payingBuyers, visitors),
    payingBuyers,
    amount: m('payAmt'),
    searchIndex: null,
    competingItems: null,
    title: null,
    ...NO_MARKET_FIGURES,
    source: 'sycm:overview',
  };
}

/** `/ms/flow/getShopKeyWordWithWeb.json` (搜索词): one row per search term, rates as fractions. */
export function parseSycmKeywords(json: unknown, url: string, platform: Platform): MetricDraft[] | null {
  const d = unwrapSycm(json);
  const list = Array.isArray(d) ? d : readArray(d, 'data').length ? readArray(d, 'data') : readArray(d, 'list');
  if (!list.length) return Array.isArray(d) || at(d, 'recordCount') !== undefined ? [] : null;
  const period = readPeriod(url);
  return list
    .map((row): MetricDraft | null => {
      const term = readString(row, 'exposeKeyword') ?? readString(row, 'keyword');
      if (!term) return null;
      const m = (k: string): number | null => readMetric(at(row, k));
      const visitors = m('uv');
      const payingBuyers = m('leadPayByrCnt');
      const exposure = m('keywordRevealCnt');
      const clicks = m('pv');
      return {
        platform,
        scope: 'term',
        subject: term,
        ...period,
        exposure,
        visitors,
        clicks,
        ctr: m('clickRate') ?? ratio(clicks, exposure),
        conversion: ratio(payingBuyers, visitors),
        payingBuyers,
        amount: m('leadPayAmt'),
        searchIndex: m('webSearchIndex'),
        competingItems: m('onlineItemCnt'),
        title: null,
        ...NO_MARKET_FIGURES,
        source: 'sycm:keywords',
      };
    })
    .filter((r): r is MetricDraft => r !== null);
}
