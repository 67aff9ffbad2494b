/**
 * UTF-16 code-unit order (code-point order within the Basic Multilingual Plane): the same in Node and every browser
 * locale (localeCompare on Chinese is not), so ties in sorted lists (customers, keywords, roots) come out in the
 * same order in the extension and the CLI everywhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
