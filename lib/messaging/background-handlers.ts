import type { DuibiaoDB } from '../db/database';
import { readSettings } from '../db/settings-store';
import { saveBackoffice } from '../db/backoffice';
import { saveItemCapture } from '../db/captures';
import { saveSearchPage } from '../db/snapshots';
import { recordVisit } from '../db/visits';
import type { BackgroundMessages } from '../model/messages';
import { detectPage } from '../sites/page-type';
import type { Handlers, MessageOrigin } from './protocol';

/**
 * The background's message handlers, as plain functions of the database and a clock so tests call
 * them directly (no fake browser needed).
 */
export function createBackgroundHandlers(db: DuibiaoDB, now: () => number = Date.now): Handlers<BackgroundMessages> {
  return {
    'page/report': async (report, origin) => {
      assertFromPlatformPage(report.url, origin);
      // The page kind is recomputed here from the URL: a report's own claims are not trusted.
      const info = detectPage(report.url);
      const visit = await recordVisit({ ...report, ...info }, now(), db);
      return { visit };
    },
    'settings/get': () => readSettings(db),
    'snapshot/save': ({ page }) => saveSearchPage(page, now(), db),
    'capture/save': ({ page }) => saveItemCapture(page, now(), db),
    'backoffice/save': ({ capture }) => saveBackoffice(capture, now(), db),
  };
}

/** A page report must come from a content script running on the very URL it reports. */
function assertFromPlatformPage(url: string, origin: MessageOrigin): void {
  if (origin.fromExtensionPage) return; // extension pages may replay a report (demo, tests)
  if (origin.tabId === null) throw new Error('page report without a tab');
  // Same host, not same URL: single-page back offices change path and query with pushState.
  if (origin.url !== null && hostOf(origin.url) !== hostOf(url)) throw new Error('page report host does not match its sender');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
