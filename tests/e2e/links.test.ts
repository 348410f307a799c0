// Links gate: every address in the built HTML (and CSS) leads somewhere that was built, every
// #fragment lands on an id, link text says where it goes, and every external address is https.
// External addresses are not fetched here: `npm run links:external -- --check` does that.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAddress, cssAddresses, extractLinks, fileForPath, linkTextProblem, type PageLinks } from '../../src/lib/links';
import { builtFile, builtPages } from '../support/built-site';
import { DIST } from '../support/server';

const pages: (PageLinks & { path: string })[] = builtPages().map((path) => ({
  path,
  ...extractLinks(readFileSync(builtFile(path), 'utf8')),
}));
/** The site's public address, when the build was given one (canonical links use it). */
const SITE_URL = process.env.SITE_URL;
/** Ids by built file, relative to dist/, for checking fragments on other pages. */
const idsByFile = new Map(pages.map((p) => [relative(DIST, builtFile(p.path)), p.ids]));

/** Why an internal path does not lead to a built file, or null when it does. */
function missingFile(path: string): string | null {
  const file = resolve(DIST, fileForPath(path));
  if (!file.startsWith(DIST + sep)) return 'is outside the site';
  if (existsSync(file) && statSync(file).isFile()) return null;
  const folder = resolve(DIST, path.replace(/^\/+/, ''));
  if (!path.endsWith('/') && existsSync(join(folder, 'index.html'))) return 'needs a trailing slash (the site is built with one on every page address)';
  return 'leads to no built file';
}

describe('links in the built site', () => {
  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.every((p) => p.links.length > 0)).toBe(true);
  });

  it('leads every internal address (a, link, script, img, form...) to a built file', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of page.links) {
        const target = classifyAddress(link.address, page.path, SITE_URL);
        if (target.kind === 'invalid') problems.push(`${page.path}: <${link.element} ${link.attribute}> ${target.reason}`);
        if (target.kind !== 'internal') continue;
        checked++;
        const missing = missingFile(target.path);
        if (missing) problems.push(`${page.path}: <${link.element} ${link.attribute}="${link.address}"> ${missing}`);
        // 404.html is served at whatever address was asked for, so relative addresses in it break.
        if (page.path === '/404.html' && !target.rootRelative && !link.address.startsWith('#')) {
          problems.push(`${page.path}: <${link.element} ${link.attribute}="${link.address}"> must start with / on the 404 page`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('lands every #fragment, on the same page or another, on an element with that id', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of page.links) {
        const target = classifyAddress(link.address, page.path, SITE_URL);
        if (target.kind !== 'internal' || target.fragment === null) continue;
        checked++;
        const ids = idsByFile.get(fileForPath(target.path));
        if (target.fragment === '') problems.push(`${page.path}: "${link.address}" has an empty fragment`);
        else if (!ids) problems.push(`${page.path}: "${link.address}" points into a page that was not built`);
        else if (!ids.has(target.fragment)) problems.push(`${page.path}: "${link.address}": no id="${target.fragment}" on ${target.path}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('gives no link vague text such as "click here" or "read more", nor none at all', () => {
    const problems = pages.flatMap((page) =>
      page.links.flatMap((link) => {
        const problem = link.text === undefined ? null : linkTextProblem(link.text);
        return problem ? [`${page.path}: ${problem} (${link.address})`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('uses https for every external address', () => {
    const external = pages.flatMap((page) =>
      page.links.flatMap((link) => {
        const target = classifyAddress(link.address, page.path, SITE_URL);
        return target.kind === 'external' ? [{ page: page.path, ...target }] : [];
      }),
    );
    expect(external.filter((e) => !e.https).map((e) => `${e.page}: ${e.url} is not https`)).toEqual([]);
    expect(external.length).toBeGreaterThan(0);
  });

  it('leads every url() in the built stylesheets to a built file', () => {
    const stylesheets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const sheet of stylesheets) {
      for (const address of cssAddresses(readFileSync(join(DIST, '_astro', sheet), 'utf8'))) {
        const target = classifyAddress(address, `/_astro/${sheet}`);
        if (target.kind === 'external') problems.push(`${sheet}: ${address} is fetched from another site`);
        if (target.kind === 'invalid') problems.push(`${sheet}: ${target.reason}`);
        if (target.kind !== 'internal') continue;
        const missing = missingFile(target.path);
        if (missing) problems.push(`${sheet}: url(${address}) ${missing}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
