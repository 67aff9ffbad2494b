import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Platform } from '../lib/model/page';
import { parseImportFile, readImportFile, type TableKind } from '../lib/sites/backoffice/import-file';
import type { BackofficeCapture } from '../lib/sites/backoffice/parse-backoffice';
import { platformFromHeaders } from '../lib/sites/backoffice/table-platform';
import { PageContentError } from './load-saved-page';

/** Downloaded exports the CLI reads like 店铺 → 导入 (the content decides the format, as there). */
export function isTableFile(path: string): boolean {
  return ['.csv', '.xlsx', '.xls'].includes(extname(path).toLowerCase());
}

/** Where the platform of a table came from: --platform, the table's own headers, or the default (淘宝). */
export type PlatformSource = 'flag' | 'headers' | 'default';

export type TableFileRead =
  | { ok: true; kind: TableKind; platform: Platform; platformFrom: PlatformSource; capture: BackofficeCapture; warnings: string[] }
  | { ok: false; kind: TableKind | null; platform: Platform | null; reason: string; missing: string[] };

/** An order export whose headers do not say its platform, read without --platform (exit 1: an argument is missing). */
export class PlatformNeededError extends Error {}

/**
 * An order export, 生意参谋 export or 直通车 / 网销宝 keyword report, read and checked by the import code of the
 * extension. Which kind it is, the headers say. The platform is `platform` when given, else the one the headers
 * name (1688's 货品 / 买家公司名 / 曝光量 / 消耗), else Taobao — except for an order report: Taobao and Tmall
 * write the same one, and orders are kept per platform, so that needs --platform (PlatformNeededError). A file
 * that is no table at all is a PageContentError (exit 2); a table whose rows cannot be used is a failure with
 * the reason. A metrics export without a period of its own fails naming 统计周期 (the CLI has no question to ask).
 */
export async function loadTableFile(path: string, platform: Platform | null): Promise<TableFileRead> {
  const file = await readImportFile(path, await readFile(path));
  if (!file.ok) throw new PageContentError(file.reason);
  // Kind and platform from the header row alone (the file's periods are the import's business).
  const headers = platformFromHeaders(file.value.rows);
  const kind = headers?.kind ?? null;
  const named = headers?.platform ?? null;
  if (!platform && !named && kind === 'orders') {
    throw new PlatformNeededError('这是淘宝/天猫格式的订单报表，表头看不出是淘宝还是天猫：请用 --platform taobao 或 --platform tmall 说明');
  }
  const chosen: Platform = platform ?? named ?? 'taobao';
  const platformFrom: PlatformSource = platform ? 'flag' : named ? 'headers' : 'default';
  const result = parseImportFile(file.value, chosen);
  if (!result.ok) return { ok: false, kind, platform: kind ? chosen : null, reason: result.reason, missing: result.missing };
  return { ok: true, kind: result.value.kind, platform: chosen, platformFrom, capture: result.value.capture, warnings: result.warnings };
}
