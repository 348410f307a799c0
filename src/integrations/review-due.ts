import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DAYS, reviewDue, reviewSummary, reviewTable } from '../lib/review-due.ts';
import { readReviewContent } from '../lib/review-pages.ts';

/**
 * Prints the pages due a review at the end of every build, as a warning: the same list as
 * `npm run review-due`, so editors see it without running anything else. It never fails a build
 * for a page being due; a page whose review fields cannot be read stops it, naming the file.
 */
export function reviewDueWarning(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'bnnsg:review-due',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger }) => {
        const { pages, currentYear } = readReviewContent(root);
        const options = { today: new Date(), days: DEFAULT_DAYS, currentYear };
        const due = reviewDue(pages, options);
        if (due.length === 0) return;
        logger.warn(`${reviewSummary(due, options, pages.length)}\n${reviewTable(due)}\nRun npm run review-due for the report.`);
      },
    },
  };
}
