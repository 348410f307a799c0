// npm run review-due [-- --days N] [--strict]
//
// Lists guidance pages whose nextReview has passed or falls within N days (default 30), and
// pages whose rules rest on a contract year older than the current one. Prints a table, writes
// reports/review-due.md, and exits 0 unless --strict is given and a page is listed (then 1).
// A page it cannot read, or a bad option, exits 2 whatever the options.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseReviewArgs, reviewDue, reviewMarkdown, reviewSummary, reviewTable } from '../lib/review-due.ts';
import { readReviewContent } from './review-content.ts';

const root = resolve(process.env.REVIEW_DUE_ROOT ?? join(import.meta.dirname, '../..'));

try {
  const { days, strict } = parseReviewArgs(process.argv.slice(2));
  // REVIEW_DUE_TODAY lets tests fix the date; editors never need it.
  const today = process.env.REVIEW_DUE_TODAY ? new Date(process.env.REVIEW_DUE_TODAY) : new Date();
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
