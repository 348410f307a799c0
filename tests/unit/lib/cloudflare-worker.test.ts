import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cloudflareRoutes, cloudflareWorker, queryRedirects } from '../../../src/lib/cloudflare-worker';
import { SECURITY_HEADERS } from '../../../src/lib/security';
import { redirectSchema } from '../../../src/schemas/redirect';

const redirects = [
  redirectSchema.parse({ from: '/?p=1051', to: '/roles/social-prescribing-link-worker/', note: 'The old page.' }),
  redirectSchema.parse({ from: '/old/index.php?page=2&lang=en', to: '/glossary/', status: 302, note: 'Another.' }),
  redirectSchema.parse({ from: '/old-page/', to: '/glossary/', note: 'Moved, no query.' }),
];

const work = mkdtempSync(join(tmpdir(), 'bnnsg-worker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The generated _worker.js, loaded as the module Pages runs, with a stand-in for the site's files. */
async function loadWorker(base: string) {
  const file = join(work, `worker-${base.replaceAll('/', '_')}.mjs`);
  writeFileSync(file, cloudflareWorker(redirects, base)!);
  const worker = (await import(/* @vite-ignore */ pathToFileURL(file).href)).default as {
    fetch(request: Request, env: { ASSETS: { fetch(r: Request): Promise<Response> } }): Promise<Response>;
  };
  const env = { ASSETS: { fetch: async (r: Request) => new Response(`file for ${new URL(r.url).pathname}`, { status: 200 }) } };
  return (address: string) => worker.fetch(new Request(`https://hub.example.org${address}`), env);
}

describe('Cloudflare Pages worker for old addresses with a query', () => {
  it('lists only the redirects with a query, under the base path', () => {
    expect(queryRedirects(redirects, '/splw/')).toEqual([
      { path: '/splw/', query: [['p', '1051']], to: '/splw/roles/social-prescribing-link-worker/', status: 301 },
      { path: '/splw/old/index.php', query: [['page', '2'], ['lang', 'en']], to: '/splw/glossary/', status: 302 },
    ]);
  });

  it('sends the worker only those paths', () => {
    expect(JSON.parse(cloudflareRoutes(redirects, '/')!)).toEqual({ version: 1, include: ['/', '/old/index.php'], exclude: [] });
  });

  it('writes nothing when no old address has a query, so Pages serves plain files', () => {
    expect(cloudflareWorker([redirects[2]!], '/')).toBeUndefined();
    expect(cloudflareRoutes([redirects[2]!], '/')).toBeUndefined();
  });

  it('redirects an old address, its parameters in any order among others, with the site’s headers', async () => {
    const ask = await loadWorker('/splw/');
    for (const [address, status, to] of [
      ['/splw/?p=1051', 301, '/splw/roles/social-prescribing-link-worker/'],
      ['/splw/?utm_source=mail&p=1051', 301, '/splw/roles/social-prescribing-link-worker/'],
      ['/splw/old/index.php?lang=en&page=2', 302, '/splw/glossary/'],
    ] as const) {
      const response = await ask(address);
      expect(response.status, address).toBe(status);
      expect(response.headers.get('location'), address).toBe(`https://hub.example.org${to}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${address} ${name}`).toBe(value);
    }
  });

  it('hands every other request to the site’s files', async () => {
    const ask = await loadWorker('/splw/');
    for (const address of ['/splw/', '/splw/?p=10512', '/splw/?p=1051x', '/?p=1051', '/splw/old/index.php?page=2', '/splw/roles/?p=1051']) {
      const response = await ask(address);
      expect(response.status, address).toBe(200);
      expect(await response.text(), address).toBe(`file for ${new URL(address, 'https://x').pathname}`);
    }
  });
});
