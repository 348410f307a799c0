import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRO_PROCESS, causes, outDirOf, runBuild, type BuildSteps } from '../../../src/tooling/build-steps';

describe('outDirOf', () => {
  it('reads --outDir in either form, and defaults to dist', () => {
    expect(outDirOf([])).toBe('dist');
    expect(outDirOf(['--outDir', 'dist-splw'])).toBe('dist-splw');
    expect(outDirOf(['--verbose', '--outDir=/tmp/site'])).toBe('/tmp/site');
    expect(outDirOf(['--outDir'])).toBe('dist'); // astro itself rejects this
  });
});

describe('causes', () => {
  it('lists an error and each cause under it', () => {
    const error = new Error('Building the search index failed', { cause: new Error('Pagefind could not write the index: disk full') });
    expect(causes(error)).toBe('Building the search index failed\n  because: Pagefind could not write the index: disk full');
    expect(causes('plain')).toBe('plain');
  });
});

describe('ASTRO_PROCESS', () => {
  it('tunes memory without a heap ceiling a growing site could hit', () => {
    expect(ASTRO_PROCESS.nodeOptions.some((o) => o.startsWith('--max-old-space-size'))).toBe(false);
    expect(ASTRO_PROCESS.nodeOptions).toContain('--heap-growing-percent=50');
  });
});

describe('runBuild', () => {
  let root: string;
  let lines: string[];
  const log = (line: string) => lines.push(line);
  /** Steps that "build" a page into the output folder, as astro build would. */
  const steps = (overrides: Partial<BuildSteps> = {}): BuildSteps & { calls: string[] } => {
    const calls: string[] = [];
    return {
      calls,
      astro: async (args) => {
        calls.push(`astro ${args.join(' ')}`.trim());
        const out = join(root, outDirOf(args));
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), '<!doctype html><title>Built</title>');
        return 0;
      },
      index: async (site) => {
        calls.push(`index ${site}`);
        return 1;
      },
      ...overrides,
    };
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-steps-'));
    lines = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds with Astro, then indexes the finished site in its output folder', async () => {
    const s = steps();
    expect(await runBuild(root, ['--outDir', 'dist-splw'], s, log)).toBe(0);
    expect(s.calls).toEqual(['astro --outDir dist-splw', `index ${join(root, 'dist-splw')}`]);
    expect(existsSync(join(root, 'dist-splw/index.html'))).toBe(true);
    expect(lines.join('\n')).toMatch(/\[build\] astro build done in [\d.]+ s/);
    expect(lines.join('\n')).toMatch(/\[build\] search index done in [\d.]+ s: indexed 1 pages for search/);
  });

  it('stops when astro build fails: no index, no dist/', async () => {
    const s = steps({
      astro: async () => {
        mkdirSync(join(root, 'dist'));
        writeFileSync(join(root, 'dist/half.html'), 'half a site');
        return 1;
      },
    });
    expect(await runBuild(root, [], s, log)).toBe(1);
    expect(s.calls).toEqual([]);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(lines.at(-1)).toBe(
      'astro build stopped (exit 1).\nThe build failed, so dist/ has been removed. Fix the problem named above and build again.',
    );
  });

  it('fails the build when the search index fails, naming why, and removes the built site', async () => {
    const s = steps({
      index: async () => {
        throw new Error('Building the search index failed', {
          cause: new Error('Pagefind could not read the built pages: bad page.html'),
        });
      },
    });
    expect(await runBuild(root, [], s, log)).toBe(1);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(lines.at(-1)).toBe(
      'Building the search index failed\n  because: Pagefind could not read the built pages: bad page.html\n' +
        'The build failed, so dist/ has been removed. Fix the problem named above and build again.',
    );
  });
});
