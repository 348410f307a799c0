import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from './host-files.ts';

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
 * Not sirv: it compresses only files already gzipped on disk, and Lighthouse (npm run bench)
 * must see text compressed as every static host sends it.
 *
 * A static server for the built site on a free loopback port, behaving like a static host that
 * reads `_headers` (as Netlify and Cloudflare Pages do): /path/ serves /path/index.html,
 * anything missing gets 404.html with status 404, and every response carries the headers.
 *
 * With a `base` such as `/splw/`, the site is mounted there, as on a domain it shares: only
 * addresses under the base reach it, and anything else gets the domain's own plain 404.
 */
export async function serveSite(root = DIST, base = '/'): Promise<{ url: string; close(): Promise<void> }> {
  const headersText = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const blocks = parseHeadersFile(headersText);
  const headers = blocks.get('/*') ?? {};
  // A block for a folder (the web editor's /admin/*) replaces those headers there, as on Netlify.
  const folders = [...blocks].filter(([path]) => path !== '/*' && path.endsWith('/*'));
  const server: Server = createServer(async (req, res) => {
    const asked = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!asked.startsWith(base)) {
      res.writeHead(404, { 'content-type': TYPES['.txt']! });
      res.end(`Not found: ${asked} is not under ${base}, where the hub is served`);
      return;
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    for (const [path, more] of folders) {
      if (asked.startsWith(path.slice(0, -1))) for (const [name, value] of Object.entries(more)) res.setHeader(name, value);
    }
    const path = '/' + asked.slice(base.length);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, safe);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      send(req, res, 404, TYPES['.html']!, body);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * Text is sent gzipped to a browser that asks for it, as every static host does: Lighthouse
 * times pages from the bytes that cross the network, and would otherwise see them uncompressed.
 */
function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer): void {
  const compress = /^(text\/|application\/(json|javascript)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, { 'content-type': type, vary: 'Accept-Encoding', ...(compress ? { 'content-encoding': 'gzip' } : {}) });
  res.end(compress ? gzipSync(body) : body);
}
