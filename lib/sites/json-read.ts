/**
 * Loose readers for page JSON whose shape we do not control. Each takes `unknown` and a dotted path and
 * returns a typed value or null; none throws.
 */

export function at(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of splitPath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A dotted path as keys, split once per path: parsers read the same few dozen paths on every item, and the
 * content script runs them cold on each page load, where splitting them again each time showed up.
 */
function splitPath(path: string): readonly string[] {
  let keys = SPLIT_PATHS.get(path);
  if (!keys) {
    keys = path.split('.');
    // Paths are the parsers' literals (a few dozen); the cap only guards against a caller passing data.
    if (SPLIT_PATHS.size < 500) SPLIT_PATHS.set(path, keys);
  }
  return keys;
}
const SPLIT_PATHS = new Map<string, readonly string[]>();

/** A non-empty trimmed string (numbers are stringified), else null. */
export function readString(value: unknown, path?: string): string | null {
  const v = path ? at(value, path) : value;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const trimmed = v.trim();
  return trimmed ? trimmed : null;
}

/** The first non-null string among several paths. */
export function readFirstString(value: unknown, paths: readonly string[]): string | null {
  for (const p of paths) {
    const s = readString(value, p);
    if (s !== null) return s;
  }
  return null;
}

/** Platform booleans arrive as true, "true", 1, "1", "Y" or "y". */
export function readFlag(value: unknown, path?: string): boolean {
  const v = path ? at(value, path) : value;
  return v === true || v === 1 || v === '1' || v === 'true' || v === 'Y' || v === 'y';
}

export function readArray(value: unknown, path?: string): unknown[] {
  const v = path ? at(value, path) : value;
  return Array.isArray(v) ? v : [];
}

/** Makes a protocol-relative or http URL absolute https (platform image/detail links). */
export function absoluteUrl(raw: string | null): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (trimmed.startsWith('//')) return `https:${trimmed}`;
  if (/^https?:\/\//i.test(trimmed)) return trimmed.replace(/^http:/i, 'https:');
  return null;
}
