import { z } from 'astro/zod';
import { contractYear } from './contract-year';

/**
 * The contract year a page's rules were checked against, and the clause they come from. ARRS
 * rules change every year, so a page that states one must say which year it rests on. The year
 * must be one of the files in content/contracts/ (checked at build); the contract's title and
 * address come from there.
 */
export const contractSchema = z.object(
  {
    /** The contract year the rules were last checked against, in quotes, like "2026/27". */
    year: contractYear,
    /** The clause or annex, e.g. "Annex B, B3.3". */
    clause: z
      .string({ error: 'is missing: name the clause, e.g. "Annex B, B3.3"' })
      .trim()
      .min(1, { error: 'needs the clause, e.g. "Annex B, B3.3"' }),
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: a page about ARRS rules must name the contract year they were checked against and the clause (year, clause)'
        : undefined,
  },
);

export type Contract = z.infer<typeof contractSchema>;
