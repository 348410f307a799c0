import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guidanceSchema } from './schemas/guidance';
import { sourceSchema } from './schemas/source';
import { glossarySchema } from './schemas/glossary';
import { roleSchema } from './schemas/role';
import { pageSchema } from './schemas/page';
import { contractYearSchema } from './schemas/contract-year';

// Loaders and schemas only. Checks that span collections (unknown source ids, two pages in
// one place) live in src/lib/content-checks.ts, so they can be tested without a build.
export const collections = {
  roles: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/roles' }),
    schema: roleSchema,
  }),
  guidance: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/guidance' }),
    schema: guidanceSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: './content/pages' }),
    schema: pageSchema,
  }),
  sources: defineCollection({
    loader: file('./content/sources.yaml'),
    schema: sourceSchema,
  }),
  /** One file per contract year (content/contracts/2026-27.yaml); the year in force has current: true. */
  contracts: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/contracts' }),
    schema: contractYearSchema,
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.yaml'),
    schema: glossarySchema,
  }),
};
