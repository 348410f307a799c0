import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { searchQuestions } from '../support/search-questions';

// The table of readers' questions is run in Chromium by tests/e2e/search.test.ts; here it is
// checked against the content, so a new page cannot go without questions or search terms.
const root = join(import.meta.dirname, '../..');
const guidanceDir = join(root, 'content/guidance');
const pages = readdirSync(guidanceDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(guidanceDir, f), 'utf8'))![1]!) as {
      role: string;
      topic: string;
      searchTerms?: string[];
    };
    return { file: `content/guidance/${f}`, address: `/roles/${front.role}/${front.topic}/`, searchTerms: front.searchTerms ?? [] };
  });

describe('the table of readers’ questions', () => {
  const questions = searchQuestions();

  it('has at least 20 questions, none twice', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(questions.map((q) => q.question.toLowerCase())).size).toBe(questions.length);
  });

  it('expects only pages that exist', () => {
    // Guidance pages, and the one other page readers are sent to for the contract's changes.
    const addresses = new Set([...pages.map((p) => p.address), '/contract-years/']);
    expect(questions.filter((q) => !addresses.has(q.page))).toEqual([]);
  });

  it('asks at least one question of every guidance page', () => {
    const asked = new Set(questions.map((q) => q.page));
    expect(pages.filter((p) => !asked.has(p.address)).map((p) => p.file)).toEqual([]);
  });

  it('finds every guidance page giving readers’ own words in searchTerms', () => {
    expect(pages.filter((p) => p.searchTerms.length === 0).map((p) => p.file)).toEqual([]);
  });

  it('names the file and item when a row is incomplete', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'questions-')), 'q.yaml');
    writeFileSync(file, '- question: who is my boss\n  page: supervision\n');
    expect(() => searchQuestions(file)).toThrow(`${file}: item 1 ("who is my boss") needs a page address like /roles/<role>/<topic>/`);
    writeFileSync(file, '- page: /roles/x/supervision/\n');
    expect(() => searchQuestions(file)).toThrow(`${file}: item 1 has no question`);
  });
});
