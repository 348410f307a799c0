import { describe, expect, it } from 'vitest';
import { daysUntil, reviewDue, reviewSummary, reviewTable, type ReviewPage } from '../../../src/lib/review-due';
import { reviewPageOf } from '../../../src/lib/review-pages';
import { readFrontmatter } from '../../../src/lib/yaml-data';
import { parseReviewArgs, reviewMarkdown } from '../../../scripts/review-report';

const today = new Date('2026-12-01T10:00:00Z');
const page = (file: string, nextReview: string, contractYear?: string): ReviewPage => ({
  file,
  title: `Page ${file}`,
  nextReview: new Date(nextReview),
  contractYear,
});

describe('daysUntil', () => {
  it('counts calendar days, whatever the hour', () => {
    expect(daysUntil(new Date('2026-12-01'), today)).toBe(0);
    expect(daysUntil(new Date('2026-12-31'), today)).toBe(30);
    expect(daysUntil(new Date('2026-11-30'), today)).toBe(-1);
  });
});

describe('reviewDue', () => {
  const pages = [
    page('a.mdx', '2027-05-23'),
    page('b.mdx', '2026-11-20'),
    page('c.mdx', '2026-12-31'),
    page('d.mdx', '2027-01-01'),
    page('e.mdx', '2026-12-01'),
  ];

  it('lists pages overdue, due today and due within N days, most urgent first', () => {
    const due = reviewDue(pages, { today, days: 30 });
    expect(due.map((d) => [d.file, d.reasons])).toEqual([
      ['b.mdx', ['review overdue since 2026-11-20 (11 days ago)']],
      ['e.mdx', ['review due today (2026-12-01)']],
      ['c.mdx', ['review due 2026-12-31 (in 30 days)']],
    ]);
  });

  it('looks further ahead with more days, and only at overdue pages with none', () => {
    expect(reviewDue(pages, { today, days: 31 }).map((d) => d.file)).toEqual(['b.mdx', 'e.mdx', 'c.mdx', 'd.mdx']);
    expect(reviewDue(pages, { today, days: 0 }).map((d) => d.file)).toEqual(['b.mdx', 'e.mdx']);
  });

  it('lists a page whose rules rest on an older contract year, even when its date is far off', () => {
    const due = reviewDue([page('funding.mdx', '2027-05-23', '2021/22'), page('new.mdx', '2027-05-23', '2026/27')], {
      today,
      days: 30,
      currentYear: '2026/27',
    });
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({
      file: 'funding.mdx',
      oldContractYear: '2021/22',
      reasons: ['rules checked against contract year 2021/22, not yet against 2026/27'],
    });
  });

  it('does not judge contract years while no current year is known', () => {
    expect(reviewDue([page('funding.mdx', '2027-05-23', '2021/22')], { today, days: 30 })).toEqual([]);
  });
});

describe('the report', () => {
  const options = { today, days: 30, currentYear: '2026/27' };
  const due = reviewDue([page('a.mdx', '2026-11-20', '2021/22'), page('b.mdx', '2027-05-23')], options);

  it('says what was looked for and how many were found', () => {
    expect(reviewSummary(due, options, 2)).toBe(
      '1 of 2 pages is due a review on 2026-12-01 (review date passed or within 30 days, or rules resting on a contract year older than 2026/27).',
    );
    expect(reviewSummary([], { today, days: 60 }, 2)).toBe(
      'No page is due a review on 2026-12-01 (review date passed or within 60 days).',
    );
  });

  it('prints a table with every reason on the page’s row', () => {
    expect(reviewTable(due).split('\n')).toEqual([
      'Page   Next review  Why',
      '-----  -----------  ---',
      'a.mdx  2026-11-20   review overdue since 2026-11-20 (11 days ago); rules checked against contract year 2021/22, not yet against 2026/27',
    ]);
    expect(reviewTable([])).toBe('');
  });

  it('writes Markdown with the title, file, date and reasons', () => {
    const md = reviewMarkdown(due, options, 2);
    expect(md).toContain('# Pages due a review');
    expect(md).toContain(
      '| Page a.mdx | `a.mdx` | 2026-11-20 | review overdue since 2026-11-20 (11 days ago); rules checked against contract year 2021/22, not yet against 2026/27 |',
    );
    expect(reviewMarkdown([], options, 2)).not.toContain('| Page |');
  });
});

describe('parseReviewArgs', () => {
  it('defaults to 30 days, not strict', () => {
    expect(parseReviewArgs([])).toMatchObject({ days: 30, strict: false });
  });

  it('reads --days N, --days=N and --strict', () => {
    expect(parseReviewArgs(['--days', '60', '--strict'])).toMatchObject({ days: 60, strict: true });
    expect(parseReviewArgs(['--days=7'])).toMatchObject({ days: 7, strict: false });
  });

  it('reads the day to report as of, and the project to read', () => {
    expect(parseReviewArgs(['--today', '2026-12-01', '--root', '/tmp/site'])).toEqual({
      days: 30,
      strict: false,
      today: new Date('2026-12-01'),
      root: '/tmp/site',
    });
    expect(() => parseReviewArgs(['--today', '1 Dec'])).toThrow('--today needs a date as YYYY-MM-DD (got 1 Dec)');
  });

  it('explains a bad number of days or an unknown option', () => {
    expect(() => parseReviewArgs(['--days', 'soon'])).toThrow('--days needs a whole number of days, e.g. --days 60 (got "soon")');
    expect(() => parseReviewArgs(['--days'])).toThrow('--days needs a whole number of days, e.g. --days 60 (got nothing)');
    expect(() => parseReviewArgs(['--stric'])).toThrow('Unknown option "--stric". Use: npm run review-due -- [--days N] [--strict] [--today YYYY-MM-DD] [--root DIR]');
  });
});

describe('reading a guidance file without Astro', () => {
  const file = 'content/guidance/x/funding.mdx';

  it('reads the title, review date and contract year', () => {
    const text = '---\ntitle: Funding\nnextReview: 2027-05-23\ncontract:\n  year: "2021/22"\n  clause: Annex B\n---\n\nBody';
    expect(reviewPageOf(text, file)).toEqual({
      file,
      title: 'Funding',
      nextReview: new Date('2027-05-23'),
      contractYear: '2021/22',
    });
    expect(reviewPageOf('---\ntitle: Plain\nnextReview: "2027-01-02"\n---\n', file).nextReview).toEqual(new Date('2027-01-02'));
  });

  it('names the file, line and field it cannot read', () => {
    expect(() => reviewPageOf('---\ntitle: Funding\nnextReview: next year\n---\n', file)).toThrow(
      'content/guidance/x/funding.mdx:3: nextReview: "next year" is not a date. Write it as YYYY-MM-DD',
    );
    expect(() => reviewPageOf('---\ntitle: Funding\n---\n', file)).toThrow(
      'content/guidance/x/funding.mdx:1: nextReview: nothing is not a date. Write it as YYYY-MM-DD',
    );
    expect(() => readFrontmatter('# No frontmatter', file)).toThrow(
      'content/guidance/x/funding.mdx:1: no frontmatter: the file must start with a line of three dashes (---)',
    );
    expect(() => readFrontmatter('---\ntitle: [unclosed\n---\n', file)).toThrow(
      /^content\/guidance\/x\/funding\.mdx:\d+:\d+: this is not valid YAML/,
    );
  });
});
