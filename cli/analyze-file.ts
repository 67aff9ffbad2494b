import { Window } from 'happy-dom';
import * as jieba from 'jieba-wasm';
import { computeBenchmark, type Benchmark } from '../lib/analysis/benchmark';
import { compareRankedItems, type SnapshotChanges } from '../lib/analysis/history/compare-snapshots';
import { computeImageFeatures } from '../lib/analysis/image/features';
import { scoreImages, type ImageScore } from '../lib/analysis/image/image-score';
import { createSegmenter } from '../lib/analysis/segment';
import { benchmarkOfSnapshot, prepareTitleBenchmark, type TitleSettings } from '../lib/analysis/title-benchmark';
import type { TitleScore } from '../lib/analysis/title-score';
import type { Proposal } from '../lib/analysis/title-proposals';
import type { WordBank } from '../lib/analysis/word-bank';
import { DEFAULT_SETTINGS } from '../lib/model/settings';
import { countTitleUnits } from '../lib/text/title-units';
import { assembleTop60 } from '../lib/analysis/top60';
import { PAGE_KIND_LABELS, PLATFORM_LABELS, type PageInfo, type Platform } from '../lib/model/page';
import { REVISIT_REASON_LABELS } from '../lib/analysis/shop/revisit';
import { describeHours } from '../lib/analysis/shop/order-timing';
import type { ItemPage, SearchItem } from '../lib/model/records';
import { parseBackofficePage, type BackofficeCapture } from '../lib/sites/backoffice/parse-backoffice';
import { parseItemJson, parseItemPage } from '../lib/sites/item-parse';
import { readReportObserved } from '../lib/sites/page-report';
import { detectPage, isBackofficeKind } from '../lib/sites/page-type';
import { parseSearchPage } from '../lib/sites/search-page';
import { decodeImageFile } from './decode-image-file';
import { isTableFile, loadTableFile, type PlatformSource } from './load-table-file';
import { loadSavedPage, type SavedPage } from './load-saved-page';
import { analyzeOrderActions, type OrderActions } from './order-actions';
import { analyzeTableCapture, type TableReportFields } from './table-analysis';
import { demandTermsOf, type DemandTerm } from '../lib/analysis/keywords/title-demand';
import { pickDemandCaptures } from '../lib/analysis/keywords/demand-rows';
import type { PlanOptions } from '../lib/analysis/keywords/paid-plan';
import { PLAN_GROUP_LABELS } from '../lib/analysis/keywords/paid-plan';
import { COMPETITION_FORMULA } from '../lib/analysis/keywords/keyword-table';

export interface SearchAnalysis {
  source: string;
  /** The page's sort (null = the platform's default) and result page number, as parsed. */
  sort: string | null;
  resultPage: number;
  /** Every card on the page in order, ads included (isAd + adEvidence). */
  items: SearchItem[];
  top60: SearchItem[];
  adsExcluded: number;
  complete: boolean;
  benchmark: Benchmark;
  warnings: string[];
}

export interface AnalysisReport extends Partial<SearchAnalysis>, Partial<OrderActions>, TableReportFields {
  file: string;
  url: string | null;
  /** A saved page, a saved response, or a downloaded export table (CSV/XLSX, read as 店铺 → 导入 reads it). */
  format: 'html' | 'json' | 'table';
  page: PageInfo;
  /** The document title of a saved HTML page. */
  title: string | null;
  /** Set when the page kind is known but its content could not be parsed. */
  failure?: { reason: string; missing: string[] };
  /** For an item page: the capture as the extension would store it (without id and time). */
  capture?: ItemPage;
  /** For a back-office page: listings, analytics rows and orders as the extension would store them. */
  backoffice?: BackofficeCapture;
  /** Responses a page report carried and that were replayed to the parser. */
  replayedResponses?: number;
  /** With --image: my images' features and score (own rules only: the CLI never downloads competitors' images). */
  imageScore?: ImageScore & { note: string };
  /** With --title: the word bank of the top 60, the title's score and proposals. */
  wordbank?: WordBank;
  /** With --title: competitors' brands read from their brand stores' names (never suggested or proposed). */
  storeBrands?: string[];
  titleScore?: TitleScore;
  proposals?: Proposal[];
  /** With --compare: what moved since the older page of the same search (organic ranks; ads excluded). */
  changes?: Pick<SnapshotChanges, 'entered' | 'left' | 'moved' | 'priceChanged'> & { olderFile: string };
  /** For a table: where its platform came from (--platform, its headers, or the default). */
  platformFrom?: PlatformSource;
}

export interface AnalyzeOptions {
  title?: string | null;
  /** Local main-image files, in listing order. */
  images?: readonly string[];
  /** The settings the extension would use (title limit on 1688, own and brand words, own stores); defaults otherwise. */
  settings?: Partial<TitleSettings>;
  /** The platform an export table came from (tables do not say); required for CSV/XLSX files. */
  platform?: Platform | null;
  /** For orders: the campaign and festival dates (YYYY-MM-DD) of the revisit list, and the lapse in days. */
  campaignDate?: string | null;
  festivalDate?: string | null;
  lapsedDays?: number;
  /** "Now" of the revisit list, crowds, customer recency and the paid windows (--now, tests); the clock otherwise. */
  now?: number;
  /** --demand: search-term rows (a 生意参谋 搜索词 export) for demand-aware titles with --title. */
  demand?: readonly DemandTerm[];
  /** The paid-search plan of a 搜索词 export: shares, size, core word, my product's attributes. */
  plan?: PlanOptions;
}

/** Runs page-type detection, the page's parser and the analysis on a saved page or JSON response. */
export async function analyzeFile(file: string, url: string | null, options: AnalyzeOptions = {}): Promise<AnalysisReport> {
  if (isTableFile(file)) return withOrderActions(await analyzeTable(file, options), options);
  const saved = await loadSavedPage(file, url);
  try {
    // A saved item JSON (__INIT_DATA, window.context, the ICE context or a pcdetail response) is an item page.
    const itemJson = saved.format === 'json' ? parseItemJson(saved.json, saved.url ?? file) : null;
    const pageUrl = saved.url ?? (itemJson?.ok ? itemJson.value.url : null);
    const page = detectPage(pageUrl ?? '');
    const title = saved.format === 'html' ? saved.document.title || null : null;
    const report: AnalysisReport = { file, url: pageUrl, format: saved.format, page, title };
    // A page saved by 保存页面用于反馈 carries the responses the page had received: replay them.
    const observed = saved.format === 'html' ? readReportObserved(saved.document) : [];
    if (observed.length) report.replayedResponses = observed.length;
    if (itemJson) {
      if (itemJson.ok) report.capture = itemJson.value;
      else report.failure = { reason: itemJson.reason, missing: itemJson.missing };
    } else if (page.kind === 'search' && pageUrl)
      Object.assign(
        report,
        analyzeSearch(
          saved,
          pageUrl,
          observed.map((o) => o.json),
        ),
      );
    else if (page.kind === 'item' && pageUrl && saved.format === 'html') {
      const item = parseItemPage(
        saved.document,
        pageUrl,
        observed.map((o) => o.json),
      );
      if (item.ok) report.capture = item.value;
      else report.failure = { reason: item.reason, missing: item.missing };
    } else if (isBackofficeKind(page.kind) && pageUrl && saved.format === 'html') {
      const backoffice = parseBackofficePage(
        saved.document,
        pageUrl,
        observed.map((o) => ({ ...o, pageUrl })),
      );
      if (backoffice.ok) report.backoffice = backoffice.value;
      else report.failure = { reason: backoffice.reason, missing: backoffice.missing };
    }
    if (options.images?.length) {
      const features = [];
      for (const file of options.images) features.push(computeImageFeatures(await decodeImageFile(file)));
      report.imageScore = {
        ...scoreImages(features, []),
        note: '命令行不联网，不下载竞品主图：只检查尺寸、比例、白底、文字贴片；和竞品的相似度请在扩展的“主图”页查看。',
      };
    }
    withOrderActions(report, options);
    if (options.title && report.top60 && page.platform)
      Object.assign(
        report,
        analyzeTitle(
          options.title,
          { platform: page.platform, keyword: page.keyword, items: report.top60 },
          { ...DEFAULT_SETTINGS, ...options.settings },
          options.demand ?? [],
        ),
      );
    return report;
  } finally {
    await saved.close();
  }
}

/**
 * A downloaded export (订单报表, 生意参谋 商品效果 / 搜索词, 直通车 / 网销宝 关键词报表) read and checked exactly
 * as 导入 does, its kind recognised by its headers, then analysed as the extension's tab for it does.
 */
async function analyzeTable(file: string, options: AnalyzeOptions): Promise<AnalysisReport> {
  const table = await loadTableFile(file, options.platform ?? null);
  const page: PageInfo = {
    platform: table.platform,
    kind: table.kind === 'metrics' || table.kind === 'paid' ? 'analytics' : table.kind === 'orders' ? 'orders' : 'unknown',
    keyword: null,
    itemId: null,
  };
  const report: AnalysisReport = { file, url: null, format: 'table', page, title: null };
  if (!table.ok) {
    report.failure = { reason: table.reason, missing: table.missing };
    return report;
  }
  report.backoffice = table.capture;
  report.warnings = table.warnings;
  report.platformFrom = table.platformFrom;
  const analysis = analyzeTableCapture(table.capture, {
    now: options.now ?? Date.now(),
    segmenter: () => createSegmenter(jieba),
    ...(options.plan ? { plan: options.plan } : {}),
  });
  if (analysis) Object.assign(report, analysis);
  return report;
}

/** The newest demand per term of a 搜索词 export, for --demand (the platform's family only when known). */
export async function loadDemandFile(file: string, platform: Platform | null): Promise<DemandTerm[]> {
  const table = await loadTableFile(file, platform ?? 'taobao');
  if (!table.ok) throw new Error(`--demand ${file}：${table.reason}`);
  const rows = table.capture.metrics.map((m, i) => ({ ...m, id: i + 1, capturedAt: 0 }));
  const terms = demandTermsOf(pickDemandCaptures(rows, null));
  if (!terms.length) throw new Error(`--demand ${file}：表格里没有带“搜索人气”的搜索词`);
  return terms;
}

/** Orders (from a sold-orders page or an order export) gain the revisit list, crowds, order hours and coupon use. */
function withOrderActions(report: AnalysisReport, options: AnalyzeOptions): AnalysisReport {
  const orders = report.backoffice?.orders;
  if (!orders?.length) return report;
  const now = options.now ?? Date.now();
  return Object.assign(
    report,
    analyzeOrderActions(
      orders.map((o) => ({ ...o, capturedAt: now })),
      {
        now,
        campaignDate: options.campaignDate ?? null,
        festivalDate: options.festivalDate ?? null,
        lapsedDays: options.lapsedDays ?? DEFAULT_SETTINGS.revisitLapsedDays,
      },
    ),
  );
}

function analyzeSearch(saved: SavedPage, url: string, replayed: readonly unknown[]): Partial<AnalysisReport> {
  // A saved JSON response is parsed as if the page had observed it, against an empty document.
  const doc =
    saved.format === 'html'
      ? saved.document
      : (new new Window().DOMParser().parseFromString('<html></html>', 'text/html') as unknown as Document);
  const result = parseSearchPage(doc, url, saved.format === 'json' ? [saved.json] : replayed);
  if (!result.ok) return { failure: { reason: result.reason, missing: result.missing } };
  const top = assembleTop60([result.value]);
  const segmenter = createSegmenter(jieba);
  return {
    source: result.value.source,
    sort: result.value.sort,
    resultPage: result.value.page,
    items: result.value.items,
    top60: top.items,
    adsExcluded: top.adsExcluded,
    complete: top.complete,
    benchmark: computeBenchmark(top.items, { countWords: (t) => segmenter.cut(t).length }),
    warnings: result.warnings,
  };
}

/** The title method (seed §2–3) against the page's top 60, with the Node build of jieba-wasm. */
function analyzeTitle(
  title: string,
  snapshot: Parameters<typeof benchmarkOfSnapshot>[0],
  settings: TitleSettings,
  demand: readonly DemandTerm[],
): Partial<AnalysisReport> {
  const benchmark = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), createSegmenter(jieba), settings, demand);
  return {
    wordbank: benchmark.bank,
    storeBrands: benchmark.storeBrands,
    titleScore: benchmark.score(title),
    proposals: benchmark.proposalsFor(title),
  };
}

/**
 * Adds what changed since an older capture of the same search (--compare). Both must be result pages that
 * parsed; a different keyword or platform is refused, since ranks of two searches do not compare.
 */
export function addChanges(report: AnalysisReport, older: AnalysisReport): string | null {
  if (!report.top60) return `${report.file} 不是能解析的搜索结果页，无法对比`;
  if (!older.top60) return `${older.file} 不是能解析的搜索结果页，无法对比`;
  if (report.page.platform !== older.page.platform || report.page.keyword !== older.page.keyword)
    return `两个页面不是同一个搜索（${older.page.platform}「${older.page.keyword}」和 ${report.page.platform}「${report.page.keyword}」），排名不能对比`;
  if ((report.sort ?? null) !== (older.sort ?? null))
    return `两个页面的排序不同（${older.sort ?? '综合'} 和 ${report.sort ?? '综合'}），排名不能对比`;
  if (report.resultPage !== 1 || older.resultPage !== 1)
    return `对比需要两个第1页（现在是第${older.resultPage}页和第${report.resultPage}页）：自然排名从第1页算起`;
  const { entered, left, moved, priceChanged } = compareRankedItems(older.top60, report.top60, {
    older: older.complete ?? false,
    newer: report.complete ?? false,
  });
  report.changes = { olderFile: older.file, entered, left, moved, priceChanged };
  return null;
}

/** Human-readable report, Chinese labels as in the extension. */
export function formatReport(report: AnalysisReport): string {
  const { page } = report;
  const lines = [
    `文件: ${report.file}`,
    `网址: ${report.url ?? '（未知）'}`,
    `平台: ${page.platform ? PLATFORM_LABELS[page.platform] : '未知'}`,
    `页面类型: ${PAGE_KIND_LABELS[page.kind]}`,
  ];
  if (page.keyword) lines.push(`关键词: ${page.keyword}`);
  if (page.itemId) lines.push(`商品ID: ${page.itemId}`);
  if (report.title) lines.push(`标题: ${report.title}`);
  if (report.failure) lines.push(`无法解析: ${report.failure.reason}（缺少: ${report.failure.missing.join(', ')}）`);
  if (report.top60 && report.benchmark) {
    const b = report.benchmark;
    lines.push(
      '',
      `数据来源: ${report.source}；本页商品 ${report.items!.length} 个，其中广告 ${report.items!.filter((i) => i.isAd).length} 个`,
      `前60自然结果: ${report.top60.length}/60${report.complete ? '（完整）' : '（不完整）'}，排除广告 ${report.adsExcluded} 个`,
      `价格: 均值 ${fmt(b.price?.mean)}，中位数 ${fmt(b.price?.median)}`,
      `销量: 均值 ${fmt(b.sales?.mean, 0)}，中位数 ${fmt(b.sales?.median, 0)}（${b.sales?.count ?? 0} 个有销量）`,
      `回头率: 均值 ${b.repurchase ? `${(b.repurchase.mean * 100).toFixed(1)}%` : '—'}`,
      `标题长度: 均值 ${fmt(b.titleUnits?.mean, 1)} 字符，平均 ${fmt(b.wordCount?.mean, 1)} 个词`,
      `标签: ${
        b.badges
          .slice(0, 6)
          .map((r) => `${r.label} ${(r.share * 100).toFixed(0)}%`)
          .join('，') || '—'
      }`,
      `发货地: ${
        b.shipFrom
          .slice(0, 5)
          .map((r) => `${r.label} ${r.count}`)
          .join('，') || '—'
      }`,
      '价格带:',
      ...b.priceBands.map(
        (band) => `  ¥${band.min}–${band.max}: 商品 ${(band.itemShare * 100).toFixed(0)}%，销量 ${(band.salesShare * 100).toFixed(0)}%`,
      ),
    );
  }
  if (report.changes) {
    const c = report.changes;
    const move = (m: { itemId: string; from: number; to: number }, unit = ''): string => `${m.itemId} ${unit}${m.from}→${unit}${m.to}`;
    lines.push(
      '',
      `对比 ${c.olderFile}:`,
      `  新进入前60: ${c.entered.length} 个${c.entered.length ? `（${c.entered.join('，')}）` : ''}`,
      `  离开前60: ${c.left.length} 个${c.left.length ? `（${c.left.join('，')}）` : ''}`,
      `  排名变化: ${c.moved.length} 个${c.moved.length ? `（${c.moved.map((m) => move(m)).join('，')}）` : ''}`,
      `  价格变化: ${c.priceChanged.length} 个${c.priceChanged.length ? `（${c.priceChanged.map((m) => move(m, '¥')).join('，')}）` : ''}`,
    );
  }
  if (report.replayedResponses) lines.push(`页面反馈文件：重放了页面收到的 ${report.replayedResponses} 个数据响应`);
  if (report.backoffice) {
    const b = report.backoffice;
    lines.push(
      '',
      `后台数据（${b.sources.join('、') || '—'}）：商品 ${b.listings.length} 个，数据 ${b.metrics.length} 行，订单 ${b.orders.length} 笔`,
    );
  }
  if (report.revisit && report.crowds) {
    const counts = new Map<string, number>();
    for (const r of report.revisit) counts.set(REVISIT_REASON_LABELS[r.reason], (counts.get(REVISIT_REASON_LABELS[r.reason]) ?? 0) + 1);
    lines.push(
      `回访清单: ${report.revisit.length} 条（${[...counts].map(([label, n]) => `${label} ${n}`).join('，') || '无'}）`,
      `目标人群: ${Object.entries(report.crowds)
        .map(([name, size]) => `${name} ${size === null ? '订单数据里没有' : `${size} 人`}`)
        .join('，')}`,
    );
  }
  lines.push(...formatTableReport(report));
  if (report.timing?.orders)
    lines.push(`下单高峰（北京时间）: ${describeHours(report.timing.peakHours)}，占 ${(report.timing.peakShare * 100).toFixed(0)}% 的订单`);
  if (report.coupons)
    lines.push(
      `优惠: ${(report.coupons.orderShare * 100).toFixed(0)}% 的订单、${(report.coupons.buyerShare * 100).toFixed(0)}% 的买家用了优惠，平均 ${report.coupons.averageDiscount ?? '—'} 元`,
    );
  if (report.capture) {
    const c = report.capture;
    lines.push(
      '',
      `商品: ${c.title}`,
      `价格: ${c.priceMin ?? '—'}${c.priceMax !== null && c.priceMax !== c.priceMin ? `–${c.priceMax}` : ''}${c.priceTiers.length ? `；起批 ${c.priceTiers.map((t) => `≥${t.minQuantity}:${t.price}`).join(' ')}` : ''}`,
      `销量: ${c.sales ?? '—'}（${c.salesText ?? '—'}）；店铺: ${c.shop ?? '—'}；发货地: ${c.shipFrom ?? '—'}`,
      `主图 ${c.images.length} 张；SKU ${c.skus.length} 个；属性 ${c.attributes.length} 项；视频封面 ${c.videoCover ? '有' : '无'}`,
      `服务: ${c.badges.join('、') || '—'}`,
      `描述: ${c.description ? `${c.description.slice(0, 60)}…` : '（未加载）'}`,
      `数据来源: ${c.source}`,
    );
  }
  if (report.imageScore) {
    const s = report.imageScore;
    lines.push('', `主图得分: ${s.score}/100（${s.note}）`);
    for (const r of s.images) {
      const f = r.features;
      lines.push(
        `  第${r.index + 1}张: ${f.width}×${f.height} ${f.ratioClass}${f.isWhiteBackground ? ' 白底' : ''}，色彩 ${f.colourfulness.toFixed(0)}，亮度 ${f.brightness.toFixed(0)}，对比度 ${f.contrast.toFixed(0)}，文字贴片约 ${(f.overlayCoverage * 100).toFixed(0)}%，dHash ${f.dHash}`,
      );
    }
    lines.push(...s.deductions.map((d) => `  -${d.points} ${d.reason}`));
  }
  if (report.titleScore) {
    const t = report.titleScore;
    lines.push(
      '',
      `标题得分: ${t.score}/100${t.capped ? '（含违禁词，封顶40）' : ''}，长度 ${t.units}/${t.limit}`,
      `分词: ${t.words.join(' / ')}`,
      ...t.parts.map((p) => `  ${p.label}: ${p.points}/${p.max}`),
      '扣分:',
      ...t.deductions.map((d) => `  ${d.points > 0 ? `-${d.points} ` : ''}${d.reason}`),
      `核心词: ${report.wordbank?.coreWord ?? '—'}；词库前10: ${report.wordbank?.words
        .slice(0, 10)
        .map((w) => `${w.word}(${w.titles})`)
        .join(' ')}`,
      ...(report.storeBrands?.length
        ? [`竞品的品牌词（来自旗舰店/专卖店店名，不要写进标题，推荐标题不会用）: ${report.storeBrands.join('、')}`]
        : []),
      '推荐标题:',
      ...(report.proposals ?? []).slice(0, 8).map((p) => `  [${p.pattern} ${p.score}分 ${countTitleUnits(p.title)}字符] ${p.title}`),
    );
  }
  return lines.join('\n');
}

/** The kind-specific part of a table report, in Chinese. */
function formatTableReport(report: AnalysisReport): string[] {
  const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(2)}%`);
  const num = (x: number | null | undefined, digits = 0): string =>
    x === null || x === undefined ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits });
  const lines: string[] = [];
  if (report.platformFrom === 'default') lines.push('表格不写平台，按淘宝读取（可用 --platform 指定）');
  if (report.kind === 'keywords' && report.terms && report.plan) {
    lines.push('', `搜索词 ${report.terms.length} 个（${COMPETITION_FORMULA}）：`);
    if (!report.terms.length) lines.push('  表格里没有“搜索人气”，算不出需求和竞争度');
    for (const t of report.terms.slice(0, 30))
      lines.push(
        `  ${t.term}：搜索人气 ${num(t.searchPopularity)}${t.popularityChange === null ? '' : `（较上期 ${t.popularityChange >= 0 ? '+' : ''}${pct(t.popularityChange)}）`}，在线商品数 ${num(t.onlineItems)}，竞争度 ${num(t.competition, 4)}，点击率 ${pct(t.clickRate)}，支付转化率 ${pct(t.conversionRate)}${t.blueOcean ? '，蓝海词' : ''}`,
      );
    lines.push(
      `词根（继承法累加）：${
        (report.roots ?? [])
          .slice(0, 15)
          .map((r) => `${r.root} ${num(r.searchPopularity)}`)
          .join('，') || '—'
      }`,
    );
    const plan = report.plan;
    lines.push(`推广计划（核心词 ${plan.coreWord ?? '—'}，共 ${plan.size} 个词）：`);
    for (const group of ['big', 'longTail', 'precise'] as const)
      lines.push(
        `  ${PLAN_GROUP_LABELS[group]} ${plan[group].length}/${plan.targets[group]}：${plan[group].map((w) => w.term).join('，') || '—'}`,
      );
  }
  if (report.kind === 'orders' && report.customers) {
    const c = report.customers;
    lines.push(
      '',
      `客户：买家 ${c.buyers} 人，有效订单 ${c.orders} 笔，按人复购率 ${pct(c.repurchaseByPeople)}，按订单复购率 ${pct(c.repurchaseByOrders)}`,
      `生命周期：${Object.entries(c.lifecycle)
        .map(([k, v]) => `${k} ${v}`)
        .join('，')}`,
    );
  }
  if (report.kind === 'items' && report.quadrants) {
    lines.push('', `四象限（黄金区占 ${pct(report.highHighShare)}）：`);
    for (const q of report.quadrants) lines.push(`  ${q.title}：点击率 ${pct(q.ctr)}，转化率 ${pct(q.conversion)} → ${q.action}`);
  }
  if (report.kind === 'paid' && report.keywords) {
    lines.push('', `推广关键词诊断（截至 ${report.asOf ?? '—'}，看 1/3/7/14/28 天）：`);
    for (const k of report.keywords) lines.push(`  ${k.keyword}：${k.action}（${k.reason}）`);
  }
  return lines;
}

function fmt(n: number | undefined, digits = 2): string {
  return n === undefined ? '—' : n.toFixed(digits);
}
