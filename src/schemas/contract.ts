import { z } from 'astro/zod';

/**
 * The contract a funding or eligibility rule comes from. ARRS rules change every year, so a
 * page that states one must say which contract year and clause it rests on.
 */
export const contractSchema = z.object(
  {
  /** The contract's title, e.g. "Network Contract Directed Enhanced Service: contract specification". */
  title: z.string().trim().min(5, { error: 'needs the contract title' }),
  /** The contract year, written like "2021/22". */
  year: z.string().regex(/^20\d\d\/\d\d$/, { error: 'must be a contract year like "2021/22"' }),
  /** The clause or annex, e.g. "Annex B, B3.3". */
  clause: z.string().trim().min(1, { error: 'needs the clause, e.g. "Annex B, B3.3"' }),
  /** Id of the contract in content/sources.yaml. */
  source: z.string(),
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: a page about ARRS rules must name the contract they come from (title, year, clause, source)'
        : undefined,
  },
);

export type Contract = z.infer<typeof contractSchema>;
