import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Platform } from '../lib/model/page';
import { inspectImportFile, parseImportFile, readImportFile, type TableKind } from '../lib/sites/backoffice/import-file';
import type { BackofficeCapture } from '../lib/sites/backoffice/parse-backoffice';
import { PageContentError } from './load-saved-page';

/** Downloaded exports the CLI reads like 店铺 → 导入 (the content decides the format, as there). */
export function isTableFile(path: string): boolean {
  return ['.csv', '.xlsx', '.xls'].includes(extname(path).toLowerCase());
}

export type TableFileRead =
  | { ok: true; kind: TableKind; capture: BackofficeCapture; warnings: string[] }
  | { ok: false; kind: TableKind | null; reason: string; missing: string[] };

/**
 * An order export or 生意参谋 export, read and checked by the import code of the extension. A file that is
 * no table at all is a PageContentError (exit 2); a table whose rows cannot be used is a failure with the reason.
 * A metrics export without a period of its own fails naming 统计周期 (the CLI has no question to ask).
 */
export async function loadTableFile(path: string, platform: Platform): Promise<TableFileRead> {
  const file = await readImportFile(path, await readFile(path));
  if (!file.ok) throw new PageContentError(file.reason);
  const kind = inspectImportFile(file.value).kind;
  const result = parseImportFile(file.value, platform);
  if (!result.ok) return { ok: false, kind, reason: result.reason, missing: result.missing };
  return { ok: true, kind: result.value.kind, capture: result.value.capture, warnings: result.warnings };
}
