import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A question as a reader would type it, and the page that must be in its first 3 results. */
export interface SearchQuestion {
  question: string;
  page: string;
}

/** The table in tests/data/search-questions.yaml, shared by the browser tests and the bench. */
export const SEARCH_QUESTIONS_FILE = join(import.meta.dirname, '../data/search-questions.yaml');

/** How many results a reader looks at: the expected page must be among them. */
export const TOP = 3;

export function searchQuestions(file = SEARCH_QUESTIONS_FILE): SearchQuestion[] {
  const rows: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of { question, page }`);
  return rows.map((row: unknown, i) => {
    const { question, page } = (row ?? {}) as Record<string, unknown>;
    if (typeof question !== 'string' || !question.trim()) throw new Error(`${file}: item ${i + 1} has no question`);
    if (typeof page !== 'string' || !/^\/([\w-]+\/)*$/.test(page)) {
      throw new Error(`${file}: item ${i + 1} ("${question}") needs a page address like /roles/<role>/<topic>/`);
    }
    return { question, page };
  });
}
