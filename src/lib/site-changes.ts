import { yearAnchor } from './contract-years';
import { isoDate } from './dates';
import { urls } from './urls';

/** What the What's new page, the home page and the feed need of a guidance page. */
export interface ChangedPage {
  title: string;
  role: string;
  topic: string;
  /** The page's own one-sentence summary: what a new page is about. */
  summary: string;
  published: Date;
  changes: readonly { date: Date; summary: string }[];
}

/** One thing that changed on the site, as readers are told about it. */
export interface SiteChange {
  /** Stable and unique: the anchor on the What's new page and the feed item's id. */
  id: string;
  date: Date;
  /** The page (or contract year) that changed. */
  title: string;
  /** One sentence: what changed for the reader. */
  summary: string;
  /** Internal address of what changed. */
  href: string;
  kind: 'new-page' | 'change' | 'contract-year';
  /** For a contract year: each thing that changed, in a sentence. */
  details?: string[];
}

/** The line a feed reader shows for a change. */
export function changeHeadline(change: SiteChange): string {
  if (change.kind === 'new-page') return `New page: ${change.title}`;
  if (change.kind === 'change') return `Changed: ${change.title}`;
  return `${change.title}: what changed for ARRS and link workers`;
}

/** The short label before a change on the What's new page: "new page", "changed", "contract year". */
export function changeLabel(change: SiteChange): string {
  return { 'new-page': 'new page', change: 'changed', 'contract-year': 'contract year' }[change.kind];
}

/** What the feed needs of a contract year (a file in content/contracts/). */
export interface ChangedContractYear {
  /** "2026/27" */
  year: string;
  /** The contract's title. */
  title: string;
  changes: readonly { text: string }[];
}

/**
 * The day a contract year's rules take effect: 1 April of its first year, the start of the NHS
 * financial year that the Network Contract DES runs by. Its publication date is often known
 * only roughly ("2019"), so it cannot date a feed item.
 */
export function contractYearStart(year: string): Date {
  return new Date(`${year.slice(0, 4)}-04-01T00:00:00Z`);
}

/** One entry per contract year: what changed for ARRS and link workers that year. */
export function contractYearChanges(years: readonly ChangedContractYear[], href: (year: string) => string): SiteChange[] {
  return years.map((y) => ({
    id: yearAnchor(y.year),
    date: contractYearStart(y.year),
    title: `Contract year ${y.year}`,
    summary: `${y.changes.length} change${y.changes.length === 1 ? '' : 's'} for ARRS and link workers in the ${y.title}.`,
    href: href(y.year),
    kind: 'contract-year' as const,
    details: y.changes.map((c) => c.text),
  }));
}

/**
 * Every change on the site, newest first: each page's change log, and each page's first
 * publication. Ids count a page's entries from its oldest, so adding a change at the top of
 * a log never renumbers the ones below it (feed readers would show them again).
 */
export function siteChanges(pages: readonly ChangedPage[]): SiteChange[] {
  const all: SiteChange[] = [];
  for (const page of pages) {
    const href = urls.topic(page.role, page.topic);
    const key = `${page.role}-${page.topic}`;
    page.changes.forEach((change, i) => {
      all.push({
        id: `change-${key}-${page.changes.length - i}`,
        date: change.date,
        title: page.title,
        summary: change.summary,
        href,
        kind: 'change',
      });
    });
    all.push({
      id: `new-${key}`,
      date: page.published,
      title: page.title,
      summary: page.summary,
      href,
      kind: 'new-page',
    });
  }
  return latestChangesFirst(all);
}

/** Newest first; on the same day, contract years, then changes, then new pages, then by title, so the order is stable. */
export function latestChangesFirst(changes: readonly SiteChange[]): SiteChange[] {
  const rank = (c: SiteChange) => ({ 'contract-year': 0, change: 1, 'new-page': 2 })[c.kind];
  return [...changes].sort(
    (a, b) =>
      isoDate(b.date).localeCompare(isoDate(a.date)) || rank(a) - rank(b) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
}

/** Changes grouped by month, newest month first, for the What's new page. */
export function byMonth(changes: readonly SiteChange[]): { key: string; month: string; changes: SiteChange[] }[] {
  const months = new Map<string, SiteChange[]>();
  for (const change of changes) {
    const key = isoDate(change.date).slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), change]);
  }
  return [...months].map(([key, list]) => ({
    key,
    month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(list[0]!.date),
    changes: list,
  }));
}
