import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index at the end of `astro build`, as Starlight does, so one
 * command makes the whole site. Only what sits inside `data-pagefind-body` (each page's
 * <main>) is indexed: header, navigation and footer words never match a search.
 *
 * List it after every integration that rewrites the built pages (the CSS purge), so the
 * index reads the pages in their final form. Any Pagefind error stops the build: a site
 * without its index would look fine but answer every search with nothing.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'bnnsg:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSearch(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search`);
      },
    },
  };
}

/** Indexes the built site in `site` into `site`/pagefind/; resolves to the number of pages. */
export async function indexSearch(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('create the index', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: site });
    check('read the built pages', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
    const written = await index.writeFiles({ outputPath: `${site.replace(/[/\\]$/, '')}/pagefind` });
    check('write the index', written.errors);
    return added.page_count;
  } catch (cause) {
    throw new Error('Building the search index failed', { cause });
  } finally {
    await pagefind.close();
  }
}

/** Throws with Pagefind's own messages when a step reported any. */
export function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}
