import { defineCollection } from 'astro:content';
import { yamlFiles, yamlList } from './loaders/yaml';
import { checkedPages } from './loaders/checked-pages';
import { MDX_COMPONENTS } from './lib/mdx-components';
import { guidanceSchema } from './schemas/guidance';
import { sourceSchema } from './schemas/source';
import { glossarySchema } from './schemas/glossary';
import { roleSchema } from './schemas/role';
import { pageSchema } from './schemas/page';
import { contractYearSchema } from './schemas/contract-year';

// Loaders and schemas only. Checks that span collections (unknown source ids, two pages in
// one place) live in src/lib/content-checks.ts, so they can be tested without a build.
// YAML is read by src/loaders/yaml.ts, which stops the build at a YAML mistake or a repeated
// id, naming the line (Astro's file() loader would carry on with the last build's data); page
// bodies are checked by src/loaders/checked-pages.ts before Astro's glob() loads them.
export const collections = {
  roles: defineCollection({
    loader: yamlFiles('./content/roles', roleSchema),
    schema: roleSchema,
  }),
  guidance: defineCollection({
    loader: checkedPages({ pattern: '**/*.{md,mdx}', base: './content/guidance', components: MDX_COMPONENTS }),
    schema: guidanceSchema,
  }),
  pages: defineCollection({
    // src/pages/[page].astro gives these pages no components.
    loader: checkedPages({ pattern: '*.{md,mdx}', base: './content/pages', components: [] }),
    schema: pageSchema,
  }),
  sources: defineCollection({
    loader: yamlList('./content/sources.yaml', sourceSchema, 'sources'),
    schema: sourceSchema,
  }),
  /** One file per contract year (content/contracts/2026-27.yaml); the year in force has current: true. */
  contracts: defineCollection({
    loader: yamlFiles('./content/contracts', contractYearSchema),
    schema: contractYearSchema,
  }),
  glossary: defineCollection({
    loader: yamlList('./content/glossary.yaml', glossarySchema, 'terms'),
    schema: glossarySchema,
  }),
};
