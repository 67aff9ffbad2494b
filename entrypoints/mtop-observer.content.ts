import { defineContentScript } from 'wxt/utils/define-content-script';
import { installMtopObserver } from '../lib/sites/install-mtop-observer';

/** MAIN-world observer of the pages' own search, analytics and order responses (lib/sites/install-mtop-observer.ts). */
export default defineContentScript({
  // Result pages, 生意参谋 and the 1688 workbench (sold orders): the pages whose own responses we read.
  matches: [
    'https://s.taobao.com/*',
    'https://s.1688.com/*',
    'https://sycm.1688.com/*',
    'https://sudo.sycm.1688.com/*',
    'https://sycm.taobao.com/*',
    'https://work.1688.com/*',
  ],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installMtopObserver(window);
  },
});
