import { describe, expect, it } from 'vitest';
import { OBSERVED_MATCHES } from '../../lib/sites/match-patterns';
import { storePackagePath } from '../../scripts/support/store-packages';
import { readManifest, readPackage } from './support/read-package';

/** Firefox's first version with MV3 `world: "MAIN"` content scripts (the response observer needs it). */
const FIRST_WITH_MAIN_WORLD = 128;

describe('Firefox package manifest', () => {
  it('is MV3 with the MAIN-world observer, the sidebar, event-page background and a gecko id', async () => {
    const manifest = await readManifest(await readPackage(storePackagePath('firefox')));
    expect(manifest.manifest_version).toBe(3);

    const observer = manifest.content_scripts!.find((cs) => cs.js.includes('content-scripts/mtop-observer.js'));
    expect(observer).toMatchObject({ world: 'MAIN', run_at: 'document_start' });
    expect([...observer!.matches].sort()).toEqual([...OBSERVED_MATCHES].sort());
    // Its isolated end opens the private channel before page scripts run, on the same pages.
    const channel = manifest.content_scripts!.find((cs) => cs.js.includes('content-scripts/observer-channel.js'));
    expect(channel).toMatchObject({ run_at: 'document_start', all_frames: true });
    expect(channel!.world).toBeUndefined();
    expect([...channel!.matches].sort()).toEqual([...OBSERVED_MATCHES].sort());

    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.side_panel).toBeUndefined();
    // Firefox MV3 has no service workers for extensions: an event page from background.scripts.
    expect(manifest.background).toEqual({ scripts: ['background.js'] });

    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('duibiao@duibiao.local');
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(FIRST_WITH_MAIN_WORLD);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // No Chrome-only permission (Firefox's linter rejects sidePanel).
    expect(manifest.permissions ?? []).not.toContain('sidePanel');
  });
});
