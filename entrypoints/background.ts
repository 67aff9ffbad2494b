import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '../lib/db/database';
import { BACKGROUND_MESSAGES } from '../lib/model/messages';
import { createBackgroundHandlers } from '../lib/messaging/background-handlers';
import { createMessageListener, readSenderOrigin } from '../lib/messaging/protocol';

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  const listener = createMessageListener(BACKGROUND_MESSAGES, createBackgroundHandlers(getDatabase()), (sender) =>
    readSenderOrigin(sender, extensionOrigin),
  );
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  // The toolbar button opens the popup; the popup has the button that opens the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
