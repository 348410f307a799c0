// Privacy gate: a reader's browser talks to the site and nothing else, keeps no cookie, and
// meets no script error, on every page and while searching.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { classifyAddress, extractLinks, type LinkRef } from '../support/links';
import { builtFile, builtPages, useBuiltSite } from '../support/built-site';

const site = useBuiltSite();
/** The site's public address, when the build was given one (canonical links use it). */
const SITE_URL = process.env.SITE_URL;

/** What a page did while the test watched it. */
interface Watch {
  page: Page;
  context: BrowserContext;
  /** Requests to anywhere but the site; data: and blob: addresses never leave the browser. */
  foreign: string[];
  /** Every request, to show that the watch saw something. */
  requests: string[];
  errors: string[];
}

async function watchedPage(): Promise<Watch> {
  const page = await site.page();
  const context = page.context();
  const origin = new URL(site.url).origin;
  const watch: Watch = { page, context, foreign: [], requests: [], errors: [] };
  // On the context, so requests from workers and any other page it opens are seen too.
  context.on('request', (request) => {
    const url = new URL(request.url());
    watch.requests.push(url.href);
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') watch.foreign.push(url.href);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.errors.push(`page error: ${error.message}`));
  return watch;
}

/** Everything a page left behind that the reader did not ask for. */
async function leftovers(watch: Watch): Promise<{ foreign: string[]; cookies: string[]; documentCookie: string; errors: string[] }> {
  return {
    foreign: watch.foreign,
    cookies: (await watch.context.cookies()).map((c) => `${c.name} (${c.domain})`),
    documentCookie: await watch.page.evaluate(() => document.cookie),
    errors: watch.errors,
  };
}

const CLEAN = { foreign: [], cookies: [], documentCookie: '', errors: [] };

describe('privacy', () => {
  it('names no stylesheet, script, font, image or frame from another site in any built page', () => {
    // Only links the reader chooses to follow may point elsewhere, and <link rel="canonical">,
    // which names the page's public address without fetching it. (Some of the browser's own
    // fetches, such as an icon, never reach the request watch below; this catches them.)
    const followed = new Set(['a', 'area', 'form']);
    const fetched = (l: LinkRef) => !followed.has(l.element) && !(l.element === 'link' && /\b(canonical|alternate)\b/.test(l.rel ?? ''));
    const loaded = builtPages().flatMap((path) =>
      extractLinks(readFileSync(builtFile(path), 'utf8'))
        .links.filter(fetched)
        .map((l) => ({ path, ...l, target: classifyAddress(l.address, path, SITE_URL) })),
    );
    expect(loaded.length).toBeGreaterThan(0);
    const offSite = loaded.filter((l) => l.target.kind === 'external').map((l) => `${l.path}: <${l.element} ${l.attribute}="${l.address}">`);
    expect(offSite).toEqual([]);
  });

  // One test per page, each in a fresh browser context: a failure names its page, and the
  // time limit holds per page however many pages the site grows to.
  it.each(builtPages())('%s asks nothing of other sites, sets no cookie and logs no error', async (path) => {
    const watch = await watchedPage();
    const response = await watch.page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await leftovers(watch)).toEqual(CLEAN);
    expect(watch.requests.length).toBeGreaterThanOrEqual(2); // the page and at least its stylesheet
    await watch.context.close();
  });

  it('searching, filtering and following a result stays on the site, with no cookie or error', async () => {
    const watch = await watchedPage();
    await watch.page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    await watch.page.locator('#search-page-field').pressSequentially('supervision');
    await watch.page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
    await watch.page.locator('#search-filters summary').click(); // the filters are folded away
    await watch.page.getByLabel('Practice and PCN managers', { exact: true }).check();
    await watch.page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
    await watch.page.waitForLoadState('networkidle');
    // The search index and its code are fetched from the site itself.
    expect(watch.requests.some((r) => r.includes('/pagefind/'))).toBe(true);
    expect(await leftovers(watch)).toEqual(CLEAN);
    await watch.page.locator('#search-results h2 a').first().click();
    await watch.page.waitForLoadState('networkidle');
    await expect(watch.page.locator('h1').textContent()).resolves.toMatch(/\w/);
    expect(await leftovers(watch)).toEqual(CLEAN);
    await watch.context.close();
  });

  it('a missing page answers 404 and still loads nothing from elsewhere', async () => {
    const watch = await watchedPage();
    const response = await watch.page.goto(`${site.url}/no-such-page/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    const { errors, ...rest } = await leftovers(watch);
    expect(rest).toEqual({ foreign: [], cookies: [], documentCookie: '' });
    // Chromium reports the 404 itself as a console error; nothing else may be.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await watch.context.close();
  });
});
