// Accessibility gate: axe-core on every built page at 320 px, phone and desktop widths, and a
// keyboard-only walk through the pages where readers do most with the keyboard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, useBuiltSite } from '../support/built-site';
import { VIEWPORTS } from '../support/browser';
import { searchAnswered } from '../support/search-page';

const site = useBuiltSite();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, and axe's best practices (heading
 * order, one main landmark, content inside landmarks, a level-one heading and the like): not
 * WCAG failures on their own, but each is something a screen reader user trips over.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Rules switched off, each with its reason. None today: add one only when a rule is wrong for
 * this site, never to make a real problem go away.
 */
const DISABLED_RULES: Record<string, string> = {};

const SEARCH_WITH_RESULTS = '/search/?q=supervision';
/** Nothing found: the page offers topics instead. */
const SEARCH_WITHOUT_RESULTS = '/search/?q=zzzqqq';
/** Every built page, plus the search page with results, and with none, drawn by its script. */
const AXE_PAGES = [...builtPages(), SEARCH_WITH_RESULTS, SEARCH_WITHOUT_RESULTS];
const TOPIC = '/roles/social-prescribing-link-worker/funding/';
/** Topic pages walked by keyboard: a table and citations; the contract, checklists and "to be confirmed" links. */
const KEYBOARD_PAGES = [
  TOPIC,
  '/roles/social-prescribing-link-worker/arrs-requirements/',
  '/roles/social-prescribing-link-worker/arrs-requirements/checklist/',
  '/roles/social-prescribing-link-worker/induction/checklist/',
  SEARCH_WITH_RESULTS,
];

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Opens a page and waits until it is what a reader sees: search results drawn, if any. */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/search/?q=')) await searchAnswered(page);
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the test driver, not added as a <script>: the site's Content Security Policy
  // rightly refuses inline scripts, and the check must run under the policy readers get.
  await page.evaluate(AXE_SOURCE);
  const rules = Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }]));
  return page.evaluate(
    ({ tags, rules }) =>
      // @ts-expect-error axe is the script just injected into the page
      window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] }).then((r) => r.violations),
    { tags: AXE_TAGS, rules },
  );
}

/** One readable line per failing element: rule, what it asks, where, and why it failed. */
function describeViolations(violations: AxeViolation[], path: string, width: number): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}): ${v.help} — ${path} at ${width}px — ${n.target.join(' ')}` +
        `${n.failureSummary ? ` — ${n.failureSummary.replace(/\s*\n\s*/g, ' ')}` : ''} — ${v.helpUrl}`,
    ),
  );
}

describe.each([
  ['narrow (320 px)', VIEWPORTS.narrow],
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop],
] as const)('axe-core (WCAG 2.2 A and AA, and best practices) at %s width', (_name, viewport) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.page(viewport);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it.each(AXE_PAGES)('finds no violation on %s', async (path) => {
    await open(page, path);
    const violations = await axeViolations(page);
    expect(describeViolations(violations, path, viewport.width)).toEqual([]);
  });
});

/** What a reader can operate: links, form controls, buttons, anything given a tab stop. */
const INTERACTIVE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex^="-"])';

/**
 * Numbers every interactive element a reader can see and use (data-kbd) and returns their
 * labels: these are the elements Tab must reach.
 */
async function markInteractive(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const labels: string[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el) => {
      const usable =
        !el.matches(':disabled') && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true });
      if (!usable) return;
      el.dataset.kbd = String(labels.length);
      const text = (el.innerText || el.getAttribute('aria-label') || el.id || el.getAttribute('href') || '').trim();
      labels.push(`<${el.localName}> ${text.replace(/\s+/g, ' ').slice(0, 60)}`);
    });
    return labels;
  }, INTERACTIVE);
}

/** The active element's data-kbd number, or null when focus is on nothing we marked. */
function activeIndex(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const value = (document.activeElement as HTMLElement | null)?.dataset?.kbd;
    return value === undefined ? null : Number(value);
  });
}

/**
 * How many pixels around the focused element change when it loses focus, measured from two
 * screenshots of the same area (text carets hidden); the element's perimeter (summed over its
 * line boxes when a link wraps); and whether it is in view.
 */
async function focusIndicator(page: Page, index: number): Promise<{ changed: number; perimeter: number; inView: boolean }> {
  const { box, perimeter, view } = await page.evaluate(() => {
    const el = document.activeElement!;
    const r = el.getBoundingClientRect();
    const lines = [...el.getClientRects()];
    return {
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      perimeter: Math.round(lines.reduce((sum, l) => sum + 2 * (l.width + l.height), 0)),
      view: { width: document.documentElement.clientWidth, height: window.innerHeight },
    };
  });
  const inView = box.width > 0 && box.height > 0 && box.x < view.width && box.y < view.height && box.x + box.width > 0 && box.y + box.height > 0;
  // The element and a margin for outlines and shadows drawn outside it, kept inside the viewport.
  const pad = 8;
  const x = Math.max(0, Math.floor(box.x - pad));
  const y = Math.max(0, Math.floor(box.y - pad));
  const clip = {
    x,
    y,
    width: Math.max(1, Math.min(view.width, Math.ceil(box.x + box.width + pad)) - x),
    height: Math.max(1, Math.min(view.height, Math.ceil(box.y + box.height + pad)) - y),
  };
  const focused = await page.screenshot({ clip, caret: 'hide', animations: 'disabled' });
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  const blurred = await page.screenshot({ clip, caret: 'hide', animations: 'disabled' });
  // Put focus back where Tab left it, so the next Tab goes on from here.
  await page.evaluate((i) => document.querySelector<HTMLElement>(`[data-kbd="${i}"]`)!.focus({ preventScroll: true }), index);
  return { changed: await changedPixels(page, focused, blurred), perimeter, inView };
}

/** Counts pixels that differ between two same-sized PNGs, decoded by the browser itself. */
async function changedPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (data: string) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [pa, pb] = await Promise.all([decode(a64!), decode(b64!)]);
      let changed = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 24) changed++;
      }
      return changed;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes round again,
 * checking at each stop that the focused element is in view and visibly marked. A stop counts
 * as marked when focus changes at least as many pixels as a 2px outline round the element
 * would: the minimum area WCAG 2.2 asks of a focus indicator (2.4.13). A change of text colour
 * or underline alone is well under that.
 */
async function walkWithTab(page: Page): Promise<{ reached: Set<number>; problems: string[]; labels: string[] }> {
  const labels = await markInteractive(page);
  const reached = new Set<number>();
  const problems: string[] = [];
  let previous: number | null = null;
  // A date field takes a Tab stop for each of its day, month and year parts: allow for those.
  for (let presses = 0; presses < labels.length * 3 + 20; presses++) {
    await page.keyboard.press('Tab');
    const index = await activeIndex(page);
    if (index !== null && index === previous) continue; // the next part of the same date field
    previous = index;
    if (index === null) {
      const onBody = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
      if (onBody && reached.size > 0) break; // Tab has left the page's last control
      if (!onBody) problems.push(`Tab stop on an element the test does not know: ${await page.evaluate(() => document.activeElement!.outerHTML.slice(0, 120))}`);
      continue;
    }
    if (reached.has(index)) break; // round again
    reached.add(index);
    const { changed, perimeter, inView } = await focusIndicator(page, index);
    if (!inView) problems.push(`${labels[index]}: not in view when focused`);
    if (changed < 2 * perimeter) {
      problems.push(`${labels[index]}: no clear focus indicator (${changed} pixels change on focus, wanted at least ${2 * perimeter})`);
    }
  }
  return { reached, problems, labels };
}

describe('keyboard only', () => {
  it.each(builtPages())('%s: the skip link is the first Tab stop and moves focus to <main>', async (path) => {
    const page = await site.page();
    expect((await page.goto(site.url + path))?.status()).toBe(200);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.localName)).resolves.toBe('main');
    await page.context().close();
  });

  it.each([
    ['phone', VIEWPORTS.phone],
    ['desktop', VIEWPORTS.desktop],
  ] as const)('reaches the header search by Tab and submits it with Enter (%s)', async (_name, viewport) => {
    const page = await site.page(viewport);
    await open(page, TOPIC);
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'header-search-field') {
      expect(++presses, 'Tab presses to reach the header search').toBeLessThanOrEqual(3);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('supervision');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=supervision');
    await page.locator('#search-results li').first().waitFor();
    // The header's button is the next stop, and works from the keyboard too.
    await page.goto(site.url + TOPIC);
    await page.locator('#header-search-field').fill('induction');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Search');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=induction');
    await page.context().close();
  });

  describe.each([
    ['phone', VIEWPORTS.phone],
    ['desktop', VIEWPORTS.desktop],
  ] as const)('at %s width', (_name, viewport) => {
    it.each(KEYBOARD_PAGES)('reaches every control on %s by Tab, each with a visible focus indicator', async (path) => {
      const page = await site.page(viewport);
      await open(page, path);
      const { reached, problems, labels } = await walkWithTab(page);
      expect(labels.length).toBeGreaterThan(10);
      const unreached = labels.filter((_, i) => !reached.has(i)).map((l) => `${l}: not reached by Tab`);
      expect([...unreached, ...problems]).toEqual([]);
      await page.context().close();
    });
  });
});
