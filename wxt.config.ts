import { defineConfig } from 'wxt';
import { PLATFORM_MATCHES } from './lib/sites/match-patterns';

/**
 * Firefox: a stable id (storage and updates follow it) and the data-collection declaration Mozilla requires
 * of new add-ons: none (PRIVACY.md; nothing leaves the browser). 140 (the current ESR) is the first version
 * that reads that declaration; MV3 `world: "MAIN"` content scripts, which the observer needs, came in 128.
 * Firefox for Android reads the declaration from 142; the store listing does not offer Android (no sidebar
 * there), this only keeps Android's minimum consistent.
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'duibiao@duibiao.local',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// See README.md "Layout". Auto-imports are off: every module imports what it uses, so lib/ code runs
// unchanged in Node (CLI, vitest) and in the extension.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // MV3 for every browser: Firefox ≥ 128 has MV3 `world: "MAIN"` content scripts, which the response
  // observer needs (MV2 has none). `wxt build -b firefox` therefore builds .output/firefox-mv3.
  manifestVersion: 3,
  zip: {
    // The Firefox sources zip is what Mozilla's reviewers rebuild the package from (README.md "Store
    // packages"): everything the build reads, none of the tests, fixtures, bench or dev scripts.
    excludeSources: ['tests/**', 'scripts/**', 'cli/**', 'store/**', 'demo-output/**', 'bench-output/**'],
  },
  vite: () => ({
    build: {
      // jieba-wasm's glue finds its 4 MB wasm with new URL(…, import.meta.url). Never inline it as base64
      // (Vite would, into the side panel chunk): emit it once as a file the extension pages fetch.
      assetsInlineLimit: (file: string) => (file.endsWith('.wasm') ? false : undefined),
    },
  }),
  manifest: ({ browser }) => ({
    name: '对标 Duibiao',
    description: '淘宝、天猫、1688 卖家工具：把你的商品和首页前60个自然结果逐项对比。数据只存在本机浏览器。',
    // sidePanel: the side panel (Chrome/Edge; Firefox gets sidebar_action without a permission).
    // IndexedDB needs no permission.
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    // Main images are downloaded by the side panel's decoding worker from the platforms' image hosts only.
    // Page access comes from the content scripts' own match patterns (lib/sites/match-patterns.ts).
    host_permissions: ['https://*.alicdn.com/*'],
    content_security_policy: {
      // 'wasm-unsafe-eval' only for extension pages: jieba-wasm (word segmentation) runs there. Images and
      // fetches only from the platforms' image host (lib/sites/image-host.ts); data:/blob: for the user's own
      // files. Content scripts keep the browser's default policy.
      extension_pages:
        "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; img-src 'self' data: blob: https://*.alicdn.com; connect-src 'self' https://*.alicdn.com",
    },
    action: { default_title: '对标 Duibiao' },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  hooks: {
    // Keep the content-script match list next to the page-type detectors; log it so a reviewer sees it.
    'build:manifestGenerated': (_wxt, manifest) => {
      const declared = new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []));
      for (const pattern of PLATFORM_MATCHES) {
        if (!declared.has(pattern)) throw new Error(`content script is missing match pattern ${pattern}`);
      }
    },
  },
});
