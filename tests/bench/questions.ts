// How many of the readers' questions in tests/data/search-questions.yaml find their page: the
// same table `npm test` runs, reported with the other search figures.
import type { Browser } from 'playwright-core';
import { VIEWPORTS } from '../support/browser.ts';
import { searchQuestions, TOP } from '../support/search-questions.ts';

export interface QuestionsResult {
  asked: number;
  found: number;
  /** Questions whose page was not in the top 3, with what came first instead. */
  misses: { question: string; page: string; got: string[] }[];
}

export async function questionsInTop3(browser: Browser, base: string): Promise<QuestionsResult> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    const misses: QuestionsResult['misses'] = [];
    const questions = searchQuestions();
    for (const { question, page: expected } of questions) {
      await page.locator('#search-status').evaluate((s) => (s.textContent = ''));
      await page.locator('#search-page-field').fill(question);
      await page.locator('#search-status').filter({ hasText: /found|No page/ }).waitFor();
      const got = await page
        .locator('#search-results h2 a')
        .evaluateAll((as, top) => as.slice(0, top).map((a) => new URL((a as HTMLAnchorElement).href).pathname), TOP);
      if (!got.includes(expected)) misses.push({ question, page: expected, got });
    }
    return { asked: questions.length, found: questions.length - misses.length, misses };
  } finally {
    await context.close();
  }
}

/** One line for the report, and a line for each miss. */
export function questionsReport(r: QuestionsResult): string[] {
  return [
    `Readers' questions (tests/data/search-questions.yaml): ${r.found} of ${r.asked} put the expected page in the top ${TOP}`,
    ...r.misses.map((m) => `  missed "${m.question}": wanted ${m.page}, got ${m.got.join(', ') || 'nothing'}`),
  ];
}
