import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { guidanceSchema } from '../../src/schemas/guidance';
import { TOPICS } from '../../src/schemas/enums';
import { sourceSchema } from '../../src/schemas/source';
import { glossarySchema } from '../../src/schemas/glossary';
import { roleSchema } from '../../src/schemas/role';
import { checkContent } from '../../src/lib/content-checks';

// The real content, checked the way the build checks it, so a bad edit fails here with the
// file named even before a build is run.
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
function frontmatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1]!);
}

const guidanceDir = 'content/guidance';
const guidanceFiles = readdirSync(join(root, guidanceDir), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => join(guidanceDir, f));

describe('the site’s content', () => {
  const sources = (parse(read('content/sources.yaml')) as { id: string }[]).map((s) => ({ id: s.id, data: sourceSchema.parse(s) }));
  const glossary = parse(read('content/glossary.yaml')) as unknown[];
  const roles = readdirSync(join(root, 'content/roles')).map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: roleSchema.parse(parse(read(`content/roles/${f}`))),
  }));
  const guidance = guidanceFiles.map((file) => {
    const text = read(file);
    const result = guidanceSchema.safeParse(frontmatter(text));
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    return { id: relative(guidanceDir, file), filePath: file, body: text, data: result.data };
  });

  it('has one page for every topic of the SPLW role', () => {
    const topics = guidance.filter((g) => g.data.role === 'social-prescribing-link-worker').map((g) => g.data.topic);
    expect(topics.sort()).toEqual([...TOPICS].sort());
  });

  it('passes every glossary entry', () => {
    for (const term of glossary) expect(glossarySchema.safeParse(term).error).toBeUndefined();
  });

  it('passes the cross-file checks', () => {
    expect(checkContent({ roles, guidance, sources })).toEqual([]);
  });

  it('gives every unconfirmed source no address rather than a made-up one', () => {
    for (const s of sources.filter((x) => x.data.verification === 'unconfirmed')) {
      expect(s.data.address, s.id).toBeNull();
    }
  });

  it('never uses vague link text in page bodies', () => {
    for (const g of guidance) {
      expect(g.body, g.filePath).not.toMatch(/\[(click here|here|read more|more)\]/i);
    }
  });
});
