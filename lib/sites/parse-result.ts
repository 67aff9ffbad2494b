/**
 * What every page parser returns: a typed value with warnings, or a failure that names what was
 * missing. Parsers never throw on a missing node or field.
 */
export type ParseResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; reason: string; missing: string[] };

export function parsed<T>(value: T, warnings: string[] = []): ParseResult<T> {
  return { ok: true, value, warnings };
}

export function failed<T>(reason: string, missing: string[] = []): ParseResult<T> {
  return { ok: false, reason, missing };
}
