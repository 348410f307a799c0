import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { BUILDS } from '../support/builds';
import { searchQuestions, TOP } from '../support/search-questions';
import { searchAnswered } from '../support/search-page';

// Run on each build: at a host's root, and under a base path (result addresses include it).
describe.each(BUILDS)('search, $name', (build) => {
  const site = useBuiltSite(build);
  const ROLE = site.path('/roles/social-prescribing-link-worker');

  async function resultLinks(page: Page): Promise<string[]> {
    await searchAnswered(page);
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
      ['competencies', `${ROLE}/competencies/`],
      ['competency framework', `${ROLE}/competencies/`],
      ['what band is a link worker paid?', `${ROLE}/pay-and-employment/`],
    ])('finds the right page for “%s”', async (query, expected) => {
      const page = await site.page();
      const links = await search(page, query);
      expect(links.slice(0, 3)).toContain(expected);
    });

    // tests/data/search-questions.yaml: readers' own words, answered through each page's searchTerms.
    // One page types them all, as a reader searching again would: loading Pagefind once keeps it quick.
    let reader: Page | undefined;
    it.each(searchQuestions().map((q) => [q.question, q.page]))('puts the right page in the top 3 for a reader asking “%s”', async (question, expected) => {
      if (!reader) {
        reader = await site.page();
        await reader.goto(`${site.url}/search/`);
      }
      await reader.locator('#search-status').evaluate((s) => (s.textContent = ''));
      await reader.locator('#search-page-field').fill(question);
      const links = await resultLinks(reader);
      expect(links.slice(0, TOP)).toContain(site.path(expected));
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
      await page.locator('#search-filters summary').click();
      await page.getByLabel('Induction', { exact: true }).check();
      await page.locator('#search-status').filter({ hasText: /^1 page found/ }).waitFor();
      expect(await resultLinks(page)).toEqual([`${ROLE}/induction/`]);
      expect(all.length).toBeGreaterThan(1);
      expect(page.url()).toContain('topic=Induction');
      await expect(page.locator('#search-filters summary').innerText()).resolves.toBe('Filter by reader or topic (1 ticked)');
    });

    it('puts the first result in the first screen of a phone, with the filters folded away and counted', async () => {
      const page = await site.page({ width: 375, height: 740 });
      await page.goto(`${site.url}/search/?q=supervision&audience=${encodeURIComponent('Trainers and supervisors')}`);
      await resultLinks(page);
      const first = await page.locator('#search-results li').first().boundingBox();
      expect(first!.y).toBeGreaterThan(0);
      expect(first!.y).toBeLessThan(740);
      await expect(page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(page.locator('#search-filters summary').innerText()).resolves.toBe('Filter by reader or topic (1 ticked)');
      await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^\d+ pages? found for “supervision”\.$/);
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

    it('draws the first results at once and adds the rest below them, up to 20', async () => {
      const page = await site.page();
      await page.goto(`${site.url}/search/?q=link+worker`);
      await page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
      const drawn = await page.locator('#search-results li').count();
      expect(drawn).toBeGreaterThanOrEqual(5);
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(5);
      expect(links.length).toBeLessThanOrEqual(20);
      expect(new Set(links).size).toBe(links.length);
      await expect(page.locator('#search-status').textContent()).resolves.toBe(`${links.length} pages found for “link worker”.`);
    });

    it('answers again, the same, when the reader deletes a word they added', async () => {
      const page = await site.page();
      await page.goto(`${site.url}/search/`);
      const field = page.locator('#search-page-field');
      await field.pressSequentially('induction');
      await page.locator('#search-status').filter({ hasText: /found for “induction”/ }).waitFor();
      const before = await resultLinks(page);
      await field.pressSequentially(' zzzqqq');
      await page.locator('#search-status').filter({ hasText: /found for “induction zzzqqq”/ }).waitFor();
      for (let i = 0; i < ' zzzqqq'.length; i++) await field.press('Backspace');
      await page.locator('#search-status').filter({ hasText: /found for “induction”/ }).waitFor();
      expect(await resultLinks(page)).toEqual(before);
      expect(before[0]).toBe(`${ROLE}/induction/`);
    });

    it('updates results as the reader types', async () => {
      const page = await site.page();
      await page.goto(`${site.url}/search/`);
      await page.locator('#search-page-field').pressSequentially('personal health budget');
      expect(await resultLinks(page)).toContain(`${ROLE}/arrs-requirements/`);
    });

    it('explains itself when nothing matches, and offers every reader’s journey', async () => {
      const page = await site.page();
      expect(await search(page, 'zzzqqq')).toEqual([]);
      await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^No pages found for “zzzqqq”/);
      const journeys = page.locator('#search-suggestions h3');
      await expect(journeys.evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent))).resolves.toEqual([
        'Thinking about the role',
        'Managing a practice or PCN',
        'Training and inducting link workers',
      ]);
      // A new search that finds something takes the suggestions away again.
      await page.locator('#search-page-field').fill('induction');
      await page.locator('#search-status').filter({ hasText: /found for “induction”/ }).waitFor();
      await expect(page.locator('#search-suggestions a').count()).resolves.toBe(0);
    });

    it('offers a search for the nearest words when a typo finds nothing, and none for nonsense', async () => {
      const page = await site.page();
      expect(await search(page, 'suprevision')).toEqual([]);
      await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^No pages found for “suprevision”\. Did you mean “supervision”\?/);
      const offer = page.locator('#search-did-you-mean a');
      await expect(offer.textContent()).resolves.toBe('Search for “supervision”');
      await offer.click();
      await page.waitForURL(/[?&]q=supervision(&|$)/);
      expect(await resultLinks(page)).toContain(`${ROLE}/supervision/`);

      await search(page, 'zzzqqq');
      await expect(page.locator('#search-did-you-mean').count()).resolves.toBe(0);
    });

    it('has the guidance words for it in one file, each once, fetched only when nothing is found', async () => {
      const words = (await (await fetch(`${site.url}/search-words.json`)).json()) as string[];
      expect(words).toEqual(expect.arrayContaining(['supervision', 'funding', 'induction', 'prescribing']));
      expect(new Set(words).size).toBe(words.length);
      expect(words.every((w) => /^\p{Ll}{4,}$/u.test(w))).toBe(true);
      const page = await site.page();
      const asked: string[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await search(page, 'supervision');
      expect(asked.filter((p) => p.endsWith('/search-words.json'))).toEqual([]);
    });

    it('offers the topics for the reader ticked when nothing matches', async () => {
      const page = await site.page();
      await page.goto(`${site.url}/search/?q=zzzqqq&audience=${encodeURIComponent('Trainers and supervisors')}`);
      expect(await resultLinks(page)).toEqual([]);
      const shown = page.locator('#search-suggestions [data-audience]');
      await expect(shown.locator('h3').allTextContents()).resolves.toEqual(['Training and inducting link workers']);
      const links = await shown.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toContain(`${ROLE}/induction/`);
      expect(links).not.toContain(`${ROLE}/funding/`); // written for managers only
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
