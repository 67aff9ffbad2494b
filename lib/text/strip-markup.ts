const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/**
 * Plain text from a title that carries keyword highlight markup: Taobao `<span class=H>卫衣</span>`,
 * 1688 `<font color=red>卫衣</font>`, escaped forms (`\u003c`, `&lt;`) included. Text only: never
 * parsed as HTML, so nothing in it can run.
 */
export function stripMarkup(raw: string | null | undefined): string {
  if (!raw) return '';
  // Most titles carry no markup at all: skip the regex passes (this runs for every card on a page).
  if (!/[<&\\]/.test(raw)) return /\s\s|^\s|\s$|[\t\n\r]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
  let text = raw
    .replace(/\\u003c/gi, '<')
    .replace(/\\u003e/gi, '>')
    .replace(/\\u0026/gi, '&');
  // Entity-escaped tags first (`&lt;span class=H&gt;`), then real tags.
  text = text.replace(/&lt;\/?[a-z][^&]*?&gt;/gi, '');
  text = text.replace(/<\/?[a-z][^>]*>/gi, '');
  text = text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => decodeEntity(whole, name));
  return text.replace(/\s+/g, ' ').trim();
}

function decodeEntity(whole: string, name: string): string {
  const lower = name.toLowerCase();
  if (NAMED_ENTITIES[lower] !== undefined) return NAMED_ENTITIES[lower]!;
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? parseInt(lower.slice(1), 10) : NaN;
  return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
}
