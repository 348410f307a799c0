import { describe, expect, it } from 'vitest';
import { sharedRuns, words } from '../../support/own-words';

const original = 'Link workers give people time to focus on ‘what matters to me’ and take a holistic approach to health.';

describe('words', () => {
  it('lower-cases and drops punctuation, quotes and extra space', () => {
    expect(words('  ‘What  matters’ to them, NHS-wide! ')).toEqual(['what', 'matters', 'to', 'them', 'nhs', 'wide']);
  });
});

describe('sharedRuns', () => {
  it('finds a copied run of 12 words or more, whatever its case and punctuation', () => {
    const page = 'In short: LINK WORKERS give people time to focus on "what matters to me", and more.';
    expect(sharedRuns(page, original)).toEqual(['link workers give people time to focus on what matters to me and']);
  });

  it('reports overlapping matches as one run', () => {
    const runs = sharedRuns(`Intro. ${original}`, original);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toBe(words(original).join(' '));
  });

  it('lets a run of 11 shared words pass', () => {
    expect(sharedRuns('give people time to focus on what matters to me and then', original)).toEqual([]);
  });

  it('finds nothing in text written afresh', () => {
    expect(sharedRuns('A link worker spends time with each person to find out what is important to them.', original)).toEqual([]);
  });
});
