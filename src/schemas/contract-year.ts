import { z } from 'astro/zod';
import { VERIFICATIONS, oneOf, slug } from './enums';
import { CONTRACT_YEAR } from '../lib/contract-years';

/** "2026/27", checked so the second part is the year after the first. */
export const contractYear = z
  .string({ error: 'must be a contract year in quotes, like "2026/27"' })
  .regex(CONTRACT_YEAR, { error: 'must be a contract year like "2026/27"' })
  .refine(
    (y) => {
      const parts = CONTRACT_YEAR.exec(y);
      // A year in the wrong shape is reported by the regex above, not twice.
      return !parts || (Number(parts[1]) + 1) % 100 === Number(parts[2]);
    },
    { error: (issue) => `"${String(issue.input)}" is not a contract year: the second part must be the year after the first, like "2026/27"` },
  );

/** One thing that changed that year, in a sentence, with where it was read. */
export const contractChangeSchema = z.object({
  /** What changed, for ARRS or for link workers, in one or two plain sentences. */
  text: z
    .string({ error: 'is missing: say in a sentence what changed' })
    .trim()
    .min(10, { error: 'is too short: say in a sentence what changed' }),
  /** Id of the source in content/sources.yaml where this change was read. */
  source: slug,
});

/**
 * One year of the Network Contract Directed Enhanced Service (DES), the contract that sets the
 * ARRS rules. File: content/contracts/<start>-<end>.yaml, e.g. content/contracts/2026-27.yaml.
 */
export const contractYearSchema = z
  .object({
    /** The contract year, in quotes, like "2026/27". It must match the file name (2026-27.yaml). */
    year: contractYear,
    /** The contract's title as published, e.g. "Network Contract Directed Enhanced Service: contract specification 2026/27". */
    title: z.string({ error: 'is missing: give the contract’s title' }).trim().min(5, { error: 'needs the contract’s title' }),
    /** Who published it, e.g. "NHS England". */
    publisher: z.string({ error: 'is missing: say who published the contract' }).trim().min(2, { error: 'needs the publisher' }),
    /** When it was published, as precisely as known ("24 February 2026", "March 2025", "2019"). Leave out if not known. */
    published: z.string().trim().min(4, { error: 'must be a date such as "27 March 2025", or left out if not known' }).optional(),
    /** The https address where the contract was seen, or null when none was (then say why in addressNote). */
    address: z
      .url({ protocol: /^https$/, error: 'must be a full https:// address, or null with an addressNote saying why' })
      .nullable(),
    /** Why there is no address: e.g. "Seen only as a copy on another site". Needed when address is null. */
    addressNote: z.string().trim().optional(),
    /**
     * How the contract was checked: `verified` (read at its address), `secondary` (known only from
     * others' reports: name them in `note`), or `unconfirmed` (not found: its rules are shown as
     * to be confirmed).
     */
    status: oneOf(VERIFICATIONS, 'status'),
    /** Who reported it, or what could not be checked. Needed unless the status is verified. */
    note: z.string().trim().optional(),
    /**
     * `true` on the one year now in force. Exactly one contract year has it; when a new year
     * starts, move it to the new file. Pages checked against an older year then say so.
     */
    current: z.boolean({ error: 'must be true or false (or left out)' }).default(false),
    /** What changed for ARRS and for link workers that year, each with its source. */
    changes: z
      .array(contractChangeSchema, { error: 'is missing: list what changed that year, each with text and source' })
      .min(1, { error: 'needs at least one change, each with text and source' }),
  })
  .superRefine((c, ctx) => {
    if (c.address === null && !c.addressNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['addressNote'],
        message: 'is missing: the address is null, so say why (for example, no published copy was found)',
      });
    }
    if (c.status !== 'verified' && !c.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `is missing: a ${c.status} contract year needs a note saying who reported it or what could not be checked`,
      });
    }
  });

export type ContractYearData = z.infer<typeof contractYearSchema>;
export type ContractChange = z.infer<typeof contractChangeSchema>;
