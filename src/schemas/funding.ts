import { z } from 'astro/zod';

/** One year's maximum reimbursable amount, as published or reported, with where it comes from. */
export const fundingYearSchema = z.object({
  /** The financial year, written like "2023/24". */
  year: z.string().regex(/^20\d\d\/\d\d$/, { error: 'must be a financial year like "2023/24"' }),
  /** The amount and what it covers, in words, e.g. "£38,187". Leave out if no figure was found. */
  amount: z.string().trim().optional(),
  /** What the reader must know about the figure: when it applies, what it excludes. */
  note: z.string().trim().min(3, { error: 'needs a note saying what the figure covers' }),
  /** Id of the source in content/sources.yaml. */
  source: z.string(),
});

export type FundingYear = z.infer<typeof fundingYearSchema>;
