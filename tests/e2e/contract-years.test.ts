import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();
const ROLE = '/roles/social-prescribing-link-worker';
const RULE_PAGES = [`${ROLE}/funding/`, `${ROLE}/arrs-requirements/`, `${ROLE}/employing-and-claiming/`];

describe('contract years on the built site', () => {
  it('shows a rule page on an older year its notice exactly once, near the top', async () => {
    const page = await site.page();
    for (const path of RULE_PAGES) {
      await page.goto(site.url + path);
      await expect(page.locator('[data-contract-notice]').count(), path).resolves.toBe(1);
      await expect(page.locator('[data-contract-notice]').getAttribute('data-contract-notice'), path).resolves.toBe('behind');
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(text.match(/not yet been checked against the current contract year/g), path).toHaveLength(1);
      expect(text.match(/Checked against the 20\d\d\/\d\d contract/g), path).toHaveLength(1);
      // Near the top: before the page's first section heading.
      const before = await page.evaluate(() => {
        const notice = document.querySelector('[data-contract-notice]')!;
        const firstH2 = document.querySelector('main article h2')!;
        return Boolean(notice.compareDocumentPosition(firstH2) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(before, path).toBe(true);
    }
  });

  it('names the year each rule page was checked against, and the current year', async () => {
    const page = await site.page();
    await page.goto(site.url + `${ROLE}/arrs-requirements/`);
    const notice = (await page.locator('[data-contract-notice]').innerText()).replace(/\s+/g, ' ');
    expect(notice).toContain('Checked against the 2021/22 contract.');
    expect(notice).toContain('(Annex B, B3.3)');
    expect(notice).toContain('the current contract year, 2026/27');
  });

  it('lists the contract years newest first, each change linked to its source', async () => {
    const page = await site.page();
    await page.goto(site.url + '/contract-years/');
    const years = await page.locator('[data-contract-year]').evaluateAll((els) => els.map((e) => e.getAttribute('data-contract-year')));
    expect(years).toEqual(['2026/27', '2025/26', '2024/25', '2023/24', '2022/23', '2021/22', '2020/21', '2019/20']);
    await expect(page.locator('#contract-2026-27 .hub-tag-current').textContent()).resolves.toBe('Current year');
    await expect(page.locator('.hub-tag-current').count()).resolves.toBe(1);
    const changes = page.locator('[data-contract-year] ul > li');
    const count = await changes.count();
    expect(count).toBeGreaterThanOrEqual(16);
    const links = await page.locator('[data-contract-year] ul > li .hub-cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(count);
    for (const href of links) expect(href).toMatch(/^\/sources\/(checked|reported|to-be-confirmed)\/#[a-z0-9-]+$/);
    await page.goto(site.url + links[0]!);
    await expect(page.locator(new URL(links[0]!, site.url).hash).count()).resolves.toBe(1);
  });

  it('is linked from the funding and ARRS pages and from the manager journey', async () => {
    const page = await site.page();
    for (const path of [`${ROLE}/funding/`, `${ROLE}/arrs-requirements/`]) {
      await page.goto(site.url + path);
      await expect(page.locator('article a[href="/contract-years/"]').count(), path).resolves.toBeGreaterThanOrEqual(1);
    }
    await page.goto(site.url + '/');
    await expect(page.locator('[data-journey="manager"] a[href="/contract-years/"]').count()).resolves.toBe(1);
  });

  it('shows a row for every year in the funding table, with no figure where none is published', async () => {
    const page = await site.page();
    await page.goto(site.url + `${ROLE}/funding/`);
    const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
      // The last span of each cell holds its value; the first may be its column's name, shown when rows stack.
      trs.map((tr) => [
        (tr.querySelector('th span:last-child') ?? tr.querySelector('th'))!.textContent!.trim(),
        (tr.querySelector('td span:last-child') ?? tr.querySelector('td'))!.textContent!.trim(),
      ]),
    );
    expect(rows).toEqual([
      ['2019/20', '£34,113'],
      ['2020/21', '£35,389'],
      ['2021/22', 'No published figure found'],
      ['2022/23', '£36,428'],
      ['2023/24', '£38,187, rising to £40,159 from 1 July 2023'],
      ['2024/25', 'No published figure found'],
      ['2025/26', 'No published figure found'],
      ['2026/27', 'No published figure found'],
    ]);
    const text = await page.locator('main').innerText();
    expect(text).toContain('High Cost Area Supplement (HCAS)');
    expect(text).not.toMatch(/London supplement/i);
    // One sub-contracting rule in the page's own text (the source list below it may repeat the figure).
    const ownText = text.split(/\nSources\n/)[0]!;
    expect(ownText.match(/£200 a month/g)).toHaveLength(1);
    expect(ownText).toMatch(/comes out of the post.s maximum; it is not paid on top/);
  });

  it.each([
    ['what changed in the ARRS contract each year', '/contract-years/'],
    ['2026/27 contract ARRS changes', '/contract-years/'],
    ['how does a PCN claim ARRS money?', `${ROLE}/employing-and-claiming/`],
    ['employ or sub-contract a link worker', `${ROLE}/employing-and-claiming/`],
    ['SNOMED codes for social prescribing referrals', `${ROLE}/employing-and-claiming/`],
  ])('search finds the right page for “%s”', async (query, expected) => {
    const page = await site.page();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-status').filter({ hasText: /found|No page/ }).waitFor();
    const links = await page
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.slice(0, 3)).toContain(expected);
  });
});
