import type { Platform } from '../../lib/model/page';
import type { BackofficeCapture } from '../../lib/sites/backoffice/parse-backoffice';
import { parseImportFile, readImportFile } from '../../lib/sites/backoffice/import-file';
import { failed, parsed, type ParseResult } from '../../lib/sites/parse-result';

/**
 * Row-level entry points for tests, built on the import API the 店铺 pane uses (readImportFile →
 * parseImportFile): a file's rows (throwing the Chinese reason), and the capture of some rows with a period
 * (an empty period = none given, so the file's own period or none).
 */
export async function readTableFile(name: string, bytes: ArrayBuffer): Promise<string[][]> {
  const file = await readImportFile(name, bytes);
  if (!file.ok) throw new Error(file.reason);
  return file.value.rows;
}

export function parseImportedTable(
  rows: readonly string[][],
  platform: Platform,
  period: { periodStart: string; periodEnd: string },
): ParseResult<BackofficeCapture> {
  const file = { name: '', rows: rows as string[][], format: 'utf-8' as const, encodingGuessed: false, sheet: null };
  const given = period.periodStart || period.periodEnd ? { start: period.periodStart, end: period.periodEnd } : null;
  const result = parseImportFile(file, platform, given);
  return result.ok ? parsed(result.value.capture, result.warnings) : failed(result.reason, result.missing);
}
