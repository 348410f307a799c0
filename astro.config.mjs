// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTerms, headingLinks, readGlossary } from './src/integrations/markdown-plugins.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { purgeUnusedCss } from './src/integrations/purge-css.ts';
import { reviewDueWarning } from './src/integrations/review-due.ts';
import { feedAddressWarning } from './src/integrations/feed-address.ts';

export default defineConfig({
  // The public address, for canonical links. Set SITE_URL when deploying; none is assumed.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
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
    // Explain glossary abbreviations on first use, and give every section a link of its own.
    processor: satteri({ hastPlugins: [glossaryTerms(readGlossary()), headingLinks()] }),
  },
  // Build-done hooks run in this order: unused CSS is removed (and pages relinked) before
  // indexing; the headers file comes next; the warnings (pages due a review, the feed's
  // address) come last, where an editor sees them.
  integrations: [mdx(), purgeUnusedCss(), pagefindIndex(), securityHeaders(), reviewDueWarning(), feedAddressWarning()],
  // The site ships no JavaScript by default; prefetch would add some to every page.
  prefetch: false,
  devToolbar: { enabled: false },
});
