// The steps of a build, run one after the other by src/tooling/build.ts (`npm run build`).
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** What a build does, so the bench and the tests can run the same steps as `npm run build`. */
export interface BuildSteps {
  /** `astro build` with these options, in a process of its own; resolves to its exit status. */
  astro(args: readonly string[]): Promise<number | null>;
  /** Builds the search index in the built site's folder; resolves to the number of pages. */
  index(site: string): Promise<number>;
}

/**
 * How the `astro build` process is started: Node options, then environment variables. Both cut
 * its peak memory (1,000 generated pages: about 1.45 GB down to 1.0 GB) without a cap on it, so
 * a larger site needs more memory but never fails for want of it.
 */
export const ASTRO_PROCESS = {
  /**
   * V8 grows its heap to up to 4 times what is live after each full collection when the
   * machine has memory to spare; Astro's garbage then sits in a heap of 600 MB around 150 MB of
   * live data. 1.5 times keeps the heap near what is live, for more frequent collections.
   * Unlike --max-old-space-size, it sets no ceiling a growing site could hit.
   */
  nodeOptions: ['--heap-growing-percent=50'],
  /**
   * The bundler (Rolldown, native code on mimalloc) returns memory it has freed to the system
   * at once instead of keeping it for reuse; its threads sleep after bundling, so memory it
   * kept stayed with Astro while the pages were drawn (about 200 MB more).
   */
  env: { MIMALLOC_PURGE_DELAY: '0' },
} as const;

/**
 * The output folder `astro build` writes to with these options: `--outDir x` or `--outDir=x`,
 * else `dist` (astro.config.mjs sets none).
 */
export function outDirOf(args: readonly string[]): string {
  for (const [i, arg] of args.entries()) {
    if (arg === '--outDir' && args[i + 1]) return args[i + 1]!;
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return 'dist';
}

/**
 * Runs the build's steps in `root`: `astro build`, then the search index once Astro has exited
 * (so the indexer's memory never adds to Astro's). When a step fails, the output folder is
 * removed, so a failed build never leaves something that looks like a site to serve or deploy.
 * Resolves to the exit status for the command: 0, or 1 after a failure.
 */
export async function runBuild(
  root: string,
  args: readonly string[],
  steps: BuildSteps,
  log: (line: string) => void = (line) => console.error(line),
): Promise<number> {
  const outDir = resolve(root, outDirOf(args));
  const shown = `${relative(root, outDir) || '.'}/`;
  const discard = (why: string) => {
    rmSync(outDir, { recursive: true, force: true });
    log(`${why}\nThe build failed, so ${shown} has been removed. Fix the problem named above and build again.`);
    return 1;
  };

  let started = performance.now();
  log('[build] step: astro build');
  const status = await steps.astro(args);
  if (status !== 0) return discard(`astro build stopped (exit ${status}).`);
  log(`[build] astro build done in ${seconds(started)}`);

  started = performance.now();
  log('[build] step: search index');
  try {
    const pages = await steps.index(outDir);
    log(`[build] search index done in ${seconds(started)}: indexed ${pages} pages for search`);
  } catch (error) {
    return discard(causes(error));
  }
  return 0;
}

/** An error's message followed by each of its causes', one per line. */
export function causes(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error; e !== undefined; e = e instanceof Error ? e.cause : undefined) {
    lines.push(e instanceof Error ? e.message : String(e));
  }
  return lines.join('\n  because: ');
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
