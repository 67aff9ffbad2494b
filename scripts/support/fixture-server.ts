import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { encodeJpeg, renderProductImage, seedOf } from './synthetic-images';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export interface FixtureServer {
  port: number;
  /** Every request served, for tests that assert no unexpected network traffic. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Maps a request to a file: `<root>/<host><path>`, then `<…>.html`, `<…>.json`, `<…>/index.html`,
 * `<…>/index.json`. A `dbfx=<name>` query parameter picks a variant `<stem>~<name>.html|.json` so several
 * page variants share one real URL shape. Returns null for anything outside the root.
 */
export function resolveFixturePath(root: string, host: string, pathname: string, variant: string | null): string | null {
  const safeHost = host.replace(/:\d+$/, '').toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(safeHost)) return null;
  const base = resolve(root, safeHost, `.${decodeURIComponent(pathname)}`);
  const rootDir = resolve(root) + sep;
  if (!base.startsWith(rootDir)) return null;
  const isDir = pathname.endsWith('/');
  const stem = isDir ? join(base, 'index') : base.replace(/\.html?$/, '');
  const tag = variant?.replace(/[^\w-]/g, '');
  const candidates = tag
    ? [`${stem}~${tag}.html`, `${stem}~${tag}.json`]
    : isDir
      ? [`${stem}.html`, `${stem}.json`]
      : [base, `${base}.html`, `${base}.json`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** An HTTPS server for fixture pages at their real host names (Chromium maps the hosts to 127.0.0.1). */
export async function startFixtureServer(root: string, port = 0, options: { imageSize?: number } = {}): Promise<FixtureServer> {
  const certDir = resolve(import.meta.dirname, '../../tests/e2e/certs');
  const requests: string[] = [];
  const imageCache = new Map<string, Buffer>();
  const server: Server = createServer(
    { key: readFileSync(join(certDir, 'test-only.key')), cert: readFileSync(join(certDir, 'test-only.crt')) },
    (req, res) => {
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
      requests.push(url.href);
      const file = resolveFixturePath(root, url.host, url.pathname, url.searchParams.get('dbfx'));
      if (!file && url.hostname.endsWith('.alicdn.com') && /\.(jpe?g)$/i.test(url.pathname)) {
        // Product pictures on the image hosts are synthesised per path (scripts/support/synthetic-images.ts);
        // ?v=shifted gives the same picture moved by a few pixels and recompressed (a near-duplicate).
        const shifted = url.searchParams.get('v') === 'shifted';
        const size = Number(url.searchParams.get('size')) || options.imageSize || 400;
        const key = `${url.pathname}|${shifted}|${size}`;
        // Encoding in JS takes tens of ms: keep each picture once so the server does not dominate timings.
        let jpegBytes = imageCache.get(key);
        if (!jpegBytes) {
          jpegBytes = encodeJpeg(renderProductImage(seedOf(url.pathname), size, shifted ? Math.round(size * 0.008) : 0), shifted ? 60 : 85);
          imageCache.set(key, jpegBytes);
        }
        res.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
        res.end(jpegBytes);
        return;
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no fixture for ${url.host}${url.pathname}`);
        return;
      }
      // Cross-origin XHR from a result page to the mtop gateway host (the live page does the same).
      const origin = req.headers.origin;
      const cors: Record<string, string> = origin
        ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
        : {};
      const callback = url.searchParams.get('callback');
      if (extname(file) === '.json' && callback && /^[\w$]+$/.test(callback)) {
        // JSONP: the 1688 search page loads its offers as mtopjsonp…(…) scripts.
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', ...cors });
        res.end(`${callback}(${readFileSync(file, 'utf8')})`);
        return;
      }
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...cors,
      });
      res.end(readFileSync(file));
    },
  );
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
