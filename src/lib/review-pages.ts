import { parse } from 'yaml';
import type { ReviewPage } from './review-due.ts';

/**
 * Reads what the review report needs straight from a guidance file's text, without Astro, so
 * `npm run review-due` runs in a second even when the site does not build. The full schema
 * check is the build's job; here a field that cannot be read is reported, not guessed.
 */

/** The YAML between the opening `---` lines of an MD/MDX file. */
export function frontmatterOf(text: string, file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter: the file must start with a --- line`);
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: the frontmatter is empty`);
  return data as Record<string, unknown>;
}

function asDate(value: unknown): Date | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  return undefined;
}

/** A guidance page's review fields; throws naming the file and field when one is unreadable. */
export function reviewPageOf(text: string, file: string): ReviewPage {
  const data = frontmatterOf(text, file);
  const nextReview = asDate(data.nextReview);
  if (!nextReview) throw new Error(`${file} → nextReview: ${JSON.stringify(data.nextReview) ?? 'nothing'} is not a date. Write it as YYYY-MM-DD`);
  const contract = data.contract as { year?: unknown } | undefined;
  const year = contract && typeof contract === 'object' ? contract.year : undefined;
  return {
    file,
    title: typeof data.title === 'string' ? data.title : file,
    nextReview,
    contractYear: typeof year === 'string' ? year : undefined,
  };
}
