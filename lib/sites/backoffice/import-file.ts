import Papa from 'papaparse';
import type { Worksheet } from 'exceljs';
import type { Platform } from '../../model/page';
import { BackofficeCaptureSchema, MetricDraftSchema, OrderDraftSchema, PaidKeywordDraftSchema } from '../../model/records';
import { failed, parsed, type ParseResult } from '../parse-result';
import { decodeText, ENCODING_LABELS, type TextEncodingName } from './decode-text';
import { cellProblem, describeRowIssues, skippedRows, type RowIssue } from './import-report';
import {
  checkCallerPeriod,
  describePeriod,
  periodAboveHeader,
  periodFromColumn,
  periodFromFileName,
  type ImportPeriod,
} from './import-period';
import type { BackofficeCapture } from './parse-backoffice';
import {
  findTableHeader,
  metricPeriodColumn,
  paidPeriodColumn,
  readMetricRows,
  readOrderRows,
  readPaidRows,
  tableWarnings,
  type TableKind,
  type TableRead,
} from './tables';
import { xlsxCellText } from './xlsx-cells';

export type { ImportPeriod, PeriodSource } from './import-period';
export type { TableKind } from './tables';

/** Largest import accepted: sycm and order exports are far below this. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Records one import may hold: the limits of BackofficeCaptureSchema, said in words before it would say them in JSON. */
export const MAX_IMPORT_METRICS = 10_000;
export const MAX_IMPORT_ORDERS = 100_000;
/** Rows read from a sheet or CSV at most: the larger limit plus room for title lines and skipped rows. */
const MAX_TABLE_ROWS = MAX_IMPORT_ORDERS + 1_000;

/** A downloaded export as rows of text: rows[i] is what the spreadsheet shows as row i + 1. */
export type ImportFile = {
  name: string;
  rows: string[][];
  /** 'xlsx', or the text encoding a CSV was read in. */
  format: 'xlsx' | TextEncodingName;
  /** The encoding was a guess (no BOM; not valid UTF-8, so GB18030): mojibake is possible. */
  encodingGuessed: boolean;
  /** The worksheet read (the first one holding a known table), for XLSX. */
  sheet: string | null;
};

/** What a file holds before it is imported: its kind, and its period when the file states one. */
export type ImportInspection = {
  kind: TableKind | null;
  /** The period found in the file (column, title line or file name); null when none. */
  period: ImportPeriod | null;
  /** A metrics table without a period of its own: ask the user and pass it to parseImportFile. */
  needsPeriod: boolean;
};

/** An import ready to save: the capture passed BackofficeCaptureSchema as a whole. */
export type ImportedTable = {
  capture: BackofficeCapture;
  kind: TableKind;
  /** The period of the metrics or paid report (from: where it came from); null for orders, which carry their own dates. */
  period: ImportPeriod | null;
  /** Rows of data below the header, how many were imported, and the spreadsheet numbers of those left out. */
  rows: { total: number; imported: number; skipped: number[] };
};

const XLS_ADVICE = '不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 .csv 后再导入';
const NO_PERIOD =
  '没有找到这份数据的统计周期（表格里没有“统计日期”列，表头上方和文件名里也没有日期）。请选择这份数据的开始和结束日期后再导入';

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads a downloaded export (CSV in UTF-8, GBK/GB18030 or UTF-16; or XLSX) into rows. The content decides,
 * not the name: sycm ".xls" downloads are often text or XLSX inside. Never throws: a file that cannot be
 * read fails with the reason in Chinese.
 */
export async function readImportFile(name: string, data: ArrayBuffer | Uint8Array): Promise<ParseResult<ImportFile>> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return failed(`文件太大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB，最多 20 MB）。请分成几个文件（例如按日期）再导入`, [
      '文件大小',
    ]);
  }
  if (startsWith(bytes, ZIP)) return readXlsx(name, bytes);
  if (startsWith(bytes, OLE)) return failed(XLS_ADVICE, ['.xlsx / .csv']);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return /\.xls$/i.test(name) ? failed(XLS_ADVICE, ['.xlsx / .csv']) : failed(decoded.reason, decoded.missing);
  const { text, encoding, evidence } = decoded.value;
  if (/^\s*</.test(text))
    return failed('这个文件是网页（HTML），不是表格文件。请在 Excel 里打开后另存为 .xlsx 或 .csv 再导入', ['.xlsx / .csv']);
  const rows = readCsv(text);
  if (!rows.ok) return failed(rows.reason, rows.missing);
  return parsed({ name, rows: rows.value, format: encoding, encodingGuessed: evidence === 'fallback', sheet: null });
}

/**
 * CSV text → rows, one per spreadsheet row (blank lines kept, so row numbers match Excel's).
 *
 * Quote errors refuse the whole file rather than skip rows. After an unbalanced quote the parser cannot
 * know where the following rows begin — a quoted cell may hold line breaks — so it swallows them into
 * one cell (one such quote turned 100 rows into 5). Which rows are then lost, merged or shifted cannot be
 * said exactly, and a partial import would still be taken for the month's figures. The user is told the
 * row where the quote opens, which is where to look in Excel.
 */
function readCsv(text: string): ParseResult<string[][]> {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const quoteErrors = result.errors.filter((e) => e.type === 'Quotes');
  if (quoteErrors.length) {
    const rows = [...new Set(quoteErrors.map((e) => (e.row ?? 0) + 1))].sort((a, b) => a - b);
    const listed = rows.slice(0, 5).join('、') + (rows.length > 5 ? ` 等 ${rows.length} 处` : '');
    return failed(
      `CSV 第 ${listed} 行的引号不成对（一格以 " 开始却没有正确结束），从这里起无法可靠地分开各行，为了不导入错位或缺少的数据，整个文件没有导入。请在 Excel 里检查这一行，另存为 CSV 后再导入`,
      ['CSV 引号'],
    );
  }
  if (result.data.length > MAX_TABLE_ROWS) return failed(tooManyRows(result.data.length), ['行数']);
  return parsed(result.data);
}

function tooManyRows(count: number): string {
  return `文件有 ${count.toLocaleString('en-US')} 行，超过一次能导入的行数（订单最多 ${MAX_IMPORT_ORDERS.toLocaleString('en-US')} 笔，商品/搜索词数据最多 ${MAX_IMPORT_METRICS.toLocaleString('en-US')} 行）。请分成几个文件（例如按日期）再导入`;
}

/** The first worksheet that holds a known table (exports sometimes lead with a 说明 sheet), else the first. */
async function readXlsx(name: string, bytes: Uint8Array): Promise<ParseResult<ImportFile>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheets: { name: string; rows: string[][] }[] = [];
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    for (const sheet of workbook.worksheets) {
      if (sheet.actualRowCount > MAX_TABLE_ROWS) return failed(tooManyRows(sheet.actualRowCount), ['行数']);
      sheets.push({ name: sheet.name, rows: sheetRows(sheet) });
    }
  } catch {
    return failed('这个 Excel 文件打不开（可能已损坏，或不是 .xlsx 文件）。请在 Excel 里打开后重新另存为 .xlsx 或 .csv 再导入', ['.xlsx']);
  }
  const chosen = sheets.find((s) => findTableHeader(s.rows)) ?? sheets[0];
  if (!chosen) return failed('这个 Excel 文件里没有工作表', ['工作表']);
  return parsed({ name, rows: chosen.rows, format: 'xlsx', encodingGuessed: false, sheet: chosen.name });
}

/** Shared by every row the sheet does not have, so a stray cell far below costs no memory. */
const NO_CELLS: string[] = [];

/** A worksheet as text rows, rows[i] = sheet row i + 1; merged areas show their value once, as Excel does. */
function sheetRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell.isMerged && cell.master !== cell ? '' : xlsxCellText(cell.value, cell.numFmt);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? NO_CELLS);
}

/** The 统计日期 / 日期 column of a metrics table or paid report whose header is at `headerIndex`, or -1. */
function periodColumn(file: ImportFile, kind: 'metrics' | 'paid', headerIndex: number): number {
  return kind === 'paid' ? paidPeriodColumn(file.rows, headerIndex) : metricPeriodColumn(file.rows, headerIndex);
}

/** The periods a metrics table or paid report states itself: per row (column), above the header (file), in the name. */
function filePeriods(
  file: ImportFile,
  kind: 'metrics' | 'paid',
  headerIndex: number,
): { column: ImportPeriod | null; fallback: ImportPeriod | null } {
  const column = periodFromColumn(file.rows, headerIndex, periodColumn(file, kind, headerIndex));
  const above = periodAboveHeader(file.rows, headerIndex);
  const named = periodFromFileName(file.name);
  return {
    column: column && { ...column, from: 'column' },
    fallback: above ? { ...above, from: 'file' } : named ? { ...named, from: 'name' } : null,
  };
}

/**
 * What the file holds and whether it states its period. The UI asks the user for the period when
 * `needsPeriod` is true, then calls parseImportFile with it.
 */
export function inspectImportFile(file: ImportFile): ImportInspection {
  const header = findTableHeader(file.rows);
  if (!header) return { kind: null, period: null, needsPeriod: false };
  if (header.kind === 'orders') return { kind: 'orders', period: null, needsPeriod: false };
  const { column, fallback } = filePeriods(file, header.kind, header.index);
  const period = column ?? fallback;
  return { kind: header.kind, period, needsPeriod: period === null };
}

/**
 * An imported table becomes metrics (商品ID or 搜索词 column), orders (订单号 + 买家) or paid keyword rows
 * (关键词 + 花费/消耗: 直通车 / 网销宝 reports); otherwise it is refused. Every cell is checked; rows left out are listed in the warnings, row by row, in Chinese. A
 * metrics table takes its period from the file (统计日期 column, a 统计时间 line above the table, the file
 * name), else from `period` (ISO dates); without either it fails with missing ['统计周期'].
 */
export function parseImportFile(
  file: ImportFile,
  platform: Platform,
  period?: { start: string; end: string } | null,
): ParseResult<ImportedTable> {
  const caller = checkCallerPeriod(period);
  if (period && !caller) {
    return failed(`选择的统计周期“${period.start} 至 ${period.end}”不是有效的日期范围（应为开始日期不晚于结束日期）`, ['统计周期']);
  }
  return importTable(file, platform, caller && { ...caller, from: 'caller' });
}

function importTable(file: ImportFile, platform: Platform, caller: ImportPeriod | null): ParseResult<ImportedTable> {
  const header = findTableHeader(file.rows);
  if (!header) return failed(notRecognised(file), UNRECOGNISED_MISSING);
  if (header.kind === 'orders') {
    const read = readOrderRows(file.rows, platform);
    if (!read.ok) return failed(read.reason, read.missing);
    return finish(read.value, {
      kind: 'orders',
      noun: '订单',
      limit: MAX_IMPORT_ORDERS,
      period: null,
      capture: (orders) => ({ listings: [], metrics: [], orders, paid: [], sources: ['导入的订单表'] }),
    });
  }
  const { column, fallback: own } = filePeriods(file, header.kind, header.index);
  const fallback = own ?? caller;
  // With a 统计日期 column, rows whose date cell is empty or wrong are reported one by one instead.
  if (periodColumn(file, header.kind, header.index) < 0 && !fallback) return failed(NO_PERIOD, ['统计周期']);
  const period = fallback && { periodStart: fallback.start, periodEnd: fallback.end };
  if (header.kind === 'paid') {
    const read = readPaidRows(file.rows, platform, period);
    if (!read.ok) return failed(read.reason, read.missing);
    return finish(read.value, {
      kind: 'paid',
      noun: '关键词数据',
      limit: MAX_IMPORT_ORDERS,
      period: column ?? fallback,
      capture: (paid) => ({ listings: [], metrics: [], orders: [], paid, sources: ['导入的推广关键词报表'] }),
    });
  }
  const read = readMetricRows(file.rows, platform, 'import', period);
  if (!read.ok) return failed(read.reason, read.missing);
  return finish(read.value, {
    kind: 'metrics',
    noun: '数据',
    limit: MAX_IMPORT_METRICS,
    period: column ?? fallback,
    capture: (metrics) => ({ listings: [], metrics, orders: [], paid: [], sources: ['导入的数据表'] }),
  });
}

/** The columns any known table needs, named when a file is not recognised (the failure's missing list). */
const UNRECOGNISED_MISSING: string[] = ['商品ID / 搜索词', '订单号', '买家', '关键词 + 花费/消耗'];

type Finish<T> = {
  kind: TableKind;
  noun: string;
  limit: number;
  period: ImportPeriod | null;
  capture: (records: T[]) => BackofficeCapture;
};

/** Zod's field names in the user's words, for the rare record the cell checks let through. */
const FIELD_LABELS: Record<string, string> = {
  subject: '商品ID/搜索词',
  periodStart: '统计周期',
  periodEnd: '统计周期',
  exposure: '曝光量',
  visitors: '访客数',
  clicks: '点击量',
  ctr: '点击率',
  conversion: '转化率',
  payingBuyers: '支付买家数',
  amount: '金额',
  searchIndex: '搜索人气',
  competingItems: '在线商品数',
  title: '标题',
  orderId: '订单号',
  buyer: '买家',
  createdAt: '下单时间',
  paidAt: '付款时间',
  status: '订单状态',
  itemCount: '数量',
  province: '收货地区',
  keyword: '关键词',
  campaign: '计划名称',
  unit: '推广单元',
  impressions: '展现量/曝光量',
  cost: '花费/消耗',
  orders: '成交笔数',
  searchShare: '搜索人数占比',
  searchHeat: '搜索热度',
  clickPopularity: '点击人气',
  clickHeat: '点击热度',
  tradeIndex: '交易指数',
  mallClickShare: '商城点击占比',
  ztcPrice: '直通车参考价',
};

function fieldsOf(issues: readonly { path: readonly PropertyKey[] }[]): string {
  const names = [...new Set(issues.map((i) => FIELD_LABELS[String(i.path[0])] ?? String(i.path[0] ?? '整行')))];
  return names.join('、');
}

/**
 * The last checks before a result is offered for saving: the size limits, each record against its schema
 * (a record that fails is left out like a bad row, in words), and the whole capture against
 * BackofficeCaptureSchema, so the caller's own validation cannot fail with raw JSON.
 */
function finish<T>(read: TableRead<T>, how: Finish<T>): ParseResult<ImportedTable> {
  if (!read.dataRows) return failed(`表格只有表头（第 ${read.headerRow} 行），没有${how.noun}行`, ['数据行']);
  if (read.records.length > how.limit) {
    return failed(
      `这个文件有 ${read.records.length.toLocaleString('en-US')} 行${how.noun}，一次最多导入 ${how.limit.toLocaleString('en-US')} 行。请分成几个文件（例如按日期）再导入`,
      ['行数'],
    );
  }
  const schema = how.kind === 'orders' ? OrderDraftSchema : how.kind === 'paid' ? PaidKeywordDraftSchema : MetricDraftSchema;
  const issues: RowIssue[] = [...read.issues];
  const kept: T[] = [];
  read.records.forEach((record, i) => {
    const check = schema.safeParse(record);
    if (check.success) kept.push(record);
    else issues.push({ row: read.rowNumbers[i] ?? 0, text: `${fieldsOf(check.error.issues)} 没有通过数据检查`, effect: 'skip' });
  });
  if (!kept.length) {
    return failed(`表格里的 ${read.dataRows} 行${how.noun}都没有导入：${describeRowIssues(issues, 5).join('；')}`, ['可导入的行']);
  }
  const capture = how.capture(kept);
  const whole = BackofficeCaptureSchema.safeParse(capture);
  if (!whole.success) return failed(`导入的数据没有通过检查（${fieldsOf(whole.error.issues)}），没有导入任何数据`, ['数据检查']);
  const final = { ...read, records: kept, issues };
  return parsed(
    {
      capture,
      kind: how.kind,
      period: how.period,
      rows: { total: read.dataRows, imported: kept.length, skipped: skippedRows(issues) },
    },
    tableWarnings(final, how.noun),
  );
}

/** Why a table was not recognised, with what was read as its first row and, when guessed, the encoding. */
function notRecognised(file: ImportFile): string {
  const first = file.rows.find((r) => r.some((c) => c.trim()));
  const preview = first ? cellProblem('读到的第一行是', first.slice(0, 6).join('、'), '').trim() : '文件里没有内容';
  const encoding =
    file.format !== 'xlsx' && file.encodingGuessed
      ? `；文件按 ${ENCODING_LABELS[file.format]} 编码读取，如果上面是乱码，说明编码无法识别，请在 Excel 里另存为“CSV UTF-8”或 .xlsx 后再导入`
      : '';
  return `没有识别出这个表格：需要“商品ID”“搜索词”列（生意参谋导出）、“订单号”“买家”列（订单导出）或“关键词”“花费/消耗”列（直通车/网销宝关键词报表）。${preview}${encoding}`;
}

/** A one-line message for the UI after saving: counts, the period, and how many rows were left out. */
export function describeImport(result: ImportedTable): string {
  const { kind, period, rows } = result;
  const what =
    kind === 'orders' ? `订单 ${rows.imported} 笔` : kind === 'paid' ? `推广关键词数据 ${rows.imported} 行` : `数据 ${rows.imported} 行`;
  const when = period ? `（统计周期 ${describePeriod(period)}）` : '';
  const lost = rows.skipped.length ? `，${rows.skipped.length} 行没有导入，原因见下` : '';
  return `已导入：${what}${when}${lost}。`;
}
