import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reviewPageOf } from '../lib/review-pages.ts';
import type { ReviewPage } from '../lib/review-due.ts';

/** The guidance pages and the current contract year, read from content/ without Astro. */
export function readReviewContent(root: string): { pages: ReviewPage[]; currentYear: string | undefined } {
  const dir = join(root, 'content/guidance');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  const pages = files.map((f) => {
    const file = `content/guidance/${f.split('\\').join('/')}`;
    return reviewPageOf(readFileSync(join(root, file), 'utf8'), file);
  });
  return { pages, currentYear: currentContractYear(root) };
}

/** The year whose file in content/contracts/ says `current: true`; undefined until there is one. */
function currentContractYear(root: string): string | undefined {
  const dir = join(root, 'content/contracts');
  if (!existsSync(dir)) return undefined;
  const current = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as { year?: unknown; current?: unknown } | null)
    .filter((y) => y?.current === true && typeof y.year === 'string');
  return current.length === 1 ? (current[0]!.year as string) : undefined;
}
