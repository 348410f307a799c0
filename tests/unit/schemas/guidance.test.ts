import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../../src/schemas/guidance';
import { checklist, contract, validPage } from '../fixtures';

/** The problems zod reports, as "field: message" lines an editor would read. */
function problems(input: unknown): string[] {
  const result = guidanceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('guidance frontmatter', () => {
  it('accepts a complete page and fills in the defaults', () => {
    const parsed = guidanceSchema.parse(validPage({ status: undefined }));
    expect(parsed.status).toBe('published');
    expect(parsed.lastReviewed).toBeInstanceOf(Date);
  });

  it('accepts review dates written as quoted text', () => {
    expect(problems(validPage({ lastReviewed: '2026-11-23', nextReview: '2027-05-23' }))).toEqual([]);
  });

  it('names a missing title', () => {
    expect(problems(validPage({ title: undefined }))).toEqual(['title: is missing: every page needs a title']);
  });

  it('says how long an over-long title is and what the limit is', () => {
    const title = 'A'.repeat(70);
    expect(problems(validPage({ title }))).toEqual([
      'title: is too long: keep it to 65 characters so it shows whole in search results (this one has 70)',
    ]);
  });

  it('rejects a missing or over-long summary', () => {
    expect(problems(validPage({ summary: undefined }))).toEqual([
      'summary: is missing: every page needs a one-sentence summary',
    ]);
    expect(problems(validPage({ summary: 'x'.repeat(161) }))).toEqual([
      'summary: is too long: keep it to 160 characters (this one has 161)',
    ]);
  });

  it('lists the audiences an editor may use when one is unknown', () => {
    expect(problems(validPage({ audiences: ['manager', 'nurses'] }))).toEqual([
      'audiences.1: "nurses" is not a known audience. Use one of: prospective, manager, trainer',
    ]);
    expect(problems(validPage({ audiences: [] }))).toEqual([
      'audiences: needs at least one audience: prospective, manager or trainer',
    ]);
  });

  it('lists the topics an editor may use when one is unknown', () => {
    const [message] = problems(validPage({ topic: 'holidays' }));
    expect(message).toMatch(/^topic: "holidays" is not a known topic\. Use one of: about-the-role, benefits, /);
  });

  it('rejects a role id that is not a slug', () => {
    expect(problems(validPage({ role: 'Social Prescribing' }))).toEqual([
      'role: must be lower-case letters, digits and single hyphens, like "lone-working"',
    ]);
  });

  it('requires nextReview to be after lastReviewed', () => {
    expect(problems(validPage({ nextReview: new Date('2026-11-23') }))).toEqual([
      'nextReview: must be after lastReviewed (2026-11-23), not on or before it',
    ]);
  });

  it('explains a date it cannot read', () => {
    expect(problems(validPage({ lastReviewed: 'last week' }))).toEqual([
      'lastReviewed: "last week" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23',
    ]);
  });

  it('requires a published page to list its sources, but not a page in development', () => {
    expect(problems(validPage({ sources: [] }))).toEqual([
      'sources: is empty: a published page must list the sources its facts come from',
    ]);
    expect(problems(validPage({ sources: [], status: 'in-development' }))).toEqual([]);
  });

  it('rejects an order that is not a whole number from 1', () => {
    expect(problems(validPage({ order: 0 }))).toEqual(['order: must be 1 or more']);
    expect(problems(validPage({ order: 2.5 }))).toEqual(['order: must be a whole number, e.g. 3']);
  });

  describe('per-topic fields', () => {
    it('requires an ARRS requirements page to name its contract and carry its checklist', () => {
      expect(problems(validPage({ topic: 'arrs-requirements' }))).toEqual([
        'contract: is missing: a page about ARRS rules must name the contract year they were checked against and the clause (year, clause)',
        'checklist: is missing: this topic needs its list as `checklist:`',
      ]);
      expect(problems(validPage({ topic: 'arrs-requirements', contract, checklist }))).toEqual([]);
    });

    it('checks the contract year is written as a contract year', () => {
      expect(problems(validPage({ topic: 'arrs-requirements', checklist, contract: { ...contract, year: '2021' } }))).toEqual([
        'contract.year: must be a contract year like "2026/27"',
      ]);
      expect(problems(validPage({ topic: 'arrs-requirements', checklist, contract: { ...contract, year: '2021/23' } }))).toEqual([
        'contract.year: "2021/23" is not a contract year: the second part must be the year after the first, like "2026/27"',
      ]);
      expect(problems(validPage({ topic: 'arrs-requirements', checklist, contract: { year: '2021/22' } }))).toEqual([
        'contract.clause: is missing: name the clause, e.g. "Annex B, B3.3"',
      ]);
    });

    it('requires an employing and claiming page to name its contract year', () => {
      expect(problems(validPage({ topic: 'employing-and-claiming' }))).toEqual([
        'contract: is missing: a page about ARRS rules must name the contract year they were checked against and the clause (year, clause)',
      ]);
      expect(problems(validPage({ topic: 'employing-and-claiming', contract }))).toEqual([]);
    });

    it('requires a funding page to give amounts by year', () => {
      expect(problems(validPage({ topic: 'funding', contract }))).toEqual([
        'fundingYears: is missing: list the maximum amounts by year as `fundingYears:`',
      ]);
      const fundingYears = [
        { year: '2023/24', amount: '£38,187', note: 'Excluding HCAS.', source: 'mip-2023-arrs' },
        { year: '2024/25', note: 'No figure seen.', source: 'pulse-2024-uplift' },
      ];
      expect(problems(validPage({ topic: 'funding', contract, fundingYears }))).toEqual([]);
      expect(problems(validPage({ topic: 'funding', contract, fundingYears: [{ ...fundingYears[0], year: '2023-24' }] }))).toEqual([
        'fundingYears.0.year: must be a contract year like "2026/27"',
      ]);
    });

    it('requires list topics to carry their lists, with ids and items', () => {
      expect(problems(validPage({ topic: 'induction' }))).toEqual([
        'checklist: is missing: this topic needs its list as `checklist:`',
      ]);
      const bad = [{ id: 'Week One', heading: 'Week one', items: [] }];
      expect(problems(validPage({ topic: 'induction', checklist: bad }))).toEqual([
        'checklist.0.id: must be lower-case letters, digits and single hyphens, like "lone-working"',
        'checklist.0.items: needs at least one item',
      ]);
    });

    it('lets other topics leave the lists out', () => {
      expect(problems(validPage({ topic: 'benefits' }))).toEqual([]);
    });
  });
});
