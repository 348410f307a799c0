import { z } from 'astro/zod';
import { describe } from './enums';
import { STOP_WORDS } from '../lib/search-query';

/** Most words or phrases one page may list: enough for its readers' words, not a word list. */
export const SEARCH_TERMS_MAX = 40;
/** Longest single term: a short phrase such as "how much will I be paid" is already too long. */
export const SEARCH_TERM_MAX_LENGTH = 30;

/**
 * One word or short phrase a reader might type for this page, e.g. `salary` or `line manager`.
 * Letters, digits, spaces, hyphens and apostrophes only, so each item is one term.
 */
const searchTerm = z
  .string({ error: (issue) => `${describe(issue.input)} is not a word: write each term as text, e.g. salary` })
  .trim()
  .min(2, { error: 'is empty or one letter: write a word or short phrase, e.g. salary' })
  .max(SEARCH_TERM_MAX_LENGTH, {
    error: (issue) =>
      `is too long: keep each term to ${SEARCH_TERM_MAX_LENGTH} characters, a word or short phrase (this one has ${String(issue.input).length})`,
  })
  // An empty term is the min rule's to report, not this one's.
  .regex(/^(?:[\p{L}\p{N}][\p{L}\p{N}' -]*)?$/u, {
    error: (issue) =>
      /[,;]/.test(String(issue.input))
        ? `"${String(issue.input)}" holds more than one term: put each word or phrase on its own line of the list`
        : `"${String(issue.input)}" has a character search cannot use: write letters, digits, spaces, hyphens and apostrophes only`,
  });

/**
 * The everyday words readers use for what the page covers, when they differ from the page's own
 * words: "salary" and "wage" for a funding page, "boss" for supervision, "first week" for
 * induction. Search finds the page by these as well as by its text; they are never shown.
 * Optional; no two terms may be the same.
 */
export const searchTermsSchema = z
  .array(searchTerm, { error: 'must be a list of words or phrases, e.g. [salary, pay band, wage]' })
  .max(SEARCH_TERMS_MAX, {
    error: (issue) =>
      `has too many terms: keep to the ${SEARCH_TERMS_MAX} words readers use most (this page has ${(issue.input as unknown[]).length})`,
  })
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.forEach((term, i) => {
      const key = term.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `"${term}" is listed twice: remove one` });
      seen.add(key);
      // Search drops these words from what readers type, so a term made only of them never matches.
      if (key.split(/[\s'-]+/).every((w) => STOP_WORDS.has(w) || w.length < 2)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `"${term}" has only common words that search leaves out of a question: use the word that carries the meaning, e.g. salary`,
        });
      }
    });
  })
  .default([]);
