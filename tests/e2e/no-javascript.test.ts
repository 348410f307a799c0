// No-JavaScript gate: every content page is whole without JavaScript. Only the search page
// needs it (and says so: see search.test.ts); everything else must read the same either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, useBuiltSite } from '../support/built-site';

const site = useBuiltSite();
const contentPages = builtPages().filter((p) => p !== '/search/');

/**
 * What a reader gets from a page: its heading, the text of <main>, and where its links go.
 * On the checklist pages JavaScript adds controls (ticks, dates, a summary); those are set
 * aside here, and the list items themselves must read the same either way.
 */
async function reading(page: Page, path: string) {
  await page.goto(site.url + path);
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const items = [...document.querySelectorAll<HTMLElement>('.hub-checklist li[data-item]')].map((li) =>
      (li.querySelector<HTMLElement>('[data-item-text]') ?? li).innerText.trim(),
    );
    // Set aside too: the <noscript> note a tool page shows only when JavaScript is off.
    for (const added of document.querySelectorAll<HTMLElement>('.hub-checklist, [data-tool-only], noscript')) added.hidden = true;
    return {
      h1: document.querySelector('h1')?.innerText.trim() ?? null,
      items,
      main: main?.innerText ?? null,
      links: [...(main?.querySelectorAll('a[href]') ?? [])].map((a) => `${(a as HTMLElement).innerText.trim()} -> ${a.getAttribute('href')}`),
    };
  });
}

describe('without JavaScript', () => {
  let withJs: Page;
  let withoutJs: Page;
  beforeAll(async () => {
    withJs = await site.page();
    withoutJs = await site.page(undefined, { javaScriptEnabled: false });
  });
  afterAll(async () => {
    await withJs.context().close();
    await withoutJs.context().close();
  });

  it('leaves out only the search page', () => {
    expect(contentPages).toHaveLength(builtPages().length - 1);
    expect(contentPages).toContain('/roles/social-prescribing-link-worker/arrs-requirements/');
  });

  it('shows the links in a topic page without JavaScript', async () => {
    const { links } = await reading(withoutJs, '/roles/social-prescribing-link-worker/funding/');
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => l.endsWith(' -> /roles/social-prescribing-link-worker/arrs-requirements/'))).not.toEqual([]);
  });

  it.each(contentPages)('%s has its heading, text and links, the same as with JavaScript', async (path) => {
    const off = await reading(withoutJs, path);
    expect(off.h1, 'h1').toMatch(/\w/);
    expect(off.main, 'main text').toContain(off.h1);
    expect(off.main!.length, 'main text length').toBeGreaterThan(off.h1!.length + 40);
    expect(off).toEqual(await reading(withJs, path));
  });
});
