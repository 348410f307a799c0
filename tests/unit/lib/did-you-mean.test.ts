import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord, searchWords, suggestQuery } from '../../../src/lib/did-you-mean';

const WORDS = ['supervision', 'supervisor', 'funding', 'induction', 'checklist', 'worker', 'workers', 'link', 'housing'];

describe('searchWords', () => {
  it('lists each word of 4 letters or more once, lower-cased, the most used first', () => {
    expect(searchWords(['Supervision and funding.', 'Funding, FUNDING: the PCN’s money', 'a link'])).toEqual(['funding', 'link', 'money', 'supervision']);
  });

  it('drops possessives and apostrophes, and splits words at hyphens', () => {
    expect(searchWords(['the worker’s role', "don't", 'sub-contract'])).toEqual(['contract', 'dont', 'role', 'worker']);
  });
});

describe('editDistance', () => {
  it('counts inserted, deleted, changed and swapped letters', () => {
    expect(editDistance('funding', 'funding', 2)).toBe(0);
    expect(editDistance('fundng', 'funding', 2)).toBe(1); // a letter missing
    expect(editDistance('fundinng', 'funding', 2)).toBe(1); // one too many
    expect(editDistance('fundimg', 'funding', 2)).toBe(1); // one changed
    expect(editDistance('suprevision', 'supervision', 2)).toBe(1); // two swapped
    expect(editDistance('sprevision', 'supervision', 2)).toBe(2);
  });

  it('stops at the most it is asked about', () => {
    expect(editDistance('zzzqqq', 'funding', 2)).toBe(3);
    expect(editDistance('a', 'supervision', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  it('finds the word one edit away in a short word, and up to two in a longer one', () => {
    expect(nearestWord('suprevision', WORDS)).toBe('supervision');
    expect(nearestWord('indcution', WORDS)).toBe('induction');
    expect(nearestWord('lnik', WORDS)).toBe('link');
    expect(nearestWord('houzng', WORDS)).toBe('housing');
    expect(nearestWord('lnkk', WORDS)).toBeUndefined(); // 2 edits from "link": too many for 4 letters
  });

  it('offers nothing when no word is near', () => {
    expect(nearestWord('zzzqqq', WORDS)).toBeUndefined();
    expect(nearestWord('pharmacist', WORDS)).toBeUndefined();
  });

  it('prefers the nearer word, then the more used one', () => {
    expect(nearestWord('workerz', ['workers', 'worker'])).toBe('workers');
    expect(nearestWord('superviser', ['supervisor', 'supervision'])).toBe('supervisor');
  });
});

describe('suggestQuery', () => {
  it('corrects the words Pagefind cannot match, keeping the rest', () => {
    expect(suggestQuery(['suprevision', 'checklist'], WORDS)).toBe('supervision checklist');
    expect(suggestQuery(['link', 'wokrer'], WORDS)).toBe('link worker');
  });

  it('leaves a word some word starts with, as Pagefind matches it', () => {
    expect(suggestQuery(['superv'], WORDS)).toBeUndefined();
    expect(suggestQuery(['fund'], WORDS)).toBeUndefined();
  });

  it('offers nothing for words it cannot correct, numbers or short words', () => {
    expect(suggestQuery(['zzzqqq'], WORDS)).toBeUndefined();
    expect(suggestQuery(['2026', 'b3'], WORDS)).toBeUndefined();
    expect(suggestQuery(['lnk'], WORDS)).toBeUndefined();
    expect(suggestQuery([], WORDS)).toBeUndefined();
  });
});
