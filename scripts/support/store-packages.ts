import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The browsers `npm run zip` packages for, each a store upload. */
export const STORE_BROWSERS = ['chrome', 'edge', 'firefox'] as const;
export type StoreBrowser = (typeof STORE_BROWSERS)[number];

function readVersion(): string {
  return (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where `wxt zip -b <browser>` writes the store package (WXT's default artifact name). */
export function storePackagePath(browser: StoreBrowser): string {
  return resolve(ROOT, `.output/duibiao-${readVersion()}-${browser}.zip`);
}

/** The sources zip Mozilla's reviewers build the Firefox package from (`wxt zip -b firefox` writes it). */
export function sourcesPackagePath(): string {
  return resolve(ROOT, `.output/duibiao-${readVersion()}-sources.zip`);
}
