// Runs before `npm start` and `npm test` on whatever Node the machine has (even an old one):
// installs the project's packages when they are missing or older than package-lock.json, so a
// fresh clone needs no separate install step. The packages include Node 24 itself, which every
// later npm script then runs on (npm puts node_modules/.bin first on the PATH).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const stamp = 'node_modules/.install-stamp';
const wanted = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';

if (installed !== wanted || !existsSync('node_modules/.bin/astro')) {
  console.log('Installing packages (first run, or package-lock.json has changed)...');
  // Not `npm ci`: it refuses a lock file without every platform's optional binaries, and the
  // registry mirror this project is built against has only some of them.
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, wanted);
}
