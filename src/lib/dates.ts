// Made once: making a formatter costs far more than using one, and every page shows dates
// (a 1,000-page build spent 0.6 s making them).
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dates as NHS content style writes them: "23 November 2026". */
export function formatDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A page is overdue once its next review date has passed. */
export function isReviewOverdue(nextReview: Date, today: Date = new Date()): boolean {
  return isoDate(today) > isoDate(nextReview);
}
