import { existsSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  benchBody,
  benchFrontmatter,
  benchRole,
  componentBlocks,
  seeded,
  splitFrontmatter,
  starlightProject,
  vocabulary,
  wordCount,
} from '../../../tests/bench/generate';

const REAL = `---
title: Funding for social prescribing link workers
summary: How the scheme pays for link workers.
role: social-prescribing-link-worker
topic: arrs-requirements
order: 4
contract:
  title: "Network Contract DES"
  year: "2021/22"
---

Link workers are one of the roles in the scheme {and more}.

## Which rules?

The rules come from the DES <ToBeConfirmed source="des-2021-22" />.

<Contract />

See [the summary](https://www.england.nhs.uk/x/) for more.
`;

describe('splitFrontmatter', () => {
  it('separates the YAML from the body', () => {
    const { frontmatter, body } = splitFrontmatter(REAL);
    expect(frontmatter).toMatch(/^title: Funding/);
    expect(frontmatter.endsWith('"2021/22"\n')).toBe(true);
    expect(body).toMatch(/^\nLink workers/);
    expect(() => splitFrontmatter('no frontmatter')).toThrow(/no frontmatter/);
  });
});

describe('benchFrontmatter and benchRole', () => {
  it('moves a page to another role with a short title, keeping every other field', () => {
    const data = parse(benchFrontmatter(splitFrontmatter(REAL).frontmatter, 'bench-role-7', 7));
    expect(data).toMatchObject({
      title: 'Bench role 7: arrs requirements',
      role: 'bench-role-7',
      topic: 'arrs-requirements',
      order: 4,
      contract: { title: 'Network Contract DES', year: '2021/22' },
    });
    expect(data.title.length).toBeLessThanOrEqual(65);
  });

  it('makes a role with its own name, abbreviation and place', () => {
    const role = parse(benchRole('name: Social prescribing link worker\nabbreviation: SPLW\nsummary: A role.\norder: 1\n', 3));
    expect(role).toEqual({ name: 'Bench role 3', abbreviation: 'BR3', summary: 'A role.', order: 103 });
  });
});

describe('componentBlocks', () => {
  it('keeps whole the paragraphs that use MDX components', () => {
    expect(componentBlocks(splitFrontmatter(REAL).body)).toEqual([
      'The rules come from the DES <ToBeConfirmed source="des-2021-22" />.',
      '<Contract />',
    ]);
  });
});

describe('vocabulary', () => {
  it('takes plain words, leaving out components, link addresses and MDX expressions’ braces', () => {
    const words = vocabulary([splitFrontmatter(REAL).body]);
    expect(words).toContain('link');
    expect(words).toContain('DES');
    expect(words.join(' ')).not.toMatch(/[<>{}()[\]]|england\.nhs|source/);
  });
});

describe('benchBody', () => {
  const words = vocabulary([splitFrontmatter(REAL).body]);
  const blocks = ['A fact <Cite source="x" />.', '<Contract />', '<FundingTable />'];

  it('writes about 500 words under several h2s, with every component paragraph once', () => {
    const body = benchBody(words, blocks, 42);
    const count = wordCount(body);
    expect(count).toBeGreaterThan(400);
    expect(count).toBeLessThan(700);
    expect(body.match(/^## /gm)).toHaveLength(4);
    for (const b of blocks) expect(body.split(b)).toHaveLength(2);
    // Nothing MDX would read as code, apart from the components.
    expect(blocks.reduce((t, b) => t.replace(b, ''), body)).not.toMatch(/[<>{}]/);
  });

  it('gives the same page for the same seed, and another for another', () => {
    expect(benchBody(words, blocks, 1)).toBe(benchBody(words, blocks, 1));
    expect(benchBody(words, blocks, 1)).not.toBe(benchBody(words, blocks, 2));
  });
});

describe('seeded', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seeded(9);
    const b = seeded(9);
    const xs = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('starlightProject', () => {
  it('writes a Starlight site of generated Markdown pages in folders of 10, and removes it', async () => {
    const project = await starlightProject(resolve(import.meta.dirname, '../../..'), 12);
    try {
      const docs = join(project.root, 'src/content/docs');
      expect((await readdir(docs)).sort()).toEqual(['section-1', 'section-2']);
      expect(await readdir(join(docs, 'section-2'))).toEqual(expect.arrayContaining(['page-11.md', 'page-12.md']));
      const { frontmatter, body } = splitFrontmatter(await readFile(join(docs, 'section-1/page-3.md'), 'utf8'));
      expect(parse(frontmatter)).toEqual({ title: 'Bench page 3' });
      expect(wordCount(body)).toBeGreaterThan(400);
      expect(await readFile(join(project.root, 'astro.config.mjs'), 'utf8')).toContain("starlight({ title: 'Bench' })");
      expect(await readFile(join(project.root, 'src/content.config.ts'), 'utf8')).toContain('loader: docsLoader(), schema: docsSchema()');
      expect(JSON.parse(await readFile(join(project.root, 'package.json'), 'utf8')).scripts).toEqual({ build: 'astro build' });
      // Starlight's own files copied, the other packages linked.
      expect((await lstat(join(project.root, 'node_modules/@astrojs/starlight'))).isSymbolicLink()).toBe(false);
      expect((await lstat(join(project.root, 'node_modules/astro'))).isSymbolicLink()).toBe(true);
    } finally {
      await project.remove();
    }
    expect(existsSync(project.root)).toBe(false);
  }, 20_000); // a copy of Starlight's files: slow on a busy machine
});
