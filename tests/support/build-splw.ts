// `npm run build:splw`: the site under the base path /splw/, with a public address, into
// dist-splw/, for the browser tests (tests/support/builds.ts). It runs `npm run build` with
// Astro's own --base and --site options, in a copy of the project whose redirects file also
// holds tests/fixtures/redirects-extra.yaml, so a moved page's forwarding page is built and
// checked in a browser (the real site has moved none yet).
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy.ts';
import { EXTRA_REDIRECTS, SPLW_BUILD } from './builds.ts';

const copy = await copyProject();
try {
  appendFileSync(join(copy.dir, 'content/redirects.yaml'), `\n${readFileSync(EXTRA_REDIRECTS, 'utf8')}`);
  const { status } = copy.build(['--base', SPLW_BUILD.base, '--site', SPLW_BUILD.site!, '--outDir', SPLW_BUILD.dir], 'inherit');
  process.exitCode = status ?? 1;
} finally {
  await copy.remove();
}
