import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { glob, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PurgeCSS, type RawContent, type UserDefinedOptions } from 'purgecss';

/**
 * Removes, after the build, the CSS rules that the pages using a stylesheet cannot use.
 *
 * Not astro-purgecss: it judges every stylesheet against every page, which left 1.2 KB (gzip)
 * more on each topic page and put the heaviest over the 14 KB first-load budget (14.9 KB).
 *
 * Why: each kind of page has a stylesheet of its own (src/styles/page.scss, guidance.scss,
 * search.scss, tool.scss), and readers pay for every rule in it on their first visit. A
 * stylesheet's source holds what its kind of page may draw, so an editor can use any of it
 * without touching styles; this step keeps, in each built stylesheet, only the rules that
 * something in the pages linking it could match.
 *
 * A rule is kept when a class, id, element or attribute is named in the built HTML of a page
 * that links the stylesheet, in the shipped scripts, or in a client script's source (for
 * classes a script adds at run time). Components' sources are not read: this runs on every
 * build over the finished pages, so markup an editor starts to draw is in what it reads. A
 * stylesheet no page links (one a script loads) is judged against every page. What cannot be
 * seen in those files is listed in PURGE_OPTIONS below, with the reason.
 *
 * The file gets a new name from its new content, and the pages link to that name: what is kept
 * depends on the pages, so the same source stylesheet can purge to different files, and hosts
 * cache /_astro/ files for ever under one name.
 *
 * Order: list it before the search index (src/integrations/pagefind.ts) in astro.config.mjs,
 * so the index reads the pages in their final form.
 */
export function purgeUnusedCss(): AstroIntegration {
  let root = '';
  return {
    name: 'bnnsg:purge-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pages = await files(site, '**/*.html');
        if (pages.length === 0) throw new Error(`Purging CSS: found no built pages in ${site}`);
        const shipped = await files(site, '_astro/**/*.js');
        const html = await readContent(pages);
        const scripts = await readContent([...shipped, ...(await files(root, 'src/scripts/**/*.ts'))]);
        const linking = pagesBySheet(html);

        const renamed = new Map<string, string>();
        for (const file of await files(site, '_astro/**/*.css')) {
          const css = await readFile(file, 'utf8');
          const users = linking.get(basename(file)) ?? html;
          const kept = await purgeCss(css, [...users, ...scripts]);
          const name = hashedName(basename(file), kept);
          await writeFile(file, kept);
          await rename(file, join(dirname(file), name));
          renamed.set(basename(file), name);
          logger.info(`${basename(file)} -> ${name}: ${sizes(css)} -> ${sizes(kept)}, for ${users.length} pages`);
        }
        // Point the pages (and any script that loads a stylesheet) at the new names.
        // Their text is in hand from the reading above; the files are written all at once.
        await Promise.all(
          [...html, ...scripts.filter((s) => shipped.includes(s.path))].map(({ path, raw }) => {
            const next = replaceNames(raw, renamed);
            return next === raw ? undefined : writeFile(path, next);
          }),
        );
        logger.info(`Kept the rules used by ${pages.length} pages, in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}

/**
 * What PurgeCSS cannot learn from the files it reads (tests/unit/integrations/purge-css.test.ts
 * checks that each of these survives).
 */
const PURGE_OPTIONS: Pick<UserDefinedOptions, 'variables' | 'safelist' | 'dynamicAttributes'> = {
  // Custom properties stay, used or not: they are the theme, and cost little.
  variables: false,
  safelist: {
    // `html` and `body` carry the page's colours and font; `mark` is drawn by Pagefind around
    // matched words in search results, from the index rather than from any file read here.
    standard: ['html', 'body', 'mark'],
  },
  // Attributes that scripts or the browser set or change after load, so a rule naming one must
  // not be judged by whether the attribute is in the HTML now.
  dynamicAttributes: ['hidden', 'aria-current', 'aria-expanded', 'aria-invalid', 'disabled'],
};

/** The rules of `css` that something in `content` can use, with PURGE_OPTIONS applied. */
export async function purgeCss(css: string, content: RawContent[]): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    ...PURGE_OPTIONS,
    content,
    css: [{ raw: css }],
  });
  if (!result) throw new Error('Purging CSS: PurgeCSS returned nothing');
  return result.css;
}

/**
 * The pages that link each stylesheet, by the stylesheet's file name (`page.Bx2k9.css`): each
 * `<link rel="stylesheet">` of each page, wherever the site is served from (any base path).
 */
export function pagesBySheet(pages: readonly RawContent[]): Map<string, RawContent[]> {
  const bySheet = new Map<string, Set<RawContent>>();
  for (const page of pages) {
    for (const link of page.raw.matchAll(/<link\b[^>]*>/g)) {
      if (!/\brel="?stylesheet"?/.test(link[0])) continue;
      const href = /\bhref="([^"]+)"/.exec(link[0])?.[1];
      if (!href) continue;
      const name = basename(href.split(/[?#]/)[0]!);
      const users = bySheet.get(name) ?? new Set();
      bySheet.set(name, users.add(page));
    }
  }
  return new Map([...bySheet].map(([name, users]) => [name, [...users]]));
}

/**
 * `Base.DndDwOMY.css` with its hash replaced by one of `content` (8 characters, like Vite's), or
 * with one added before `.css` when the name has none.
 */
export function hashedName(name: string, content: string): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  const match = /^(.+)\.[\w-]{8}\.css$/.exec(name);
  return match ? `${match[1]}.${hash}.css` : name.replace(/\.css$/, `.${hash}.css`);
}

/** `text` with each old file name in `renamed` replaced by its new one. */
export function replaceNames(text: string, renamed: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of renamed) out = out.replaceAll(from, to);
  return out;
}

async function files(base: string, pattern: string): Promise<string[]> {
  const found: string[] = [];
  for await (const f of glob(pattern, { cwd: base })) found.push(join(base, f));
  return found.sort();
}

/** Each file's text, as PurgeCSS reads it, with the file's path. */
async function readContent(paths: string[]): Promise<(RawContent & { path: string })[]> {
  return Promise.all(
    paths.map(async (path) => ({ path, raw: await readFile(path, 'utf8'), extension: path.slice(path.lastIndexOf('.') + 1) })),
  );
}

function sizes(css: string): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  return `${kb(Buffer.byteLength(css))} (${kb(gzipSync(css).length)} gzip)`;
}
