import { z } from 'astro/zod';
import { describe } from './enums.ts';

/** Longest change summary: one sentence that fits a feed reader's list and the home page. */
export const CHANGE_SUMMARY_MAX = 200;

/**
 * A date written as YYYY-MM-DD: every date field of the content is read with this. YAML may
 * turn an unquoted 2026-11-23 into a Date already; a quoted one arrives as text, and is a date
 * only if it names a real day (not 2026-02-30). `missing` is the message when it is left out.
 */
export function dateField(missing: string) {
  return z.preprocess(
    (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && realDay(v) ? new Date(v) : v),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? missing
          : `${describe(issue.input)} is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23`,
    }),
  );
}

function realDay(text: string): boolean {
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * One entry in a guidance page's change log (`changes:`), e.g.
 *   - date: 2026-12-01
 *     summary: The funding table now has a row for every year from 2019/20 to 2026/27.
 * Record what changed for the reader (a rule, a figure, a new section), not typo fixes.
 */
export const changeSchema = z.object(
  {
    /** The day readers could first see the change (YYYY-MM-DD). Not in the future. */
    date: dateField('is missing: write the day of the change, e.g. date: 2026-12-01'),
    /**
     * One sentence, ending with a full stop, saying what changed for the reader. It is shown on
     * the What's new page, the home page and in the feed, next to the page's title.
     */
    summary: z
      .string({ error: 'is missing: say in one sentence what changed for the reader' })
      .trim()
      .min(10, { error: 'is too short: say in one sentence what changed for the reader' })
      .max(CHANGE_SUMMARY_MAX, {
        error: (issue) =>
          `is too long: keep it to one sentence of up to ${CHANGE_SUMMARY_MAX} characters (this one has ${String(issue.input).length})`,
      })
      .regex(/[.!?]$/, { error: 'must be a whole sentence ending with a full stop' }),
  },
  { error: 'must be a change with a date and a summary, e.g. { date: 2026-12-01, summary: "The table now…" }' },
);

export type ChangeData = z.infer<typeof changeSchema>;
