import { browser } from 'wxt/browser';
import { countOpenAlerts } from '../db/history';
import type { DuibiaoDB } from '../db/database';

/** Shows the number of open 动态 on the toolbar button (nothing when there are none). */
export async function showAlertCount(db?: DuibiaoDB): Promise<void> {
  const count = await countOpenAlerts(db);
  const action = browser.action ?? browser.browserAction;
  await action?.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action?.setBadgeBackgroundColor?.({ color: '#d4380d' });
}
