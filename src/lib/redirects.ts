import { readFileSync } from 'node:fs';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'astro/zod';
import { redirectSchema, type Redirect } from '../schemas/redirect';

export const REDIRECTS_FILE = 'content/redirects.yaml';

/**
 * Reads and checks the redirects file. Any problem stops the build with the file, the entry and
 * the field: a redirect that is silently dropped sends readers to a missing page.
 */
export function readRedirects(file = REDIRECTS_FILE): Redirect[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return parseRedirects(text, file);
}

export function parseRedirects(text: string, file = REDIRECTS_FILE): Redirect[] {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    throw new Error(`${file}${where}: not valid YAML. ${error instanceof Error ? error.message.split('\n')[0] : ''}`);
  }
  const result = z.array(redirectSchema, { error: 'must be a list of redirects (each line starting with "- from:")' }).safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${file} → ${fieldName(i.path)}: ${i.message}`);
    throw new Error(lines.join('\n'));
  }
  const problems: string[] = [];
  const seen = new Map<string, number>();
  result.data.forEach((r, i) => {
    const before = seen.get(r.from);
    if (before !== undefined) problems.push(`${file} → [${i}].from: "${r.from}" is already redirected by entry [${before}]`);
    seen.set(r.from, i);
  });
  result.data.forEach((r, i) => {
    const chained = seen.get(r.to);
    if (chained !== undefined) {
      problems.push(`${file} → [${i}].to: "${r.to}" is itself redirected (entry [${chained}]): point straight to "${result.data[chained]!.to}"`);
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return result.data;
}

function fieldName(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(the file)';
}

/** The path and query of an old address: `/?p=1051` is `/` and `p=1051`. */
export function splitAddress(address: string): { path: string; query: URLSearchParams } {
  const at = address.indexOf('?');
  return at === -1
    ? { path: address, query: new URLSearchParams() }
    : { path: address.slice(0, at), query: new URLSearchParams(address.slice(at + 1)) };
}

/**
 * The site's redirects: content/redirects.yaml, plus the file named by BNNSG_EXTRA_REDIRECTS
 * if set. That is for tests only: the base-path test build adds a moved page with it, since
 * the real site has moved none yet and the refresh page must still be checked in a browser.
 */
export function siteRedirects(env: Record<string, string | undefined> = process.env): Redirect[] {
  const extra = env.BNNSG_EXTRA_REDIRECTS;
  const all = [...readRedirects(), ...(extra ? readRedirects(extra) : [])];
  // Checked together too, so an extra entry cannot repeat or chain onto a real one.
  return extra ? parseRedirects(JSON.stringify(all), `${REDIRECTS_FILE} with ${extra}`) : all;
}

/** The old addresses without a query: a static page stands at each, sending readers on. */
export function pathRedirects(redirects: readonly Redirect[]): Redirect[] {
  return redirects.filter((r) => !r.from.includes('?'));
}
