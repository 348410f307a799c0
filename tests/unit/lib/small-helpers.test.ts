import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, isReviewOverdue } from '../../../src/lib/dates';
import { pageContents } from '../../../src/lib/headings';
import { urls } from '../../../src/lib/urls';
import { AUDIENCE_INFO, audienceLabel } from '../../../src/lib/audiences';
import { TOPIC_LABELS } from '../../../src/lib/topics';
import { AUDIENCES, TOPICS } from '../../../src/schemas/enums';

describe('dates', () => {
  it('writes dates the NHS way and as ISO', () => {
    expect(formatDate(new Date('2026-11-23'))).toBe('23 November 2026');
    expect(isoDate(new Date('2027-05-01'))).toBe('2027-05-01');
  });

  it('calls a review overdue only after its due day', () => {
    const due = new Date('2027-05-23');
    expect(isReviewOverdue(due, new Date('2027-05-23T18:00:00Z'))).toBe(false);
    expect(isReviewOverdue(due, new Date('2027-05-24'))).toBe(true);
  });
});

describe('page contents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

  it('lists h2s only, and only on pages long enough to need it', () => {
    expect(pageContents([h(2, 'A'), h(3, 'A1'), h(2, 'B'), h(2, 'C')]).map((x) => x.text)).toEqual(['A', 'B', 'C']);
    expect(pageContents([h(2, 'A'), h(2, 'B'), h(3, 'B1')])).toEqual([]);
  });
});

describe('urls', () => {
  it('makes stable, readable addresses', () => {
    expect(urls.topic('social-prescribing-link-worker', 'supervision')).toBe('/roles/social-prescribing-link-worker/supervision/');
    expect(urls.search('who pays?')).toBe('/search/?q=who%20pays%3F');
    expect(urls.glossary('arrs')).toBe('/glossary/#arrs');
  });
});

describe('labels', () => {
  it('has a label for every audience and topic', () => {
    expect(Object.keys(AUDIENCE_INFO).sort()).toEqual([...AUDIENCES].sort());
    expect(Object.keys(TOPIC_LABELS).sort()).toEqual([...TOPICS].sort());
    expect(audienceLabel('manager')).toBe('Practice and PCN managers');
  });
});
