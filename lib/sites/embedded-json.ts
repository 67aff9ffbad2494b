/**
 * Reads a JSON object literal that a page assigns in an inline script, e.g.
 * `g_page_config = {…};` (Taobao legacy) or `window.data.offerresultData = successDataCheck({…})`
 * (1688 legacy). Finds the first `{` after the marker and its matching `}` while skipping strings, then
 * JSON.parse. Returns null when the marker is absent or the literal is not valid JSON.
 */
export function extractAssignedJson(source: string, marker: string | RegExp): unknown {
  const at = typeof marker === 'string' ? indexAfter(source, marker) : regexEnd(source, marker);
  if (at < 0) return null;
  const start = source.indexOf('{', at);
  if (start < 0 || start - at > 200) return null;
  const end = findMatchingBrace(source, start);
  if (end < 0) return null;
  try {
    return JSON.parse(source.slice(start, end + 1));
  } catch {
    return null;
  }
}

/** Inline script texts of a document (no src), in order. */
export function readInlineScripts(doc: ParentNode): string[] {
  return [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
}

function indexAfter(source: string, marker: string): number {
  const i = source.indexOf(marker);
  return i < 0 ? -1 : i + marker.length;
}

function regexEnd(source: string, marker: RegExp): number {
  const m = marker.exec(source);
  return m ? m.index + m[0].length : -1;
}

/** Index of the `}` closing the `{` at `start`, or -1; braces inside JSON strings are ignored. */
export function findMatchingBrace(source: string, start: number): number {
  let depth = 0;
  let inString: string | null = null;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === inString) inString = null;
      continue;
    }
    if (ch === '"' || ch === "'") inString = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}
