import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '../lib/db/database';
import { BACKGROUND_MESSAGES } from '../lib/model/messages';
import { createBackgroundHandlers } from '../lib/messaging/background-handlers';
import { listen } from '../lib/messaging/listen';
import { showAlertCount } from '../lib/runtime/alert-badge';

export default defineBackground(() => {
  const db = getDatabase();
  listen(
    BACKGROUND_MESSAGES,
    createBackgroundHandlers(db, Date.now, () => showAlertCount(db)),
  );
  void showAlertCount(db).catch(() => undefined);
  // The toolbar button opens the popup; the popup has the button that opens the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
