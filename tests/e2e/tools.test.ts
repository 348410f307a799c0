import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { BUILDS } from '../support/builds';

// Run on each build: at a host's root, and under a base path.
describe.each(BUILDS)('checklist tools, $name', (build) => {
  const site = useBuiltSite(build);
  /**
   * Tests of what a tool does, rather than of addresses, run on the first build only: a base
   * path cannot change them, and each costs a browser page.
   */
  const everyTest = build === BUILDS[0];
  const ROLE = 'social-prescribing-link-worker';
  const ARRS = `/roles/${ROLE}/arrs-requirements/checklist/`;
  const INDUCTION = `/roles/${ROLE}/induction/checklist/`;
  const SKILLS = `/roles/${ROLE}/skills-and-training/checklist/`;
  const ARRS_KEY = `bnnsg-training-hub:coverage:${ROLE}/arrs-requirements:v1`;

  async function open(path: string, saved?: string): Promise<Page> {
    const page = await site.page();
    if (saved !== undefined) {
      // Put data in storage before the page's script reads it, as a previous visit would have.
      await page.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key!, value!);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [ARRS_KEY, saved],
      );
    }
    await page.goto(site.url + path);
    await page.locator('[data-tool-summary] p').first().waitFor();
    return page;
  }

  const summaryText = (page: Page) => page.locator('[data-tool-summary] p').first().textContent();

  describe('the way to each tool', () => {
    it.each([
      ['arrs-requirements', ARRS],
      ['induction', INDUCTION],
      ['skills-and-training', SKILLS],
    ])('leads from the %s page, which itself loads no script, to its checklist', async (topic, tool) => {
      const page = await site.page();
      await page.goto(`${site.url}/roles/${ROLE}/${topic}/`);
      await expect(page.locator('script').count()).resolves.toBe(0);
      await page.locator('.hub-tool-link a').click();
      await page.waitForURL(`**${tool}`);
      await page.locator('[data-tool-summary] p').first().waitFor();
    });
  });

  describe('ARRS responsibilities checklist', () => {
    it('keeps ticks and notes after a reload, and sums up what is covered and missing', async () => {
      const page = await open(ARRS);
      await expect(summaryText(page)).resolves.toBe('0 of 10 responsibilities are covered.');
      const boxes = page.locator('.hub-checklist input[type="checkbox"]');
      await boxes.nth(0).check();
      await boxes.nth(3).check();
      await page.locator('.hub-checklist textarea').first().fill('Section 2 of our job description');
      await expect(summaryText(page)).resolves.toBe('2 of 10 responsibilities are covered.');
      await expect(page.locator('[data-tool-summary] li').count()).resolves.toBe(8);

      await page.reload();
      await page.locator('[data-tool-summary] p').first().waitFor();
      await expect(boxes.nth(0).isChecked()).resolves.toBe(true);
      await expect(boxes.nth(3).isChecked()).resolves.toBe(true);
      await expect(boxes.nth(1).isChecked()).resolves.toBe(false);
      await expect(page.locator('.hub-checklist textarea').first().inputValue()).resolves.toBe('Section 2 of our job description');
      await expect(summaryText(page)).resolves.toBe('2 of 10 responsibilities are covered.');
    });

    if (everyTest) {
      it('is worked with the keyboard alone', async () => {
        const page = await open(ARRS);
        const first = page.locator('.hub-checklist input[type="checkbox"]').first();
        await first.focus();
        await page.keyboard.press('Space');
        await expect(first.isChecked()).resolves.toBe(true);
        await page.keyboard.press('Tab');
        await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
        // Every control has a label a screen reader can announce.
        const unlabelled = await page.locator('.hub-checklist input, .hub-checklist textarea').evaluateAll((els) =>
          els.filter((e) => !(e as HTMLInputElement).labels?.length).length,
        );
        expect(unlabelled).toBe(0);
      });

      it('resets unreadable saved data with a visible notice, keeps a copy, and still works', async () => {
        const page = await open(ARRS, '{"version":1,"items":{');
        const notice = page.locator('[data-tool-notice]');
        await expect(notice.isVisible()).resolves.toBe(true);
        await expect(notice.textContent()).resolves.toContain('could not be read, so the list has started again');
        await expect(page.evaluate((k) => localStorage.getItem(`${k}:backup`), ARRS_KEY)).resolves.toBe('{"version":1,"items":{');
        await page.locator('.hub-checklist input[type="checkbox"]').first().check();
        await expect(summaryText(page)).resolves.toBe('1 of 10 responsibilities are covered.');
      });

      it('keeps what it can still read from partly broken data, and says what it dropped', async () => {
        const saved = JSON.stringify({ version: 1, items: { 'take-referrals': { checked: true }, gone: { checked: true }, 'assess-community-options': { checked: 'yes' } } });
        const page = await open(ARRS, saved);
        await expect(page.locator('[data-tool-notice]').textContent()).resolves.toContain('2 saved answers could not be used');
        await expect(page.locator('#coverage-take-referrals').isChecked()).resolves.toBe(true);
        await expect(summaryText(page)).resolves.toBe('1 of 10 responsibilities are covered.');
      });

      it('resets data saved by an older version of the list', async () => {
        const page = await open(ARRS, JSON.stringify({ version: 0, items: {} }));
        await expect(page.locator('[data-tool-notice]').textContent()).resolves.toContain('older version of this list');
      });

      it('clears everything only after the reader confirms', async () => {
        const page = await open(ARRS);
        await page.locator('.hub-checklist input[type="checkbox"]').first().check();
        page.once('dialog', (d) => void d.dismiss());
        await page.getByRole('button', { name: 'Clear all answers' }).click();
        await expect(summaryText(page)).resolves.toBe('1 of 10 responsibilities are covered.');

        page.once('dialog', (d) => {
          expect(d.message()).toContain('cannot be undone');
          void d.accept();
        });
        await page.getByRole('button', { name: 'Clear all answers' }).click();
        await expect(summaryText(page)).resolves.toBe('0 of 10 responsibilities are covered.');
        await expect(page.evaluate((k) => localStorage.getItem(k), ARRS_KEY)).resolves.toBeNull();
        await expect(page.locator('[data-tool-status]').textContent()).resolves.toContain('cleared');
      });

      it('prints a record with the contract year and clause, the date, the ticks and the notes', async () => {
        const page = await open(ARRS);
        await page.locator('.hub-checklist input[type="checkbox"]').first().check();
        await page.locator('.hub-checklist textarea').first().fill('Covered by our JD');
        await page.emulateMedia({ media: 'print' });
        const record = page.locator('[data-print-record]');
        await expect(record.isVisible()).resolves.toBe(true);
        await expect(record.textContent()).resolves.toMatch(/2021\/22, Annex B, B3\.3\. Record made on \d{1,2} \w+ \d{4}\.$/);
        await expect(page.locator('.nhsuk-header').isVisible()).resolves.toBe(false);
        await expect(page.locator('.hub-section-nav').isVisible()).resolves.toBe(false);
        await expect(page.locator('.nhsuk-footer').isVisible()).resolves.toBe(false);
        await expect(page.locator('.hub-checklist input[type="checkbox"]').first().isVisible()).resolves.toBe(true);
        await expect(page.locator('[data-note-print]').first().textContent()).resolves.toBe('Covered by our JD');
        await expect(page.locator('[data-note-print]').first().isVisible()).resolves.toBe(true);
      });

      it('prints external link addresses on every page', async () => {
        const page = await site.page();
        await page.goto(`${site.url}/roles/${ROLE}/funding/`);
        const link = page.locator('main a[href^="https://"]').first();
        const after = () => link.evaluate((a) => getComputedStyle(a, '::after').content);
        await expect(after()).resolves.toBe('none');
        await page.emulateMedia({ media: 'print' });
        await expect(after()).resolves.toContain(` (${await link.getAttribute('href')})`);
      });
    }

    it('is a plain, complete list without JavaScript', async () => {
      const page = await site.page(undefined, { javaScriptEnabled: false });
      await page.goto(site.url + ARRS);
      await expect(page.locator('.hub-checklist li').count()).resolves.toBe(10);
      await expect(page.locator('.hub-checklist input').count()).resolves.toBe(0);
      await expect(page.locator('[data-tool-only]').first().isVisible()).resolves.toBe(false);
    });
  });

  describe('induction checklist', () => {
    it('keeps done dates, notes and names, and prints them as a sign-off record', async () => {
      const page = await open(INDUCTION);
      const total = await page.locator('.hub-checklist li').count();
      await page.getByLabel('Link worker’s name').fill('Sam Example');
      await page.getByLabel('Trainer or supervisor’s name').fill('Alex Example');
      await page.locator('.hub-checklist input[type="date"]').first().fill('2026-11-20');
      await expect(summaryText(page)).resolves.toBe(`1 of ${total} induction items have a date done.`);

      await page.reload();
      await page.locator('[data-tool-summary] p').first().waitFor();
      await expect(page.locator('.hub-checklist input[type="date"]').first().inputValue()).resolves.toBe('2026-11-20');
      await expect(page.getByLabel('Link worker’s name').inputValue()).resolves.toBe('Sam Example');

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-print-record]').textContent()).resolves.toMatch(/^Induction record for Sam Example, with Alex Example\./);
      await expect(page.locator('.hub-signatures').isVisible()).resolves.toBe(true);
    });

    if (everyTest) {
      it('keeps the page’s groups as headings, as on the page', async () => {
        const page = await open(INDUCTION);
        const headings = await page.locator('.hub-checklist-group h3').count();
        expect(headings).toBeGreaterThan(1);
      });
    }
  });

  describe('skills self-check', () => {
    it('points to help for the items the reader is less sure of', async () => {
      const page = await open(SKILLS);
      const help = page.locator('[data-tool-help]');
      await expect(help.isVisible()).resolves.toBe(true); // nothing rated yet
      const confident = page.locator('.hub-checklist input[value="confident"]');
      const count = await confident.count();
      for (let i = 0; i < count; i += 1) await confident.nth(i).check();
      await expect(summaryText(page)).resolves.toBe(`You feel confident about ${count} of ${count}.`);
      await expect(help.isVisible()).resolves.toBe(false);
      await page.locator('.hub-checklist input[value="not-yet"]').first().check();
      await expect(help.isVisible()).resolves.toBe(true);
      await expect(help.locator('a').first().getAttribute('href')).resolves.toMatch(new RegExp(`^${site.path('/roles/')}`));
    });

    if (everyTest) {
      it('moves between confidence choices with the arrow keys', async () => {
        const page = await open(SKILLS);
        const first = page.locator('.hub-checklist input[value="confident"]').first();
        await first.focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('.hub-checklist input[value="partly"]').first().isChecked()).resolves.toBe(true);
      });
    }
  });
});
