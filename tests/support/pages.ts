// The built site's pages and files, readable from tests and from plain `node` scripts alike
// (so imports here carry their .ts extension and nothing needs vitest).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from './server.ts';

/**
 * Every built page's address, from the build output: /path/ for path/index.html. Pages that
 * only send readers on from a moved address (content/redirects.yaml) are left out: a browser
 * leaves them at once. movedPages() lists those.
 */
export function builtPages(root = DIST): string[] {
  return htmlFiles(root).filter((p) => !isMovedPage(builtFile(p, root)));
}

/** The pages standing at moved addresses, which send the reader on with a meta refresh. */
export function movedPages(root = DIST): string[] {
  return htmlFiles(root).filter((p) => isMovedPage(builtFile(p, root)));
}

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    // The web editor (admin/) is no reader page: tests/e2e/cms.test.ts checks it.
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`) && !f.startsWith(`admin${sep}`))
    .map((f) => '/' + relative(root, join(root, f)).split(sep).join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

function isMovedPage(file: string): boolean {
  return readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"');
}

/** The file a page address from builtPages() was built to: /path/ is path/index.html. */
export function builtFile(path: string, root = DIST): string {
  return join(root, path.endsWith('/') ? `${path}index.html` : path);
}
