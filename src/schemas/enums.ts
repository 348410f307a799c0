import { z } from 'astro/zod';

/**
 * Values shared by several schemas. Adding a value here is a code change on purpose:
 * each audience and topic has its own wording on the site and its own page behaviour.
 */

/** Who a page is written for. Each one is a journey on the home page. */
export const AUDIENCES = ['prospective', 'manager', 'trainer'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The topics every ARRS role page set can have. The topic is also the page's address:
 * `/roles/<role>/<topic>/`, so renaming one breaks links trainers have saved.
 */
export const TOPICS = [
  'about-the-role',
  'benefits',
  'funding',
  'arrs-requirements',
  'employing-and-claiming',
  'skills-and-training',
  'job-description',
  'supervision',
  'induction',
  'ongoing-support',
  'case-studies',
  'competencies',
  'pay-and-employment',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Whether a page is ready, or still being written (shown to readers as "In development"). */
export const STATUSES = ['published', 'in-development'] as const;
export type Status = (typeof STATUSES)[number];

/** How a source was checked: seen at its address, seen only in a secondary report, or not found. */
export const VERIFICATIONS = ['verified', 'secondary', 'unconfirmed'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

/** Lower-case words joined by hyphens: the form of every id an editor writes. */
export const slug = z
  .string({ error: 'must be written as text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters, digits and single hyphens, like "lone-working"',
  });

/** An enum whose message lists the values an editor may use. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      `${describe(issue.input)} is not a known ${what}. Use one of: ${values.join(', ')}`,
  });
}

export function describe(input: unknown): string {
  if (input === undefined) return 'Nothing';
  return typeof input === 'string' ? `"${input}"` : JSON.stringify(input);
}
