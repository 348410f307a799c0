import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent } from '../lib/content-checks';
import { byOrder } from '../lib/navigation';
import { currentYear, newestFirst } from '../lib/contract-years';

export type GuidanceEntry = CollectionEntry<'guidance'>;
export type RoleEntry = CollectionEntry<'roles'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type ContractYearEntry = CollectionEntry<'contracts'>;

export interface SiteContent {
  roles: RoleEntry[];
  guidance: GuidanceEntry[];
  sources: Map<string, SourceEntry['data']>;
  glossary: GlossaryEntry[];
  /** Every contract year, newest first. */
  contracts: ContractYearEntry['data'][];
  /** The contract year in force, e.g. "2026/27" (the one file with current: true). */
  currentYear: string;
  contract(year: string): ContractYearEntry['data'];
  role(id: string): RoleEntry;
  /** A role's pages, in their order (one shared list: do not change it). */
  pagesOf(role: string): readonly GuidanceEntry[];
}

let loaded: Promise<SiteContent> | undefined;

/**
 * The one door to the content collections. Pages ask here rather than calling getCollection
 * themselves, so every build runs the cross-file checks before any page is drawn.
 */
export function siteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [roles, guidance, sources, glossary, contracts] = await Promise.all([
    getCollection('roles'),
    getCollection('guidance'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('contracts'),
  ]);
  assertContent({ roles, guidance, sources, contracts });
  const years = newestFirst(contracts.map((c) => c.data));
  const current = currentYear(years)!;
  // Pages on an older contract year are listed by the review-due warning after the build
  // (src/integrations/review-due.ts), with the pages due a review, in one list.

  const sortedRoles = [...roles].sort((a, b) => a.data.order - b.data.order);
  const sortedGuidance = byOrder(guidance.map((g) => ({ entry: g, order: g.data.order }))).map((x) => x.entry);
  // Every page asks for its role's pages: group them once, not once a page (1,000 pages x 1,000).
  const byRole = Map.groupBy(sortedGuidance, (g) => g.data.role);
  return {
    roles: sortedRoles,
    guidance: sortedGuidance,
    sources: new Map(sources.map((s) => [s.id, s.data])),
    glossary: [...glossary].sort((a, b) => a.data.abbreviation.localeCompare(b.data.abbreviation)),
    contracts: years,
    currentYear: current,
    contract(year) {
      const found = years.find((c) => c.year === year);
      if (!found) throw new Error(`No contract year "${year}" in content/contracts/`);
      return found;
    },
    role(id) {
      const found = sortedRoles.find((r) => r.id === id);
      if (!found) throw new Error(`No role "${id}" in content/roles/`);
      return found;
    },
    pagesOf(role) {
      return byRole.get(role) ?? [];
    },
  };
}

