// HTML gate, second opinion: the W3C Nu HTML checker (vnu.jar, from the npm package vnu-jar)
// over every built page of each build, which must find no error. It runs on Java 17 or later
// (.ci/run installs Debian's default-jre-headless where `java` is missing). Also: the funding
// table, whose rows and cells carry no ARIA roles (the checker forbids them inside a <table>),
// is still a table in Chromium's accessibility tree when it stacks on a phone.
import { execFile, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtPages, useBuiltSite } from '../support/built-site';
import { BUILDS, requireBuild } from '../support/builds';
import { VIEWPORTS } from '../support/browser';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';

/** Undefined when Java runs, or a message saying how to get it. */
function javaProblem(): string | undefined {
  try {
    execFileSync(JAVA, ['-version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return `The W3C Nu HTML checker needs Java 17 or later, and \`${JAVA} -version\` did not run. Install it (Debian, Ubuntu: apt-get install default-jre-headless; .ci/run does this), or set JAVA_HOME.`;
  }
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Every error the checker finds in a folder's HTML files, one line each: file:line:column message. */
async function nuErrors(dir: string): Promise<string[]> {
  const problem = javaProblem();
  if (problem) throw new Error(problem);
  // --exit-zero-always: the answer is read from the report, not the exit code.
  const { stdout, stderr } = await promisify(execFile)(
    JAVA,
    ['-Xss1m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--exit-zero-always', '--format', 'json', '--stdout', dir],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout || stderr) as { messages: NuMessage[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map((m) => `${m.url ? relative(dir, new URL(m.url).pathname) : dir}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}`);
}

describe.each(BUILDS)('W3C Nu HTML checker, built $name', (build) => {
  it('finds no error in any page', async () => {
    const dir = requireBuild(build).dir;
    expect(builtPages(dir).length).toBeGreaterThan(10);
    expect(await nuErrors(dir)).toEqual([]);
  }, 180_000);
});

describe('the W3C Nu HTML checker itself', () => {
  it('finds the errors it is there for (ARIA roles on a table’s cells)', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'bnnsg-nu-'));
    try {
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html lang="en"><title>x</title><table><tr role="row"><td role="cell">1</td></tr></table></html>',
      );
      const errors = await nuErrors(dir);
      expect(errors.length).toBe(2);
      expect(errors[0]).toMatch(/^index\.html:1:\d+ The “role” attribute must not be used on a “tr” element/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the funding table on a phone', () => {
  const site = useBuiltSite();

  it('stacks, and is still a table of rows, column and row headers and cells in Chromium’s accessibility tree', async () => {
    const page = await site.page(VIEWPORTS.phone);
    await page.goto(`${site.url}/roles/social-prescribing-link-worker/funding/`);
    const table = page.locator('main table');
    const years = await table.locator('tbody tr').count();
    expect(years).toBeGreaterThan(3);
    await expect(table.locator('tbody tr').first().evaluate((e) => getComputedStyle(e).display)).resolves.toBe('block');
    // What a screen reader is given: Chromium's own accessibility tree, read over CDP.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[]; ignored?: boolean }[];
    };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const tables = nodes.filter((n) => n.role?.value === 'table' && !n.ignored);
    expect(tables.length).toBe(1);
    const within: string[] = [];
    const walk = (id: string) => {
      const node = byId.get(id);
      if (!node) return;
      if (!node.ignored && node.role) within.push(`${node.role.value}${node.name?.value ? ` "${node.name.value}"` : ''}`);
      for (const child of node.childIds ?? []) walk(child);
    };
    walk(tables[0]!.nodeId);
    const count = (role: string) => within.filter((r) => r === role || r.startsWith(`${role} "`)).length;
    expect(within).toEqual(expect.arrayContaining(['columnheader "Year"', 'columnheader "Maximum amount"', 'columnheader "What to know"', 'columnheader "Source"']));
    expect(count('row')).toBe(years + 1);
    expect(count('rowheader')).toBe(years);
    expect(count('cell')).toBe(years * 3);
    await page.context().close();
  });
});
