import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SearchSnapshot } from '../../lib/model/records';
import { captureThroughPopup, clickToDownload, openPage, openPanelTab } from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { useE2E } from './support/session';

const e2e = useE2E();

describe('设置 → 数据 in Chromium', () => {
  it('backs up, deletes a snapshot after saying how much goes, restores it, and refuses a damaged file', async () => {
    const search = await openPage(e2e.session, 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3');
    const popup = await captureThroughPopup(e2e.session, search, 'top60');
    expect(await popup.getByTestId('capture-saved').getAttribute('data-count')).toBe('44');

    // 备份: one gzip file with the snapshot inside.
    const settings = await openPanelTab(e2e.session, 'settings');
    await expect.poll(() => settings.getByTestId('row-counts').innerText()).toContain('快照 1');
    expect(await settings.getByTestId('storage-use').innerText()).toMatch(/已用 \d/);
    const download = await clickToDownload(settings, 'backup');
    expect(download.suggestedFilename()).toMatch(/^对标备份_\d{8}-\d{4}\.json\.gz$/);
    const dir = mkdtempSync(join(tmpdir(), 'backup-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { counts: Record<string, number> };
    expect(backup.counts.snapshots).toBe(1);

    // 删除 in 对标: the confirmation names the item count; nothing goes before the second click.
    const benchmark = await openPanelTab(e2e.session, 'benchmark');
    await benchmark.getByTestId('delete-snapshot').click();
    expect(await benchmark.getByTestId('delete-snapshot-confirm').innerText()).toContain('44 个商品');
    expect(await readTable(e2e.session.worker, 'snapshots')).toHaveLength(1);
    await benchmark.getByTestId('delete-snapshot-yes').click();
    await expect.poll(() => readTable(e2e.session.worker, 'snapshots').then((s) => s.length)).toBe(0);

    // 恢复 (merge): the snapshot comes back, once.
    await settings.bringToFront();
    await settings.getByTestId('restore-file').setInputFiles(file);
    await settings.getByTestId('restore-check').waitFor();
    await settings.getByTestId('restore-run').click();
    await expect.poll(() => settings.getByTestId('restore-result').innerText()).toContain('已合并');
    const restored = await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots');
    expect(restored).toHaveLength(1);
    expect(restored[0]!.items).toHaveLength(44);

    // A damaged file: refused with a reason, nothing written.
    const damaged = join(dir, 'damaged.json.gz');
    writeFileSync(damaged, readFileSync(file).subarray(0, 200));
    await settings.getByTestId('restore-file').setInputFiles(damaged);
    await expect.poll(() => settings.getByTestId('restore-result').innerText()).toContain('没有恢复任何数据');
    expect(await settings.getByTestId('restore-check').count()).toBe(0);
    expect(await readTable(e2e.session.worker, 'snapshots')).toHaveLength(1);
  });

  it("extension pages load images and fetch only from the platforms' image host (CSP)", async () => {
    const panel = await openPanelTab(e2e.session, 'settings');
    const blocked = await panel.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const img = document.createElement('img');
      img.src = 'https://evil.example/x.png';
      document.body.append(img);
      await fetch('https://evil.example/data.json').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      return violations;
    });
    expect(blocked).toEqual(expect.arrayContaining(['img-src https://evil.example/x.png', 'connect-src https://evil.example/data.json']));
  });
});
