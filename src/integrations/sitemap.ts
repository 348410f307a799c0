import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import type { Redirect } from '../schemas/redirect';
import { pathRedirects } from '../lib/redirects';
import { siteUrls } from '../lib/urls';

/**
 * @astrojs/sitemap, listing every page with an address of its own: not the 404 page, nor the
 * pages that only send readers on from a moved address. Added once Astro's `base` is known
 * (config or `--base`), since the moved addresses are served under it.
 */
export function siteMap(redirects: readonly Redirect[]): AstroIntegration {
  return {
    name: 'bnnsg:sitemap',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const moved = new Set(pathRedirects(redirects).map((r) => siteUrls(config.base).at(r.from)));
        const listed = (page: string) => {
          const path = new URL(page).pathname;
          return !/\/404\/?$/.test(path) && !moved.has(path);
        };
        updateConfig({ integrations: [sitemap({ filter: listed })] });
      },
    },
  };
}
