import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real command (`npm run review-due` runs this file) against a small content folder.
const root = join(import.meta.dirname, '../../..');
const node = join(root, 'node_modules/.bin/node');
const cli = join(root, 'scripts/review-due.ts');
let content: string;

function page(title: string, nextReview: string, extra = ''): string {
  return `---\ntitle: ${title}\nnextReview: ${nextReview}\n${extra}---\n\nText.\n`;
}

function run(dir: string, ...args: string[]) {
  const result = spawnSync(node, [cli, '--root', dir, '--today', '2026-12-01', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function site(pages: Record<string, string>, contracts: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(content, 'site-'));
  mkdirSync(join(dir, 'content/guidance/role'), { recursive: true });
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'content/guidance/role', name), text);
  if (Object.keys(contracts).length) {
    mkdirSync(join(dir, 'content/contracts'));
    for (const [name, text] of Object.entries(contracts)) writeFileSync(join(dir, 'content/contracts', name), text);
  }
  return dir;
}

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'review-due-'));
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('npm run review-due', () => {
  it('lists an overdue page, writes the report, and exits 0 without --strict and 1 with it', () => {
    const dir = site({ 'old.mdx': page('Old page', '2026-11-01'), 'fine.mdx': page('Fine page', '2027-06-01') });
    const plain = run(dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('1 of 2 pages is due a review on 2026-12-01');
    expect(plain.out).toContain('content/guidance/role/old.mdx  2026-11-01   review overdue since 2026-11-01 (30 days ago)');
    expect(plain.out).not.toContain('fine.mdx');
    const report = readFileSync(join(dir, 'reports/review-due.md'), 'utf8');
    expect(report).toContain('| Old page | `content/guidance/role/old.mdx` | 2026-11-01 |');

    expect(run(dir, '--strict').code).toBe(1);
  });

  it('exits 0 with --strict when nothing is due, and looks as far ahead as --days says', () => {
    const dir = site({ 'fine.mdx': page('Fine page', '2027-01-15') });
    const strict = run(dir, '--strict');
    expect(strict.code).toBe(0);
    expect(strict.out).toContain('No page is due a review on 2026-12-01 (review date passed or within 30 days).');
    const ahead = run(dir, '--days', '60', '--strict');
    expect(ahead.code).toBe(1);
    expect(ahead.out).toContain('review due 2027-01-15 (in 45 days)');
  });

  it('lists rules resting on a contract year older than the one marked current', () => {
    const dir = site(
      { 'funding.mdx': page('Funding', '2027-06-01', 'contract:\n  year: "2021/22"\n  clause: Annex B\n') },
      { '2021-22.yaml': 'year: "2021/22"\ncurrent: false\n', '2026-27.yaml': 'year: "2026/27"\ncurrent: true\n' },
    );
    const result = run(dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('rules checked against contract year 2021/22, not yet against 2026/27');
  });

  it('exits 2 naming the file and field when a page cannot be read, even without --strict', () => {
    const dir = site({ 'bad.mdx': page('Bad page', 'soon') });
    const result = run(dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('review-due: content/guidance/role/bad.mdx:3: nextReview: "soon" is not a date. Write it as YYYY-MM-DD');
  });

  it('exits 2 on an option it does not know', () => {
    const dir = site({ 'fine.mdx': page('Fine page', '2027-06-01') });
    const result = run(dir, '--days', 'lots');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--days needs a whole number of days');
  });
});
