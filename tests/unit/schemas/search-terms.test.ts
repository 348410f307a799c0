import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../../src/schemas/guidance';
import { validPage } from '../fixtures';

/** The problems zod reports, as "field: message" lines an editor would read. */
function problems(input: unknown): string[] {
  const result = guidanceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('searchTerms in guidance frontmatter', () => {
  it('is optional, and an empty list when left out', () => {
    expect(guidanceSchema.parse(validPage()).searchTerms).toEqual([]);
  });

  it('accepts words and short phrases, trimmed', () => {
    const parsed = guidanceSchema.parse(validPage({ searchTerms: ['boss', ' line manager ', "who's in charge", 'one-to-one', 'GP'] }));
    expect(parsed.searchTerms).toEqual(['boss', 'line manager', "who's in charge", 'one-to-one', 'GP']);
  });

  it('asks for a list when given one line of text', () => {
    expect(problems(validPage({ searchTerms: 'boss, manager' }))).toEqual([
      'searchTerms: must be a list of words or phrases, e.g. [salary, pay band, wage]',
    ]);
  });

  it('asks for one term per item when an item holds several', () => {
    expect(problems(validPage({ searchTerms: ['boss, manager'] }))).toEqual([
      'searchTerms.0: "boss, manager" holds more than one term: put each word or phrase on its own line of the list',
    ]);
  });

  it('names a character search cannot use', () => {
    expect(problems(validPage({ searchTerms: ['pay', 'pay?'] }))).toEqual([
      'searchTerms.1: "pay?" has a character search cannot use: write letters, digits, spaces, hyphens and apostrophes only',
    ]);
  });

  it('rejects an empty or one-letter term, and one that is not text', () => {
    expect(problems(validPage({ searchTerms: ['  ', 'x', 42] }))).toEqual([
      'searchTerms.0: is empty or one letter: write a word or short phrase, e.g. salary',
      'searchTerms.1: is empty or one letter: write a word or short phrase, e.g. salary',
      'searchTerms.2: 42 is not a word: write each term as text, e.g. salary',
    ]);
  });

  it('says how long an over-long term is', () => {
    expect(problems(validPage({ searchTerms: ['how much will I be paid each month'] }))).toEqual([
      'searchTerms.0: is too long: keep each term to 30 characters, a word or short phrase (this one has 34)',
    ]);
  });

  it('names a term listed twice, whatever its case', () => {
    expect(problems(validPage({ searchTerms: ['salary', 'wage', 'Salary'] }))).toEqual([
      'searchTerms.2: "Salary" is listed twice: remove one',
    ]);
  });

  it('caps the list at 40 terms', () => {
    const many = Array.from({ length: 41 }, (_, i) => `term ${i}`);
    expect(problems(validPage({ searchTerms: many }))).toEqual([
      'searchTerms: has too many terms: keep to the 40 words readers use most (this page has 41)',
    ]);
  });

  it('rejects a term made only of words search leaves out of a question', () => {
    expect(problems(validPage({ searchTerms: ['what they do', 'why', 'day to day pay'] }))).toEqual([
      'searchTerms.0: "what they do" has only common words that search leaves out of a question: use the word that carries the meaning, e.g. salary',
      'searchTerms.1: "why" has only common words that search leaves out of a question: use the word that carries the meaning, e.g. salary',
    ]);
  });
});
