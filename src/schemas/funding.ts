import { z } from 'astro/zod';
import { contractYear } from './contract-year';

/** One year's maximum reimbursable amount, as published or reported, with where it comes from. */
export const fundingYearSchema = z.object({
  /** The contract year, written like "2023/24". Must be a year in content/contracts/. */
  year: contractYear,
  /** The amount, e.g. "£38,187". Leave out if no source gives a figure: the table then says so. */
  amount: z.string().trim().optional(),
  /** What the reader must know about the figure: when it applies, what it excludes. */
  note: z.string().trim().min(3, { error: 'needs a note saying what the figure covers' }),
  /** Id of the source in content/sources.yaml. */
  source: z.string(),
});

export type FundingYear = z.infer<typeof fundingYearSchema>;
