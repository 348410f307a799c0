// The web editor (Decap CMS at /admin/) in Chromium, with its local back end: decap-server
// writing to a throwaway copy of the project, never to the real content/. The built /admin/ is
// served as a host would (with its _headers), its configuration pointing at that decap-server.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { DIST, serveSite } from '../support/server';
import { builtFile, builtPages } from '../support/pages';
import { cmsContentSecurityPolicy } from '../../src/lib/cms-security';
import { headerContentSecurityPolicy } from '../../src/lib/security';
import { requireBuild, ROOT_BUILD } from '../support/builds';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { LOCAL_PROXY } from '../../src/lib/cms-security';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ROLE = 'social-prescribing-link-worker';
const GUIDANCE = `content/guidance/${ROLE}`;
const BUILD = 240_000;

/**
 * axe rules that fail on Decap's own screens, which the site's configuration cannot change.
 * Each is Decap's markup (React components in decap-cms.js), not a label, hint or setting here.
 */
const DECAP_RULES: Record<string, string> = {
  'color-contrast': 'Decap’s own theme: the grey of its header buttons and sidebar links on white; no setting changes it.',
  'aria-command-name': 'The drag handle Decap draws on each item of a list (role="button", no name).',
  'button-name': 'The icon-only collapse and remove buttons Decap draws on each item of a list.',
  'aria-input-field-name': 'The search box inside Decap’s select and relation widgets (react-select), not tied to the field’s label.',
  'aria-required-attr': 'A toggle in Decap’s Markdown toolbar (role without its required state attribute).',
  'nested-interactive': 'Decap’s Markdown toolbar puts its heading menu button inside another control.',
  'frame-title': 'Decap’s preview pane is an iframe with no title.',
};

let copy: ProjectCopy;
let proxy: ChildProcess;
let proxyUrl: string;
let site: Awaited<ReturnType<typeof serveSite>>;
let served: string;
let browser: Browser;
/** Console errors and Content Security Policy violations, page by page. */
const problems: string[] = [];

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function startProxy(dir: string): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: dir, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { process: child, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('decap-server did not start');
}

/** The built /admin/ in a folder of its own, its config and policy naming the test's decap-server. */
async function adminSite(proxyAt: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hub-admin-'));
  await cp(join(DIST, 'admin'), join(dir, 'admin'), { recursive: true });
  await cp(join(DIST, '_headers'), join(dir, '_headers'));
  // The site's stylesheets, which the preview pane uses.
  await cp(join(DIST, '_astro'), join(dir, '_astro'), { recursive: true });
  const config = join(dir, 'admin/config.yml');
  const text = await readFile(config, 'utf8');
  expect(text).toContain('local_backend: true');
  await writeFile(config, text.replace('local_backend: true', `local_backend:\n  url: ${proxyAt}/api/v1`));
  // Only the proxy's address changes in the policy: it runs on a free port, not 8081.
  for (const file of ['admin/index.html', '_headers']) {
    const policy = await readFile(join(dir, file), 'utf8');
    expect(policy).toContain(LOCAL_PROXY);
    await writeFile(join(dir, file), policy.replaceAll(LOCAL_PROXY, proxyAt));
  }
  return dir;
}

async function openEditor(path = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error at ${page.url()}: ${String(e)} ${e.stack ?? ''}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${site.url}/admin/${path}`);
  return page;
}

beforeAll(async () => {
  requireBuild(ROOT_BUILD);
  copy = await copyProject();
  const started = await startProxy(copy.dir);
  proxy = started.process;
  proxyUrl = started.url;
  served = await adminSite(proxyUrl);
  site = await serveSite(served);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  proxy?.kill();
  if (served) await rm(served, { recursive: true, force: true });
  await copy?.remove();
});

/** The frontmatter value of `field` in an MDX file's text. */
function frontmatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

async function login(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Login' });
  await button.click();
  await button.waitFor({ state: 'detached' });
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
}

/** Waits until decap-server has written `file` in the copy, and returns its text. */
async function changed(file: string, before: string): Promise<string> {
  let last = before;
  for (let i = 0; i < 150; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await copy.read(file);
    // Written and then still for a moment: not read half-written.
    if (now !== before && now === last) return now;
    last = now;
  }
  throw new Error(`${file} was not saved`);
}

describe('the web editor', () => {
  it('opens with the local back end and lists every collection, and every guidance page by title', async () => {
    const page = await openEditor();
    await login(page);
    for (const name of [`Guidance: Social prescribing link worker`, 'Roles', 'Sources', 'Glossary', 'Contract years', 'Redirects', 'Other pages']) {
      await page.getByRole('link', { name, exact: true }).waitFor();
    }
    const titles = await Promise.all(
      (await import('node:fs')).readdirSync(join(copy.dir, GUIDANCE)).map(async (f) => String(frontmatter(await copy.read(`${GUIDANCE}/${f}`)).title)),
    );
    expect(titles).toHaveLength(13);
    await page.getByText(titles[0]!).first().waitFor();
    const listed = await page.locator('main, body').first().innerText();
    for (const title of titles) expect(listed).toContain(title);
  }, 60_000);

  it('saves a page’s new summary, changing nothing else in its file', async () => {
    const file = `${GUIDANCE}/supervision.mdx`;
    const before = await copy.read(file);
    const oldSummary = String(frontmatter(before).summary);
    const newSummary = 'Who supervises a link worker, and the clinical supervision they need, changed in the web editor.';
    const page = await openEditor(`#/collections/guidance-${ROLE}/entries/supervision`);
    await login(page);
    const summary = page.getByLabel('Summary', { exact: true }).first();
    await summary.waitFor();
    await expect(summary.inputValue()).resolves.toBe(oldSummary);
    await summary.fill(newSummary);
    await publish(page);
    const after = await changed(file, before).catch(async (e) => {
      console.log(problems.join('\n'), (await page.locator('body').innerText()).slice(0, 5000));
      throw e;
    });
    expect(diffLines(before, after)).toBe(`3:\n- summary: ${oldSummary}\n+ summary: ${newSummary}`);
  }, 60_000);

  it('adds a glossary entry at the end of the file, which the next build shows on the glossary page', async () => {
    const file = 'content/glossary.yaml';
    const before = await copy.read(file);
    const page = await openEditor('#/collections/glossary/entries/glossary');
    await login(page);
    await page.getByRole('button', { name: /^Add terms?$/ }).click();
    const last = async (label: string) => page.getByLabel(label, { exact: true }).last();
    await (await last('Id')).fill('wfh');
    await (await last('Abbreviation')).fill('WFH');
    await (await last('Expansion')).fill('Working from home');
    await (await last('Definition')).fill('Doing the job from home rather than from the practice, on some or all days.');
    await publish(page);
    const after = await changed(file, before);
    expect(after).toBe(
      `${before.replace(/\n*$/, '\n\n')}- id: wfh\n  abbreviation: WFH\n  expansion: Working from home\n  definition: Doing the job from home rather than from the practice, on some or all days.\n`,
    );
    const { status, output } = copy.build();
    expect(status, output).toBe(0);
    const glossary = await readFile(join(copy.dir, 'dist/glossary/index.html'), 'utf8');
    expect(glossary).toContain('id="wfh"');
    expect(glossary).toContain('Working from home');
  }, BUILD);

  it('changes one source, keeping every other entry of content/sources.yaml as written (null addresses too)', async () => {
    const file = 'content/sources.yaml';
    const before = await copy.read(file);
    const page = await openEditor('#/collections/sources/entries/sources');
    await login(page);
    // Entries start folded: unfold the first with the first button of its top bar.
    await page.locator('[class*="StyledListItemTopBar"]').first().locator('button').first().click();
    const publisher = page.getByLabel('Publisher', { exact: true }).first();
    await publisher.waitFor();
    const old = await publisher.inputValue();
    await publisher.fill(`${old} (web editor)`);
    await publish(page);
    const after = await changed(file, before);
    expect(after).toContain('address: null');
    expect(diffLines(before, after)).toBe(`${before.split('\n').findIndex((l) => l === `  publisher: ${old}`) + 1}:\n-   publisher: ${old}\n+   publisher: ${old} (web editor)`);
  }, 60_000);

  it('offers only the sources that exist, and refuses an id that is not lower-case words', async () => {
    const page = await openEditor(`#/collections/guidance-${ROLE}/entries/supervision`);
    await login(page);
    const sources = page.locator('#sources-field-15, [id^="sources-field"]').first();
    await sources.click();
    await page.keyboard.type('no-such-source');
    await page.getByText('No options').waitFor();
    await page.keyboard.press('Escape');

    const file = 'content/glossary.yaml';
    const before = await copy.read(file);
    await page.goto(`${site.url}/admin/#/collections/glossary/entries/glossary`);
    await page.getByRole('button', { name: /^Add terms?$/ }).click();
    await page.getByLabel('Id', { exact: true }).last().fill('Not An Id');
    await page.getByLabel('Abbreviation', { exact: true }).last().fill('NAI');
    await page.getByLabel('Expansion', { exact: true }).last().fill('Not an id');
    await page.getByLabel('Definition', { exact: true }).last().fill('An entry the editor must refuse to save.');
    await publish(page);
    await page.getByText('Lower-case letters, digits and single hyphens', { exact: false }).first().waitFor();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await copy.read(file)).toBe(before);
    // Decap rejects the save with no error object when a field is invalid, which Chromium reports
    // as an uncaught "undefined": that one is Decap's way of refusing, and expected here.
    const refused = problems.findIndex((p) => p.startsWith('page error') && p.includes('/entries/glossary: undefined'));
    expect(refused).toBeGreaterThanOrEqual(0);
    problems.splice(refused, 1);
  }, 60_000);

  it('saves a next review before the last review, which stops the build naming the file and field', async () => {
    const file = `${GUIDANCE}/induction.mdx`;
    const before = await copy.read(file);
    const page = await openEditor(`#/collections/guidance-${ROLE}/entries/induction`);
    await login(page);
    const next = page.getByLabel('Next review', { exact: true });
    await next.click();
    await next.fill('2020-01-01');
    await page.getByLabel('Title', { exact: true }).click();
    await publish(page);
    const after = await changed(file, before);
    const lines = diffLines(before, after).split('\n');
    expect(lines[1]).toMatch(/^- nextReview: /);
    expect(lines[2]).toBe('+ nextReview: 2020-01-01');
    expect(lines).toHaveLength(3);
    const { status, output } = copy.build();
    expect(status).not.toBe(0);
    expect(output).toContain(`${ROLE}/induction data does not match collection schema.`);
    expect(output).toContain('nextReview: must be after lastReviewed (2026-12-01), not on or before it');
    expect(output).toContain(`${file}:0:0`);
    // The file keeps everything else it had.
    await copy.write(file, before);
  }, BUILD);

  it('passes axe on its own screens: the login, a collection, a page and a list being edited', async () => {
    const page = await openEditor();
    const screens: [string, () => Promise<void>][] = [
      ['login', () => page.getByRole('button', { name: 'Login' }).waitFor()],
      [
        'guidance collection',
        async () => {
          await login(page);
          await page.getByText('Supervision for social prescribing link workers').waitFor();
        },
      ],
      [
        'guidance page',
        async () => {
          await page.goto(`${site.url}/admin/#/collections/guidance-${ROLE}/entries/induction`);
          await page.getByLabel('Summary', { exact: true }).first().waitFor();
        },
      ],
      [
        'sources list',
        async () => {
          await page.goto(`${site.url}/admin/#/collections/sources/entries/sources`);
          await page.getByText('Sources', { exact: true }).first().waitFor();
          await page.waitForTimeout(500);
        },
      ],
    ];
    const found: string[] = [];
    for (const [name, open] of screens) {
      await open();
      await page.evaluate(AXE_SOURCE);
      const rules = Object.fromEntries(Object.keys(DECAP_RULES).map((id) => [id, { enabled: false }]));
      const violations = (await page.evaluate(
        (rules) =>
          // @ts-expect-error axe is the script just evaluated in the page
          window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules, resultTypes: ['violations'] }).then((r) => r.violations),
        rules,
      )) as { id: string; help: string; nodes: { target: string[] }[] }[];
      for (const v of violations) found.push(`${name}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
    }
    expect(found).toEqual([]);
  }, 90_000);

  it('ignores the local back end on any other host name, and asks for a GitHub login', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const toProxy: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(proxyUrl)) toProxy.push(r.url());
    });
    // https://hub.example is served the files the test server holds, as a published site would be
    // (https: Decap needs a secure context, which plain http is only at localhost).
    await context.route('https://hub.example/**', async (route) => {
      const asked = new URL(route.request().url());
      const response = await fetch(site.url + asked.pathname);
      // fetch has already unzipped the body.
      const headers = Object.fromEntries([...response.headers].filter(([name]) => !['content-encoding', 'content-length'].includes(name)));
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
    });
    await page.goto('https://hub.example/admin/');
    await page.getByRole('button', { name: 'Login with GitHub' }).waitFor({ timeout: 15_000 }).catch(async (e) => {
      console.log(await page.locator('body').innerText(), problems);
      throw e;
    });
    expect(toProxy).toEqual([]);
    await context.close();
  }, 60_000);

  it('breaks no rule of its own policy and logs no error', () => {
    expect(problems).toEqual([]);
  });
});

/** The lines that differ, as "n:\n- old\n+ new" (the files here keep their line count). */
function diffLines(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push(`${i + 1}:\n- ${x[i]}\n+ ${y[i]}`);
  return out.slice(0, 40).join('\n');
}

describe('the web editor in the built site', () => {
  it('is served with its own policy, and every other page keeps the site’s', async () => {
    const built = await serveSite(DIST);
    try {
      const admin = await fetch(`${built.url}/admin/`);
      expect(admin.headers.get('content-security-policy')).toBe(cmsContentSecurityPolicy());
      expect(admin.headers.get('x-robots-tag')).toBe('noindex');
      const html = await admin.text();
      expect(html).toContain(`content="${cmsContentSecurityPolicy(undefined, { meta: true })}"`);
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).not.toContain('data-pagefind-body');
      for (const path of ['/', '/glossary/', `/roles/${ROLE}/supervision/`]) {
        expect((await fetch(built.url + path)).headers.get('content-security-policy'), path).toBe(headerContentSecurityPolicy());
      }
    } finally {
      await built.close();
    }
  });

  it('adds nothing to the reader pages, the sitemap or the search index', () => {
    for (const path of builtPages()) {
      const html = readFileSync(builtFile(path), 'utf8');
      expect(html, path).not.toMatch(/\/admin\/|decap/i);
    }
    for (const sitemap of ['dist/sitemap-0.xml', 'dist-splw/sitemap-0.xml']) {
      const file = join(import.meta.dirname, '../..', sitemap);
      if (existsSync(file)) expect(readFileSync(file, 'utf8')).not.toContain('/admin/');
    }
    // Pagefind indexes only what sits in data-pagefind-body, which the editor's page has none of
    // (checked above).
  });
});
