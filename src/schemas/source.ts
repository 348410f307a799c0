import { z } from 'astro/zod';
import { VERIFICATIONS, oneOf, slug } from './enums';
import { dateField } from './change';

/**
 * One document the site cites. File: content/sources.yaml, a list of these.
 * A source nobody could find published has `address: null` and `verification: unconfirmed`;
 * pages show its facts as "to be confirmed". Never make up an address.
 */
export const sourceSchema = z.object({
  /** Short id pages use to cite it, e.g. `nhse-supervision`. Never change it once used. */
  id: slug,
  /** The document's own title, as published. */
  title: z.string().trim().min(3, { error: 'needs the document title' }),
  /** Who published it, e.g. "NHS England". */
  publisher: z.string().trim().min(2, { error: 'needs the publisher' }),
  /** When it was published or last updated, as precisely as known: "2023", "16 May 2023". */
  date: z.string().trim().optional(),
  /** The https address it was seen at, or null when no published copy was found. */
  address: z
    .url({ protocol: /^https$/, error: 'must be a full https:// address, or null if none was found' })
    .nullable(),
  /**
   * How it was checked: `verified` (seen at its address), `secondary` (seen only in another
   * publication's report: name it in `note`), or `unconfirmed` (no published copy found).
   */
  verification: oneOf(VERIFICATIONS, 'verification'),
  /**
   * The day someone last read the document at its address (or, with no address, in the
   * report named in `note`), as YYYY-MM-DD. Leave it out if nobody has re-read it. Shown on
   * the sources page as "Last seen", so readers can judge how fresh the check is.
   */
  accessed: dateField('needs the day the document was last seen, as YYYY-MM-DD').optional(),
  /**
   * Anything the reader should know: who reported it, which part could not be checked, or why
   * a verified source has no address.
   */
  note: z.string().trim().optional(),
}).superRefine((s, ctx) => {
  // A source checked against its published text but whose address was not recorded is still
  // verified; the note must say so, and it is shown without a link.
  if (s.verification === 'verified' && s.address === null && !s.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['address'],
      message: 'is null, but verification is "verified": give the address it was seen at, or a note saying why there is none',
    });
  }
  if (s.verification !== 'verified' && !s.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: `is missing: a ${s.verification} source needs a note saying what could not be checked`,
    });
  }
});

export type SourceData = z.infer<typeof sourceSchema>;
