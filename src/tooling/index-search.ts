// `npm run build`, step 2: the search index of the built site, once Astro has exited, so the
// indexer's memory never adds to Astro's. `node src/tooling/index-search.ts [folder]` (default
// dist). Exits 1 when indexing fails; the build script then removes the site.
import { resolve } from 'node:path';
import { indexStep } from './build-steps.ts';
import { indexSearch } from './pagefind-index.ts';

process.exitCode = await indexStep(resolve(process.argv[2] ?? 'dist'), indexSearch);
