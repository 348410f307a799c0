// The hosts' own runtimes: each build served by `wrangler pages dev` (Cloudflare Pages, offline,
// on a free loopback port), asked for every old address in content/redirects.yaml, every
// security header (src/lib/security.ts), the caching rules (src/lib/cache-rules.ts) and the 404
// page. Netlify's CLI is not run here: see "Deploying" in the README.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, requireBuild, servedPath } from '../support/builds';
import { startPagesDev, type PagesDev } from '../support/wrangler';
import { SECURITY_HEADERS } from '../../src/lib/security';
import { IMMUTABLE, REVALIDATE, cacheControlFor } from '../../src/lib/cache-rules';

/** Headers a response must carry: every security header, with the site's own value. */
function securityHeadersOf(response: Response): Record<string, string | null> {
  return Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers.get(name)]));
}

describe.each(BUILDS)('Cloudflare Pages (wrangler pages dev), built $name', (build) => {
  let host: PagesDev;
  const at = (path: string) => `${host.origin}${servedPath(build, path)}`;
  const get = (path: string) => fetch(at(path), { redirect: 'manual' });

  beforeAll(async () => {
    requireBuild(build);
    host = await startPagesDev(build);
  }, 90_000);

  afterAll(async () => {
    await host?.stop();
  });

  it('redirects every old address in content/redirects.yaml, permanently, to its page, with the site’s headers', async () => {
    const redirects = build.redirects();
    expect(redirects.some((r) => r.from === '/?p=1051')).toBe(true);
    for (const r of redirects) {
      const response = await get(r.from);
      expect(response.status, r.from).toBe(r.status);
      expect(new URL(response.headers.get('location') ?? '', at(r.from)).pathname, r.from).toBe(servedPath(build, r.to));
      expect(securityHeadersOf(response), r.from).toEqual(SECURITY_HEADERS);
    }
  });

  it('redirects an old address with a query wherever its parameter comes, and nothing like it', async () => {
    const to = servedPath(build, '/roles/social-prescribing-link-worker/');
    for (const address of ['/?utm_source=mail&p=1051', '/?p=1051&x=1']) {
      const response = await get(address);
      expect(response.status, address).toBe(301);
      expect(new URL(response.headers.get('location')!).pathname, address).toBe(to);
    }
    for (const address of ['/', '/?p=10512', '/?xp=1051', '/roles/?p=1051']) {
      expect((await get(address)).status, address).toBe(200);
    }
  });

  it('sends every security header on pages, files and the 404 page', async () => {
    for (const path of ['/', '/roles/', '/feed.xml', '/pagefind/pagefind.js', '/no-such-page/']) {
      expect(securityHeadersOf(await get(path)), path).toEqual(SECURITY_HEADERS);
    }
  });

  it('keeps the fingerprinted files for a year, and has pages, the feed, the sitemap and the search index checked each time', async () => {
    const astro = readdirSync(join(build.dir, '_astro'));
    expect(astro.length).toBeGreaterThan(0);
    for (const file of astro) {
      const path = `/_astro/${file}`;
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(IMMUTABLE);
      expect(cacheControlFor(servedPath(build, path), build.base)).toBe(IMMUTABLE);
    }
    const revalidated = ['/', '/roles/', '/roles/social-prescribing-link-worker/', '/feed.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'];
    if (build.site) revalidated.push('/sitemap-index.xml', '/sitemap-0.xml');
    for (const path of revalidated) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE);
      expect(cacheControlFor(servedPath(build, path), build.base)).toBe(REVALIDATE);
    }
  });

  // (Whether Pages serves _headers and the like is not asked: Cloudflare leaves them out when it
  // publishes, which wrangler's local server does not copy.)
  it('answers a missing address with the site’s 404 page', async () => {
    for (const path of ['/no-such-page/', '/roles/no-such-role/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Page not found');
    }
  });

  it('reads every header rule, and skips only Netlify’s forced redirect lines (queries are _worker.js’s)', () => {
    const output = host.output();
    expect(output).not.toMatch(/invalid header rule/i);
    const skipped = [...output.matchAll(/^\s*at \S*_redirects:\d+ \| (.*)$/gm)].map((m) => m[1]!.trim());
    expect(skipped.length).toBe(build.redirects().length);
    for (const line of skipped) expect(line).toMatch(/ 30[12]!$/);
  });
});
