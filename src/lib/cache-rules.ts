/**
 * How long browsers and caches may keep each kind of file, defined once for every host: the
 * `_headers` file (Netlify, Cloudflare Pages), the nginx and Caddy snippets and the Cloudflare
 * worker read these.
 *
 * - `_astro/` holds the CSS and scripts, each named by its content (Astro's fingerprint, and
 *   src/integrations/purge-css.ts renames a stylesheet it changes): a changed file is a new
 *   address, so a copy can be kept for a year without asking again.
 * - Everything else keeps its address from one build to the next (the pages, the feed, the
 *   sitemap, Pagefind's index in `pagefind/`, robots.txt, search-words.json), so a browser must
 *   ask each time whether its copy is still current (it gets a short "not modified" answer
 *   when it is).
 */
import { siteUrls } from './urls';

/** Kept for a year and never asked about again: for files whose name changes with their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server before each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

export interface CacheRule {
  /** A folder of the build, from the site's root, ending with `/`. */
  folder: string;
  cacheControl: string;
}

/** Folders with a rule of their own. Every other file gets DEFAULT_CACHE_CONTROL. */
export const CACHE_RULES: readonly CacheRule[] = [
  { folder: '_astro/', cacheControl: IMMUTABLE },
  { folder: 'pagefind/', cacheControl: REVALIDATE },
];

/** Pages, the feed, the sitemap and every other file whose name stays the same between builds. */
export const DEFAULT_CACHE_CONTROL = REVALIDATE;

/** The Cache-Control a path of the served site gets (`/splw/_astro/page.x1.css` under `/splw/`). */
export function cacheControlFor(path: string, base = '/'): string {
  const urls = siteUrls(base);
  return CACHE_RULES.find((r) => path.startsWith(urls.at(r.folder)))?.cacheControl ?? DEFAULT_CACHE_CONTROL;
}

/**
 * The `_headers` blocks for the folders with a rule of their own, to follow the site-wide `/*`
 * block. The site-wide block sets no Cache-Control: both Netlify and Cloudflare Pages add every
 * matching block's headers together, so one there would be joined to these ("max-age=0, ...,
 * max-age=31536000") rather than replaced. Every other file gets the host's own default, which
 * on both is DEFAULT_CACHE_CONTROL (checked on Cloudflare's runtime by tests/e2e/hosts.test.ts).
 */
export function headersFileCacheBlocks(base = '/'): string {
  const urls = siteUrls(base);
  return CACHE_RULES.map((r) => `${urls.at(r.folder)}*\n  Cache-Control: ${r.cacheControl}\n`).join('');
}
