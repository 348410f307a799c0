// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { baseLinks, glossaryTerms, headingLinks, readGlossary, scrollingTables } from './src/integrations/markdown-plugins.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { purgeUnusedCss } from './src/integrations/purge-css.ts';
import { deployFiles } from './src/integrations/deploy-files.ts';
import { readDeploySettings } from './src/lib/deploy-settings.ts';
import { siteUrls } from './src/lib/urls.ts';
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
  // CSS and scripts as files, never inline: the Content Security Policy allows no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
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
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) && !movedAddresses.has(new URL(page).pathname) }),
    purgeUnusedCss(),
    securityHeaders(),
    deployFiles({ redirects }),
    // Warnings last, where an editor sees them: pages due a review, the feed's address.
    reviewDueWarning(),
    feedAddressWarning(),
  ],
  // The site ships no JavaScript by default; prefetch would add some to every page.
  prefetch: false,
  devToolbar: { enabled: false },
});
