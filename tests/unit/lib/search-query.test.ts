import { describe, expect, it } from 'vitest';
import { meaningfulTerms, mergeByTermsMatched } from '../../../src/lib/search-query';

describe('meaningfulTerms', () => {
  it('keeps the words of a question that carry meaning', () => {
    expect(meaningfulTerms('What does a link worker do each day?')).toEqual(['link', 'worker']);
    expect(meaningfulTerms('Can a link worker help with housing?')).toEqual(['link', 'worker', 'help', 'housing']);
    expect(meaningfulTerms('Who supervises an SPLW?')).toEqual(['supervises', 'splw']);
  });

  it('splits abbreviations written with a slash and drops apostrophes', () => {
    expect(meaningfulTerms("NHSE/I's induction guide")).toEqual(['nhse', 'induction', 'guide']);
  });

  it('falls back to all words when every word is common', () => {
    expect(meaningfulTerms('how do I')).toEqual(['how', 'do']);
  });

  it('returns nothing for punctuation alone, and removes repeats', () => {
    expect(meaningfulTerms('?? !')).toEqual([]);
    expect(meaningfulTerms('ARRS arrs Arrs')).toEqual(['arrs']);
  });
});

describe('mergeByTermsMatched', () => {
  it('ranks pages matching more terms first, then by score', () => {
    const merged = mergeByTermsMatched([
      [{ id: 'a', score: 1 }, { id: 'b', score: 5 }],
      [{ id: 'a', score: 1 }, { id: 'c', score: 9 }],
    ]);
    expect(merged.map((h) => h.id)).toEqual(['a', 'c', 'b']);
  });

  it('returns nothing when no term matched', () => {
    expect(mergeByTermsMatched([[], []])).toEqual([]);
  });
});
