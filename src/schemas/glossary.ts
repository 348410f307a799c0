import { z } from 'astro/zod';
import { slug } from './enums';

/** One abbreviation or term. File: content/glossary.yaml, a list of these. */
export const glossarySchema = z.object({
  /** Id used in the glossary page's anchors: /glossary/#<id>. Lower case, e.g. `arrs`. */
  id: slug,
  /** The abbreviation exactly as pages write it, e.g. "ARRS" or "NHSE/I". */
  abbreviation: z.string().trim().min(2, { error: 'needs the abbreviation as pages write it' }),
  /** What it stands for, e.g. "Additional Roles Reimbursement Scheme". */
  expansion: z.string().trim().min(3, { error: 'needs what the abbreviation stands for' }),
  /** A plain-English sentence or two saying what it means for the reader. */
  definition: z.string().trim().min(10, { error: 'needs a plain definition of a sentence or more' }),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
