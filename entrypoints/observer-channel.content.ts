import { defineContentScript } from 'wxt/utils/define-content-script';
import { openObserverChannel } from '../content/observer-channel';
import { OBSERVED_MATCHES } from '../lib/sites/match-patterns';

/**
 * Isolated world, document_start: opens the private channel to the MAIN-world observer before any page
 * script runs, and keeps what arrives for the content scripts that start later in this frame.
 */
export default defineContentScript({
  matches: [...OBSERVED_MATCHES],
  allFrames: true,
  runAt: 'document_start',
  // WXT's legacy "script started" window.postMessage (replaced by a DOM event, which WXT still sends) cost
  // ~4 ms of each page load and wakes the page's own message listeners; WXT documents opting out.
  noScriptStartedPostMessage: true,
  main() {
    openObserverChannel(window);
  },
});
