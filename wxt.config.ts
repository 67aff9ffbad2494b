import { defineConfig } from 'wxt';
import { PLATFORM_MATCHES } from './lib/sites/match-patterns';

// See README.md "Layout". Auto-imports are off: every module imports what it uses, so lib/ code runs
// unchanged in Node (CLI, vitest) and in the extension.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
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
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'duibiao@duibiao.local', strict_min_version: '115.0' } } }
      : {}),
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
