import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { DIST, serveSite } from './server';

/** Every built page's address, from the build output: /path/ for path/index.html. */
export function builtPages(root = DIST): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => '/' + relative(root, join(root, f)).split(sep).join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/**
 * Serves the built site and opens Chromium for the tests in one file. Call at the top of a
 * test file; the getters work inside tests once beforeAll has run.
 */
export function useBuiltSite() {
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) {
      throw new Error('No built site in dist/: run `npm run build` first (npm test does this for you).');
    }
    site = await serveSite();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  return {
    get url() {
      return site!.url;
    },
    async page(viewport = { width: 1280, height: 900 }, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
      const context = await browser!.newContext({ viewport, ...options });
      return context.newPage();
    },
  };
}
