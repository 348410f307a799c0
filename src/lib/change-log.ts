import { isoDate } from './dates.ts';

/** One line of a page's change log: when it changed, and what changed for the reader. */
export interface ChangeEntry {
  date: Date;
  summary: string;
}

/** A problem with a change log, with the field (relative to the page) it is in. */
export interface ChangeLogProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The rules a page's change log follows, checked against `published` (the day the page first
 * appeared on the site) and `today`. Dates are compared as calendar days (UTC), as written.
 */
export function changeLogProblems(
  changes: readonly ChangeEntry[],
  published: Date,
  today: Date = new Date(),
): ChangeLogProblem[] {
  const problems: ChangeLogProblem[] = [];
  const day = isoDate;
  if (day(published) > day(today)) {
    problems.push({
      path: ['published'],
      message: `is ${day(published)}, which is in the future: write the day the page first appeared on the site`,
    });
  }
  changes.forEach((change, i) => {
    const at = ['changes', i, 'date'];
    if (day(change.date) > day(today)) {
      problems.push({ path: at, message: `is ${day(change.date)}, which is in the future: record a change once readers can see it` });
    } else if (day(change.date) < day(published)) {
      problems.push({
        path: at,
        message: `is ${day(change.date)}, before the page was published (${day(published)}): a page cannot change before it exists`,
      });
    }
    const newer = changes[i - 1];
    if (newer && day(change.date) > day(newer.date)) {
      problems.push({
        path: at,
        message: `is ${day(change.date)}, newer than the entry above it (${day(newer.date)}): list changes newest first`,
      });
    }
  });
  return problems;
}
