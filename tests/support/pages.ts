// The built site's pages and files, readable from tests and from plain `node` scripts alike
// (so imports here carry their .ts extension and nothing needs vitest).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from './server.ts';

/** Every built page's address, from the build output: /path/ for path/index.html. */
export function builtPages(root = DIST): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => '/' + relative(root, join(root, f)).split(sep).join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/** The file a page address from builtPages() was built to: /path/ is path/index.html. */
export function builtFile(path: string, root = DIST): string {
  return join(root, path.endsWith('/') ? `${path}index.html` : path);
}
