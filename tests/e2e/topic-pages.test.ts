import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBuiltSite, builtPages } from '../support/built-site';
import { DIST } from '../support/server';

const site = useBuiltSite();
const topicPages = builtPages().filter((p) => /^\/roles\/[^/]+\/[^/]+\/$/.test(p));

describe('topic pages', () => {
  it('exist for all ten SPLW topics at readable addresses', () => {
    expect(topicPages).toContain('/roles/social-prescribing-link-worker/supervision/');
    expect(topicPages).toHaveLength(10);
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

  it('say honestly when a page is still in development', async () => {
    const page = await site.page();
    await page.goto(site.url + '/roles/social-prescribing-link-worker/case-studies/');
    await expect(page.locator('main').textContent()).resolves.toMatch(/In development\./);
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
