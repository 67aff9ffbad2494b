import { errorMessage } from '../text/error-message';

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

/**
 * The last guard of every parser entry point: a reader that throws after all (a page nested deep enough to
 * overflow the stack, a DOM that throws) becomes a failure with the reason, never an exception in a content
 * script or the CLI, and never a half-read value.
 */
export function guardParse<R extends ParseResult<unknown> | null>(read: () => R): R | ParseResult<never> {
  try {
    return read();
  } catch (error) {
    return failed(`解析出错：${errorMessage(error)}`, []);
  }
}
