import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { BUILDS } from '../support/builds';

// Run on each build: at a host's root, and under a base path (result addresses include it).
describe.each(BUILDS)('search, $name', (build) => {
  const site = useBuiltSite(build);
  const ROLE = site.path('/roles/social-prescribing-link-worker');

  async function resultLinks(page: Page): Promise<string[]> {
    await page.locator('#search-status').filter({ hasText: /found|No page/ }).waitFor();
    return page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  async function search(page: Page, query: string): Promise<string[]> {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    return resultLinks(page);
  }

  describe('search', () => {
    it.each([
      ['who supervises a link worker?', `${ROLE}/supervision/`],
      ['What does a link worker do each day?', `${ROLE}/about-the-role/`],
      ['can a link worker help with housing?', `${ROLE}/about-the-role/`],
      ['how much does ARRS pay for a link worker?', `${ROLE}/funding/`],
      ['key responsibilities B3.3', `${ROLE}/arrs-requirements/`],
      ['motivational interviewing', `${ROLE}/skills-and-training/`],
      ['online learning community', `${ROLE}/ongoing-support/`],
    ])('finds the right page for “%s”', async (query, expected) => {
      const page = await site.page();
      const links = await search(page, query);
      expect(links.slice(0, 3)).toContain(expected);
    });

    it('shows each result with its title and an excerpt with the words highlighted', async () => {
      const page = await site.page();
      await search(page, 'supervision');
      const first = page.locator('#search-results li').first();
      await expect(first.locator('h2 a').textContent()).resolves.toMatch(/\w/);
      await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    });

    it('does not match words from the header, navigation or footer', async () => {
      const page = await site.page();
      // "Privacy" is in every page's footer, but only the privacy page is about it.
      const links = await search(page, 'privacy');
      expect(links).toEqual([site.path('/privacy/')]);
    });

    it('answers with the pages themselves, not the lists of links to them', async () => {
      const page = await site.page();
      const links = await search(page, 'induction');
      expect(links[0]).toBe(`${ROLE}/induction/`);
      expect(links).not.toContain(site.path('/'));
      expect(links).not.toContain(`${ROLE}/`);
    });

    it('narrows results with the audience and topic filters', async () => {
      const page = await site.page();
      const all = await search(page, 'link worker');
      await page.getByLabel('Induction', { exact: true }).check();
      await page.locator('#search-status').filter({ hasText: /^1 page found/ }).waitFor();
      expect(await resultLinks(page)).toEqual([`${ROLE}/induction/`]);
      expect(all.length).toBeGreaterThan(1);
      expect(page.url()).toContain('topic=Induction');
    });

    it('works from the header search on a phone, with the keyboard', async () => {
      const page = await site.page({ width: 375, height: 812 });
      await page.goto(`${site.url}/roles/social-prescribing-link-worker/funding/`);
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // hub name
      await page.keyboard.press('Tab'); // search field
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search-field');
      await page.keyboard.type('induction checklist');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/search/?q=induction+checklist');
      expect((await resultLinks(page))[0]).toBe(`${ROLE}/induction/`);
      await expect(page.locator('#search-page-field').inputValue()).resolves.toBe('induction checklist');
    });

    it('updates results as the reader types', async () => {
      const page = await site.page();
      await page.goto(`${site.url}/search/`);
      await page.locator('#search-page-field').pressSequentially('personal health budget');
      expect(await resultLinks(page)).toContain(`${ROLE}/arrs-requirements/`);
    });

    it('explains itself when nothing matches', async () => {
      const page = await site.page();
      expect(await search(page, 'zzzqqq')).toEqual([]);
      await expect(page.locator('#search-status').textContent()).resolves.toMatch(/No pages found/);
    });

    it('tells readers without JavaScript how else to find pages', async () => {
      const page = await site.page(undefined, { javaScriptEnabled: false });
      await page.goto(`${site.url}/search/?q=funding`);
      await expect(page.locator('main').innerText()).resolves.toContain('Search needs JavaScript, which is turned off');
      // Its way to the home page works wherever the site is served.
      await page.locator('main noscript a, main .nhsuk-inset-text a').first().click();
      await expect(page.locator('h1').count()).resolves.toBe(1);
      expect(new URL(page.url()).pathname).toBe(site.path('/'));
    });
  });
});
