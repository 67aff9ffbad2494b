import type { Platform } from '../../model/page';
import { cleanCell } from './cell-checks';
import { findTableHeader, type TableKind } from './tables';

/**
 * Header words only one platform's exports use. 1688 sells 货品 to companies (货品标题, 买家公司名) and its
 * paid search 网销宝 counts 曝光量 and 消耗; Taobao and Tmall share their order report (宝贝标题, 订单编号) and
 * 直通车 (展现量, 花费), so those headers say "Taobao or Tmall", which is not a platform.
 */
const ONLY_1688 = [/货品/, /买家公司/, /^曝光量/, /^消耗/, /网销宝/];

/**
 * The platform a downloaded table's headers name, or null when they do not (a Taobao/Tmall report, a
 * 生意参谋 table: both platforms' 生意参谋 name their columns alike).
 */
export function platformFromHeaders(rows: readonly (readonly string[])[]): { kind: TableKind; platform: Platform | null } | null {
  const header = findTableHeader(rows);
  if (!header) return null;
  const names = (rows[header.index] ?? []).map((c) => cleanCell(c).replace(/\s+/g, ''));
  const is1688 = header.kind !== 'metrics' && names.some((n) => ONLY_1688.some((re) => re.test(n)));
  return { kind: header.kind, platform: is1688 ? '1688' : null };
}
