import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { glob, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PurgeCSS, type RawContent, type UserDefinedOptions } from 'purgecss';

/**
 * Removes, after the build, the CSS rules that nothing on the site can use.
 *
 * Why: src/styles/site.scss keeps nhsuk-frontend whole (its core and every component the site
 * might draw), so an editor or a new component can use any of it without touching styles. But
 * readers pay for every rule on their first visit: the full stylesheet is about 23 KB gzipped,
 * more than the 14 KB a page can arrive in within the first round trip. The pages use a small
 * part of it, so this step drops the rest from the built file.
 *
 * A rule is kept when something in the finished site could match it: a class, id, element or
 * attribute named in the built HTML, in the shipped scripts, in a client script's source (for
 * classes a script adds at run time) or in any component (for markup only some content draws,
 * such as the "in development" notice). What cannot be seen in those files is listed in
 * PURGE_OPTIONS below, with the reason.
 *
 * The file gets a new name from its new content, and the pages link to that name: what is kept
 * depends on the pages, so the same source stylesheet can purge to different files, and hosts
 * cache /_astro/ files for ever under one name.
 *
 * Order: it runs in Astro's build-done hook, so the search index, built after Astro has exited
 * (src/tooling/build.ts), reads the pages in their final form.
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
        const content = await readContent([
          ...pages,
          ...(await files(site, '_astro/**/*.js')),
          ...(await files(root, 'src/scripts/**/*.ts')),
          ...(await files(root, 'src/**/*.astro')),
        ]);

        const renamed = new Map<string, string>();
        for (const file of await files(site, '_astro/**/*.css')) {
          const css = await readFile(file, 'utf8');
          const kept = await purgeCss(css, content);
          const name = hashedName(basename(file), kept);
          await writeFile(file, kept);
          await rename(file, join(dirname(file), name));
          renamed.set(basename(file), name);
          logger.info(`${basename(file)} -> ${name}: ${sizes(css)} -> ${sizes(kept)}`);
        }
        // Point the pages (and any script that loads a stylesheet) at the new names.
        for (const file of [...pages, ...(await files(site, '_astro/**/*.js'))]) {
          const text = await readFile(file, 'utf8');
          const next = replaceNames(text, renamed);
          if (next !== text) await writeFile(file, next);
        }
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

async function readContent(paths: string[]): Promise<RawContent[]> {
  return Promise.all(
    paths.map(async (p) => ({ raw: await readFile(p, 'utf8'), extension: p.slice(p.lastIndexOf('.') + 1) })),
  );
}

function sizes(css: string): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  return `${kb(Buffer.byteLength(css))} (${kb(gzipSync(css).length)} gzip)`;
}
