// The builds the browser tests run against: the site at a host's root, as `npm run build`
// makes it, and under a base path with a public address, as `npm run build:splw` makes it.
// Imports carry .ts so plain `node` scripts can use this file too.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from './server.ts';
import { parseRedirects, readRedirects } from '../../src/lib/redirects.ts';
import type { Redirect } from '../../src/schemas/redirect.ts';

/** A moved page the /splw/ build adds to the site's redirects (tests/support/build-splw.ts). */
export const EXTRA_REDIRECTS = resolve(import.meta.dirname, '../fixtures/redirects-extra.yaml');

export interface Build {
  /** Shown in test names. */
  name: string;
  /** The build's folder. */
  dir: string;
  /** The path it is served under: `/` or `/splw/`. */
  base: string;
  /** SITE_URL it was built with, if any. */
  site?: string;
  /** The command that makes it. */
  command: string;
  /** The redirects it is built with: the site's, and for the /splw/ build a test one. */
  redirects: () => Redirect[];
}

export const ROOT_BUILD: Build = {
  name: 'at the root',
  dir: DIST,
  base: '/',
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  command: 'npm run build',
  redirects: () => readRedirects(),
};

/** Served under /splw/ on a domain it shares, with SITE_URL set and a moved page to redirect. */
export const SPLW_BUILD: Build = {
  name: 'under /splw/',
  dir: resolve(import.meta.dirname, '../../dist-splw'),
  base: '/splw/',
  site: 'https://hub.example.org',
  command: 'npm run build:splw',
  redirects: () => [...readRedirects(), ...parseRedirects(`redirects:\n${readFileSync(EXTRA_REDIRECTS, 'utf8')}`, EXTRA_REDIRECTS)],
};

export const BUILDS: readonly Build[] = [ROOT_BUILD, SPLW_BUILD];

/** Stops with a clear message when a build's folder is missing. */
export function requireBuild(build: Build): Build {
  if (!existsSync(join(build.dir, 'index.html'))) {
    throw new Error(`No built site in ${build.dir}: run \`${build.command}\` first (npm test does this for you).`);
  }
  return build;
}

/** A path written from the site's root (`/roles/`) as it is served in this build (`/splw/roles/`). */
export function servedPath(build: Build, path: string): string {
  return build.base + path.replace(/^\/+/, '');
}
