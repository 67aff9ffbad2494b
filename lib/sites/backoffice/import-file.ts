import Papa from 'papaparse';
import type { Platform } from '../../model/page';
import { failed, parsed, type ParseResult } from '../parse-result';
import type { BackofficeCapture } from './parse-backoffice';
import { parseMetricTable, parseOrderTable } from './tables';

/** Largest import accepted: sycm and order exports are far below this. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Rows of a downloaded export: CSV (any common encoding-marked UTF-8, quoted fields) or XLSX. The old
 * binary .xls format is not read: save it as .xlsx or .csv first.
 */
export async function readTableFile(name: string, bytes: ArrayBuffer): Promise<string[][]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new Error('文件太大（超过 20 MB）');
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[];
      rows.push(
        values
          .slice(1)
          .map((v) =>
            v === null || v === undefined
              ? ''
              : typeof v === 'object' && 'text' in (v as object)
                ? String((v as { text: unknown }).text)
                : String(v),
          ),
      );
    });
    return rows;
  }
  if (lower.endsWith('.xls')) throw new Error('不支持旧版 .xls 文件，请在 Excel 里另存为 .xlsx 或 .csv 后再导入');
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  return result.data;
}

/** An imported table becomes metrics (商品ID or 搜索词 column) or orders (订单号 + 买家); otherwise it is refused. */
export function parseImportedTable(
  rows: readonly string[][],
  platform: Platform,
  period: { periodStart: string; periodEnd: string },
): ParseResult<BackofficeCapture> {
  const metrics = parseMetricTable(rows, platform, 'import', period);
  if (metrics.ok) return parsed({ listings: [], metrics: metrics.value, orders: [], sources: ['导入的数据表'] }, metrics.warnings);
  const orders = parseOrderTable(rows, platform);
  if (orders.ok) return parsed({ listings: [], metrics: [], orders: orders.value, sources: ['导入的订单表'] }, orders.warnings);
  return failed('没有识别出这个表格：需要“商品ID”“搜索词”列（生意参谋导出）或“订单号”“买家”列（订单导出）', [
    ...metrics.missing,
    ...orders.missing,
  ]);
}
