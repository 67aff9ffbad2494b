import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { parseJsonOrJsonp } from '../lib/sites/jsonp';

export type SavedPage =
  | { format: 'html'; document: Document; url: string | null; close: () => Promise<void> }
  | { format: 'json'; json: unknown; url: string | null; close: () => Promise<void> };

/** The file was read but its content is not a page or response we can parse (exit code 2, not 1). */
export class PageContentError extends Error {
  override name = 'PageContentError';
}

/**
 * Loads a saved page ("save as… complete" .html) into a happy-dom document without running its
 * scripts or fetching anything, or a saved JSON response. The original URL is taken from the caller,
 * else from Chrome's `<!-- saved from url=(N)… -->` mark or `<link rel=canonical>`.
 */
export async function loadSavedPage(path: string, url: string | null): Promise<SavedPage> {
  const text = await readFile(path, 'utf8');
  const isJson = extname(path).toLowerCase() === '.json' || /^\s*[[{]/.test(text.slice(0, 200));
  if (isJson) {
    let json: unknown;
    try {
      json = parseJsonOrJsonp(text);
    } catch (error) {
      const truncated = endsTooSoon((error as Error).message, text.trimEnd().length);
      throw new PageContentError(
        truncated ? '文件内容不是完整的 JSON（可能保存或下载时被截断）' : `文件内容不是有效的 JSON：${(error as Error).message}`,
      );
    }
    return { format: 'json', json, url, close: async () => undefined };
  }
  const window = new Window({
    url: url ?? 'https://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const document = new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
  return {
    format: 'html',
    document,
    url: url ?? readSavedFromUrl(text) ?? readCanonicalUrl(document),
    close: () => window.happyDOM.close(),
  };
}

/** JSON.parse stopped at the end of the text: the file was cut short, not malformed in the middle. */
function endsTooSoon(message: string, length: number): boolean {
  if (/Unexpected end|end of (JSON )?input/i.test(message)) return true;
  const at = /position (\d+)/.exec(message);
  return at !== null && Number(at[1]) >= length - 1;
}

function readSavedFromUrl(html: string): string | null {
  const match = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000));
  return match ? match[1]! : null;
}

function readCanonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
}
