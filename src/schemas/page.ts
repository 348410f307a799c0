import { z } from 'astro/zod';
import { dateField } from './change';

/** A standalone page such as the accessibility statement. File: content/pages/<id>.mdx. */
export const pageSchema = z.object({
  /** The page's heading and tab title, in sentence case. */
  title: z.string().trim().min(3).max(65),
  /** One sentence for the meta description. */
  summary: z.string().trim().min(20).max(160),
  /** When the page was last checked (YYYY-MM-DD). */
  lastReviewed: dateField('needs the date the page was last checked, as YYYY-MM-DD'),
});

export type PageData = z.infer<typeof pageSchema>;
