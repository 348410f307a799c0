import { describe, expect, it } from 'vitest';
import { builtPages, useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

describe('home page journeys', () => {
  it('has three journeys, each listing pages that open with the linked title', async () => {
    const page = await site.page();
    await page.goto(site.url + '/');
    const journeys = page.locator('[data-journey]');
    await expect(journeys.count()).resolves.toBe(3);
    expect(await page.locator('[data-journey] h2').allTextContents()).toEqual([
      'Thinking about the role',
      'Managing a practice or PCN',
      'Training and inducting link workers',
    ]);

    for (const journey of await journeys.all()) {
      const links = await journey.locator('li a').evaluateAll((as) =>
        as.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })),
      );
      expect(links.length).toBeGreaterThan(2);
      for (const link of links) {
        const response = await page.goto(site.url + link.href);
        expect(response?.status(), link.href).toBe(200);
        await expect(page.locator('h1').textContent()).resolves.toBe(link.text);
      }
      await page.goto(site.url + '/');
    }
  });

  it('leads from each role to the role’s page, which lists every topic of the role', async () => {
    const page = await site.page();
    await page.goto(site.url + '/');
    const roleLinks = await page.locator('h2#roles ~ ul li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(roleLinks).toEqual(['/roles/social-prescribing-link-worker/']);
    // The journeys on the home page are first steps; the role page has them all.
    const fromJourneys = new Set(await page.locator('[data-journey] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    await page.goto(site.url + roleLinks[0]!);
    const onRolePage = await page.locator('main ol li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(onRolePage.length).toBe(builtPages().filter((p) => /^\/roles\/social-prescribing-link-worker\/[a-z-]+\/$/.test(p)).length);
    for (const href of fromJourneys) expect(onRolePage).toContain(href);
  });

  it('reaches a topic page from the home page by keyboard alone', async () => {
    const page = await site.page();
    await page.goto(site.url + '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('maincontent');
    // The first link inside main is the first topic of the first journey.
    await page.keyboard.press('Tab');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(target).toMatch(/^\/roles\/social-prescribing-link-worker\/[a-z-]+\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
  });
});
