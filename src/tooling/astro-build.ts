// `npm run build`, step 1: `astro build` (options passed on, e.g. --outDir dist-splw), in this
// process, with the memory settings of ASTRO_PROCESS (build-steps.ts). They must be in place
// before Astro loads its bundler, which reads them once, so they cannot go in astro.config.mjs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { ASTRO_PROCESS } from './build-steps.ts';

console.error('[build] step: astro build');
for (const option of ASTRO_PROCESS.v8Options) setFlagsFromString(option);
Object.assign(process.env, ASTRO_PROCESS.env);
const astro = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
process.argv = [process.argv[0]!, astro, 'build', ...process.argv.slice(2)];
await import(astro);
