import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OBSERVED_MATCHES, PLATFORM_MATCHES, SEARCH_MATCHES } from '../../lib/sites/match-patterns';
import { sourcesPackagePath, storePackagePath, STORE_BROWSERS, type StoreBrowser } from '../../scripts/support/store-packages';
import { readManifest, readPackage, readPngSize, type Manifest, type StorePackage } from './support/read-package';

const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Files every store package must hold: the entry points WXT builds, the icons, the segmenter's wasm. */
const REQUIRED_FILES = [
  'manifest.json',
  'background.js',
  'popup.html',
  'sidepanel.html',
  'content-scripts/mtop-observer.js',
  'content-scripts/observer-channel.js',
  'content-scripts/platform.js',
  'content-scripts/search.js',
  'icon/16.png',
  'icon/32.png',
  'icon/48.png',
  'icon/128.png',
];

const packages = new Map<StoreBrowser, { pkg: StorePackage; manifest: Manifest }>();
beforeAll(async () => {
  for (const browser of STORE_BROWSERS) {
    const pkg = await readPackage(storePackagePath(browser));
    packages.set(browser, { pkg, manifest: await readManifest(pkg) });
  }
});
const get = (browser: StoreBrowser): { pkg: StorePackage; manifest: Manifest } => packages.get(browser)!;

describe('store packages (npm run zip)', () => {
  it.each(STORE_BROWSERS)('%s: the built extension and nothing else', (browser) => {
    const { files } = get(browser).pkg;
    for (const file of REQUIRED_FILES) expect(files, file).toContain(file);
    // The 4 MB segmenter wasm once, as a file (never inlined into a script).
    expect(files.filter((f) => f.endsWith('.wasm'))).toEqual([expect.stringMatching(/^assets\/jieba_rs_wasm_bg-[\w-]+\.wasm$/)]);
    // No sources, source maps, tests or fixtures in a store upload.
    expect(files.filter((f) => /\.(ts|tsx|map)$|^tests\/|fixtures|node_modules/.test(f))).toEqual([]);
    // Only what WXT emits: root pages and scripts, chunks/, assets/, content-scripts/, icon/.
    expect(files.filter((f) => !/^([\w-]+\.(html|js|json)|(chunks|assets|content-scripts)\/[\w.-]+|icon\/\d+\.png)$/.test(f))).toEqual([]);
  });

  it.each(STORE_BROWSERS)('%s: MV3 manifest with the version, icons and minimal permissions', async (browser) => {
    const { pkg, manifest } = get(browser);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(VERSION);
    expect(manifest.name).toBe('对标 Duibiao');
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(manifest.host_permissions).toEqual(['https://*.alicdn.com/*']);
    expect(manifest.permissions).toEqual(browser === 'firefox' ? [] : ['sidePanel']);
    expect(manifest.key).toBeUndefined();
    // Content scripts only on the platforms' own hosts.
    const matches = new Set(manifest.content_scripts!.flatMap((cs) => cs.matches));
    const allowed = new Set([...PLATFORM_MATCHES, ...OBSERVED_MATCHES, ...SEARCH_MATCHES]);
    expect([...matches].filter((m) => !allowed.has(m))).toEqual([]);
    // Icons at 16/32/48/128, each a PNG of its stated size.
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(manifest.icons!)) {
      const bytes = await pkg.zip.file(path)!.async('uint8array');
      expect(readPngSize(bytes), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('chrome and edge: the same package (Edge runs the Chrome build), side panel and service worker', async () => {
    const chrome = get('chrome');
    const edge = get('edge');
    expect(edge.pkg.files).toEqual(chrome.pkg.files);
    expect(edge.manifest).toEqual(chrome.manifest);
    expect(chrome.manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.manifest.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.manifest.browser_specific_settings).toBeUndefined();
    for (const file of chrome.pkg.files) {
      const [a, b] = await Promise.all([chrome.pkg.zip.file(file)!.async('uint8array'), edge.pkg.zip.file(file)!.async('uint8array')]);
      expect(Buffer.from(a).equals(Buffer.from(b)), file).toBe(true);
    }
  });

  it.each(STORE_BROWSERS)('%s: content scripts carry no zod (lib/messaging/content-protocol.ts)', async (browser) => {
    // Building zod's first schema cost a result page more than everything else the script did; the
    // trusted ends (background, popup, side panel) validate every message instead.
    const { pkg } = get(browser);
    const scripts = pkg.files.filter((f) => f.startsWith('content-scripts/'));
    expect(scripts.length).toBe(4);
    for (const file of scripts) expect(await pkg.zip.file(file)!.async('string'), file).not.toContain('_zod');
    // …while the background still validates with it.
    expect(await pkg.zip.file('background.js')!.async('string')).toContain('_zod');
  });

  it('firefox sources: what the build reads, without tests, scripts, fixtures or outputs', async () => {
    const { files } = await readPackage(sourcesPackagePath());
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'public/icon/128.png']) {
      expect(files, file).toContain(file);
    }
    for (const dir of ['entrypoints/', 'components/', 'content/', 'lib/sites/', 'lib/analysis/']) {
      expect(
        files.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
    }
    expect(files.filter((f) => /^(tests|scripts|cli|store|node_modules|\.output|\.wxt|demo-output|bench-output)\/|^\./.test(f))).toEqual(
      [],
    );
  });
});
