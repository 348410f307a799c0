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
import { contractYearSchema } from '../../src/schemas/contract-year';
import { readFrontmatter } from '../../src/lib/yaml-data';

// The real content, checked the way the build checks it, so a bad edit fails here with the
// file named even before a build is run.
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const guidanceDir = 'content/guidance';
const guidanceFiles = readdirSync(join(root, guidanceDir), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => join(guidanceDir, f));

describe('the site’s content', () => {
  const sources = (parse(read('content/sources.yaml')) as { sources: { id: string }[] }).sources.map((s) => ({ id: s.id, data: sourceSchema.parse(s) }));
  const glossary = (parse(read('content/glossary.yaml')) as { terms: unknown[] }).terms;
  const roles = readdirSync(join(root, 'content/roles')).map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: roleSchema.parse(parse(read(`content/roles/${f}`))),
  }));
  const guidance = guidanceFiles.map((file) => {
    const text = read(file);
    const result = guidanceSchema.safeParse(readFrontmatter(text, file).data);
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    return { id: relative(guidanceDir, file), filePath: file, body: text, data: result.data };
  });

  const contracts = readdirSync(join(root, 'content/contracts')).map((f) => {
    const result = contractYearSchema.safeParse(parse(read(`content/contracts/${f}`)));
    if (!result.success) throw new Error(`content/contracts/${f}: ${result.error.message}`);
    return { id: f.replace(/\.yaml$/, ''), filePath: `content/contracts/${f}`, data: result.data };
  });
  const splw = (topic: string) => guidance.find((g) => g.data.role === 'social-prescribing-link-worker' && g.data.topic === topic)!.data;

  it('has one page for every topic of the SPLW role', () => {
    const topics = guidance.filter((g) => g.data.role === 'social-prescribing-link-worker').map((g) => g.data.topic);
    expect(topics.sort()).toEqual([...TOPICS].sort());
  });

  it('has a contract year for each year from 2019/20 to 2026/27, and 2026/27 is current', () => {
    expect(contracts.map((c) => c.data.year).sort()).toEqual([
      '2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25', '2025/26', '2026/27',
    ]);
    expect(contracts.filter((c) => c.data.current).map((c) => c.data.year)).toEqual(['2026/27']);
  });

  it('gives the funding table a row for every contract year, with a figure only where a source gives one', () => {
    const page = splw('funding');
    if (!('fundingYears' in page)) throw new Error('the funding page has no fundingYears');
    const rows = Object.fromEntries(page.fundingYears.map((r) => [r.year, r]));
    expect(Object.keys(rows).sort()).toEqual(contracts.map((c) => c.data.year).sort());
    expect(rows['2022/23']).toMatchObject({ amount: '£36,428', source: 'mip-2023-splw' });
    expect(rows['2022/23']!.note).toContain('Management in Practice on 17 February 2023');
    expect(rows['2019/20']!.amount).toBe('£34,113');
    expect(rows['2020/21']!.amount).toBe('£35,389');
    expect(rows['2023/24']!.amount).toBe('£38,187, rising to £40,159 from 1 July 2023');
    for (const year of ['2021/22', '2024/25', '2025/26', '2026/27']) expect(rows[year]!.amount, year).toBeUndefined();
  });

  it('calls the supplement HCAS, never a London supplement', () => {
    const page = splw('funding');
    if (!('fundingYears' in page)) throw new Error('the funding page has no fundingYears');
    expect(page.fundingYears.find((r) => r.year === '2023/24')!.note).toContain('High Cost Area Supplement (HCAS)');
    const texts = [read('content/sources.yaml'), ...guidanceFiles.map(read), ...contracts.map((c) => read(c.filePath))];
    for (const text of texts) expect(text).not.toMatch(/London supplement/i);
  });

  it('states the sub-contracting contribution as one rule of up to £200 a month within the maximum', () => {
    const body = read('content/guidance/social-prescribing-link-worker/funding.mdx');
    expect(body.match(/£200 a month/g)).toHaveLength(1);
    expect(body).toContain('up to £200 a month (£2,400 a year)');
    expect(body).toContain('comes out of the post\'s maximum; it is not paid on top');
    expect(body).not.toMatch(/"a contribution"/);
  });

  it('links the manager pages with rules to the contract years page', () => {
    for (const topic of ['funding', 'arrs-requirements', 'employing-and-claiming']) {
      const file = guidance.find((g) => g.data.topic === topic)!;
      expect(file.body, topic).toContain('](/contract-years/)');
      expect('contract' in file.data, topic).toBe(true);
    }
  });

  it('passes every glossary entry', () => {
    for (const term of glossary) expect(glossarySchema.safeParse(term).error).toBeUndefined();
  });

  it('passes the cross-file checks', () => {
    expect(checkContent({ roles, guidance, sources, contracts })).toEqual([]);
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
