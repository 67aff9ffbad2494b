import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from '../../../scripts/support/find-chromium';
import { startFixtureServer, type FixtureServer } from '../../../scripts/support/fixture-server';
import { launchWithExtension, type ExtensionSession } from '../../../scripts/support/launch-extension';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const SITES_DIR = resolve(ROOT, 'tests/fixtures/sites');

export interface E2E {
  server: FixtureServer;
  session: ExtensionSession;
  stop: () => Promise<void>;
}

/** Fixture server + Chromium with the built extension. `npm run test:e2e` builds before running. */
export async function startE2E(): Promise<E2E> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('.output/chrome-mv3 is missing: run `npm run build` (npm run test:e2e does it)');
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: set CHROME_PATH or install Debian chromium (see README)');
  const server = await startFixtureServer(SITES_DIR);
  const session = await launchWithExtension({ executablePath, extensionDir: EXTENSION_DIR, serverPort: server.port, headless: true });
  return {
    server,
    session,
    stop: async () => {
      await session.close();
      await server.close();
    },
  };
}

/**
 * One fixture server and Chromium for a test file: started before its tests, stopped after them. The returned
 * object is filled in when they have started.
 */
export function useE2E(): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    Object.assign(e2e, await startE2E());
  });
  afterAll(async () => {
    await e2e.stop?.();
  });
  return e2e;
}
