import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { useBuiltSite, builtPages } from '../support/built-site';
import { DIST } from '../support/server';

const site = useBuiltSite();
const topicPages = builtPages().filter((p) => /^\/roles\/[^/]+\/[^/]+\/$/.test(p));

describe('topic pages', () => {
  it('exist for every SPLW topic page at readable addresses', () => {
    const files = readdirSync('content/guidance/social-prescribing-link-worker').filter((f) => f.endsWith('.mdx'));
    expect(topicPages).toContain('/roles/social-prescribing-link-worker/supervision/');
    expect(topicPages).toHaveLength(files.length);
  });

  it('ship no JavaScript', () => {
    for (const path of topicPages) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(html, path).not.toMatch(/<script/i);
    }
  });

  it('give every h2 and h3 an id, and every "On this page" link a target', async () => {
    const page = await site.page();
    for (const path of topicPages) {
      await page.goto(site.url + path);
      const missing = await page.locator('main h2:not([id]), main h3:not([id])').allTextContents();
      expect(missing, path).toEqual([]);
      const targets = await page.locator('.nhsuk-contents-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const hash of targets) {
        await expect(page.locator(hash).count(), `${path}${hash}`).resolves.toBe(1);
      }
    }
  });

  it('print across the whole width of the paper, without the site around them', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(site.url + '/roles/social-prescribing-link-worker/funding/');
    await page.emulateMedia({ media: 'print' });
    for (const part of ['.nhsuk-header', '.nhsuk-breadcrumb', '.hub-section-nav', '.nhsuk-contents-list', '.nhsuk-pagination', '.nhsuk-footer']) {
      await expect(page.locator(part).first().isVisible(), part).resolves.toBe(false);
    }
    // The text is not left in the screen's two-thirds column (print rules come last).
    const [main, article] = await Promise.all(['main', 'main article'].map((s) => page.locator(s).boundingBox()));
    expect(article!.width).toBeGreaterThan(main!.width * 0.95);
  });

  it('opens at a heading when linked to its anchor', async () => {
    const page = await site.page({ width: 375, height: 700 });
    await page.goto(site.url + '/roles/social-prescribing-link-worker/supervision/#who-supervises-a-link-worker');
    const heading = page.locator('#who-supervises-a-link-worker');
    await expect(heading.textContent()).resolves.toBe('Who supervises a link worker?');
    await expect(heading.evaluate((h) => h.getBoundingClientRect().top)).resolves.toBeLessThan(100);
  });

  it('show review dates, sources and the way to the next topic', async () => {
    const page = await site.page();
    await page.goto(site.url + '/roles/social-prescribing-link-worker/funding/');
    await expect(page.getByText('Page last reviewed:').count()).resolves.toBe(1);
    await expect(page.getByText('Next review due:').count()).resolves.toBe(1);
    await expect(page.locator('#sources + ol li').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('table caption').textContent()).resolves.toMatch(/Maximum reimbursable amount/);
    await page.locator('a[rel="next"]').click();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/ARRS/);
  });

  it('say honestly when a page is still in development, and only then', () => {
    // Read from each page's own status, so the check holds whichever pages are still being written.
    const dir = 'content/guidance/social-prescribing-link-worker';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const inDevelopment = /^status: in-development$/m.test(readFileSync(join(dir, file), 'utf8'));
      const html = readFileSync(join(DIST, 'roles/social-prescribing-link-worker', file.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
      expect(html.includes('<strong>In development.</strong>'), file).toBe(inDevelopment);
    }
  });

  it('mark unconfirmed facts as to be confirmed, linked to the source entry', async () => {
    const page = await site.page();
    await page.goto(site.url + '/roles/social-prescribing-link-worker/arrs-requirements/');
    const tag = page.locator('a.hub-tbc').first();
    const href = await tag.getAttribute('href');
    expect(href).toMatch(/^#source-/);
    await expect(page.locator(href!).count()).resolves.toBe(1);
  });
});

describe('the 404 page', () => {
  it('answers a missing address with status 404 and a search that works', async () => {
    const page = await site.page();
    const response = await page.goto(site.url + '/roles/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.locator('#not-found-search-field').fill('supervision');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=supervision');
    await page.locator('#search-results li').first().waitFor();
  });
});

describe('abbreviations and section links', () => {
  it('explain an abbreviation on its first use in a page only, linking to the glossary', async () => {
    const page = await site.page();
    await page.goto(site.url + '/roles/social-prescribing-link-worker/funding/');
    const terms = page.locator('main a.hub-term[href="/glossary/#arrs"]');
    await expect(terms.count()).resolves.toBe(1);
    await expect(terms.locator('abbr').getAttribute('title')).resolves.toBe('Additional Roles Reimbursement Scheme');
    // Headings are left as they are, so the contents list and search see plain words.
    await expect(page.locator('main h2 a.hub-term, main h3 a.hub-term').count()).resolves.toBe(0);
    await page.locator('a.hub-term[href="/glossary/#arrs"]').click();
    await page.waitForURL('**/glossary/#arrs');
    await expect(page.locator('#arrs').textContent()).resolves.toContain('Additional Roles Reimbursement Scheme');
  });

  it('give every section heading a link to itself, named for screen readers', async () => {
    const page = await site.page();
    await page.goto(site.url + '/roles/social-prescribing-link-worker/supervision/');
    const headings = await page.locator('main .hub-heading > h2, main .hub-heading > h3').evaluateAll((hs) =>
      hs.map((h) => ({ id: h.id, link: h.parentElement!.querySelector('a.hub-heading-link')!.getAttribute('href'), name: h.parentElement!.querySelector('a.hub-heading-link')!.textContent })),
    );
    expect(headings.length).toBeGreaterThan(4);
    for (const h of headings) {
      expect(h.link).toBe(`#${h.id}`);
      expect(h.name).toContain('Link to this section:');
    }
  });
});
