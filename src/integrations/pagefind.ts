import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index from the finished HTML after `astro build`. Only what sits
 * inside `data-pagefind-body` (each page's <main>) is indexed, so header, navigation and footer
 * words never match a search. Any Pagefind error fails the build: a site without its index
 * would look fine but answer every search with nothing.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'bnnsg:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          check('create the index', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          check('read the built pages', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          check('write the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages for search`);
        } catch (cause) {
          throw new Error('Building the search index failed', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}
