import { getCollection, type CollectionEntry } from 'astro:content';
import { assertContent } from '../lib/content-checks';
import { byOrder } from '../lib/navigation';

export type GuidanceEntry = CollectionEntry<'guidance'>;
export type RoleEntry = CollectionEntry<'roles'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface SiteContent {
  roles: RoleEntry[];
  guidance: GuidanceEntry[];
  sources: Map<string, SourceEntry['data']>;
  glossary: GlossaryEntry[];
  role(id: string): RoleEntry;
  pagesOf(role: string): GuidanceEntry[];
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
  const [roles, guidance, sources, glossary] = await Promise.all([
    getCollection('roles'),
    getCollection('guidance'),
    getCollection('sources'),
    getCollection('glossary'),
  ]);
  assertContent({ roles, guidance, sources });

  const sortedRoles = [...roles].sort((a, b) => a.data.order - b.data.order);
  const sortedGuidance = byOrder(guidance.map((g) => ({ entry: g, order: g.data.order }))).map((x) => x.entry);
  return {
    roles: sortedRoles,
    guidance: sortedGuidance,
    sources: new Map(sources.map((s) => [s.id, s.data])),
    glossary: [...glossary].sort((a, b) => a.data.abbreviation.localeCompare(b.data.abbreviation)),
    role(id) {
      const found = sortedRoles.find((r) => r.id === id);
      if (!found) throw new Error(`No role "${id}" in content/roles/`);
      return found;
    },
    pagesOf(role) {
      return sortedGuidance.filter((g) => g.data.role === role);
    },
  };
}
