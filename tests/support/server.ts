import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseHeadersFile } from '../../src/lib/security.ts';

/** The built site, as `npm run build` leaves it. */
export const DIST = resolve(import.meta.dirname, '../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static server for the built site on a free loopback port, behaving like a static host that
 * reads `_headers` (as Netlify and Cloudflare Pages do): /path/ serves /path/index.html,
 * anything missing gets 404.html with status 404, and every response carries the headers.
 *
 * With a `base` such as `/splw/`, the site is mounted there, as on a domain it shares: only
 * addresses under the base reach it, and anything else gets the domain's own plain 404.
 */
export async function serveSite(root = DIST, base = '/'): Promise<{ url: string; close(): Promise<void> }> {
  const headersText = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const headers = parseHeadersFile(headersText).get('/*') ?? {};
  const server: Server = createServer(async (req, res) => {
    const asked = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!asked.startsWith(base)) {
      res.writeHead(404, { 'content-type': TYPES['.txt']! });
      res.end(`Not found: ${asked} is not under ${base}, where the hub is served`);
      return;
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = '/' + asked.slice(base.length);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(body);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
