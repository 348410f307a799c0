import { z } from 'astro/zod';

/**
 * One ARRS role the hub covers. File: content/roles/<id>.yaml; the file name is the role's
 * id and its address, /roles/<id>/. Its topic pages live in content/guidance/<id>/.
 */
export const roleSchema = z.object({
  /** The role's name in sentence case, e.g. "Social prescribing link worker". */
  name: z.string().trim().min(3, { error: 'needs the role name' }),
  /** The abbreviation pages use, e.g. "SPLW". */
  abbreviation: z.string().trim().min(2, { error: 'needs the abbreviation pages use' }),
  /** One or two sentences for the role's landing page and cards. Up to 200 characters. */
  summary: z
    .string()
    .trim()
    .min(20, { error: 'is too short: describe the role in a sentence' })
    .max(200, { error: 'is too long: keep it to 200 characters' }),
  /** Position among roles on the home page: 1 comes first. */
  order: z.number().int().min(1).default(1),
});

export type RoleData = z.infer<typeof roleSchema>;
