// What `npm run review-due` (scripts/review-due.ts) adds to the build's review warning: its
// options and the Markdown report it writes.
import { isoDate } from '../src/lib/dates.ts';
import { DEFAULT_DAYS, reviewSummary, type DueItem, type ReviewOptions } from '../src/lib/review-due.ts';

export interface ReviewArgs {
  days: number;
  strict: boolean;
  /** The day to report as of (default today): `--today YYYY-MM-DD`. */
  today: Date;
  /** The project whose content is read (default this one): `--root DIR`. */
  root?: string;
}

/** Reads `--days N` (or `--days=N`), `--strict`, `--today YYYY-MM-DD` and `--root DIR`; throws with a usage message otherwise. */
export function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  const args: ReviewArgs = { days: DEFAULT_DAYS, strict: false, today: new Date() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--strict') args.strict = true;
    else if (arg === '--days' || arg.startsWith('--days=')) {
      const value = arg === '--days' ? argv[++i] : arg.slice('--days='.length);
      if (!value || !/^\d+$/.test(value)) {
        throw new Error(`--days needs a whole number of days, e.g. --days 60 (got ${value === undefined ? 'nothing' : `"${value}"`})`);
      }
      args.days = Number(value);
    } else if (arg === '--today') {
      const value = argv[++i];
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--today needs a date as YYYY-MM-DD (got ${value ?? 'nothing'})`);
      args.today = new Date(value);
    } else if (arg === '--root') {
      const value = argv[++i];
      if (!value) throw new Error('--root needs a folder');
      args.root = value;
    } else {
      throw new Error(`Unknown option "${arg}". Use: npm run review-due -- [--days N] [--strict] [--today YYYY-MM-DD] [--root DIR]`);
    }
  }
  return args;
}

/** The report written to reports/review-due.md. */
export function reviewMarkdown(due: readonly DueItem[], options: ReviewOptions, total: number): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = ['# Pages due a review', '', reviewSummary(due, options, total), ''];
  if (due.length) {
    lines.push('| Page | File | Next review | Why |', '| --- | --- | --- | --- |');
    for (const d of due) lines.push(`| ${cell(d.title)} | \`${d.file}\` | ${isoDate(d.nextReview)} | ${cell(d.reasons.join('; '))} |`);
    lines.push(
      '',
      'To clear a page: check it against its sources (and the current contract year), then set `lastReviewed` to today and `nextReview` to the next check, as docs/editing.md describes.',
    );
  }
  return `${lines.join('\n')}\n`;
}
