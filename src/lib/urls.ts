import { yearAnchor } from './contract-years.ts';

/**
 * Every address the site links to internally is made here, so a route change is one edit.
 *
 * The site may be served under a base path (`/splw/` rather than `/`): every address starts
 * with it. In pages and components `urls` already knows the base (Astro gives it to Vite as
 * `import.meta.env.BASE_URL`); code that runs outside Vite, such as the Markdown plugins read
 * by astro.config.mjs, makes its own with `siteUrls(base)`.
 */
export function siteUrls(base = '/') {
  const root = normaliseBase(base);
  /** A path written from the site's root (`/roles/`, `favicon.svg`) as an address under the base. */
  const at = (path: string) => root + path.replace(/^\/+/, '');
  return {
    /** The base path itself, always with a slash at each end: `/` or `/splw/`. */
    base: root,
    at,
    home: () => root,
    roles: () => at('roles/'),
    role: (role: string) => at(`roles/${role}/`),
    topic: (role: string, topic: string) => at(`roles/${role}/${topic}/`),
    /** The interactive checklist for a topic's list. */
    tool: (role: string, topic: string) => at(`roles/${role}/${topic}/checklist/`),
    search: (query?: string) => at(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
    glossary: (id?: string) => at(id ? `glossary/#${id}` : 'glossary/'),
    /**
     * The sources pages: with no group, the page that lists every source and links to its
     * group's page; with a group (src/lib/source-groups.ts), that page; with an id, the entry.
     */
    sources: (group?: string, id?: string) => at(group ? `sources/${group}/${id ? `#${id}` : ''}` : 'sources/'),
    page: (id: string) => at(`${id}/`),
    /** What changed in each contract year, newest first; with a year, that year's entry. */
    contractYears: (year?: string) => at(year ? `contract-years/#${yearAnchor(year)}` : 'contract-years/'),
    /** A file the build writes, such as `favicon.svg` or `pagefind/pagefind.js`. */
    asset: (path: string) => at(path),
    /** Every change to the site, newest first; `id` is one change's anchor. */
    whatsNew: (id?: string) => at(id ? `whats-new/#${id}` : 'whats-new/'),
    /** The RSS feed of the same changes. */
    feed: () => at('feed.xml'),
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;

/** `splw`, `/splw` and `/splw/` all mean `/splw/`; nothing, `''` and `/` mean the root. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Outside Vite (plain Node), import.meta.env does not exist, and the site is at the root. */
const viteBase: string | undefined = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;

export const urls = siteUrls(viteBase ?? '/');

/** The built file a site path is served from: /a/ is a/index.html, /a.css is a.css. */
export function fileForPath(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}
