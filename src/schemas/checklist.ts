import { z } from 'astro/zod';
import { slug } from './enums';

/**
 * A list that readers tick, rate or print (the B3.3 responsibilities, induction topics,
 * recommended skills). Items keep their `id` for ever: a reader's saved ticks are stored
 * against it, so changing an id loses that tick. Change the `text` freely.
 */
export const checklistItemSchema = z.object({
  /** Stable id, unique within the page, e.g. `take-referrals`. */
  id: slug,
  /** What the reader sees, in one plain sentence. */
  text: z.string().trim().min(3, { error: 'needs the words of the item' }),
  /** Optional id of a source in content/sources.yaml that this item comes from. */
  source: slug.optional(),
});

export const checklistGroupSchema = z.object({
  /** Stable id, unique within the page; also the anchor of the group's heading. */
  id: slug,
  /** The group's heading, in sentence case. */
  heading: z.string().trim().min(3, { error: 'needs a heading' }),
  /** Optional sentence shown under the heading. */
  intro: z.string().trim().optional(),
  /** The items, in the order they are shown. At least one. */
  items: z.array(checklistItemSchema).min(1, { error: 'needs at least one item' }),
});

export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;
