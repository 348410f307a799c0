import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Redirect } from '../schemas/redirect';
import { REDIRECTS_FILE } from '../lib/redirects';
import { caddyConfig, nginxConfig, redirectsFile } from '../lib/server-config';
import { fileForPath, normaliseBase } from '../lib/urls';
import { LOCAL_SITE } from '../lib/feed';

/**
 * After the build: checks every redirect against the built pages, then writes the files hosts
 * read. `_redirects` sits at the top of the build, where Netlify and Cloudflare Pages look for
 * it; the nginx and Caddy snippets go in `_deploy/`, in the build too, because they belong to
 * that build (its base path and redirects), and are not secret: a host serving them shows only
 * the headers every response already carries. Also warns when SITE_URL is not set.
 */
export function deployFiles({ redirects }: { redirects: readonly Redirect[] }): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'bnnsg:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        site = config.site;
      },
      // Said when building, not whenever the config is read (by the tests, for instance).
      'astro:build:start': ({ logger }) => {
        if (!site) {
          logger.warn(
            `SITE_URL is not set: pages get no canonical link or og:url, no sitemap is written, and the feed's links point to ${LOCAL_SITE}, where npm start serves the site. For a build you will publish, set it, e.g. SITE_URL=https://hub.example.org npm run build`,
          );
        }
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        checkRedirects(redirects, site);
        await writeFile(join(site, '_redirects'), redirectsFile(redirects, base));
        await mkdir(join(site, '_deploy'), { recursive: true });
        await writeFile(join(site, '_deploy', 'nginx.conf'), nginxConfig(redirects, base));
        await writeFile(join(site, '_deploy', 'Caddyfile'), caddyConfig(redirects, base));
      },
    },
  };
}

/** Each redirect leads to a built page, and no old address is still a page of its own. */
function checkRedirects(redirects: readonly Redirect[], site: string): void {
  const problems: string[] = [];
  redirects.forEach((r, i) => {
    const to = join(site, fileForPath(r.to.split('?')[0]!));
    if (!existsSync(to)) problems.push(`${REDIRECTS_FILE} → [${i}].to: "${r.to}" is not a page of this site. Correct the address.`);
    if (r.from.includes('?')) return;
    const from = join(site, fileForPath(r.from));
    if (existsSync(from) && !readFileSync(from, 'utf8').includes('http-equiv="refresh"')) {
      problems.push(`${REDIRECTS_FILE} → [${i}].from: "${r.from}" is still a page of this site. Remove the redirect, or move the page.`);
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));
}
