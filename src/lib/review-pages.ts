import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFileError } from './file-problems.ts';
import type { ReviewPage } from './review-due.ts';
import { readFrontmatter, readYamlEntry } from './yaml-data.ts';
import { dateField } from '../schemas/change.ts';

/**
 * Reads what the review report needs straight from the content files, without Astro, so
 * `npm run review-due` runs in a second even when the site does not build. The full schema
 * check is the build's job; here a field that cannot be read is reported, not guessed.
 */

/** The guidance pages and the current contract year of the project at `root`. */
export function readReviewContent(root: string): { pages: ReviewPage[]; currentYear: string | undefined } {
  const files = readdirSync(join(root, 'content/guidance'), { recursive: true, encoding: 'utf8' })
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
    .map((f) => readYamlEntry(readFileSync(join(dir, f), 'utf8'), `content/contracts/${f}`).data)
    .filter((y) => y['current'] === true && typeof y['year'] === 'string');
  return current.length === 1 ? (current[0]!['year'] as string) : undefined;
}

const nextReviewField = dateField('nothing is not a date');

/** A guidance page's review fields; throws naming the file, line and field when one is unreadable. */
export function reviewPageOf(text: string, file: string): ReviewPage {
  const { data, lineOf } = readFrontmatter(text, file);
  const nextReview = nextReviewField.safeParse(data['nextReview']).data;
  if (!nextReview) {
    throw new ContentFileError([
      {
        file,
        line: lineOf(['nextReview']),
        message: `nextReview: ${JSON.stringify(data['nextReview']) ?? 'nothing'} is not a date. Write it as YYYY-MM-DD`,
      },
    ]);
  }
  const contract = data['contract'] as { year?: unknown } | undefined;
  const year = contract && typeof contract === 'object' ? contract.year : undefined;
  return {
    file,
    title: typeof data['title'] === 'string' ? data['title'] : file,
    nextReview,
    contractYear: typeof year === 'string' ? year : undefined,
  };
}
