import type { DuibiaoDB } from '../db/database';
import { readSettings } from '../db/settings-store';
import { saveBackoffice } from '../db/backoffice';
import { saveItemCapture } from '../db/captures';
import { itemPlatformOf } from '../model/item-platform';
import { readMyItems, recordCaptureAlerts, recordSnapshotAlerts } from '../db/history';
import { saveSearchPage } from '../db/snapshots';
import { recordVisit } from '../db/visits';
import type { BackgroundMessages } from '../model/messages';
import { isPlatformUrl } from '../sites/match-patterns';
import { detectPage, visitUrl } from '../sites/page-type';
import type { Handlers, MessageOrigin } from './protocol';
import { withStorageErrors } from '../db/storage-errors';

/**
 * The background's message handlers, as plain functions of the database and a clock so tests call
 * them directly (no fake browser needed).
 */
export function createBackgroundHandlers(
  db: DuibiaoDB,
  now: () => number = Date.now,
  /** Called after a save has recorded its 动态 (the background updates the toolbar badge). */
  onAlertsChanged: () => Promise<void> = async () => undefined,
): Handlers<BackgroundMessages> {
  // Changes are found after the save has committed: a failure here never undoes or blocks the capture.
  const recordAlerts = async (record: () => Promise<number>): Promise<void> => {
    try {
      await record();
      await onAlertsChanged();
    } catch (error) {
      console.warn('对标: 动态 not recorded', error);
    }
  };
  return {
    'page/report': async (report, origin) => {
      assertFromPlatformPage(report.url, origin);
      // The page kind is recomputed here from the URL: a report's own claims are not trusted. Only pages
      // we recognise are kept, and only the part of their URL that says which page it is.
      const url = visitUrl(report.url);
      if (url === null) return { visit: null };
      const visit = await recordVisit({ ...report, ...detectPage(report.url), url }, now(), db);
      return { visit };
    },
    'settings/get': async () => ({ showOverlays: (await readSettings(db)).showOverlays }),
    'mine/get': async ({ platform }) => {
      const mine = await readMyItems(db);
      const prefix = `${itemPlatformOf(platform)}:`;
      return {
        itemIds: [...mine.itemKeys].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)),
        shopNames: [...mine.shopNames],
      };
    },
    'snapshot/save': async ({ page }, origin) => {
      assertMaySave(page.url, origin);
      const saved = await withStorageErrors(() => saveSearchPage(page, now(), db));
      await recordAlerts(() => recordSnapshotAlerts(saved.snapshotId, now(), db));
      return saved;
    },
    'capture/save': async ({ page }, origin) => {
      assertMaySave(page.url, origin);
      const saved = await withStorageErrors(() => saveItemCapture(page, now(), db));
      if (saved.version > 1) await recordAlerts(() => recordCaptureAlerts(saved.itemKey, now(), db));
      return saved;
    },
    'backoffice/save': ({ capture }, origin) => {
      assertMaySave(null, origin);
      return withStorageErrors(() => saveBackoffice(capture, now(), db));
    },
  };
}

/** A page report must come from a content script running on the very URL it reports. */
function assertFromPlatformPage(url: string, origin: MessageOrigin): void {
  if (origin.fromExtensionPage) return; // extension pages may replay a report (demo, tests)
  if (origin.tabId === null) throw new Error('page report without a tab');
  // Same host, not same URL: single-page back offices change path and query with pushState.
  if (origin.url !== null && hostOf(origin.url) !== hostOf(url)) throw new Error('page report host does not match its sender');
}

/**
 * Saves come from our own pages (the popup asks the tab, then saves) or from a content script running on a
 * platform page the saved data claims to come from; any other sender (another extension's page through
 * externally_connectable, a frame on a foreign host) is refused before anything is written.
 */
function assertMaySave(dataUrl: string | null, origin: MessageOrigin): void {
  if (origin.fromExtensionPage) return;
  if (origin.tabId === null || origin.url === null) throw new Error('save from an unknown sender refused');
  if (!isPlatformUrl(origin.url)) throw new Error('save from a non-platform page refused');
  if (dataUrl !== null && hostOf(origin.url) !== hostOf(dataUrl)) throw new Error('saved data does not come from its sender page');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
