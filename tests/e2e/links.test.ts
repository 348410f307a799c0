// Links gate: every address in the built HTML (and CSS) leads somewhere that was built, every
// #fragment lands on an id, link text says where it goes, and every external address is https.
// Run on each build (tests/support/builds.ts): at a host's root, and under a base path.
// External addresses are not fetched here: `npm run links:external -- --check` does that.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAddress, cssAddresses, extractLinks, fileForPath, linkTextProblem, type PageLinks } from '../support/links';
import { builtFile, builtPages, movedPages } from '../support/built-site';
import { BUILDS, requireBuild, servedPath } from '../support/builds';

describe.each(BUILDS)('links in the built site, $name', (build) => {
  const DIST = requireBuild(build).dir;
  /** Each page as built (`path`, from the build's folder) and as served (`address`, under the base). */
  const pages: (PageLinks & { path: string; address: string })[] = [...builtPages(DIST), ...movedPages(DIST)].map((path) => ({
    path,
    address: servedPath(build, path),
    ...extractLinks(readFileSync(builtFile(path, DIST), 'utf8')),
  }));
  /** The site's public address, when the build was given one (canonical links use it). */
  const SITE_URL = build.site;
  /** Ids by built file, relative to the build's folder, for checking fragments on other pages. */
  const idsByFile = new Map(pages.map((p) => [relative(DIST, builtFile(p.path, DIST)), p.ids]));

  /** The build's file for a served path, or why there is none. */
  function fileFor(path: string): { file: string } | { problem: string } {
    if (!path.startsWith(build.base)) return { problem: `is outside the site's base path ${build.base}` };
    return { file: fileForPath('/' + path.slice(build.base.length)) };
  }

  /** Why an internal path does not lead to a built file, or null when it does. */
  function missingFile(path: string): string | null {
    const found = fileFor(path);
    if ('problem' in found) return found.problem;
    const file = resolve(DIST, found.file);
    if (!file.startsWith(DIST + sep)) return 'is outside the site';
    if (existsSync(file) && statSync(file).isFile()) return null;
    const folder = resolve(DIST, path.slice(build.base.length));
    if (!path.endsWith('/') && existsSync(join(folder, 'index.html'))) return 'needs a trailing slash (the site is built with one on every page address)';
    return 'leads to no built file';
  }


  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.every((p) => p.links.length > 0)).toBe(true);
  });

  it('leads every internal address (a, link, script, img, form...) to a built file', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of page.links) {
        const target = classifyAddress(link.address, page.address, SITE_URL);
        if (target.kind === 'invalid') problems.push(`${page.path}: <${link.element} ${link.attribute}> ${target.reason}`);
        if (target.kind !== 'internal') continue;
        checked++;
        const missing = missingFile(target.path);
        if (missing) problems.push(`${page.path}: <${link.element} ${link.attribute}="${link.address}"> ${missing}`);
        // 404.html is served at whatever address was asked for, so relative addresses in it break.
        if (page.path === '/404.html' && !target.rootRelative && !link.address.startsWith('#')) {
          problems.push(`${page.path}: <${link.element} ${link.attribute}="${link.address}"> must start with ${build.base} on the 404 page`);
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
        const target = classifyAddress(link.address, page.address, SITE_URL);
        if (target.kind !== 'internal' || target.fragment === null) continue;
        checked++;
        const found = fileFor(target.path);
        const ids = 'file' in found ? idsByFile.get(found.file) : undefined;
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
        const target = classifyAddress(link.address, page.address, SITE_URL);
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
        const target = classifyAddress(address, servedPath(build, `/_astro/${sheet}`));
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
