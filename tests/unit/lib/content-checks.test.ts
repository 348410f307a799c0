import { describe, expect, it } from 'vitest';
import { guidanceSchema, type GuidanceData } from '../../../src/schemas/guidance';
import {
  assertContent,
  bodyCitations,
  checkContent,
  ContentError,
  type Entry,
} from '../../../src/lib/content-checks';
import { checklist, contract, contractYear, validPage } from '../fixtures';
import { contractYearSchema, type ContractYearData } from '../../../src/schemas/contract-year';

const ROLE = 'social-prescribing-link-worker';
const roles = [{ id: ROLE, data: {} }];
const sources = ['nhse-supervision', 'des-2021-22'].map((id) => ({ id, data: {} }));

function page(file: string, overrides: Record<string, unknown> = {}, body = ''): Entry<GuidanceData> {
  return {
    id: file,
    filePath: `content/guidance/${ROLE}/${file}.mdx`,
    body,
    data: guidanceSchema.parse(validPage(overrides)),
  };
}

function messages(guidance: Entry<GuidanceData>[]): string[] {
  return checkContent({ roles, guidance, sources }).map((p) => `${p.file} → ${p.field}: ${p.message}`);
}

describe('cross-file content checks', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(messages([page('supervision'), page('benefits', { topic: 'benefits', order: 2 })])).toEqual([]);
  });

  it('names the file and field of a source id that does not exist', () => {
    expect(messages([page('supervision', { sources: ['nhse-supervision', 'nhse-supervison'] })])).toEqual([
      `content/guidance/${ROLE}/supervision.mdx → sources[1]: "nhse-supervison" is not a source in content/sources.yaml. Add the source there, or correct the id`,
    ]);
  });

  it('checks the sources of checklist items too', () => {
    const arrs = page('arrs', {
      topic: 'arrs-requirements',
      contract,
      checklist: [{ ...checklist[0], items: [{ id: 'a', text: 'Take referrals.', source: 'nowhere' }] }],
    });
    expect(messages([arrs]).map((m) => m.split(': ')[0])).toEqual([
      `content/guidance/${ROLE}/arrs.mdx → checklist[0].items[0].source`,
    ]);
  });

  it('checks citations in the MDX body against sources.yaml and the page’s own list', () => {
    const body = 'Text <Cite source="des-2021-22" /> and <ToBeConfirmed source="made-up" />.';
    expect(messages([page('supervision', {}, body)])).toEqual([
      `content/guidance/${ROLE}/supervision.mdx → sources: does not list "des-2021-22", which the text cites: add it so readers see it under Sources`,
      `content/guidance/${ROLE}/supervision.mdx → body: cites "made-up", which is not a source in content/sources.yaml`,
    ]);
  });

  it('names an unknown role and lists the known ones', () => {
    expect(messages([page('supervision', { role: 'pharmacist' })])).toEqual([
      `content/guidance/${ROLE}/supervision.mdx → role: "pharmacist" is not a role. Roles are the files in content/roles/: ${ROLE}`,
    ]);
  });

  it('refuses two pages at the same address, naming the other file', () => {
    const [problem] = messages([page('supervision'), page('supervision-2', { order: 8 })]);
    expect(problem).toBe(
      `content/guidance/${ROLE}/supervision-2.mdx → topic: "supervision" is already the topic of content/guidance/${ROLE}/supervision.mdx for role "${ROLE}": two pages cannot share the address /roles/${ROLE}/supervision/`,
    );
  });

  it('refuses two pages of a role with the same order', () => {
    expect(messages([page('supervision'), page('benefits', { topic: 'benefits' })])).toEqual([
      `content/guidance/${ROLE}/benefits.mdx → order: 7 is already used by content/guidance/${ROLE}/supervision.mdx for role "${ROLE}": give each page of a role its own order`,
    ]);
  });

  it('refuses a checklist id used twice, since saved ticks are stored by id', () => {
    const twice = [{ ...checklist[0], items: [{ id: 'same', text: 'One thing.' }, { id: 'same', text: 'Another.' }] }];
    expect(messages([page('induction', { topic: 'induction', checklist: twice })])).toEqual([
      `content/guidance/${ROLE}/induction.mdx → checklist[0].items[1].id: "same" is used twice on this page: every group and item needs its own id`,
    ]);
  });

  it('stops the build with every problem listed at once', () => {
    const guidance = [page('supervision', { sources: ['x'], role: 'y' })];
    expect(() => assertContent({ roles, guidance, sources })).toThrow(ContentError);
    expect(() => assertContent({ roles, guidance, sources })).toThrow(
      /^The content has 2 problems; fix them and build again:\n {2}content\/guidance\/.*role: .*\n {2}content\/guidance\/.*sources\[0\]: .*\.$/,
    );
  });
});

describe('bodyCitations', () => {
  it('finds each cited id once, in either quote style', () => {
    expect(bodyCitations(`<Cite source="a" /> <Cite source='b'/> <ToBeConfirmed source="a" />`)).toEqual(['a', 'b']);
    expect(bodyCitations(undefined)).toEqual([]);
  });
});

function year(file: string, overrides: Record<string, unknown> = {}): Entry<ContractYearData> {
  return { id: file, filePath: `content/contracts/${file}.yaml`, data: contractYearSchema.parse(contractYear(overrides)) };
}

describe('contract year checks', () => {
  const years = [year('2021-22'), year('2026-27', { year: '2026/27', current: true })];
  const check = (guidance: Entry<GuidanceData>[], contracts: Entry<ContractYearData>[]) =>
    checkContent({ roles, guidance, sources, contracts }).map((p) => `${p.file} → ${p.field}: ${p.message}`);

  it('accepts pages whose contract year and funding years are files in content/contracts/', () => {
    const funding = page('funding', {
      topic: 'funding',
      contract,
      fundingYears: [{ year: '2026/27', note: 'No figure seen.', source: 'des-2021-22' }],
    });
    expect(check([funding], years)).toEqual([]);
  });

  it('names the file and field of a contract year that has no file', () => {
    const funding = page('funding', {
      topic: 'funding',
      contract: { ...contract, year: '2020/21' },
      fundingYears: [{ year: '2019/20', note: 'No figure seen.', source: 'des-2021-22' }],
    });
    expect(check([funding], years)).toEqual([
      `content/guidance/${ROLE}/funding.mdx → contract.year: "2020/21" is not a contract year in content/contracts/: add content/contracts/2020-21.yaml, or correct the year`,
      `content/guidance/${ROLE}/funding.mdx → fundingYears[0].year: "2019/20" is not a contract year in content/contracts/: add content/contracts/2019-20.yaml, or correct the year`,
    ]);
  });

  it('checks the sources of each year’s changes', () => {
    const bad = year('2021-22', { changes: [{ text: 'London weighting could be claimed.', source: 'pulse-2021' }] });
    expect(check([], [bad, years[1]!])).toEqual([
      'content/contracts/2021-22.yaml → changes[0].source: "pulse-2021" is not a source in content/sources.yaml. Add the source there, or correct the id',
    ]);
  });

  it('wants each year in the file named for it', () => {
    expect(check([], [year('2022-23'), years[1]!])).toEqual([
      'content/contracts/2022-23.yaml → year: "2021/22" does not match the file name: the 2021/22 contract year belongs in content/contracts/2021-22.yaml',
    ]);
  });

  it('wants exactly one current year', () => {
    expect(check([], [years[0]!])).toEqual([
      'content/contracts/ → current: no contract year has `current: true`: add it to the file of the year now in force',
    ]);
    expect(check([], [year('2021-22', { current: true }), years[1]!])).toEqual([
      'content/contracts/2021-22.yaml → current: is true in 2 contract years (2021/22, 2026/27): keep it only on the year now in force',
      'content/contracts/2026-27.yaml → current: is true in 2 contract years (2021/22, 2026/27): keep it only on the year now in force',
    ]);
  });
});
