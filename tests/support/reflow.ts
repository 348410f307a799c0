// Reflow checks run inside a page (WCAG 2.2 1.4.10 reflow, 1.4.12 text spacing): what makes the
// page scroll sideways, and what text is cut off by a box that hides its overflow. Each check is
// one self-contained function, handed to page.evaluate, that returns a readable line per problem.
// Imported by tests and by plain `node` scripts alike, so imports carry their .ts extension.
import type { Page } from 'playwright-core';

/**
 * WCAG 1.4.12's text spacing, as its understanding document's bookmarklet applies it: content
 * must survive a reader's own stylesheet setting these.
 */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** Where the test serves the text-spacing stylesheet: same origin, so the pages' CSP allows it. */
const TEXT_SPACING_PATH = '/__test__/text-spacing.css';

const served = new WeakSet<Page>();

/**
 * Adds the text-spacing stylesheet to the open page as a <link> to the page's own origin (an
 * inline <style> would be refused by the Content Security Policy, silently), then checks that
 * it applied. Throws if it did not, so a pass never comes from an unstyled page.
 */
export async function applyTextSpacing(page: Page): Promise<void> {
  const url = new URL(TEXT_SPACING_PATH, page.url()).href;
  if (!served.has(page)) {
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: TEXT_SPACING_CSS }));
    served.add(page);
  }
  await page.addStyleTag({ url });
  const applied = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('main p, main') ?? document.body);
    const size = parseFloat(style.fontSize);
    return {
      letter: Math.abs(parseFloat(style.letterSpacing) - 0.12 * size) < 0.5,
      word: Math.abs(parseFloat(style.wordSpacing) - 0.16 * size) < 0.5,
      line: Math.abs(parseFloat(style.lineHeight) - 1.5 * size) < 0.5,
    };
  });
  if (!applied.letter || !applied.word || !applied.line) {
    throw new Error(`The text-spacing stylesheet did not apply to ${page.url()}: ${JSON.stringify(applied)}`);
  }
}

/**
 * Why the page scrolls sideways, if it does: every visible element or run of text that reaches
 * past the right edge of the viewport (or starts left of its left edge, where it cannot be
 * scrolled to), unless a box that scrolls by itself holds it. Only the outermost offender of each
 * nest is named, with how far it sticks out. Returns [] when the page fits.
 */
export function sidewaysOverflow(): string[] {
  const root = document.documentElement;
  const width = root.clientWidth;
  const slack = 0.5; // sub-pixel rounding
  const problems: string[] = [];
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const id = e.id ? `#${e.id}` : '';
      const cls = !id && e.classList.length ? `.${[...e.classList].join('.')}` : '';
      parts.unshift(`${e.localName}${id}${cls}`);
      if (id) break;
    }
    return parts.join(' > ');
  };
  const snippet = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  /** Hidden on purpose (visually hidden for screen readers), or not drawn at all. */
  const hidden = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || s.clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  /** Inside a box that scrolls or clips sideways and itself fits: the overflow is that box's. */
  const contained = (el: Element): boolean => {
    for (let e = el.parentElement; e && e !== document.body && e !== root; e = e.parentElement) {
      if (getComputedStyle(e).overflowX !== 'visible') {
        const r = e.getBoundingClientRect();
        return r.right <= width + slack && r.left >= -slack;
      }
    }
    return false;
  };
  const offends = (r: DOMRect) => r.width > 0 && r.height > 0 && (r.right > width + slack || r.left < -slack);
  const reported = new Set<Element>();
  const within = (el: Element) => [...reported].some((r) => r.contains(el));
  for (const el of document.body.querySelectorAll('*')) {
    if (within(el) || !offends(el.getBoundingClientRect()) || hidden(el) || contained(el)) continue;
    const r = el.getBoundingClientRect();
    reported.add(el);
    problems.push(`${describe(el)} ("${snippet(el)}") spans ${Math.round(r.left)} to ${Math.round(r.right)} px in a ${width} px viewport`);
  }
  // Text that runs out of its element's box (a long word or address that does not wrap).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || within(parent) || hidden(parent) || contained(parent)) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (!offends(r)) continue;
    reported.add(parent);
    problems.push(`text "${node.textContent.trim().slice(0, 50)}" in ${describe(parent)} spans ${Math.round(r.left)} to ${Math.round(r.right)} px in a ${width} px viewport`);
  }
  if (problems.length === 0 && root.scrollWidth > width + slack) {
    // Something the passes above let off still widens the page: most often visually hidden text
    // positioned against the page rather than against the scrolling box it sits in.
    const suspects = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + slack && getComputedStyle(el).position !== 'static')
      .map((el) => `${describe(el)} ("${snippet(el)}", position ${getComputedStyle(el).position})`);
    problems.push(
      `the page is ${root.scrollWidth} px wide in a ${width} px viewport` +
        (suspects.length ? `; positioned elements reaching past its edge: ${suspects.slice(0, 5).join('; ')}` : ''),
    );
  }
  return problems;
}

/**
 * Text cut off: every visible element that hides or clips its overflow while its content is
 * larger than its box (its scroll size exceeds its client size). Visually hidden text, made
 * 1 px on purpose for screen readers, is not counted. Returns [] when nothing is cut off.
 */
export function clippedText(): string[] {
  const problems: string[] = [];
  const slack = 1; // sub-pixel rounding
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const s = getComputedStyle(el);
    const clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
    const clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
    if (!clipsX && !clipsY) continue;
    if (s.clipPath === 'inset(50%)' || !el.checkVisibility({ visibilityProperty: true })) continue;
    const overX = clipsX && el.scrollWidth > el.clientWidth + slack;
    const overY = clipsY && el.scrollHeight > el.clientHeight + slack;
    if (!overX && !overY) continue;
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    problems.push(
      `${el.localName}${id}${cls} ("${text}") cuts off its content: ` +
        `${el.scrollWidth}x${el.scrollHeight} px of content in a ${el.clientWidth}x${el.clientHeight} px box with overflow ${s.overflowX}/${s.overflowY}`,
    );
  }
  return problems;
}
