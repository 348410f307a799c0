// What Chromium downloads and runs for a page, and how fast search answers.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS } from '../support/browser.ts';
import { category, median, summarise, type PageWeight, type Resource } from './report.ts';

/**
 * Loads `path` in a fresh browser context (empty cache, no cookies), as a first-time reader
 * would, and records every response until the network has been idle for 500 ms. Nothing is
 * clicked or typed, so every script it records ran before any interaction.
 */
export async function pageWeight(browser: Browser, base: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  try {
    const page = await context.newPage();
    const resources = recordResponses(page);
    const response = await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const inlineScriptBytes = await page.evaluate(() =>
      [...document.scripts]
        .filter((s) => !s.src && ['', 'module', 'text/javascript', 'application/javascript'].includes(s.type))
        .reduce((n, s) => n + new TextEncoder().encode(s.text).length, 0),
    );
    return summarise(path, response?.status() ?? 0, await resources.done(), inlineScriptBytes);
  } finally {
    await context.close();
  }
}

function recordResponses(page: Page): { done(): Promise<Resource[]> } {
  const pending: Promise<Resource>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0)) // redirects and aborted requests have no body
        .then((body) => ({
          url: response.url(),
          category: category(response.request().resourceType()),
          bytes: body.length,
          // What a host serving gzip would send; never more than the file (Pagefind's index
          // files are compressed already, and a host sends those as they are).
          gzipBytes: Math.min(body.length, gzipSync(body).length),
        })),
    );
  });
  return { done: () => Promise.all(pending) };
}

export interface SearchSamples {
  /** Milliseconds from the last keystroke of each query to the results being shown. */
  samplesMs: number[];
  medianMs: number;
  worstMs: number;
}

export interface SearchTiming {
  /**
   * Each query typed into a search page just opened with an empty cache, from the moment it has
   * loaded: the first query of a visit, with Pagefind, its WebAssembly and the index to fetch.
   */
  cold: SearchSamples;
  /** The queries typed again on a page that has searched before (Pagefind loaded, some index cached). */
  warm: SearchSamples;
  /** What the first cold search downloaded from /pagefind/ (script, WebAssembly, index, fragments). */
  firstSearch: { requests: number; bytes: number; gzipBytes: number };
  queries: string[];
}

declare global {
  interface Window {
    benchSearch?: { lastKey: number; found: number };
  }
}

/**
 * Types each query into the search page's field, as a reader would (one key at a time, 50 ms
 * apart), and times from the last key to #search-status saying results were found.
 *
 * Cold: for each query, `rounds` times, a fresh browser context (empty cache) opens /search/
 * and typing starts as soon as the page has loaded, so the time includes whatever of Pagefind
 * and its index is still loading. Warm: one page types every query `rounds` times after a first
 * search; later queries may still fetch index chunks for new words, as they would for a reader.
 */
export async function searchTiming(browser: Browser, base: string, queries: string[], rounds: number): Promise<SearchTiming> {
  const cold: number[] = [];
  let firstSearch: Resource[] | undefined;
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      await withSearchPage(browser, base, async (page, resources) => {
        cold.push(await timeQuery(page, query));
        if (!firstSearch) {
          await page.waitForLoadState('networkidle');
          firstSearch = (await resources.done()).filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
        }
      });
    }
  }
  const warm: number[] = [];
  await withSearchPage(browser, base, async (page) => {
    await timeQuery(page, queries[0]!); // loads Pagefind and the index
    await page.waitForLoadState('networkidle');
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) warm.push(await timeQuery(page, query));
    }
  });
  return {
    cold: samples(cold),
    warm: samples(warm),
    firstSearch: {
      requests: firstSearch!.length,
      bytes: firstSearch!.reduce((n, r) => n + r.bytes, 0),
      gzipBytes: firstSearch!.reduce((n, r) => n + r.gzipBytes, 0),
    },
    queries,
  };
}

function samples(ms: number[]): SearchSamples {
  return { samplesMs: ms, medianMs: median(ms), worstMs: Math.max(...ms) };
}

/** /search/ in a fresh context (empty cache), loaded and watched for the status saying "found". */
async function withSearchPage(browser: Browser, base: string, use: (page: Page, resources: { done(): Promise<Resource[]> }) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  try {
    const page = await context.newPage();
    const resources = recordResponses(page);
    await page.goto(`${base}/search/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const status = document.querySelector('#search-status')!;
      const state = { lastKey: 0, found: 0 };
      window.benchSearch = state;
      document.addEventListener('keydown', () => ((state.lastKey = performance.now()), (state.found = 0)), true);
      // The page drops the results of a search that a newer keystroke has overtaken, so the
      // first "found" after the last key is the answer to the whole query.
      new MutationObserver(() => {
        const text = status.textContent ?? '';
        if (!state.found && /\bfound\b/.test(text) && !/^No pages found/.test(text)) state.found = performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await use(page, resources);
  } finally {
    await context.close();
  }
}

async function timeQuery(page: Page, query: string): Promise<number> {
  const field = page.locator('#search-page-field');
  await field.fill('');
  await field.focus();
  await page.keyboard.type(query, { delay: 50 });
  await page.waitForFunction(() => (window.benchSearch?.found ?? 0) > 0, undefined, { timeout: 15_000 });
  return page.evaluate(() => window.benchSearch!.found - window.benchSearch!.lastKey);
}
