// `npm run build` (and `npm run build:splw`, and the bench): builds the site in two steps,
// `astro build` and then the search index; see runBuild in build-steps.ts. Options are passed
// to `astro build`, e.g. `node src/tooling/build.ts --outDir dist-splw`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ASTRO_PROCESS, runBuild } from './build-steps.ts';
import { indexSearch } from './search-index.ts';

const root = process.cwd();
const astroBin = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');

process.exitCode = await runBuild(root, process.argv.slice(2), {
  astro: (args) =>
    new Promise((done, fail) => {
      // On this Node, whatever node is first on PATH: npm scripts run on the project's Node 24.
      const child = spawn(process.execPath, [...ASTRO_PROCESS.nodeOptions, astroBin, 'build', ...args], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, ...ASTRO_PROCESS.env },
      });
      child.on('error', fail);
      child.on('close', (code) => done(code));
    }),
  index: indexSearch,
});
