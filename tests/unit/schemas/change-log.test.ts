import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../../src/schemas/guidance';
import { changeLogProblems } from '../../../src/lib/change-log';
import { validPage } from '../fixtures';

function problems(input: unknown): string[] {
  const result = guidanceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const change = (date: string, summary = 'The supervision section now names who supervises.') => ({
  date: new Date(date),
  summary,
});

describe('a guidance page’s change log (frontmatter)', () => {
  it('accepts a log newest first, from the day the page was published, and defaults to none', () => {
    const parsed = guidanceSchema.parse(
      validPage({ changes: [change('2026-12-01'), change('2026-11-30'), change('2026-11-23')] }),
    );
    expect(parsed.changes.map((c) => c.date.toISOString().slice(0, 10))).toEqual(['2026-12-01', '2026-11-30', '2026-11-23']);
    expect(guidanceSchema.parse(validPage({ changes: undefined })).changes).toEqual([]);
  });

  it('accepts dates written as quoted text', () => {
    expect(problems(validPage({ published: '2026-11-23', changes: [{ date: '2026-11-24', summary: 'A new section on pay.' }] }))).toEqual([]);
  });

  it('requires the publication date', () => {
    expect(problems(validPage({ published: undefined }))).toEqual([
      'published: is missing: write the day the page first appeared on the site, e.g. published: 2026-11-23',
    ]);
    expect(problems(validPage({ published: 'November' }))).toEqual([
      'published: "November" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23',
    ]);
  });

  it('rejects a change in the future', () => {
    expect(problems(validPage({ changes: [change('2999-01-01')] }))).toEqual([
      'changes.0.date: is 2999-01-01, which is in the future: record a change once readers can see it',
    ]);
  });

  it('rejects a change before the page was published', () => {
    expect(problems(validPage({ changes: [change('2026-11-22')] }))).toEqual([
      'changes.0.date: is 2026-11-22, before the page was published (2026-11-23): a page cannot change before it exists',
    ]);
  });

  it('rejects a log that is not newest first', () => {
    expect(problems(validPage({ changes: [change('2026-11-24'), change('2026-11-30')] }))).toEqual([
      'changes.1.date: is 2026-11-30, newer than the entry above it (2026-11-24): list changes newest first',
    ]);
  });

  it('rejects a publication date in the future', () => {
    expect(problems(validPage({ published: new Date('2999-01-01') }))).toEqual([
      'published: is 2999-01-01, which is in the future: write the day the page first appeared on the site',
    ]);
  });

  it('explains a missing or poor summary and a missing date', () => {
    expect(problems(validPage({ changes: [{ date: new Date('2026-11-24') }] }))).toEqual([
      'changes.0.summary: is missing: say in one sentence what changed for the reader',
    ]);
    expect(problems(validPage({ changes: [change('2026-11-24', 'Updated.')] }))).toEqual([
      'changes.0.summary: is too short: say in one sentence what changed for the reader',
    ]);
    expect(problems(validPage({ changes: [change('2026-11-24', 'Updated the funding table')] }))).toEqual([
      'changes.0.summary: must be a whole sentence ending with a full stop',
    ]);
    expect(problems(validPage({ changes: [change('2026-11-24', `${'x'.repeat(200)}.`)] }))).toEqual([
      'changes.0.summary: is too long: keep it to one sentence of up to 200 characters (this one has 201)',
    ]);
    expect(problems(validPage({ changes: [{ summary: 'A new section on pay.' }] }))).toEqual([
      'changes.0.date: is missing: write the day of the change, e.g. date: 2026-12-01',
    ]);
  });

  it('says what a change must look like when it is not one', () => {
    expect(problems(validPage({ changes: ['2026-11-24 fixed pay'] }))).toEqual([
      'changes.0: must be a change with a date and a summary, e.g. { date: 2026-12-01, summary: "The table now…" }',
    ]);
    expect(problems(validPage({ changes: 'none' }))).toEqual([
      'changes: must be a list of changes, each with a date and a summary',
    ]);
  });
});

describe('changeLogProblems', () => {
  const published = new Date('2026-11-23');
  const today = new Date('2026-12-01T09:00:00Z');

  it('allows a change on the day of publication and on today', () => {
    expect(changeLogProblems([change('2026-12-01'), change('2026-11-23')], published, today)).toEqual([]);
  });

  it('counts tomorrow as the future, whatever the hour', () => {
    expect(changeLogProblems([change('2026-12-02')], published, today).map((p) => p.path)).toEqual([
      ['changes', 0, 'date'],
    ]);
  });

  it('reports every problem, not only the first', () => {
    const found = changeLogProblems([change('2026-11-01'), change('2026-11-20')], published, today);
    expect(found.map((p) => p.path.join('.'))).toEqual(['changes.0.date', 'changes.1.date', 'changes.1.date']);
  });
});
