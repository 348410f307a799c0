import { z } from 'astro/zod';
import { AUDIENCES, STATUSES, TOPICS, describe, oneOf, slug, type Topic } from './enums';
import { checklistGroupSchema } from './checklist';
import { contractSchema } from './contract';
import { fundingYearSchema } from './funding';
import { changeSchema, dateField } from './change';
import { changeLogProblems } from '../lib/change-log';
import { isoDate } from '../lib/dates';
import { searchTermsSchema } from './search-terms';

/** Longest title that shows whole in a browser tab and a search result. */
export const TITLE_MAX = 65;
/** Longest summary that shows whole as a search engine's description. */
export const SUMMARY_MAX = 160;

const reviewDate = dateField('Nothing is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23');

/**
 * Fields every guidance page has, in its frontmatter between the `---` lines.
 * File: content/guidance/<role>/<topic>.mdx
 */
const common = {
  /** The page's heading and browser tab title, in sentence case. Up to 65 characters. */
  title: z
    .string({ error: 'is missing: every page needs a title' })
    .trim()
    .min(3, { error: 'is too short: give the page a title of a few words' })
    .max(TITLE_MAX, {
      error: (issue) =>
        `is too long: keep it to ${TITLE_MAX} characters so it shows whole in search results (this one has ${String(issue.input).length})`,
    }),
  /**
   * One or two sentences saying what the page answers. Used as the meta description and on
   * cards and search results. 20 to 160 characters.
   */
  summary: z
    .string({ error: 'is missing: every page needs a one-sentence summary' })
    .trim()
    .min(20, { error: 'is too short: say in a sentence what the page answers' })
    .max(SUMMARY_MAX, {
      error: (issue) =>
        `is too long: keep it to ${SUMMARY_MAX} characters (this one has ${String(issue.input).length})`,
    }),
  /** Id of the role this page is about: the name of a file in content/roles/, without .yaml. */
  role: slug,
  /** Who the page is for: one or more of prospective, manager, trainer. */
  audiences: z
    .array(oneOf(AUDIENCES, 'audience'), { error: 'must be a list, e.g. [manager, trainer]' })
    .min(1, { error: 'needs at least one audience: prospective, manager or trainer' }),
  /** Position in the role's list of topics: 1 comes first. Two pages of a role cannot share it. */
  order: z
    .number({ error: 'must be a whole number, e.g. 3' })
    .int({ error: 'must be a whole number, e.g. 3' })
    .min(1, { error: 'must be 1 or more' }),
  /** `published`, or `in-development` for a page still being written (readers are told so). */
  status: oneOf(STATUSES, 'status').default('published'),
  /** The date someone last checked the page against its sources (YYYY-MM-DD). */
  lastReviewed: reviewDate,
  /** The date the page must be checked again (YYYY-MM-DD). Must be after lastReviewed. */
  nextReview: reviewDate,
  /**
   * The day the page first appeared on the site (YYYY-MM-DD). No change can be dated before
   * it, and the What's new page and feed list the page as new on this day.
   */
  published: dateField('is missing: write the day the page first appeared on the site, e.g. published: 2026-11-23'),
  /**
   * What changed for readers since the page was published, newest first: a list of
   * `{ date, summary }` (see src/schemas/change.ts). Leave it out, or write `changes: []`,
   * while nothing has changed. Each entry appears on the What's new page and in the feed.
   */
  changes: z.array(changeSchema, { error: 'must be a list of changes, each with a date and a summary' }).default([]),
  /** Ids of the sources in content/sources.yaml that the page's facts come from. */
  sources: z.array(slug, { error: 'must be a list of source ids, e.g. [nhse-wdf]' }).default([]),
  /** Readers' own words for the page (salary, boss, first week), found by search but never shown. See search-terms.ts. */
  searchTerms: searchTermsSchema,
};

/** Topics whose pages carry structured data of their own; every other topic is a plain page. */
const STRUCTURED_TOPICS = [
  'funding',
  'arrs-requirements',
  'employing-and-claiming',
  'skills-and-training',
  'induction',
] as const;
type PlainTopic = Exclude<Topic, (typeof STRUCTURED_TOPICS)[number]>;
const PLAIN_TOPICS = TOPICS.filter(
  (t): t is PlainTopic => !(STRUCTURED_TOPICS as readonly string[]).includes(t),
) as [PlainTopic, ...PlainTopic[]];

/** Lists readers tick or print: one or more groups of items. */
const checklist = z
  .array(checklistGroupSchema, { error: 'is missing: this topic needs its list as `checklist:`' })
  .min(1, { error: 'needs at least one group of items' });

/**
 * The page shape depends on its `topic`. Topics that carry structured data (the B3.3
 * responsibilities, induction topics, skills, funding by year) must have it in frontmatter,
 * so it can be rendered as a list, ticked and printed rather than buried in prose.
 */
const byTopic = z.discriminatedUnion(
  'topic',
  [
    z.object({
      ...common,
      /** The eligibility rules: the B3.3 key responsibilities, as a checklist. */
      topic: z.literal('arrs-requirements'),
      /** The contract year the rules were checked against, and the clause. */
      contract: contractSchema,
      checklist,
    }),
    z.object({
      ...common,
      /** How a PCN employs or sub-contracts a link worker and claims ARRS money. */
      topic: z.literal('employing-and-claiming'),
      /** The contract year the rules were checked against, and the clause. */
      contract: contractSchema,
    }),
    z.object({
      ...common,
      topic: z.literal('funding'),
      /** The contract year the reimbursement rules were checked against, and the clause. */
      contract: contractSchema,
      /** Maximum reimbursable amounts, one row per contract year, each with its source. */
      fundingYears: z
        .array(fundingYearSchema, { error: "is missing: list the maximum amounts by year as `fundingYears:`" })
       .min(1, { error: 'needs at least one year' }),
    }),
    z.object({
      ...common,
      /** Recommended experience, knowledge and characteristics, as lists. */
      topic: z.literal('skills-and-training'),
      checklist,
    }),
    z.object({
      ...common,
      /** What induction covers, as groups of items a trainer can sign off. */
      topic: z.literal('induction'),
      checklist,
    }),
    z.object({ ...common, topic: z.enum(PLAIN_TOPICS) }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' && issue.note === 'No matching discriminator'
        ? `${describe((issue.input as Record<string, unknown> | undefined)?.topic)} is not a known topic. Use one of: ${TOPICS.join(', ')}`
        : undefined,
  },
);

export const guidanceSchema = byTopic.superRefine((page, ctx) => {
  if (page.nextReview.getTime() <= page.lastReviewed.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReview'],
      message: `must be after lastReviewed (${isoDate(page.lastReviewed)}), not on or before it`,
    });
  }
  // Today is the day of the build: a change dated later is a typo or not yet true.
  for (const problem of changeLogProblems(page.changes, page.published)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
  if (page.status === 'published' && page.sources.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: 'is empty: a published page must list the sources its facts come from',
    });
  }
});

export type GuidanceData = z.infer<typeof guidanceSchema>;
