/**
 * Contract years: which one is current, how a page's rules stand against it, and which pages
 * are due a check. Pure, so the build's warning and a later review-due report share it.
 */

/** A contract year written like "2026/27": the year it starts and the last 2 digits of the next. */
export const CONTRACT_YEAR = /^(20\d\d)\/(\d\d)$/;

/** The first calendar year of a contract year: 2026 for "2026/27". */
export function startOf(year: string): number {
  const start = Number(year.slice(0, 4));
  if (!CONTRACT_YEAR.test(year) || Number.isNaN(start)) throw new Error(`"${year}" is not a contract year like "2026/27"`);
  return start;
}

/** Newest first: 2026/27 before 2025/26. */
export function newestFirst<T extends { year: string }>(years: readonly T[]): T[] {
  return [...years].sort((a, b) => startOf(b.year) - startOf(a.year));
}

/** The file name a contract year lives in: "2026/27" -> "2026-27". */
export function yearSlug(year: string): string {
  return year.replace('/', '-');
}

/** The id of a contract year's entry on the contract years page: "2026/27" -> "contract-2026-27". */
export function yearAnchor(year: string): string {
  return `contract-${yearSlug(year)}`;
}

/** The one year marked `current: true`, or undefined when none or several are (content checks report that). */
export function currentYear(years: readonly { year: string; current: boolean }[]): string | undefined {
  const marked = years.filter((y) => y.current);
  return marked.length === 1 ? marked[0]!.year : undefined;
}

/** How a page's rules stand against the current contract year. */
export type Standing =
  | { kind: 'current'; checkedAgainst: string }
  | { kind: 'behind'; checkedAgainst: string; current: string; yearsBehind: number };

export function standing(checkedAgainst: string, current: string): Standing {
  const gap = startOf(current) - startOf(checkedAgainst);
  return gap > 0
    ? { kind: 'behind', checkedAgainst, current, yearsBehind: gap }
    : { kind: 'current', checkedAgainst };
}
