// `npm run edit`: the site's dev server and the web editor's local back end together, so an
// editor can change the content at http://localhost:4321/admin/ with no login. decap-server
// writes each save into content/ (this folder, never a commit); `astro dev` then shows the page,
// or the build's error naming the file and field. Ctrl+C stops both. Works on any system Node
// runs on: both are started as Node scripts, not through a shell.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const bin = (pkg, file) => join(dirname(require.resolve(`${pkg}/package.json`, { paths: [root] })), file);
const astro = bin('astro', 'bin/astro.mjs');
const decapServer = bin('decap-server', 'dist/index.js');
// Decap looks for its local back end at http://localhost:8081 (src/lib/cms-security.ts allows it).
const PORT = '8081';

const children = [
  spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, [decapServer], {
    cwd: root,
    stdio: 'inherit',
    // Only this machine may reach it: it writes files without asking who is there.
    env: { ...process.env, PORT, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs' },
  }),
];

console.log('\nWeb editor: http://localhost:4321/admin/ (choose "Login": no password is needed here).\n');

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
