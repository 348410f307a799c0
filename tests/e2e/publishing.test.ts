// Publishing: what hosts, crawlers and link previews read from each build (tests/support/builds.ts),
// and the pages that stand at moved addresses.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { builtFile, builtPages, movedPages, useBuiltSite } from '../support/built-site';
import { BUILDS, SPLW_BUILD, requireBuild, servedPath, type Build } from '../support/builds';
import { SECURITY_HEADERS, metaContentSecurityPolicy } from '../../src/lib/security';
import { caddyHeaders, nginxHeaders, parseHeadersFile } from '../support/host-files';
import { IMMUTABLE } from '../../src/lib/cache-rules';

/** The <head> metadata link previews and crawlers read, from a built page. */
function headOf(build: Build, path: string) {
  const html = readFileSync(builtFile(path, build.dir), 'utf8');
  const doc = parse(html);
  const metas: Record<string, string> = {};
  let canonical: string | undefined;
  let title = '';
  const walk = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    if (node.nodeName === 'meta') {
      const key = attr('property') ?? attr('name');
      if (key) metas[key] = attr('content') ?? '';
    }
    if (node.nodeName === 'link' && attr('rel') === 'canonical') canonical = attr('href');
    if (node.nodeName === 'title') title = ((node.childNodes?.[0] as { value?: string }) ?? {}).value ?? '';
    for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
  };
  walk(doc as unknown as Parameters<typeof walk>[0]);
  return { metas, canonical, title };
}

describe.each(BUILDS)('published files, built $name', (build) => {
  const dir = requireBuild(build).dir;
  const pages = builtPages(dir);
  /** Pages with an address of their own: not the 404 page, which stands in for any address. */
  const addressed = pages.filter((p) => p !== '/404.html');

  it('gives every page a link preview: Open Graph and Twitter card title and description', () => {
    for (const path of pages) {
      const { metas, title } = headOf(build, path);
      expect(metas['og:title'], path).toMatch(/\w/);
      expect(title.startsWith(metas['og:title']!), path).toBe(true);
      expect(metas['og:description'], path).toBe(metas.description);
      expect(metas['og:description']!.length, path).toBeGreaterThan(10);
      expect(metas['og:type'], path).toBe('website');
      expect(metas['twitter:card'], path).toBe('summary');
      expect(metas['twitter:title'], path).toBe(metas['og:title']);
      expect(metas['twitter:description'], path).toBe(metas['og:description']);
      // No preview image: nothing to fetch from anywhere.
      expect(metas['og:image'], path).toBeUndefined();
    }
  });

  it('gives every page with an address a canonical link and og:url when SITE_URL is set, and none otherwise', () => {
    for (const path of addressed) {
      const { metas, canonical } = headOf(build, path);
      const expected = build.site ? new URL(servedPath(build, path), build.site).href : undefined;
      expect(canonical, path).toBe(expected);
      expect(metas['og:url'], path).toBe(expected);
    }
    expect(headOf(build, '/404.html').canonical).toBeUndefined();
  });

  it('writes a robots.txt that allows crawling, naming the sitemap only when the address is known', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    if (build.site) expect(robots).toContain(`\nSitemap: ${build.site}${build.base}sitemap-index.xml\n`);
    else expect(robots).not.toContain('Sitemap:');
  });

  it('lists every page with an address in the sitemap, with the public address, when SITE_URL is set', async () => {
    if (!build.site) {
      expect(existsSync(join(dir, 'sitemap-index.xml'))).toBe(false);
      return;
    }
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    expect(index).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const listed = locs(index).flatMap((sitemap) => {
      expect(sitemap.startsWith(`${build.site}${build.base}`), sitemap).toBe(true);
      return locs(readFileSync(join(dir, new URL(sitemap).pathname.slice(build.base.length)), 'utf8'));
    });
    expect(listed.sort()).toEqual(addressed.map((p) => new URL(servedPath(build, p), build.site).href).sort());
  });

  it('has _headers, nginx and Caddy files that send the site’s own headers', () => {
    const fromHeaders = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')).get('/*');
    expect(fromHeaders).toEqual(SECURITY_HEADERS);
    // Caching varies by folder (src/lib/cache-rules.ts; tests/unit/lib/cache-rules.test.ts).
    expect(parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')).get(`${build.base}_astro/*`)).toEqual({ 'Cache-Control': IMMUTABLE });
    const nginx = readFileSync(join(dir, '_deploy', 'nginx.conf'), 'utf8');
    expect(nginxHeaders(nginx)).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': expect.any(String) });
    expect(nginx).toContain(`location ${build.base} {`);
    expect(nginx).toContain(`error_page 404 ${build.base}404.html;`);
    const caddy = readFileSync(join(dir, '_deploy', 'Caddyfile'), 'utf8');
    expect(caddyHeaders(caddy)).toEqual(SECURITY_HEADERS);
    expect(caddy).toContain(`@bnnsg_hub path ${build.base}*`);
  });

  it('writes every redirect, under the base path, to _redirects and the server files', () => {
    const redirects = build.redirects();
    expect(redirects.some((r) => r.from === '/?p=1051')).toBe(true);
    const lines = readFileSync(join(dir, '_redirects'), 'utf8').split('\n');
    const nginx = readFileSync(join(dir, '_deploy', 'nginx.conf'), 'utf8');
    const caddy = readFileSync(join(dir, '_deploy', 'Caddyfile'), 'utf8');
    for (const r of redirects) {
      const to = servedPath(build, r.to);
      // Forced for Netlify (it serves a file rather than redirect otherwise); an old path also
      // unforced, for Cloudflare Pages, after it.
      expect(lines.filter((l) => l.endsWith(` ${to} ${r.status}!`)).length, r.from).toBe(1);
      expect(lines.filter((l) => l.endsWith(` ${to} ${r.status}`)).length, r.from).toBe(r.from.includes('?') ? 0 : 1);
      expect(nginx, r.from).toContain(`return ${r.status} ${to};`);
      expect(caddy, r.from).toMatch(new RegExp(`^redir \\S+ ${to} ${r.status}$`, 'm'));
    }
    expect(lines).toContain(`${build.base} p=1051 ${servedPath(build, '/roles/social-prescribing-link-worker/')} 301!`);
    // A static page stands only at moved addresses without a query.
    expect(movedPages(dir)).toEqual(redirects.filter((r) => !r.from.includes('?')).map((r) => r.from));
  });
});

describe('the site served under /splw/', () => {
  const site = useBuiltSite(SPLW_BUILD);
  const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const moved = SPLW_BUILD.redirects().find((r) => r.from === '/moved-for-testing/')!;
  const target = servedPath(SPLW_BUILD, moved.to);

  it('answers a missing address under the base path with its own 404 page, styled', async () => {
    const page = await site.page();
    const response = await page.goto(`${site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    // The stylesheet came (nhsuk-frontend's header is blue), and the home link leads home.
    await expect(page.locator('.nhsuk-header').evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    expect(new URL(page.url()).pathname).toBe(SPLW_BUILD.base);
    await page.context().close();
  });

  it('sends the reader on from a moved address to the new page at once', async () => {
    const page = await site.page();
    await page.goto(`${site.url}${moved.from}`);
    await page.waitForURL(`**${target}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Supervision for social prescribing link workers');
    await page.context().close();
  });

  it('shows a link to the new page, is kept out of search engines, and passes axe under the policy', async () => {
    const page = await site.page();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    // Stop the way to the new page (an aborted navigation leaves the page as it is), so the
    // moved page stays open to be checked.
    let asked = false;
    await page.route(`**${target}`, (route) => {
      asked = true;
      return route.abort('aborted');
    });
    await page.goto(`${site.url}${moved.from}`);
    await expect.poll(() => asked).toBe(true);
    const link = page.locator('main a', { hasText: 'Supervision for social prescribing link workers' });
    await expect(link.getAttribute('href')).resolves.toBe(target);
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toBe(metaContentSecurityPolicy());
    await page.evaluate(AXE_SOURCE);
    const found = await page.evaluate(
      // @ts-expect-error axe is the script just injected into the page
      () => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
    );
    expect((found as { violations: { id: string }[] }).violations.map((v) => v.id)).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
