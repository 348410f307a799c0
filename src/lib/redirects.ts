import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redirectSchema, type Redirect } from '../schemas/redirect.ts';
import { ContentFileError, type FileProblem } from './file-problems.ts';
import { readYamlList, schemaProblems } from './yaml-data.ts';

export const REDIRECTS_FILE = 'content/redirects.yaml';

/** The redirects of the project at `root`: none when it has no redirects file. */
export function readRedirects(root = process.cwd()): Redirect[] {
  const path = join(root, REDIRECTS_FILE);
  return existsSync(path) ? parseRedirects(readFileSync(path, 'utf8')) : [];
}

/**
 * Reads and checks the redirects file. Any problem stops the build naming the file, line and
 * field: a redirect that is silently dropped sends readers to a missing page. An old address
 * may be redirected once, and never to an address that is itself redirected.
 */
export function parseRedirects(text: string, file = REDIRECTS_FILE): Redirect[] {
  const entries = readYamlList(text, file, 'from', { mayBeEmpty: true, key: 'redirects' });
  const problems: FileProblem[] = schemaProblems(redirectSchema, file, entries, (i) => `${entries[i]!.id} → `);
  const lineOf = new Map(entries.map((e) => [e.id, e.line]));
  for (const entry of entries) {
    const to = entry.data['to'];
    const chained = typeof to === 'string' ? entries.find((e) => e.id === to) : undefined;
    if (chained) {
      problems.push({
        file,
        line: entry.lineOf(['to']),
        message: `${entry.id} → to: "${to}" is itself redirected (line ${lineOf.get(chained.id)}): point straight to "${String(chained.data['to'])}"`,
      });
    }
  }
  if (problems.length) throw new ContentFileError(problems);
  return entries.map((e) => redirectSchema.parse(e.data));
}

/** The path and query of an old address: `/?p=1051` is `/` and `p=1051`. */
export function splitAddress(address: string): { path: string; query: URLSearchParams } {
  const at = address.indexOf('?');
  return at === -1
    ? { path: address, query: new URLSearchParams() }
    : { path: address.slice(0, at), query: new URLSearchParams(address.slice(at + 1)) };
}

/** The old addresses without a query: a static page stands at each, sending readers on. */
export function pathRedirects(redirects: readonly Redirect[]): Redirect[] {
  return redirects.filter((r) => !r.from.includes('?'));
}
