import type { Verification } from '../schemas/enums';

/**
 * The sources pages: one page per way a document was checked, so a reader's first visit
 * downloads one group, not all 50-odd documents (docs/performance.md). The order
 * is the order the sources page lists them in. `slug` is the page's address under /sources/:
 * never change one once published. `title` is the page's title, `heading` its main heading,
 * `label` what a topic page shows beside a source of the group (none for checked sources).
 */
export const SOURCE_GROUPS = [
  {
    verification: 'verified',
    slug: 'checked',
    title: 'Sources checked against the published document',
    heading: 'Checked against the published document',
    label: null,
    summary: 'We read each of these documents ourselves.',
  },
  {
    verification: 'secondary',
    slug: 'reported',
    title: 'Sources reported by others',
    heading: 'Reported by others',
    label: 'Reported by others',
    summary:
      'We could not read these documents ourselves. We read what another publication reported about each one, and the note says which.',
  },
  {
    verification: 'unconfirmed',
    slug: 'to-be-confirmed',
    title: 'Sources to be confirmed',
    heading: 'To be confirmed: no published copy found',
    label: 'To be confirmed',
    summary: 'We found no published copy of these. Facts that rest on them are marked "to be confirmed" where they appear.',
  },
] as const satisfies readonly {
  verification: Verification;
  slug: string;
  title: string;
  heading: string;
  label: string | null;
  summary: string;
}[];

export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** The group a source is listed in, from how it was checked. */
export function sourceGroup(verification: Verification): SourceGroup {
  const group = SOURCE_GROUPS.find((g) => g.verification === verification);
  if (!group) throw new Error(`No sources page for verification "${verification}"`);
  return group;
}
