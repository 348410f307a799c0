/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Fewer sections than this and "On this page" adds nothing but noise. */
export const CONTENTS_MIN = 3;

/** The h2s a page lists under "On this page", or none when the page is short. */
export function pageContents(headings: readonly Heading[], min = CONTENTS_MIN): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  return sections.length >= min ? sections : [];
}
