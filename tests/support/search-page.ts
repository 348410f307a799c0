import type { Page } from 'playwright-core';

/**
 * Waits until the search page has answered: the status says what was found, and every result
 * is drawn. The page draws a screenful of results first and marks the list aria-busy until
 * the rest are added below them.
 */
export async function searchAnswered(page: Page): Promise<void> {
  await page.locator('#search-status').filter({ hasText: /found|No page/ }).waitFor();
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
}
