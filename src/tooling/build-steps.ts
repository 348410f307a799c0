// What `npm run build`'s steps share: see package.json's "build" script, which runs
// src/tooling/astro-build.ts, then src/tooling/index-search.ts, and
// src/tooling/discard-build.mjs when either fails.

/**
 * How the `astro build` process runs (src/tooling/astro-build.ts): Node's command-line flags,
 * V8 options, then environment variables. Together they cut its peak memory on 1,000 generated
 * pages from about 1.5 GB to 0.8 GB, for about the same CPU time, and set no ceiling: a larger
 * site needs more memory but never fails for want of it. Measured with
 * `npm run bench -- --build-only`.
 */
export const ASTRO_PROCESS = {
  /**
   * Given on the command line (package.json's build script, tests/support/build-splw.ts), as V8
   * sizes its young generation when it starts. Node 24 lets it grow to 2 x 64 MB, nearly all
   * of it resident during the bundle; 16 MB semi-spaces (V8's size for years) keep it at about
   * 34 MB (about 130 MB less at the peak), for more frequent, shorter young collections.
   */
  nodeFlags: ['--max-semi-space-size=16'],
  /**
   * V8 lets its heap grow to up to 4 times what was live after the last full collection when
   * the machine has memory to spare: Astro's garbage then sat in a heap of 600 MB around 150 MB
   * of live data. 1.75 times keeps the heap nearer what is live, at the cost of more frequent
   * collections: at 1,000 pages 1.5 times cost about 1 s more in collections for about 50 MB
   * less, and 2 times saved 0.5 s more but came within 100 MB of the 1 GB budget. Unlike
   * --max-old-space-size it is no ceiling.
   */
  v8Options: ['--heap-growing-percent=75'],
  /**
   * The bundler (Rolldown: native code on the mimalloc allocator) holds a few hundred MB while
   * it bundles the MDX pages. MIMALLOC_ALLOW_THP=0: no transparent huge pages, so a 2 MB page is
   * not kept whole for a few bytes in use (about 200 MB less at the peak).
   * MIMALLOC_PURGE_DELAY=0: memory it frees goes back to the system at once, not after a delay
   * that never ends once its threads sleep after bundling (about 200 MB less while pages are
   * drawn). Other allocators ignore both.
   */
  env: { MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '0' },
} as const;

/**
 * The search index step: indexes the built site in `dir` with `index`, and says what it did or
 * why it failed. Resolves to the exit status: 0, or 1 when indexing failed (then
 * discard-build.mjs removes the site: without its index it would answer every search with
 * nothing).
 */
export async function indexStep(
  dir: string,
  index: (dir: string) => Promise<number>,
  log: (line: string) => void = (line) => console.error(line),
): Promise<number> {
  const started = performance.now();
  log('[build] step: search index');
  try {
    const pages = await index(dir);
    log(`[build] search index done in ${((performance.now() - started) / 1000).toFixed(1)} s: indexed ${pages} pages for search`);
    return 0;
  } catch (error) {
    log(causes(error));
    return 1;
  }
}

/** An error's message followed by each of its causes', one per line. */
export function causes(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error; e !== undefined; e = e instanceof Error ? e.cause : undefined) {
    lines.push(e instanceof Error ? e.message : String(e));
  }
  return lines.join('\n  because: ');
}
