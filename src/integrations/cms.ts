import type { AstroIntegration } from 'astro';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { cmsConfig, type CmsOptions } from '../lib/cms-config.ts';
import { cmsContentSecurityPolicy } from '../lib/cms-security.ts';
import { normaliseBase } from '../lib/urls.ts';
import { SITE } from '../site.ts';

/**
 * The web editor (Decap CMS) at /admin/. Nothing of it is an Astro page: the page, its
 * configuration and Decap's own files are written into the build when it is done (and served
 * by `astro dev` from memory), so no reader page, the sitemap, the search index or the feed
 * ever see it, and it uses none of the site's layout, styles or scripts. Decap's files are
 * copied from the npm package: nothing is loaded from another site.
 *
 * Settings, from the environment when building: CMS_GITHUB_REPO (owner/name), CMS_GITHUB_BRANCH,
 * CMS_AUTH_URL (the OAuth proxy's address, see docs/web-editor.md).
 */
export const CMS_DIR = 'admin';
const DECAP = dirname(createRequire(import.meta.url).resolve('decap-cms/package.json'));
const SETUP = fileURLToPath(new URL('../cms/setup.ts', import.meta.url));

/** The editor's one page: Decap draws everything into it. */
export function adminPage(base: string, authOrigin?: string): string {
  const at = `${base}${CMS_DIR}/`;
  return `<!doctype html>
<html lang="${SITE.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${cmsContentSecurityPolicy(authOrigin, { meta: true })}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Web editor – ${SITE.name}</title>
<link href="${at}config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="${at}decap/decap-cms.js"></script>
<script src="${at}setup.js"></script>
</body>
</html>
`;
}

/**
 * The setup script (src/cms/setup.ts and what it imports, as one file for browsers), with the
 * stylesheets the preview pane should use.
 */
export async function setupScript(previewStyles: readonly string[]): Promise<string> {
  const result = await build({
    entryPoints: [SETUP],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    define: { __PREVIEW_STYLES__: JSON.stringify(previewStyles) },
  });
  return result.outputFiles[0]!.text;
}

/** The stylesheets the built guidance pages link to, which the preview pane then uses too. */
async function builtStylesheets(dist: string, base: string): Promise<string[]> {
  const found = new Set<string>();
  const roles = await readdir(join(dist, 'roles'), { withFileTypes: true }).catch(() => []);
  for (const role of roles.filter((r) => r.isDirectory())) {
    const topics = await readdir(join(dist, 'roles', role.name), { withFileTypes: true });
    for (const topic of topics.filter((t) => t.isDirectory())) {
      const html = await readFile(join(dist, 'roles', role.name, topic.name, 'index.html'), 'utf8').catch(() => '');
      for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)) {
        const href = /href="([^"]+)"/.exec(m[0])?.[1];
        if (href) found.add(href.startsWith('/') ? href : `${base}${href}`);
      }
    }
    break;
  }
  return [...found];
}

export function cms(): AstroIntegration {
  let base = '/';
  let options: CmsOptions = { root: process.cwd() };
  const authUrl = process.env.CMS_AUTH_URL || undefined;
  const authOrigin = authUrl ? new URL(authUrl).origin : undefined;
  return {
    name: 'bnnsg:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        options = {
          root: fileURLToPath(config.root),
          base,
          siteUrl: config.site,
          repo: process.env.CMS_GITHUB_REPO || undefined,
          branch: process.env.CMS_GITHUB_BRANCH || undefined,
          authBaseUrl: authUrl,
        };
      },
      'astro:server:setup': ({ server }) => {
        // `astro dev`: the same files, from memory and from the npm package.
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://x').pathname;
          const at = `${base}${CMS_DIR}/`;
          if (path === `${base}${CMS_DIR}`) {
            res.writeHead(301, { location: at });
            res.end();
            return;
          }
          if (!path.startsWith(at)) return next();
          const rest = path.slice(at.length);
          const send = (type: string, body: string | Buffer) => {
            res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
            res.end(body);
          };
          if (rest === '' || rest === 'index.html') return send('text/html; charset=utf-8', adminPage(base, authOrigin));
          // Read afresh each time, so a new role's pages appear without restarting.
          if (rest === 'config.yml') return send('text/yaml; charset=utf-8', stringify(cmsConfig(options)));
          if (rest === 'setup.js') {
            setupScript([]).then((code) => send('text/javascript; charset=utf-8', code), next);
            return;
          }
          if (rest.startsWith('decap/') && /^[\w.-]+$/.test(rest.slice(6))) {
            readFile(join(DECAP, 'dist', rest.slice(6))).then(
              (body) => send(rest.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8', body),
              () => next(),
            );
            return;
          }
          next();
        });
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        const out = join(dist, CMS_DIR);
        await mkdir(join(out, 'decap'), { recursive: true });
        // decap-cms.js loads its other parts (numbered *.decap-cms.js files) from beside itself.
        const files = (await readdir(join(DECAP, 'dist'))).filter((f) => /(^|\.)decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(f));
        for (const f of files) await cp(join(DECAP, 'dist', f), join(out, 'decap', f));
        await writeFile(join(out, 'index.html'), adminPage(base, authOrigin));
        await writeFile(join(out, 'config.yml'), stringify(cmsConfig(options)));
        await writeFile(join(out, 'setup.js'), await setupScript(await builtStylesheets(dist, base)));
        // The editor's own policy, after the site's: a host that reads _headers sends it there.
        const headers = await readFile(join(dist, '_headers'), 'utf8').catch(() => '');
        await writeFile(join(dist, '_headers'), `${headers}${cmsHeadersBlock(base, authOrigin)}`);
      },
    },
  };
}

/**
 * The `_headers` block for the editor. Netlify sends the most specific rule's value of a header;
 * Cloudflare Pages would send both policies (and a browser obeys both), so there the rule first
 * takes the site-wide one away with a "! Header" line (not tried on Cloudflare). See docs/web-editor.md.
 */
export function cmsHeadersBlock(base: string, authOrigin?: string): string {
  // Cloudflare Pages' builds set CF_PAGES=1; Netlify rejects the "!" line, so only there.
  const detach = process.env.CF_PAGES === '1' ? '  ! Content-Security-Policy\n' : '';
  return `${base}${CMS_DIR}/*\n${detach}  Content-Security-Policy: ${cmsContentSecurityPolicy(authOrigin)}\n  X-Robots-Tag: noindex\n`;
}
