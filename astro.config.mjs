// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { purgeUnusedCss } from './src/integrations/purge-css.ts';

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
  // Build-done hooks run in this order: unused CSS is removed (and pages relinked) before indexing.
  integrations: [mdx(), purgeUnusedCss(), pagefindIndex()],
  // The site ships no JavaScript by default; prefetch would add some to every page.
  prefetch: false,
  devToolbar: { enabled: false },
});
