import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_PROCESS, causes, indexStep } from '../../../src/tooling/build-steps';

const root = join(import.meta.dirname, '../../..');

describe('npm run build', () => {
  it("runs Astro's build, then the search index, and removes the site when either fails", () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['build']).toBe(
      `node ${ASTRO_PROCESS.nodeFlags.join(' ')} src/tooling/astro-build.ts && node src/tooling/index-search.ts || node src/tooling/discard-build.mjs`,
    );
  });
});

describe('ASTRO_PROCESS', () => {
  it('tunes memory without a heap ceiling a growing site could hit', () => {
    expect(ASTRO_PROCESS.nodeFlags).toEqual(['--max-semi-space-size=16']);
    expect(ASTRO_PROCESS.v8Options).toEqual(['--heap-growing-percent=75']);
    for (const option of [...ASTRO_PROCESS.nodeFlags, ...ASTRO_PROCESS.v8Options]) {
      expect(option).not.toMatch(/max-old-space-size|max-heap-size/);
    }
    expect(ASTRO_PROCESS.env).toEqual({ MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '0' });
  });
});

describe('causes', () => {
  it('lists an error and each cause under it', () => {
    const error = new Error('Building the search index failed', { cause: new Error('Pagefind could not write the index: disk full') });
    expect(causes(error)).toBe('Building the search index failed\n  because: Pagefind could not write the index: disk full');
    expect(causes('plain')).toBe('plain');
  });
});

describe('indexStep', () => {
  it('indexes the folder it is given and says how many pages, in how long', async () => {
    const lines: string[] = [];
    const seen: string[] = [];
    const status = await indexStep('/site/dist-splw', async (dir) => (seen.push(dir), 27), (l) => lines.push(l));
    expect(status).toBe(0);
    expect(seen).toEqual(['/site/dist-splw']);
    expect(lines[0]).toBe('[build] step: search index');
    expect(lines[1]).toMatch(/^\[build\] search index done in [\d.]+ s: indexed 27 pages for search$/);
  });

  it('exits 1 naming why, when Pagefind fails', async () => {
    const lines: string[] = [];
    const failing = async () => {
      throw new Error('Building the search index failed', {
        cause: new Error('Pagefind could not read the built pages: bad page.html'),
      });
    };
    expect(await indexStep('dist', failing, (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toBe('Building the search index failed\n  because: Pagefind could not read the built pages: bad page.html');
  });
});
