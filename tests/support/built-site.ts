import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveSite } from './server';
import { ROOT_BUILD, requireBuild, servedPath, type Build } from './builds';

export { builtFile, builtPages, movedPages } from './pages';

/**
 * Serves a built site and opens Chromium for the tests in one file (or one describe block, to
 * run the same tests against each of BUILDS). The getters work inside tests once beforeAll has
 * run. `url` includes the build's base path without its last slash, so `site.url + '/search/'`
 * is the search page in either build.
 */
export function useBuiltSite(build: Build = ROOT_BUILD) {
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    requireBuild(build);
    site = await serveSite(build.dir, build.base);
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
    build,
    /** A path written from the site's root, as this build serves it: `/roles/` or `/splw/roles/`. */
    path: (p: string) => servedPath(build, p),
    async page(viewport = { width: 1280, height: 900 }, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
      const context = await browser!.newContext({ viewport, ...options });
      return context.newPage();
    },
  };
}
