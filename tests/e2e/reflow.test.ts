// Reflow gate (WCAG 2.2 1.4.10 and 1.4.12): no built page scrolls sideways at 320, 375 or
// 1280 px, and none scrolls sideways or cuts text off once a reader's text-spacing stylesheet
// is applied. A failure names the page, the width and the element to blame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, useBuiltSite } from '../support/built-site';
import { VIEWPORTS } from '../support/browser';
import { applyTextSpacing, clippedText, sidewaysOverflow } from '../support/reflow';
import { searchAnswered } from '../support/search-page';

const site = useBuiltSite();

const SEARCH_WITH_RESULTS = '/search/?q=supervision';
/** Every built page, plus the search page with results drawn by its script. */
const PAGES = [...builtPages(), SEARCH_WITH_RESULTS];
const FUNDING = '/roles/social-prescribing-link-worker/funding/';

/** Opens a page and waits until it is what a reader sees: search results drawn, if any. */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/search/?q=')) await searchAnswered(page);
}

/** The problems found, each line saying on which page and at which width. */
async function problems(page: Page, path: string, checks: (() => string[])[]): Promise<string[]> {
  const width = page.viewportSize()!.width;
  const found: string[] = [];
  for (const check of checks) found.push(...(await page.evaluate(check)));
  return found.map((p) => `${path} at ${width} px: ${p}`);
}

describe.each([
  ['narrow (320 px)', VIEWPORTS.narrow],
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop],
] as const)('at %s width', (_name, viewport) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.page(viewport);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it.each(PAGES)('%s does not scroll sideways', async (path) => {
    await open(page, path);
    expect(await problems(page, path, [sidewaysOverflow])).toEqual([]);
  });
});

describe.each([
  ['narrow (320 px)', VIEWPORTS.narrow],
  ['desktop', VIEWPORTS.desktop],
] as const)('with WCAG 1.4.12 text spacing at %s width', (_name, viewport) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.page(viewport);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it.each(PAGES)('%s neither scrolls sideways nor cuts text off', async (path) => {
    await open(page, path);
    await applyTextSpacing(page);
    expect(await problems(page, path, [sidewaysOverflow, clippedText])).toEqual([]);
  });
});

describe('the funding table', () => {
  /** How each body row is displayed, and the column name shown in each of its cells. */
  async function rows(width: number) {
    const page = await site.page({ width, height: 800 });
    await open(page, FUNDING);
    const found = await page.locator('main table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        display: getComputedStyle(tr).display,
        labels: [...tr.children].map((cell) => {
          const label = cell.querySelector('.nhsuk-table__heading');
          return label && label.checkVisibility() ? label.textContent?.trim() : null;
        }),
      })),
    );
    return { page, found };
  }

  it.each([320, 800])('stacks into one block per year at %i px, each value labelled with its column', async (width) => {
    const { page, found } = await rows(width);
    expect(found.length).toBeGreaterThan(3);
    for (const row of found) {
      expect(row.display).toBe('block');
      expect(row.labels).toEqual(['Year', 'Maximum amount', 'What to know', 'Source']);
    }
    // Screen readers still meet a table with its column headers; the visible labels are hidden from them.
    const snapshot = await page.locator('main table').ariaSnapshot();
    expect(snapshot).toContain('columnheader "Maximum amount"');
    expect(snapshot).not.toContain('cell "Maximum amount');
    await page.context().close();
  });

  it('is a table of rows and columns where its column is wide enough (1280 px)', async () => {
    const { page, found } = await rows(1280);
    for (const row of found) expect(row).toEqual({ display: 'table-row', labels: [null, null, null, null] });
    await expect(page.locator('main table thead').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the reflow checks themselves', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.page(VIEWPORTS.narrow);
    await open(page, FUNDING);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('name an element that pushes the page wider, and text that will not wrap', async () => {
    await page.evaluate(() => {
      const wide = Object.assign(document.createElement('div'), { id: 'too-wide', textContent: 'A wide box' });
      wide.style.width = '500px';
      // A long word as it would be without the site's overflow-wrap rule.
      const word = Object.assign(document.createElement('p'), { className: 'long-word', textContent: 'x'.repeat(80) });
      word.style.overflowWrap = 'normal';
      document.querySelector('main')!.append(wide, word);
    });
    const found = await page.evaluate(sidewaysOverflow);
    expect(found).toEqual([
      expect.stringMatching(/^div#too-wide \("A wide box"\) spans \d+ to 516 px in a 320 px viewport$/),
      expect.stringMatching(/^text "x{50}" in main#maincontent > p\.long-word spans \d+ to \d+ px in a 320 px viewport$/),
    ]);
  });

  it('leave alone what scrolls inside its own box', async () => {
    await page.evaluate(() => {
      document.querySelectorAll('#too-wide, .long-word').forEach((el) => el.remove());
      const region = Object.assign(document.createElement('div'), { id: 'scroller' });
      region.style.overflowX = 'auto';
      region.append(Object.assign(document.createElement('div'), { textContent: 'wide' }));
      (region.firstChild as HTMLElement).style.width = '900px';
      document.querySelector('main')!.append(region);
    });
    expect(await page.evaluate(sidewaysOverflow)).toEqual([]);
  });

  it('name an element that hides text it has no room for, but not visually hidden text', async () => {
    await page.evaluate(() => {
      const box = Object.assign(document.createElement('p'), { id: 'cut', textContent: 'Two lines of text that do not fit in one line of height' });
      box.style.height = '1em';
      box.style.overflow = 'hidden';
      document.querySelector('main')!.append(box);
    });
    const found = await page.evaluate(clippedText);
    expect(found).toEqual([expect.stringMatching(/^p#cut \("Two lines of text/)]);
    expect(found[0]).toMatch(/cuts off its content: \d+x\d+ px of content in a \d+x\d+ px box with overflow hidden\/hidden$/);
  });

  it('apply the text-spacing stylesheet under the pages’ Content Security Policy', async () => {
    await applyTextSpacing(page);
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('main p')!);
      return { size: parseFloat(s.fontSize), letter: parseFloat(s.letterSpacing), margin: parseFloat(s.marginBottom) };
    });
    expect(style.letter).toBeCloseTo(0.12 * style.size, 1);
    expect(style.margin).toBeCloseTo(2 * style.size, 1);
  });
});
