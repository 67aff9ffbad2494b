import { parseArgs } from 'node:util';
import { SettingsSchema, type Settings } from '../lib/model/settings';
import { PlatformSchema, type Platform } from '../lib/model/page';
import { chinaDayStart } from '../lib/text/china-date';
import { addChanges, analyzeFile, formatReport } from './analyze-file';
import { isTableFile } from './load-table-file';
import { PageContentError } from './load-saved-page';

const USAGE = `用法: npm run analyze -- <保存的页面.html 或 响应.json> --url <原始网址> [--title "标题"] [--compare <较早的页面> --compare-url <网址>] [--words 词,词] [--brands 词] [--limit1688 60] [--json]
      npm run analyze -- <订单导出.csv 或 .xlsx> --platform taobao [--campaign 2026-12-12] [--festival 2027-02-17] [--lapsed-days 60] [--json]

  --url    页面原来的网址（保存的网页里有 "saved from url" 时可省略）
  --title  给这个标题打分（对照搜索页的前60个自然结果），并给出词库和推荐标题
  --image  我的主图文件（JPEG/PNG，可重复，按主图顺序）：检查尺寸、比例、白底、文字贴片
  --compare     同一搜索较早保存的结果页：列出新进入、离开前60的商品，排名和价格变化（自然排名，不含广告）
  --compare-url 较早页面原来的网址（省略时同 --url）
  --words  自定义词（逗号分隔），分词时保持完整，同扩展“设置”里的自定义词
  --brands 品牌词（逗号分隔），同扩展“设置”里的品牌词
  --limit1688  1688 标题长度上限（字符，默认 60），同扩展“设置”
  --platform   导出表格来自哪个平台（taobao、tmall 或 1688）；读 CSV/XLSX 时必填
  --campaign   活动日期：回访清单加上“活动预热”（活动前的老客户和多件客户）
  --festival   节日日期：回访清单加上“节日问候”（近12个月买过的客户）
  --lapsed-days  超过多少天没有再下单算“潜在复购”（默认 60），同扩展“设置”
  --json   输出 JSON，便于脚本处理

退出码: 0 成功; 1 参数或文件错误; 2 页面无法识别或无法解析`;

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
        limit1688: { type: 'string' },
        compare: { type: 'string' },
        'compare-url': { type: 'string' },
        platform: { type: 'string' },
        campaign: { type: 'string' },
        festival: { type: 'string' },
        'lapsed-days': { type: 'string' },
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
  try {
    settings = readTitleSettings(values);
    orderOptions = readOrderOptions(values);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (isTableFile(file) && !orderOptions.platform) {
    console.error(`读取导出表格需要 --platform（taobao、tmall 或 1688）：表格本身不写平台。\n\n${USAGE}`);
    return 1;
  }
  let older;
  let reading = file;
  try {
    report = await analyzeFile(file, values.url ?? null, {
      title: values.title ?? null,
      images: values.image ?? [],
      settings,
      ...orderOptions,
    });
    if (values.compare) {
      reading = values.compare;
      older = await analyzeFile(values.compare, values['compare-url'] ?? values.url ?? null);
    }
  } catch (error) {
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

/** 设置 as flags; a bad value is an argument error (exit 1), like the extension refusing it in 设置. */
function readTitleSettings(values: { words?: string; brands?: string; limit1688?: string }): Partial<Settings> {
  const list = (text: string | undefined): string[] | undefined =>
    text === undefined
      ? undefined
      : text
          .split(/[,，]/)
          .map((w) => w.trim())
          .filter(Boolean);
  const raw = {
    ...(values.words !== undefined ? { userWords: list(values.words) } : {}),
    ...(values.brands !== undefined ? { brandWords: list(values.brands) } : {}),
    ...(values.limit1688 !== undefined ? { titleUnitLimit1688: Number(values.limit1688) } : {}),
  };
  const parsed = SettingsSchema.partial().safeParse(raw);
  if (!parsed.success) throw new Error('--words/--brands/--limit1688 的值不对：每个词 1–30 个字，1688 上限 20–200');
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

// `--json | head`: the reader may close the pipe early; that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
