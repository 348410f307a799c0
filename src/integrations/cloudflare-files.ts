import type { AstroIntegration } from 'astro';
import { rm, writeFile } from 'node:fs/promises';
import type { Redirect } from '../schemas/redirect';
import { cloudflareRoutes, cloudflareWorker } from '../lib/cloudflare-worker';
import { normaliseBase } from '../lib/urls';

/**
 * After the build: `_worker.js` and `_routes.json`, with which Cloudflare Pages redirects the old
 * addresses that have a query (src/lib/cloudflare-worker.ts). Other hosts ignore them; the nginx
 * and Caddy snippets refuse to serve them.
 */
export function cloudflareFiles({ redirects }: { redirects: readonly Redirect[] }): AstroIntegration {
  let base = '/';
  return {
    name: 'bnnsg:cloudflare-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        const files = { '_worker.js': cloudflareWorker(redirects, base), '_routes.json': cloudflareRoutes(redirects, base) };
        for (const [name, text] of Object.entries(files)) {
          if (text === undefined) await rm(new URL(name, dir), { force: true });
          else await writeFile(new URL(name, dir), text);
        }
      },
    },
  };
}
