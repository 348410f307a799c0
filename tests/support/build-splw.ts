// `npm run build:splw`: builds the site under the base path /splw/ into dist-splw/, for the
// browser tests (tests/support/builds.ts says how), with the steps of `npm run build`: Astro's
// build, then the search index. A failed build leaves no folder behind.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { SPLW_BUILD } from './builds.ts';

const steps = [
  ['src/tooling/astro-build.ts', '--outDir', SPLW_BUILD.dir],
  ['src/tooling/index-search.ts', SPLW_BUILD.dir],
];
for (const args of steps) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...SPLW_BUILD.env } });
  if (result.status !== 0) {
    rmSync(SPLW_BUILD.dir, { recursive: true, force: true });
    console.error(`The base-path build failed, so ${SPLW_BUILD.dir} has been removed.`);
    process.exit(result.status ?? 1);
  }
}
