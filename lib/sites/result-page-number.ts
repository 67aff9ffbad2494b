import { LIMITS } from '../model/limits';

/**
 * Result platforms show at most LIMITS.resultPage pages; a larger number in the address is a typo or a
 * crafted link, and unbounded values (1e20 → Infinity after /44) would reach the schema.
 */
const MAX_RESULT_PAGE = LIMITS.resultPage;

/** A 1-based page number from a `page=` / `beginPage=` value, or null when it is not one. */
export function readPageNumber(raw: string | null): number | null {
  if (raw === null || !/^\s*\d{1,6}\s*$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 1 && page <= MAX_RESULT_PAGE ? page : null;
}

/** The page an item offset (`s=44`) falls on, with `perPage` items per page, or null. */
export function pageOfOffset(raw: string | null, perPage: number): number | null {
  if (raw === null || !/^\s*\d{1,7}\s*$/.test(raw)) return null;
  const page = Math.floor(Number(raw) / perPage) + 1;
  return page <= MAX_RESULT_PAGE ? page : null;
}
