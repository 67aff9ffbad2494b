import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMtopObserver } from '@/lib/sites/install-mtop-observer';

/** MAIN-world observer of the search pages' own mtop responses (see lib/sites/install-mtop-observer.ts). */
export default defineContentScript({
  matches: ['https://s.taobao.com/*', 'https://s.1688.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installMtopObserver(window);
  },
});
