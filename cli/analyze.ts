import { parseArgs } from 'node:util';
import { SettingsSchema, type Settings } from '../lib/model/settings';
import { PlatformSchema, type Platform } from '../lib/model/page';
import { chinaDayStart } from '../lib/text/china-date';
import type { PlanOptions } from '../lib/analysis/keywords/paid-plan';
import { addChanges, analyzeFile, formatReport, loadDemandFile } from './analyze-file';
import { PlatformNeededError } from './load-table-file';
import { PageContentError } from './load-saved-page';

const USAGE = `用法: npm run analyze -- <保存的页面.html 或 响应.json> --url <原始网址> [--title "标题" [--demand 搜索词导出.csv]] [--compare <较早的页面> --compare-url <网址>] [--words 词,词] [--brands 词] [--shops 店名] [--limit1688 60] [--json]
      npm run analyze -- <后台导出.csv 或 .xlsx> [--platform taobao] [--now 2026-11-25] [--json]
          按表头识别：搜索词导出（关键词表、词根、推广计划）、订单导出（客户分组、回访清单）、商品效果导出（四象限）、直通车/网销宝关键词报表（1/3/7/14/28 天诊断）
          订单：[--campaign 2026-12-12] [--festival 2027-02-17] [--lapsed-days 60]
          搜索词：[--attributes 加绒,宽松] [--core 卫衣] [--shares 30,60,10] [--plan-size 20]

  --url    页面原来的网址（保存的网页里有 "saved from url" 时可省略）
  --title  给这个标题打分（对照搜索页的前60个自然结果），并给出词库和推荐标题
  --image  我的主图文件（JPEG/PNG，可重复，按主图顺序）：检查尺寸、比例、白底、文字贴片
  --compare     同一搜索较早保存的结果页：列出新进入、离开前60的商品，排名和价格变化（自然排名，不含广告）
  --compare-url 较早页面原来的网址（省略时同 --url）
  --words  自定义词（逗号分隔），分词时保持完整，同扩展“设置”里的自定义词
  --brands 品牌词（逗号分隔），同扩展“设置”里的品牌词
  --shops  我的店铺（逗号分隔），同扩展“设置”里的我的店铺：自己的旗舰店不算竞品，店名里的品牌不当作竞品品牌
  --limit1688  1688 标题长度上限（字符，默认 60），同扩展“设置”
  --demand  搜索词导出（生意参谋 搜索分析/搜索词，CSV/XLSX）：标题分析加上搜索人气（缺词按 搜索人气×(1−标题占比) 排序）
  --platform   导出表格来自哪个平台（taobao、tmall 或 1688）；表头能看出时可省略（1688 的货品/曝光量/消耗），
               淘宝/天猫格式的订单报表必填，其他表格默认按淘宝
  --now        “今天”（YYYY-MM-DD 或 ISO 时间）：客户的最近购买天数、推广报表的时间窗口按它算（默认当前时间）
  --attributes 我的商品属性词（逗号分隔）：精准词 = 核心词 + 其中一个属性
  --core       推广计划的核心词（默认取出现在最多搜索词里的词根）
  --shares     大词、长尾词、精准词的比例（默认 30,60,10）
  --plan-size  推广计划的词数（默认 20，或搜索词个数）
  --campaign   活动日期：回访清单加上“活动预热”（活动前的老客户和多件客户）
  --festival   节日日期：回访清单加上“节日问候”（近12个月买过的客户）
  --lapsed-days  超过多少天没有再下单算“潜在复购”（默认 60），同扩展“设置”
  --json   输出 JSON，便于脚本处理

退出码: 0 成功; 1 参数或文件错误; 2 页面或表格无法识别或无法解析（表格会列出缺少的列）`;

/** Exit codes: 0 ok, 1 bad arguments or unreadable file, 2 page not recognised. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        title: { type: 'string' },
        image: { type: 'string', multiple: true },
        words: { type: 'string' },
        brands: { type: 'string' },
        shops: { type: 'string' },
        limit1688: { type: 'string' },
        compare: { type: 'string' },
        'compare-url': { type: 'string' },
        platform: { type: 'string' },
        campaign: { type: 'string' },
        festival: { type: 'string' },
        'lapsed-days': { type: 'string' },
        now: { type: 'string' },
        demand: { type: 'string' },
        attributes: { type: 'string' },
        core: { type: 'string' },
        shares: { type: 'string' },
        'plan-size': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 1;
  }
  let report;
  let settings: Partial<Settings>;
  let orderOptions: ReturnType<typeof readOrderOptions>;
  let planOptions: PlanOptions;
  let now: number | undefined;
  try {
    settings = readTitleSettings(values);
    orderOptions = readOrderOptions(values);
    planOptions = readPlanOptions(values);
    now = readNow(values.now);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  let older;
  let reading = file;
  try {
    const demand = values.demand ? await loadDemandFile(values.demand, orderOptions.platform) : undefined;
    report = await analyzeFile(file, values.url ?? null, {
      title: values.title ?? null,
      images: values.image ?? [],
      settings,
      ...orderOptions,
      ...(now !== undefined ? { now } : {}),
      ...(demand ? { demand } : {}),
      plan: planOptions,
    });
    if (values.compare) {
      reading = values.compare;
      older = await analyzeFile(values.compare, values['compare-url'] ?? values.url ?? null);
    }
  } catch (error) {
    if (error instanceof PlatformNeededError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof PageContentError) {
      console.error(`无法解析 ${reading}：${error.message}`);
      return 2;
    }
    console.error(`无法读取 ${reading}: ${(error as Error).message}`);
    return 1;
  }
  const compareProblem = older ? addChanges(report, older) : null;
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report));
  if (compareProblem) {
    console.error(`--compare: ${compareProblem}`);
    return 2;
  }
  if (report.failure && report.format === 'table') {
    console.error(`无法读取表格 ${file}：${report.failure.reason}（缺少：${report.failure.missing.join('、')}）`);
    return 2;
  }
  if (report.failure) {
    console.error(`页面类型已识别，但内容无法解析：${report.failure.reason}`);
    return 2;
  }
  if (values.title && !report.titleScore && report.page.kind !== 'unknown') {
    console.error('--title 需要一个能解析的搜索结果页作为对标（前60个自然结果）。');
    return 2;
  }
  if (report.page.kind === 'unknown') {
    console.error(
      report.url
        ? `无法识别这个页面（${report.url}）：不是支持的淘宝/天猫/1688 页面类型。`
        : '无法识别这个页面：请用 --url 给出页面原来的网址。',
    );
    return 2;
  }
  return 0;
}

/** A comma list of a flag (ASCII or full-width commas), blanks dropped. */
function splitList(text: string): string[] {
  return text
    .split(/[,，]/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/** 设置 as flags; a bad value is an argument error (exit 1), like the extension refusing it in 设置. */
function readTitleSettings(values: { words?: string; brands?: string; shops?: string; limit1688?: string }): Partial<Settings> {
  const list = (text: string | undefined): string[] | undefined => (text === undefined ? undefined : splitList(text));
  const raw = {
    ...(values.words !== undefined ? { userWords: list(values.words) } : {}),
    ...(values.brands !== undefined ? { brandWords: list(values.brands) } : {}),
    ...(values.shops !== undefined ? { myShopNames: list(values.shops) } : {}),
    ...(values.limit1688 !== undefined ? { titleUnitLimit1688: Number(values.limit1688) } : {}),
  };
  const parsed = SettingsSchema.partial().safeParse(raw);
  if (!parsed.success) throw new Error('--words/--brands/--shops/--limit1688 的值不对：每个词 1–30 个字，店名 1–60 个字，1688 上限 20–200');
  return parsed.data;
}

/** --platform, --campaign, --festival and --lapsed-days; a bad value is an argument error (exit 1). */
function readOrderOptions(values: { platform?: string; campaign?: string; festival?: string; 'lapsed-days'?: string }): {
  platform: Platform | null;
  campaignDate: string | null;
  festivalDate: string | null;
  lapsedDays?: number;
} {
  const platform = values.platform === undefined ? null : PlatformSchema.safeParse(values.platform);
  if (platform && !platform.success) throw new Error(`--platform 只能是 taobao、tmall 或 1688（收到 ${values.platform}）`);
  const date = (flag: string, text: string | undefined): string | null => {
    if (text === undefined) return null;
    if (chinaDayStart(text) === null) throw new Error(`${flag} 需要 YYYY-MM-DD 格式的日期（收到 ${text}）`);
    return text;
  };
  const lapsed =
    values['lapsed-days'] === undefined ? undefined : SettingsSchema.shape.revisitLapsedDays.safeParse(Number(values['lapsed-days']));
  if (lapsed && !lapsed.success) throw new Error('--lapsed-days 需要 7–730 之间的整数');
  return {
    platform: platform?.data ?? null,
    campaignDate: date('--campaign', values.campaign),
    festivalDate: date('--festival', values.festival),
    ...(lapsed ? { lapsedDays: lapsed.data } : {}),
  };
}

/** --now: "2026-11-25" (that day, 00:00 China time) or a full ISO date-time; a bad value is an argument error. */
function readNow(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = chinaDayStart(text);
  if (day !== null) return day;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(ms)) throw new Error(`--now 需要 YYYY-MM-DD 或 ISO 时间（收到 ${text}）`);
  return ms;
}

/** --attributes, --core, --shares, --plan-size for the paid-search plan of a 搜索词 export. */
function readPlanOptions(values: { attributes?: string; core?: string; shares?: string; 'plan-size'?: string }): PlanOptions {
  const options: PlanOptions = {};
  if (values.attributes !== undefined) options.productWords = splitList(values.attributes);
  if (values.core !== undefined) options.coreWord = values.core.trim() || null;
  if (values.shares !== undefined) {
    const parts = values.shares.split(/[,，]/).map(Number);
    if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n) || n < 0) || !parts.some((n) => n > 0))
      throw new Error(`--shares 需要三个不小于 0 的数，如 30,60,10（收到 ${values.shares}）`);
    options.shares = { big: parts[0]!, longTail: parts[1]!, precise: parts[2]! };
  }
  if (values['plan-size'] !== undefined) {
    const size = Number(values['plan-size']);
    if (!Number.isInteger(size) || size < 1 || size > 1000)
      throw new Error(`--plan-size 需要 1–1000 的整数（收到 ${values['plan-size']}）`);
    options.size = size;
  }
  return options;
}

// `--json | head`: the reader may close the pipe early; that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
