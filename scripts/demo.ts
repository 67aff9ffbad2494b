/**
 * The newcomer's demo: builds the extension, serves the bundled sample pages at their real host names,
 * drives Chromium with the extension through them and writes screenshots plus summary.md to
 * demo-output/. Headed when a display exists, headless otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './support/find-chromium';
import { startFixtureServer } from './support/fixture-server';
import { launchWithExtension, readTabId } from './support/launch-extension';
import { DEMO_PAGES } from './demo-pages';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'demo-output');

async function main(): Promise<number> {
  const executablePath = ensureChromium();
  console.log('构建扩展 (wxt build) …');
  execFileSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer(resolve(ROOT, 'tests/fixtures/sites'));
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  const session = await launchWithExtension({
    executablePath,
    extensionDir: resolve(ROOT, '.output/chrome-mv3'),
    serverPort: server.port,
    headless,
  });
  const lines: string[] = [
    '# 对标 Duibiao — demo run',
    '',
    `Run at ${new Date().toISOString()} with ${executablePath} (${headless ? 'headless' : 'headed'}).`,
    'Pages are the bundled fixtures in tests/fixtures/sites, served locally at their real https host names.',
    '',
  ];
  let failures = 0;
  try {
    for (const [index, demo] of DEMO_PAGES.entries()) {
      const n = String(index + 1).padStart(2, '0');
      const page = await session.context.newPage();
      await page.goto(demo.url, { waitUntil: 'load' });
      await page.waitForTimeout(demo.captureExpect ? 1200 : 400); // overlays are drawn at idle time
      await page.screenshot({ path: resolve(OUT, `${n}-${demo.slug}-page.png`) });
      const tabId = await readTabId(session, page);
      const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.setViewportSize({ width: 360, height: 420 });
      const summary = popup.getByTestId('page-summary').or(popup.getByText('当前页面不是'));
      await summary.first().waitFor({ timeout: 5000 });
      const kind =
        (await popup
          .getByTestId('page-summary')
          .getAttribute('data-kind')
          .catch(() => null)) ?? 'not-a-platform-page';
      let captured = '';
      let ok = kind === demo.expectKind;
      if (demo.captureExpect) {
        await popup.getByRole('button', { name: '采集前60' }).click();
        const result = popup.locator('[data-testid=capture-saved], [data-testid=capture-error]').first();
        await result.waitFor({ timeout: 10_000 });
        const count = Number(
          await popup
            .getByTestId('capture-saved')
            .getAttribute('data-count')
            .catch(() => null),
        );
        ok &&= count === demo.captureExpect;
        captured = `; 采集前60 saved ${count} organic items (expected ${demo.captureExpect})`;
      }
      await popup.screenshot({ path: resolve(OUT, `${n}-${demo.slug}-popup.png`) });
      if (!ok) failures++;
      lines.push(
        `- ${ok ? '✅' : '❌'} **${demo.label}** — \`${demo.url}\` → detected \`${kind}\` (expected \`${demo.expectKind}\`)${captured}; screenshots \`${n}-${demo.slug}-page.png\`, \`${n}-${demo.slug}-popup.png\``,
      );
      await popup.close();
    }
    const panel = await session.openExtensionPage('sidepanel.html#history');
    await panel.setViewportSize({ width: 420, height: 760 });
    await panel.locator('[data-testid=visit-list] tbody tr').first().waitFor({ timeout: 5000 });
    const rows = await panel.locator('[data-testid=visit-list] tbody tr').count();
    await panel.screenshot({ path: resolve(OUT, '90-sidepanel-history.png') });
    lines.push('', `Side panel 历史 tab lists ${rows} recognised pages from IndexedDB: \`90-sidepanel-history.png\`.`);
    const benchmark = await session.openExtensionPage('sidepanel.html#benchmark');
    await benchmark.setViewportSize({ width: 420, height: 760 });
    await benchmark.getByTestId('snapshot-view').waitFor({ timeout: 5000 });
    // The latest snapshot is the 1688 one; show the complete Taobao one.
    const taobao = await benchmark.locator('[data-testid=snapshot-picker] option', { hasText: '淘宝' }).first().getAttribute('value');
    if (taobao) await benchmark.getByTestId('snapshot-picker').selectOption(taobao);
    await benchmark.getByText('完整 60/60').waitFor({ timeout: 5000 });
    await benchmark.screenshot({ path: resolve(OUT, '91-sidepanel-benchmark.png') });
    lines.push(
      '',
      'Side panel 对标 tab with the complete Taobao snapshot (60/60, averages, price bands, table): `91-sidepanel-benchmark.png`.',
    );

    // Title optimiser: the 1688 listing editor linked to the side panel, scored against the 1688 snapshot.
    const editor = await session.context.newPage();
    await editor.goto('https://offer-new.1688.com/popular/publish.htm?id=597090034012&operator=edit');
    const editorTab = await readTabId(session, editor);
    const titlePanel = await session.openExtensionPage(`sidepanel.html?tab=${editorTab}#title`);
    await titlePanel.setViewportSize({ width: 420, height: 900 });
    await titlePanel.getByTestId('editor-linked').waitFor({ timeout: 15_000 });
    await editor.bringToFront();
    await editor.locator('#offer-title').click();
    await editor.locator('#offer-title').press('End');
    await editor.locator('#offer-title').pressSequentially('女 加绒 宽松 最好');
    await titlePanel.getByTestId('banned-hits').waitFor({ timeout: 5000 });
    const typedScore = await titlePanel.getByTestId('title-score').getAttribute('data-score');
    await titlePanel.screenshot({ path: resolve(OUT, '92-sidepanel-title.png') });
    const best = titlePanel.locator('[data-testid=proposals] li').first();
    const proposal = await best.locator('.proposal-title').innerText();
    await best.getByRole('button', { name: '应用' }).click();
    await editor.locator('#page-saw', { hasText: proposal }).waitFor({ timeout: 5000 });
    await titlePanel.locator('.current-title', { hasText: proposal }).waitFor({ timeout: 5000 });
    await titlePanel.locator(`[data-testid=title-score]:not([data-score="${typedScore}"])`).waitFor({ timeout: 5000 });
    const appliedScore = await titlePanel.getByTestId('title-score').getAttribute('data-score');
    await editor.screenshot({ path: resolve(OUT, '93-editor-after-apply.png') });
    lines.push(
      '',
      `Title optimiser on the 1688 editor: typed title scored ${typedScore}/100 (banned word 最好 flagged, capped); ` +
        `applying proposal “${proposal}” wrote it into the page's title field (its own listener saw it) and it scores ${appliedScore}/100: ` +
        '`92-sidepanel-title.png`, `93-editor-after-apply.png`.',
    );

    // Competitor capture: a real 1688 offer (__INIT_DATA sample), then a changed version of it.
    const versions: string[] = [];
    for (const url of ['https://detail.1688.com/offer/597090034012.html', 'https://detail.1688.com/offer/597090034012.html?dbfx=changed']) {
      const offer = await session.context.newPage();
      await offer.goto(url);
      const itemPopup = await session.openExtensionPage(`popup.html?tab=${await readTabId(session, offer)}`);
      await itemPopup.setViewportSize({ width: 360, height: 520 });
      await itemPopup.getByRole('button', { name: '采集此页' }).click();
      await itemPopup.getByTestId('item-saved').waitFor({ timeout: 10_000 });
      versions.push((await itemPopup.getByTestId('item-saved').getAttribute('data-version')) ?? '?');
      await itemPopup.screenshot({ path: resolve(OUT, `94-item-capture-v${versions.length}-popup.png`) });
    }
    const competitors = await session.openExtensionPage('sidepanel.html#competitors');
    await competitors.setViewportSize({ width: 420, height: 900 });
    await competitors.locator('[data-testid=competitor-list] button.link-title').first().click();
    await competitors.getByTestId('competitor-detail').waitFor({ timeout: 5000 });
    await competitors.screenshot({ path: resolve(OUT, '95-sidepanel-competitor.png') });
    lines.push(
      '',
      `Competitor capture of a 1688 offer (real __INIT_DATA sample) saved as versions ${versions.join(' and ')}; the second shows the title diff, sales, image and SKU changes: ` +
        '`94-item-capture-v1-popup.png`, `94-item-capture-v2-popup.png`, `95-sidepanel-competitor.png`.',
    );

    // Main images: my picture (a near-copy of a competitor's) against the Taobao snapshot's 60 main images.
    const imagePanel = await session.openExtensionPage('sidepanel.html#image');
    await imagePanel.setViewportSize({ width: 420, height: 900 });
    const taobaoSnapshot = await imagePanel
      .locator('[data-testid=image-snapshot] option', { hasText: '淘宝' })
      .first()
      .getAttribute('value');
    if (taobaoSnapshot) await imagePanel.getByTestId('image-snapshot').selectOption(taobaoSnapshot);
    await imagePanel.getByTestId('image-url').fill('https://g-search1.alicdn.com/img/bao/uploaded/i4/620000000004.jpg?v=shifted');
    await imagePanel.getByTestId('add-image-url').click();
    const imageStart = Date.now();
    await imagePanel.getByTestId('run-image-score').click();
    await imagePanel.getByTestId('image-score').waitFor({ timeout: 60_000 });
    const imageScore = await imagePanel.getByTestId('image-score').getAttribute('data-score');
    await imagePanel.screenshot({ path: resolve(OUT, '96-sidepanel-image.png') });
    lines.push(
      '',
      `Main-image check: a shifted, recompressed copy of a competitor's picture scored ${imageScore}/100 against the 60 competitors ` +
        `(duplicate found) in ${Date.now() - imageStart} ms: \`96-sidepanel-image.png\`.`,
    );

    // Own back office: listings (work.1688.com iframe), 生意参谋 search terms, sold orders, an item export.
    const captured: string[] = [];
    for (const [url, ready] of [
      ['https://work.1688.com/', '#manage'],
      ['https://sycm.1688.com/ms/flow/keywords.htm', 'text=搜索词 5 个'],
      ['https://work.1688.com/?_path_=sellerPro/2017sellerbase_trade/saleList&dbfx=orders', 'text=订单 40 笔'],
    ] as const) {
      const backoffice = await session.context.newPage();
      await backoffice.goto(url);
      await backoffice.locator(ready).first().waitFor({ timeout: 10_000 });
      const boPopup = await session.openExtensionPage(`popup.html?tab=${await readTabId(session, backoffice)}`);
      await boPopup.getByRole('button', { name: '采集后台数据' }).click();
      await boPopup.getByTestId('backoffice-saved').waitFor({ timeout: 10_000 });
      captured.push((await boPopup.getByTestId('backoffice-saved').innerText()).split('\n')[0]!);
    }
    const shop = await session.openExtensionPage('sidepanel.html#shop');
    await shop.setViewportSize({ width: 420, height: 1000 });
    await shop.getByTestId('import-file').setInputFiles(resolve(ROOT, 'tests/fixtures/imports/商品效果_synthetic.csv'));
    await shop.getByTestId('quadrants').waitFor({ timeout: 10_000 });
    await shop.getByTestId('quadrants').scrollIntoViewIfNeeded();
    await shop.screenshot({ path: resolve(OUT, '97-sidepanel-shop.png') });
    const customers = await session.openExtensionPage('sidepanel.html#customers');
    await customers.setViewportSize({ width: 420, height: 1000 });
    await customers.getByTestId('customer-summary').waitFor({ timeout: 10_000 });
    await customers.screenshot({ path: resolve(OUT, '98-sidepanel-customers.png') });
    lines.push(
      '',
      `Own back office: ${captured.join('; ')}. With the 商品效果 export imported, the 店铺 tab shows the four quadrants and search-term roots, ` +
        `and the 客户 tab the customer groups (${await customers.getByTestId('customer-summary').innerText()}): \`97-sidepanel-shop.png\`, \`98-sidepanel-customers.png\`.`,
    );
  } finally {
    await session.close();
    await server.close();
  }
  lines.push('', failures === 0 ? 'All pages were detected as expected.' : `${failures} page(s) were not detected as expected.`);
  writeFileSync(resolve(OUT, 'summary.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  console.log(`\n截图和总结已写入 ${OUT}`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
