import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMtopObserver } from '../lib/sites/install-mtop-observer';
import { OBSERVED_MATCHES } from '../lib/sites/match-patterns';

/** MAIN-world observer of the pages' own search, analytics and order responses (lib/sites/install-mtop-observer.ts). */
export default defineContentScript({
  matches: [...OBSERVED_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installMtopObserver(window);
  },
});
