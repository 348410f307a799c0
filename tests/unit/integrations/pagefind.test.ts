import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, indexSearch } from '../../../src/integrations/pagefind';

// The real Pagefind indexer, on a two-page site in a temporary folder.
describe('indexSearch', () => {
  let site: string;
  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'search-index-'));
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  const page = (path: string, main: string) => {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(
      join(site, path, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${path}</title></head><body><header>Menu words</header><main data-pagefind-body>${main}</main></body></html>`,
    );
  };

  it('indexes every page and writes the index into pagefind/', async () => {
    page('supervision', '<h1>Supervision</h1><p>Who supervises a link worker.</p>');
    page('funding', '<h1>Funding</h1><p>How the role is paid for.</p>');
    expect(await indexSearch(site)).toBe(2);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails, saying why, when there is no page to index', async () => {
    const error = await indexSearch(site).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Building the search index failed');
    expect(((error as Error).cause as Error).message).toBe(`Pagefind found no pages to index in ${site}`);
  });
});

describe('check', () => {
  it("passes Pagefind's own messages on, naming the step", () => {
    expect(() => check('write the index', [])).not.toThrow();
    expect(() => check('write the index', ['disk full', 'no space'])).toThrow('Pagefind could not write the index: disk full; no space');
  });
});
