// Runs before `npm start` and `npm test` on whatever Node the machine has (even an old one):
// installs the project's packages when they are missing or older than package-lock.json, so a
// fresh clone needs no separate install step. The packages include Node 24 itself, which every
// later npm script then runs on (npm puts node_modules/.bin first on the PATH).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { delimiter, resolve } from 'node:path';

const stamp = 'node_modules/.install-stamp';
const wanted = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
// The browser for the tests on Linux x64 (see tests/support/browser.ts). npm leaves out an
// optional package whose "engines" the running Node does not meet, and this one wants Node 22.17
// or later: so when the machine's own Node is older, npm is run again on the project's Node 24.
const browserPackage = 'node_modules/@sparticuz/chromium/package.json';
const wantsBrowser = process.platform === 'linux' && process.arch === 'x64';

if (installed !== wanted || !existsSync('node_modules/.bin/astro')) {
  console.log('Installing packages (first run, or package-lock.json has changed)...');
  // Not `npm ci`: it refuses a lock file without every platform's optional binaries, and the
  // registry mirror this project is built against has only some of them.
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
  if (wantsBrowser && !existsSync(browserPackage) && existsSync('node_modules/.bin/node')) {
    console.log('Installing the browser for the tests, on the project’s Node 24...');
    const path = [resolve('node_modules/.bin'), process.env.PATH].join(delimiter);
    execSync('npm install --no-audit --no-fund', { stdio: 'inherit', env: { ...process.env, PATH: path } });
  }
  writeFileSync(stamp, wanted);
}
