import { describe, expect, it } from 'vitest';
import type { SearchSnapshot } from '../../lib/model/records';
import { captureThroughPopup, openPage, openPanelTab } from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { useE2E } from './support/session';

const e2e = useE2E();

describe('main-image score in Chromium', () => {
  it('decodes the competitors’ main images in the worker, scores mine and finds the duplicate', async () => {
    const search = await openPage(e2e.session, 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3');
    const popup = await captureThroughPopup(e2e.session, search, 'top60');
    await popup.getByTestId('capture-saved').waitFor();
    const snapshot = (await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots'))[0]!;
    expect(snapshot.items.every((i) => i.imageUrl?.startsWith('https://g-search1.alicdn.com/'))).toBe(true);

    // My main image: a competitor's picture moved a few pixels and recompressed.
    const copied = snapshot.items[7]!;
    const panel = await openPanelTab(e2e.session, 'image');
    await panel.getByTestId('image-url').fill(`${copied.imageUrl}?v=shifted`);
    await panel.getByTestId('add-image-url').click();
    await panel.getByTestId('image-url').fill('https://img.alicdn.com/imgextra/mine-second.jpg');
    await panel.getByTestId('add-image-url').click();
    await panel.getByTestId('run-image-score').click();
    await panel.getByTestId('image-score').waitFor({ timeout: 30_000 });

    const text = await panel.getByTestId('image-deductions').innerText();
    expect(text).toContain(`和竞品“${copied.title}”的主图几乎相同`);
    const closest = panel.locator('[data-testid=nearest-competitors] figure').first();
    expect(Number(await closest.getAttribute('data-distance'))).toBeLessThanOrEqual(5);
    expect(await panel.getByTestId('image-score').innerText()).toContain(`对比了 ${snapshot.items.length} 张竞品主图`);

    // Features are cached by URL in IndexedDB (features only, no pixels).
    const cache = await readTable<{ url: string; features: Record<string, unknown> }>(e2e.session.worker, 'imageFeatures');
    expect(cache.length).toBe(snapshot.items.length);
    expect(Object.keys(cache[0]!.features)).toContain('dHash');
    expect(JSON.stringify(cache[0]).length).toBeLessThan(3000);
  });
});
