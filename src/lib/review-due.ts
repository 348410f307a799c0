import { isoDate } from './dates.ts';
import { standing } from './contract-years.ts';

/**
 * Which guidance pages are due a review: by date (`nextReview` passed, or within N days) and
 * by contract year (rules checked against a year older than the current one). Pure, so
 * `npm run review-due` and the build's warning give the same list.
 */

/** What the report needs of a guidance page. */
export interface ReviewPage {
  /** Path from the project root, e.g. content/guidance/<role>/<topic>.mdx. */
  file: string;
  title: string;
  nextReview: Date;
  /** The contract year the page's rules were checked against, if it states rules. */
  contractYear?: string | undefined;
}

export interface DueItem {
  file: string;
  title: string;
  nextReview: Date;
  /** Days until nextReview: negative once it has passed. */
  daysLeft: number;
  /** The page's contract year, when older than the current one. */
  oldContractYear?: string | undefined;
  /** Why the page is listed, in words. */
  reasons: string[];
}

export interface ReviewOptions {
  today: Date;
  /** List pages whose review falls within this many days. */
  days: number;
  /** The current contract year ("2026/27"), when known. */
  currentYear?: string | undefined;
}

export const DEFAULT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `today` to `date` (UTC), negative when `date` has passed. */
export function daysUntil(date: Date, today: Date): number {
  return Math.round((Date.parse(isoDate(date)) - Date.parse(isoDate(today))) / DAY_MS);
}

/** "2021/22" is older than "2026/27". */
// The same rule the rule pages' notice uses, so the report and the pages always agree.
function olderYear(year: string, current: string): boolean {
  return standing(year, current).kind === 'behind';
}

/** The pages due a review, most urgent first (overdue longest at the top). */
export function reviewDue(pages: readonly ReviewPage[], options: ReviewOptions): DueItem[] {
  const { today, days, currentYear } = options;
  const due: DueItem[] = [];
  for (const page of pages) {
    const daysLeft = daysUntil(page.nextReview, today);
    const reasons: string[] = [];
    const when = isoDate(page.nextReview);
    if (daysLeft < 0) reasons.push(`review overdue since ${when} (${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago)`);
    else if (daysLeft === 0) reasons.push(`review due today (${when})`);
    else if (daysLeft <= days) reasons.push(`review due ${when} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'})`);
    const old = page.contractYear && currentYear && olderYear(page.contractYear, currentYear) ? page.contractYear : undefined;
    if (old) reasons.push(`rules checked against contract year ${old}, not yet against ${currentYear}`);
    if (reasons.length) {
      due.push({ file: page.file, title: page.title, nextReview: page.nextReview, daysLeft, oldContractYear: old, reasons });
    }
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || a.file.localeCompare(b.file));
}

/** The heading line: what was looked for, and how many pages were found. */
export function reviewSummary(due: readonly DueItem[], options: ReviewOptions, total: number): string {
  const year = options.currentYear ? `, or rules resting on a contract year older than ${options.currentYear}` : '';
  const found = due.length === 0 ? 'No page is' : `${due.length} of ${total} page${total === 1 ? '' : 's'} ${due.length === 1 ? 'is' : 'are'}`;
  return `${found} due a review on ${isoDate(options.today)} (review date passed or within ${options.days} days${year}).`;
}

/** A plain-text table for the terminal. */
export function reviewTable(due: readonly DueItem[]): string {
  if (due.length === 0) return '';
  const rows = [['Page', 'Next review', 'Why'], ...due.map((d) => [d.file, isoDate(d.nextReview), d.reasons.join('; ')])];
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}`;
  return [line(rows[0]!), line(rows[0]!.map((h, c) => '-'.repeat(c < 2 ? widths[c]! : h.length))), ...rows.slice(1).map(line)].join('\n');
}
