import type { AstroIntegration } from 'astro';
import { LOCAL_SITE } from '../lib/feed.ts';

/** Says at the end of a build when the feed's links point at the local preview, not the public site. */
export function feedAddressWarning(): AstroIntegration {
  let hasSite = false;
  return {
    name: 'bnnsg:feed-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        hasSite = Boolean(config.site);
      },
      'astro:build:done': ({ logger }) => {
        if (!hasSite) {
          logger.warn(
            `SITE_URL is not set, so the feed's links (feed.xml) point to ${LOCAL_SITE}, where npm start serves the site. Set SITE_URL to the public address before deploying.`,
          );
        }
      },
    },
  };
}
