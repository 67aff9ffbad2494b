import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const SITES = resolve(import.meta.dirname, '../fixtures/sites');
export const SAMPLES = resolve(import.meta.dirname, '../fixtures/samples');

/** A fixture page as a happy-dom Document (scripts not run, nothing fetched). */
export function loadFixtureDocument(relativePath: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(readFileSync(resolve(SITES, relativePath), 'utf8'), 'text/html') as unknown as Document;
}

export function loadFixtureJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(resolve(SITES, relativePath), 'utf8'));
}
