import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { parseJsonOrJsonp } from '../lib/sites/jsonp';

export type SavedPage =
  | { format: 'html'; document: Document; url: string | null; close: () => Promise<void> }
  | { format: 'json'; json: unknown; url: string | null; close: () => Promise<void> };

/**
 * Loads a saved page ("save as… complete" .html) into a happy-dom document without running its
 * scripts or fetching anything, or a saved JSON response. The original URL is taken from the caller,
 * else from Chrome's `<!-- saved from url=(N)… -->` mark or `<link rel=canonical>`.
 */
export async function loadSavedPage(path: string, url: string | null): Promise<SavedPage> {
  const text = await readFile(path, 'utf8');
  const isJson = extname(path).toLowerCase() === '.json' || /^\s*[[{]/.test(text.slice(0, 200));
  if (isJson) {
    return { format: 'json', json: parseJsonOrJsonp(text), url, close: async () => undefined };
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

function readSavedFromUrl(html: string): string | null {
  const match = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000));
  return match ? match[1]! : null;
}

function readCanonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
}
