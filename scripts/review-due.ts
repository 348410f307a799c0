// npm run review-due [-- --days N] [--strict] [--today YYYY-MM-DD] [--root DIR]
//
// Lists guidance pages whose nextReview has passed or falls within N days (default 30), and
// pages whose rules rest on a contract year older than the current one. Prints a table, writes
// reports/review-due.md, and exits 0 unless --strict is given and a page is listed (then 1).
// A page it cannot read, or a bad option, exits 2 whatever the options.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reviewDue, reviewSummary, reviewTable } from '../src/lib/review-due.ts';
import { readReviewContent } from '../src/lib/review-pages.ts';
import { parseReviewArgs, reviewMarkdown } from './review-report.ts';

try {
  const { days, strict, today, root: given } = parseReviewArgs(process.argv.slice(2));
  const root = resolve(given ?? join(import.meta.dirname, '..'));
  const { pages, currentYear } = readReviewContent(root);
  const options = { today, days, currentYear };
  const due = reviewDue(pages, options);

  console.log(reviewSummary(due, options, pages.length));
  if (due.length) console.log(`\n${reviewTable(due)}\n`);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports/review-due.md'), reviewMarkdown(due, options, pages.length));
  console.log('Written to reports/review-due.md');
  process.exitCode = strict && due.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`review-due: ${(error as Error).message}`);
  process.exitCode = 2;
}
