import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** The manifest fields these tests read (the rest of a manifest is not checked here). */
export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  icons?: Record<string, string>;
  background?: { service_worker?: string; scripts?: string[] };
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string; default_title?: string };
  action?: { default_popup?: string };
  content_scripts?: { matches: string[]; js: string[]; world?: string; run_at?: string; all_frames?: boolean }[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
  key?: string;
}

export interface StorePackage {
  /** Every file in the zip, sorted. */
  files: string[];
  zip: JSZip;
}

/** Opens a package zip `npm run zip` wrote and lists its files. */
export async function readPackage(path: string): Promise<StorePackage> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run zip\` (npm run test:package does)`);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
  return { files, zip };
}

/** The package's manifest.json, parsed. */
export async function readManifest(pkg: StorePackage): Promise<Manifest> {
  const file = pkg.zip.file('manifest.json');
  if (!file) throw new Error('the package has no manifest.json');
  return JSON.parse(await file.async('string')) as Manifest;
}

/** Width and height of a PNG from its IHDR chunk (bytes 16–23), or null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
