import type { Level, ToolKind, ToolState } from './tool-state';

/**
 * The words a checklist tool shows: drawn once at build time (the page as it arrives, and as it
 * prints without JavaScript) and again by the script as the reader answers, so both say the same.
 */

export const LEVEL_LABELS: Record<Level, string> = { confident: 'Confident', partly: 'Partly', 'not-yet': 'Not yet' };

/** The summary's first line: how many items are done of how many. */
export function describeProgress(kind: ToolKind, done: number, total: number): string {
  if (kind === 'coverage') return `${done} of ${total} responsibilities are covered.`;
  if (kind === 'sign-off') return `${done} of ${total} induction items have a date done.`;
  return `You feel confident about ${done} of ${total}.`;
}

/** The line above the list of items still outstanding. */
export function outstandingHeading(kind: ToolKind, count: number): string {
  if (kind === 'coverage') return `Missing (${count}):`;
  if (kind === 'sign-off') return `Still to do (${count}):`;
  return `To work on (${count}):`;
}

/** A blank to write on, where a printed paper copy needs the reader's own date or name. */
export const BLANK = '____________';

/**
 * The printed record's line: what the list was checked against and when. Without a date (the
 * page as built, printed with JavaScript off) it leaves a blank to fill in by hand.
 */
export function recordLine(kind: ToolKind, record: string, state: Pick<ToolState, 'people'>, date?: string): string {
  const when = date ?? BLANK;
  if (kind === 'sign-off') {
    const who = state.people.linkWorker ? ` for ${state.people.linkWorker}` : '';
    const by = state.people.trainer ? `, with ${state.people.trainer}` : '';
    return `Induction record${who}${by}. ${record} Printed on ${when}.`;
  }
  return `${record} Record made on ${when}.`;
}
