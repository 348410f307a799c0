import { describe, expect, it } from 'vitest';
import { byMonth, changeHeadline, changeLabel, contractYearChanges, latestChangesFirst, siteChanges, type ChangedPage } from '../../../src/lib/site-changes';
import { feedItems, feedSite, FEED_LENGTH, LOCAL_SITE } from '../../../src/lib/feed';

const funding: ChangedPage = {
  title: 'Funding',
  role: 'splw',
  topic: 'funding',
  summary: 'How link workers are paid for.',
  published: new Date('2026-11-23'),
  changes: [
    { date: new Date('2026-12-01'), summary: 'The table now has a row for 2026/27.' },
    { date: new Date('2026-11-25'), summary: 'HCAS replaces the London supplement.' },
  ],
};
const supervision: ChangedPage = {
  title: 'Supervision',
  role: 'splw',
  topic: 'supervision',
  summary: 'Who supervises a link worker.',
  published: new Date('2026-11-23'),
  changes: [],
};

describe('siteChanges', () => {
  it('lists every change and every new page, newest first', () => {
    const all = siteChanges([supervision, funding]);
    expect(all.map((c) => [c.id, c.summary])).toEqual([
      ['change-splw-funding-2', 'The table now has a row for 2026/27.'],
      ['change-splw-funding-1', 'HCAS replaces the London supplement.'],
      ['new-splw-funding', 'How link workers are paid for.'],
      ['new-splw-supervision', 'Who supervises a link worker.'],
    ]);
    expect(all[0]).toMatchObject({ title: 'Funding', href: '/roles/splw/funding/', kind: 'change' });
    expect(all[2]).toMatchObject({ kind: 'new-page' });
  });

  it('keeps an old change’s id when a newer one is added above it', () => {
    const before = siteChanges([{ ...funding, changes: funding.changes.slice(1) }]);
    const after = siteChanges([funding]);
    const id = (list: typeof before) => list.find((c) => c.summary.startsWith('HCAS'))!.id;
    expect(id(after)).toBe(id(before));
  });

  it('groups changes by month, newest first', () => {
    expect(byMonth(siteChanges([funding])).map((m) => [m.key, m.month, m.changes.length])).toEqual([
      ['2026-12', 'December 2026', 1],
      ['2026-11', 'November 2026', 2],
    ]);
  });
});

describe('contract years', () => {
  const years = [
    { year: '2026/27', title: 'Network Contract DES 2026/27', changes: [{ text: 'Any GP can be claimed for.' }, { text: 'The pool rises.' }] },
    { year: '2019/20', title: 'Network Contract DES 2019/20', changes: [{ text: 'Link workers join the scheme.' }] },
  ];
  const href = (year: string) => `/contract-years/#year-${year.replace('/', '-')}`;

  it('dates each year from 1 April, when its rules take effect, and lists its changes', () => {
    const [y2026, y2019] = contractYearChanges(years, href);
    expect(y2026).toEqual({
      id: 'contract-2026-27',
      date: new Date('2026-04-01T00:00:00Z'),
      title: 'Contract year 2026/27',
      summary: '2 changes for ARRS and link workers in the Network Contract DES 2026/27.',
      href: '/contract-years/#year-2026-27',
      kind: 'contract-year',
      details: ['Any GP can be claimed for.', 'The pool rises.'],
    });
    expect(y2019!.summary).toBe('1 change for ARRS and link workers in the Network Contract DES 2019/20.');
  });

  it('sorts with page changes, newest first, and has its own headline and label', () => {
    const all = latestChangesFirst([...siteChanges([funding]), ...contractYearChanges(years, href)]);
    expect(all.map((c) => c.id)).toEqual([
      'change-splw-funding-2',
      'change-splw-funding-1',
      'new-splw-funding',
      'contract-2026-27',
      'contract-2019-20',
    ]);
    expect(all.map(changeHeadline).slice(2, 4)).toEqual([
      'New page: Funding',
      'Contract year 2026/27: what changed for ARRS and link workers',
    ]);
    expect(all.map(changeLabel).slice(1, 4)).toEqual(['changed', 'new page', 'contract year']);
  });

  it('puts a contract year’s changes in its feed item', () => {
    const [item] = feedItems(contractYearChanges(years, href), new URL('https://hub.example.org/'));
    expect(item!.link).toBe('https://hub.example.org/whats-new/#contract-2026-27');
    expect(item!.content).toContain('<ul><li>Any GP can be claimed for.</li><li>The pool rises.</li></ul>');
  });
});

describe('the feed', () => {
  const site = new URL('https://hub.example.org/');

  it('makes every link absolute and unique, pointing at the What’s new entry', () => {
    const items = feedItems(siteChanges([funding, supervision]), site);
    expect(items[0]).toMatchObject({
      title: 'Changed: Funding',
      link: 'https://hub.example.org/whats-new/#change-splw-funding-2',
      description: 'The table now has a row for 2026/27.',
      pubDate: new Date('2026-12-01'),
    });
    expect(items[0]!.content).toContain('<a href="https://hub.example.org/roles/splw/funding/">Funding</a> (1 December 2026)');
    expect(items.at(-1)!.title).toBe('New page: Supervision');
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
  });

  it('escapes text that would break its HTML', () => {
    const [item] = feedItems(siteChanges([{ ...funding, title: 'Pay & <band>', changes: [] }]), site);
    expect(item!.content).toContain('Pay &amp; &lt;band&gt;');
  });

  it(`carries at most ${FEED_LENGTH} items`, () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...supervision, topic: `t${i}` }));
    expect(feedItems(siteChanges(many), site)).toHaveLength(FEED_LENGTH);
  });

  it('uses the public address when set, and the local preview otherwise', () => {
    expect(feedSite(site)).toEqual({ site, local: false });
    expect(feedSite(undefined)).toEqual({ site: new URL(LOCAL_SITE), local: true });
  });
});
