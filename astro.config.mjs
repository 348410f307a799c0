// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { baseLinks, glossaryTerms, headingLinks, readGlossary, scrollingTables } from './src/integrations/markdown-plugins.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { purgeUnusedCss } from './src/integrations/purge-css.ts';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { cloudflareFiles } from './src/integrations/cloudflare-files.ts';
import { readDeploySettings } from './src/lib/deploy-settings.ts';
import { siteUrls } from './src/lib/urls.ts';
import { contentChunk } from './src/lib/content-chunks.ts';
import { pathRedirects, siteRedirects } from './src/lib/redirects.ts';

// Where the site will be served: SITE_URL (public address, for canonical links, the sitemap
// and link previews) and BASE_PATH (e.g. /splw/ when the hub shares its domain).
const { site, base } = readDeploySettings(process.env);
// Old addresses and where they moved (content/redirects.yaml); a bad entry stops the build here.
const redirects = siteRedirects();
const movedAddresses = new Set(pathRedirects(redirects).map((r) => siteUrls(base).at(r.from)));
import { reviewDueWarning } from './src/integrations/review-due.ts';
import { feedAddressWarning } from './src/integrations/feed-address.ts';

export default defineConfig({
  // The public address. Set SITE_URL when deploying; none is assumed.
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // CSS and scripts as files, never inline: the Content Security Policy allows no inline code.
    inlineStylesheets: 'never',
    // Draw up to 4 pages at a time, so one page is drawn while another is written to disk: at
    // 1,000 generated pages this step took 5.6 s, not 8-10 s (npm run bench -- --build-only).
    concurrency: 4,
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Each role's compiled pages in one file, not a file a page (src/lib/content-chunks.ts).
        output: { manualChunks: contentChunk },
        // MDX modules carry Astro's "use astro:head-inject" marker, which the bundler warns
        // about once per page although Astro handles it; the warning says nothing to act on.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  markdown: {
    // Explain glossary abbreviations on first use, give every section a link of its own, and
    // let tables scroll in a region of their own rather than push the page wider.
    // Links editors write from the root (/roles/...) get the base path.
    processor: satteri({
      hastPlugins: [baseLinks(base), glossaryTerms(readGlossary(), siteUrls(base)), headingLinks(), scrollingTables()],
    }),
  },
  // Build-done hooks run in this order: unused CSS is removed (and pages relinked); the headers,
  // redirects and server files come last. The search index is built after Astro has exited
  // (src/tooling/index-search.ts), so `npm run build`, not `astro build` alone, makes a
  // complete site. The sitemap lists every page with an address of its own (not the 404 page,
  // nor pages that only redirect).
  integrations: [
    // MDX text with no component in it is compiled to plain HTML, not to one JSX call per
    // element: the same pages, drawn about 1 s faster at 1,000 pages. Safe while the site maps
    // no HTML element to a component of its own (src/components/mdx/ maps only capitalised ones).
    mdx({ optimize: true }),
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) && !movedAddresses.has(new URL(page).pathname) }),
    purgeUnusedCss(),
    securityHeaders(),
    deployFiles({ redirects }),
    cloudflareFiles({ redirects }),
    // Warnings last, where an editor sees them: pages due a review, the feed's address.
    reviewDueWarning(),
    feedAddressWarning(),
  ],
  // The site ships no JavaScript by default; prefetch would add some to every page.
  prefetch: false,
  devToolbar: { enabled: false },
});
