import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { DIST, serveSite } from './server';

export { builtFile, builtPages } from './pages';

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
