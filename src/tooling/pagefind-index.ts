import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index from the finished HTML in `site` (a built site's folder),
 * into `site`/pagefind/. Only what sits inside `data-pagefind-body` (each page's <main>) is
 * indexed, so header, navigation and footer words never match a search.
 *
 * It runs after `astro build` has exited (`npm run build` runs src/tooling/index-search.ts), not
 * in Astro's build-done hook: Pagefind's indexer is a process of its own that needs about 400 MB
 * for 1,000 pages, and inside the hook it ran while Astro still held all its memory.
 *
 * Any Pagefind error throws: a site without its index would look fine but answer every search
 * with nothing. Returns the number of pages indexed.
 */
export async function indexSearch(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('create the index', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: site });
    check('read the built pages', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
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
