/**
 * The newcomer's demo: builds the extension, serves the bundled sample pages at their real host names,
 * drives Chromium with the extension through them and writes screenshots plus summary.md to
 * demo-output/. Headed when a display exists, headless otherwise. One function per scene; a scene returns
 * the lines it adds to the summary and the number of pages that were not what it expected.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_PAGES } from './demo-pages';
import { captureThroughPopup, clickToDownload, importExport, openPage, openPanelTab, openPopupFor } from './support/extension-actions';
import { ensureChromium } from './support/find-chromium';
import { startFixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'demo-output');
const shot = (name: string): { path: string } => ({ path: resolve(OUT, name) });

interface SceneResult {
  lines: string[];
  failures?: number;
}
type Scene = (session: ExtensionSession) => Promise<SceneResult>;

/** Every sample page: the popup says what it is; result pages are captured (采集前60). */
async function detectPages(session: ExtensionSession): Promise<SceneResult> {
  const lines: string[] = [];
  let failures = 0;
  for (const [index, demo] of DEMO_PAGES.entries()) {
    const n = String(index + 1).padStart(2, '0');
    const page = await openPage(session, demo.url);
    await page.waitForTimeout(demo.captureExpect ? 1200 : 400); // overlays are drawn at idle time
    await page.screenshot(shot(`${n}-${demo.slug}-page.png`));
    const popup = demo.captureExpect ? await captureThroughPopup(session, page, 'top60') : await openPopupFor(session, page);
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.getByTestId('page-summary').or(popup.getByText('当前页面不是')).first().waitFor({ timeout: 5000 });
    const kind =
      (await popup
        .getByTestId('page-summary')
        .getAttribute('data-kind')
        .catch(() => null)) ?? 'not-a-platform-page';
    let captured = '';
    let ok = kind === demo.expectKind;
    if (demo.captureExpect) {
      const count = Number(
        await popup
          .getByTestId('capture-saved')
          .getAttribute('data-count')
          .catch(() => null),
      );
      ok &&= count === demo.captureExpect;
      captured = `; 采集前60 saved ${count} organic items (expected ${demo.captureExpect})`;
    }
    await popup.screenshot(shot(`${n}-${demo.slug}-popup.png`));
    if (!ok) failures++;
    lines.push(
      `- ${ok ? '✅' : '❌'} **${demo.label}** — \`${demo.url}\` → detected \`${kind}\` (expected \`${demo.expectKind}\`)${captured}; screenshots \`${n}-${demo.slug}-page.png\`, \`${n}-${demo.slug}-popup.png\``,
    );
    await popup.close();
  }
  return { lines, failures };
}

/** 历史: every recognised page from IndexedDB. */
async function history(session: ExtensionSession): Promise<SceneResult> {
  const panel = await openPanelTab(session, 'history', { size: { width: 420, height: 760 } });
  await panel.getByTestId('history-view-visits').click();
  await panel.locator('[data-testid=visit-list] tbody tr').first().waitFor({ timeout: 5000 });
  const rows = await panel.locator('[data-testid=visit-list] tbody tr').count();
  await panel.screenshot(shot('90-sidepanel-history.png'));
  return { lines: ['', `Side panel 历史 → 浏览记录 lists ${rows} recognised pages from IndexedDB: \`90-sidepanel-history.png\`.`] };
}

/** 历史 → 趋势 and 动态: the Taobao search captured again later (reordered, a price cut, a new entrant). */
async function trends(session: ExtensionSession): Promise<SceneResult> {
  const later = await openPage(session, 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3&dbfx=later');
  await later.locator('duibiao-mark').first().waitFor({ state: 'attached', timeout: 10_000 });
  await captureThroughPopup(session, later, 'top60');
  const panel = await openPanelTab(session, 'history', { size: { width: 420, height: 1400 } });
  await panel.getByTestId('trend-search').selectOption({ label: '淘宝 · 连帽卫衣女 · 2 次' });
  await panel.locator('[data-testid=trend-chart-price] canvas').waitFor({ timeout: 5000 });
  // The changes table renders after the charts: wait for its rows before counting (a busy machine was too slow once).
  const movedRows = panel.locator('[data-testid=changes-table] tr[data-change=moved]');
  await movedRows
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  const moved = await movedRows.count();
  await panel.screenshot(shot('88-sidepanel-trends.png'));
  await panel.getByTestId('history-view-alerts').click();
  await panel.getByTestId('alert').first().waitFor({ timeout: 5000 });
  const alerts = await panel.getByTestId('alert').count();
  await panel.screenshot(shot('87-sidepanel-alerts.png'));
  return {
    lines: [
      '',
      `历史 → 趋势 for 连帽卫衣女 after a second capture: price, sales and title-length charts, ${moved} rank moves between the two captures: \`88-sidepanel-trends.png\`. ` +
        `动态 lists ${alerts} changes (entries into and out of the top 10): \`87-sidepanel-alerts.png\`.`,
    ],
    failures: moved > 0 && alerts > 0 ? 0 : 1,
  };
}

/** 对标: the complete Taobao snapshot. */
async function benchmark(session: ExtensionSession): Promise<SceneResult> {
  const panel = await openPanelTab(session, 'benchmark', { size: { width: 420, height: 760 } });
  await panel.getByTestId('snapshot-view').waitFor({ timeout: 5000 });
  // The latest snapshot is the 1688 one; show the complete Taobao one.
  const taobao = await panel
    .locator('[data-testid=snapshot-picker] option', { hasText: '淘宝 · 连帽卫衣女' })
    .first()
    .getAttribute('value');
  if (taobao) await panel.getByTestId('snapshot-picker').selectOption(taobao);
  await panel.getByText('完整 60/60').waitFor({ timeout: 5000 });
  await panel.screenshot(shot('91-sidepanel-benchmark.png'));
  return {
    lines: [
      '',
      'Side panel 对标 tab with the complete Taobao snapshot (60/60, averages, price bands, table): `91-sidepanel-benchmark.png`.',
    ],
  };
}

/** 标题: the 1688 listing editor linked to the side panel, scored against the 1688 snapshot; a proposal written back. */
async function titleOptimiser(session: ExtensionSession): Promise<SceneResult> {
  const editor = await openPage(session, 'https://offer-new.1688.com/popular/publish.htm?id=597090034012&operator=edit');
  const panel = await openPanelTab(session, 'title', { linkedTo: editor, size: { width: 420, height: 900 } });
  await panel.getByTestId('editor-linked').waitFor({ timeout: 15_000 });
  await editor.bringToFront();
  const field = editor.locator('#offer-title');
  await field.click();
  await field.press('End');
  await field.pressSequentially('女 加绒 宽松 最好');
  await panel.getByTestId('banned-hits').waitFor({ timeout: 5000 });
  const typedScore = await panel.getByTestId('title-score').getAttribute('data-score');
  await panel.screenshot(shot('92-sidepanel-title.png'));
  const best = panel.locator('[data-testid=proposals] li').first();
  const proposal = await best.locator('.proposal-title').innerText();
  await best.getByRole('button', { name: '应用' }).click();
  await editor.locator('#page-saw', { hasText: proposal }).waitFor({ timeout: 5000 });
  await panel.locator('.current-title', { hasText: proposal }).waitFor({ timeout: 5000 });
  await panel.locator(`[data-testid=title-score]:not([data-score="${typedScore}"])`).waitFor({ timeout: 5000 });
  const appliedScore = await panel.getByTestId('title-score').getAttribute('data-score');
  await editor.screenshot(shot('93-editor-after-apply.png'));
  return {
    lines: [
      '',
      `Title optimiser on the 1688 editor: typed title scored ${typedScore}/100 (banned word 最好 flagged, capped); ` +
        `applying proposal “${proposal}” wrote it into the page's title field (its own listener saw it) and it scores ${appliedScore}/100: ` +
        '`92-sidepanel-title.png`, `93-editor-after-apply.png`.',
    ],
  };
}

/** 标题 on a category beyond apparel: the 女包 snapshot (read by the general reader), a seller's draft and proposals. */
async function titleOtherCategory(session: ExtensionSession): Promise<SceneResult> {
  const panel = await openPanelTab(session, 'title', { size: { width: 420, height: 1100 } });
  const snapshot = await panel.locator('[data-testid=title-snapshot] option', { hasText: '女包' }).first().getAttribute('value');
  if (snapshot) await panel.getByTestId('title-snapshot').selectOption(snapshot);
  await panel.getByTestId('title-draft').fill('女包斜挎包包新款时尚');
  await panel.getByTestId('title-score').waitFor({ timeout: 10_000 });
  const score = await panel.getByTestId('title-score').getAttribute('data-score');
  const segmentation = await panel.getByTestId('segmentation').innerText();
  const proposals = await panel.locator('[data-testid=proposals] .proposal-title').allInnerTexts();
  await panel.screenshot(shot('99-sidepanel-title-bags.png'));
  return {
    lines: [
      '',
      `Title analysis beyond apparel: against the 女包 snapshot the draft “女包斜挎包包新款时尚” scores ${score}/100, ${segmentation}; ` +
        `${proposals.length} proposals shown, the best “${proposals[0] ?? '—'}”: \`99-sidepanel-title-bags.png\`.`,
    ],
  };
}

/** 竞品: a real 1688 offer (__INIT_DATA sample) captured, then a changed version of it. */
async function competitorCapture(session: ExtensionSession): Promise<SceneResult> {
  const versions: string[] = [];
  for (const url of ['https://detail.1688.com/offer/597090034012.html', 'https://detail.1688.com/offer/597090034012.html?dbfx=changed']) {
    const popup = await captureThroughPopup(session, await openPage(session, url), 'item');
    await popup.setViewportSize({ width: 360, height: 520 });
    versions.push((await popup.getByTestId('item-saved').getAttribute('data-version')) ?? '?');
    await popup.screenshot(shot(`94-item-capture-v${versions.length}-popup.png`));
  }
  const panel = await openPanelTab(session, 'competitors', { size: { width: 420, height: 900 } });
  await panel.locator('[data-testid=competitor-list] button.link-title').first().click();
  await panel.getByTestId('competitor-detail').waitFor({ timeout: 5000 });
  await panel.screenshot(shot('95-sidepanel-competitor.png'));
  return {
    lines: [
      '',
      `Competitor capture of a 1688 offer (real __INIT_DATA sample) saved as versions ${versions.join(' and ')}; the second shows the title diff, sales, image and SKU changes: ` +
        '`94-item-capture-v1-popup.png`, `94-item-capture-v2-popup.png`, `95-sidepanel-competitor.png`.',
    ],
  };
}

/** 主图: my picture (a near-copy of a competitor's) against the Taobao snapshot's 60 main images. */
async function mainImages(session: ExtensionSession): Promise<SceneResult> {
  const panel = await openPanelTab(session, 'image', { size: { width: 420, height: 900 } });
  const taobao = await panel.locator('[data-testid=image-snapshot] option', { hasText: '淘宝 · 连帽卫衣女' }).first().getAttribute('value');
  if (taobao) await panel.getByTestId('image-snapshot').selectOption(taobao);
  await panel.getByTestId('image-url').fill('https://g-search1.alicdn.com/img/bao/uploaded/i4/620000000004.jpg?v=shifted');
  await panel.getByTestId('add-image-url').click();
  const start = Date.now();
  await panel.getByTestId('run-image-score').click();
  await panel.getByTestId('image-score').waitFor({ timeout: 60_000 });
  const score = await panel.getByTestId('image-score').getAttribute('data-score');
  await panel.screenshot(shot('96-sidepanel-image.png'));
  return {
    lines: [
      '',
      `Main-image check: a shifted, recompressed copy of a competitor's picture scored ${score}/100 against the 60 competitors ` +
        `(duplicate found) in ${Date.now() - start} ms: \`96-sidepanel-image.png\`.`,
    ],
  };
}

/** 店铺 and 客户: listings (work.1688.com iframe), 生意参谋 search terms, sold orders, an item export. */
async function backOffice(session: ExtensionSession): Promise<SceneResult> {
  const captured: string[] = [];
  for (const [url, ready] of [
    ['https://work.1688.com/', '#manage'],
    ['https://sycm.1688.com/ms/flow/keywords.htm', 'text=搜索词 5 个'],
    ['https://work.1688.com/?_path_=sellerPro/2017sellerbase_trade/saleList&dbfx=orders', 'text=订单 40 笔'],
  ] as const) {
    const page = await openPage(session, url);
    await page.locator(ready).first().waitFor({ timeout: 10_000 });
    const popup = await captureThroughPopup(session, page, 'backoffice');
    captured.push((await popup.getByTestId('backoffice-saved').innerText()).split('\n')[0]!);
  }
  const shop = await openPanelTab(session, 'shop', { size: { width: 420, height: 1000 } });
  await importExport(shop, resolve(ROOT, 'tests/fixtures/imports/商品效果_synthetic.csv'), { start: '2026-10-01', end: '2026-10-31' });
  await shop.getByTestId('quadrants').waitFor({ timeout: 10_000 });
  await shop.getByTestId('quadrants').scrollIntoViewIfNeeded();
  await shop.screenshot(shot('97-sidepanel-shop.png'));
  const customers = await openPanelTab(session, 'customers', { size: { width: 420, height: 1000 } });
  await customers.getByTestId('customer-summary').waitFor({ timeout: 10_000 });
  await customers.getByTestId('revisit-list').waitFor({ timeout: 10_000 });
  await customers.screenshot(shot('98-sidepanel-customers.png'));
  await customers.getByTestId('crowds').screenshot(shot('98-sidepanel-customer-crowds.png'));
  const reasons = await customers
    .locator('[data-testid^=revisit-reason-]')
    .evaluateAll((chips) => chips.map((c) => c.textContent?.trim() ?? '').join('，'));
  return {
    lines: [
      '',
      `Own back office: ${captured.join('; ')}. With the 商品效果 export imported, the 店铺 tab shows the four quadrants and search-term roots, ` +
        `and the 客户 tab the 回访清单 (${reasons}), target crowds and customer groups (${await customers.getByTestId('customer-summary').innerText()}): ` +
        `\`97-sidepanel-shop.png\`, \`98-sidepanel-customers.png\`, \`98-sidepanel-customer-crowds.png\`.`,
    ],
  };
}

/**
 * 关键词: 生意参谋 搜索分析 captured at its host, the keyword table with 竞争度 and 蓝海词, a paid-search plan, a
 * 直通车 report imported and diagnosed; then 标题 against the Taobao snapshot with demand in its evidence.
 */
async function keywordDemand(session: ExtensionSession): Promise<SceneResult> {
  const sycm = await openPage(
    session,
    'https://sycm.taobao.com/mc/mq/search_analyze?activeKey=relation&dateType=recent7&device=2&keyword=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3',
  );
  await sycm.getByText('连帽卫衣女慵懒风').waitFor({ timeout: 10_000 });
  await sycm.screenshot(shot('80-sycm-search-analyze-page.png'));
  const popup = await captureThroughPopup(session, sycm, 'backoffice');
  const captured = (await popup.getByTestId('backoffice-saved').innerText()).split('\n')[0]!;
  const tab = await openPanelTab(session, 'keywords', { size: { width: 420, height: 1800 } });
  await tab.getByTestId('keyword-table').waitFor({ timeout: 10_000 });
  await tab.getByTestId('plan-attributes').fill('加绒');
  await tab.getByLabel('数据来自哪个平台').selectOption('taobao');
  const imported = await importExport(tab, resolve(ROOT, 'tests/fixtures/imports/直通车_关键词报表_synthetic.csv'), { start: '', end: '' });
  await tab.getByTestId('paid-table').waitFor({ timeout: 10_000 });
  const actions = await tab
    .locator('[data-testid=paid-table] tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-keyword')} → ${r.querySelector('[data-col=action]')?.textContent ?? ''}`),
    );
  const blue = await tab.locator('[data-testid=keyword-table] tr[data-blue=true]').count();
  await tab.screenshot(shot('81-sidepanel-keywords.png'));
  const title = await openPanelTab(session, 'title', { size: { width: 420, height: 1100 } });
  const taobao = await title.locator('[data-testid=title-snapshot] option', { hasText: '淘宝 · 连帽卫衣女' }).first().getAttribute('value');
  if (taobao) await title.getByTestId('title-snapshot').selectOption(taobao);
  await title.getByTestId('title-draft').fill('连帽卫衣女秋季新款');
  await title.locator('[data-testid=missing-words] button.chip').first().waitFor({ timeout: 10_000 });
  const firstChip = await title.locator('[data-testid=missing-words] button.chip').first().innerText();
  await title.screenshot(shot('82-sidepanel-title-demand.png'));
  const ok = actions.length === 6 && blue === 1 && firstChip.includes('搜索人气');
  return {
    lines: [
      '',
      `Keyword demand: 生意参谋 搜索分析 (synthetic page at sycm.taobao.com) captured — ${captured}; the 关键词 tab shows 竞争度 = 搜索人气 ÷ 在线商品数 with ${blue} 蓝海词 and the 30/60/10 plan. ` +
        `A 直通车 report imported (${imported.split('\n')[0]}) gives one action per keyword: ${actions.join('；')}. ` +
        `In 标题 the first missing word now reads “${firstChip.replace(/\s+/g, ' ')}”: \`80-sycm-search-analyze-page.png\`, \`81-sidepanel-keywords.png\`, \`82-sidepanel-title-demand.png\`.`,
    ],
    failures: ok ? 0 : 1,
  };
}

/** 设置 → 数据: storage use, rows per table, and one backup file of everything captured above. */
async function dataSafety(session: ExtensionSession): Promise<SceneResult> {
  const settings = await openPanelTab(session, 'settings', { size: { width: 420, height: 900 } });
  await settings.getByTestId('row-counts').waitFor({ timeout: 10_000 });
  const download = await clickToDownload(settings, 'backup');
  const file = resolve(OUT, download.suggestedFilename());
  await download.saveAs(file);
  await settings.getByTestId('backup-status').waitFor();
  await settings.getByTestId('data-section').scrollIntoViewIfNeeded();
  await settings.screenshot(shot('89-sidepanel-settings-data.png'));
  return {
    lines: [
      '',
      `设置 → 数据: ${await settings.getByTestId('storage-use').innerText()}; ${await settings.getByTestId('row-counts').innerText()}. ` +
        `备份 wrote \`${download.suggestedFilename()}\` (restorable from the same panel): \`89-sidepanel-settings-data.png\`.`,
    ],
  };
}

/** In order: later scenes use what earlier ones captured (the snapshots above all). */
const SCENES: readonly Scene[] = [
  detectPages,
  history,
  benchmark,
  titleOptimiser,
  titleOtherCategory,
  competitorCapture,
  mainImages,
  trends,
  backOffice,
  keywordDemand,
  dataSafety,
];

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
    for (const scene of SCENES) {
      const result = await scene(session);
      lines.push(...result.lines);
      failures += result.failures ?? 0;
    }
  } finally {
    await session.close();
    await server.close();
  }
  lines.push(
    '',
    failures === 0
      ? 'All pages were detected as expected and every scene did what it shows.'
      : `${failures} check(s) failed: a page not detected as expected or a scene that did not show what it should.`,
  );
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
