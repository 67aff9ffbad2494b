import { parseArgs } from 'node:util';
import { analyzeFile, formatReport } from './analyze-file';

const USAGE = `用法: npm run analyze -- <保存的页面.html 或 响应.json> --url <原始网址> [--title "标题"] [--json]

  --url    页面原来的网址（保存的网页里有 "saved from url" 时可省略）
  --title  给这个标题打分（对照搜索页的前60个自然结果），并给出词库和推荐标题
  --image  我的主图文件（JPEG/PNG，可重复，按主图顺序）：检查尺寸、比例、白底、文字贴片
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
  try {
    report = await analyzeFile(file, values.url ?? null, { title: values.title ?? null, images: values.image ?? [] });
  } catch (error) {
    console.error(`无法读取 ${file}: ${(error as Error).message}`);
    return 1;
  }
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(formatReport(report));
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

process.exitCode = await main(process.argv.slice(2));
