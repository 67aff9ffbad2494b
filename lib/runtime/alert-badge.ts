import { browser } from 'wxt/browser';
import { countOpenAlerts } from '../db/history';
import type { DuibiaoDB } from '../db/database';

/** Shows the number of open 动态 on the toolbar button (nothing when there are none). */
export async function showAlertCount(db?: DuibiaoDB): Promise<void> {
  await setAlertBadge(await countOpenAlerts(db));
}

/** The toolbar badge for this many open 动态. */
export async function setAlertBadge(count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action?.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action?.setBadgeBackgroundColor?.({ color: '#d4380d' });
}
