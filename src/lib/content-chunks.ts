/**
 * Which bundle file (chunk) the build puts a guidance page's compiled MDX in: one file for each
 * role's pages, and one for the small modules Astro makes to find each page's styles.
 *
 * Why: the bundler otherwise makes a file for every page and its styles module (2,000 files at
 * 1,000 pages), and writing, then loading, that many files took about a third of the build.
 * Grouped by role, the 1,000-page build took about 15 s, not 19 s, and drew the same pages
 * (npm run bench -- --build-only).
 *
 * `id` is the bundler's module id: a file path, perhaps with a `?query`. Returns undefined for
 * anything else, which the bundler places as it would.
 */
export function contentChunk(id: string): string | undefined {
  const match = /[/\\]content[/\\]guidance[/\\]([^/\\]+)[/\\][^/\\]+\.mdx(\?.*)?$/.exec(id);
  if (!match) return undefined;
  return `guidance-${match[1]}${match[2] ? '-assets' : ''}`;
}
