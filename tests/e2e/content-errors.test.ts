import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy';

// Mistakes an editor can make in the content, each built with `npm run build` in a copy of the
// project, as the editor would. Every failed build must exit non-zero, name the file and line,
// and leave no dist/. The checks themselves are tested case by case in tests/unit/lib/.
const BUILD = 180_000;
let copy: ProjectCopy;
let warmStore: string;

beforeAll(async () => {
  copy = await copyProject();
  const { status, output } = copy.build();
  expect(status, output).toBe(0);
  warmStore = (await copy.dataStore()) ?? '';
}, BUILD);

afterAll(async () => {
  await copy?.remove();
});

/** Replaces one piece of a content file, failing loudly if the piece is not there. */
async function edit(path: string, from: string, to: string): Promise<string> {
  const text = await copy.read(path);
  expect(text, `${path} should contain ${JSON.stringify(from)}`).toContain(from);
  const changed = text.replace(from, to);
  await copy.write(path, changed);
  return changed;
}

/** The 1-based line of the first line of `text` that starts with `start`. */
function lineOf(text: string, start: string, after = 0): number {
  const index = text.split('\n').findIndex((l, i) => i >= after && l.startsWith(start));
  expect(index, `no line starts with ${JSON.stringify(start)}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** As after a good build: dist/ holds a site, and (when warm) the data store holds every collection. */
async function previousBuild(cache: 'warm' | 'cold') {
  await copy.resetContent();
  await mkdir(join(copy.dir, 'dist'), { recursive: true });
  await writeFile(join(copy.dir, 'dist/index.html'), '<!doctype html><title>The last good build</title>');
  await copy.clearCache();
  if (cache === 'warm') {
    await mkdir(join(copy.dir, 'node_modules/.astro'), { recursive: true });
    await writeFile(join(copy.dir, 'node_modules/.astro/data-store.json'), warmStore);
  }
}

function expectFailedBuild(expected: string[]) {
  const { status, output } = copy.build();
  expect(status).not.toBe(0);
  for (const text of expected) expect(output).toContain(text);
  expect(output).toContain('The build failed, so dist/ has been removed.');
  expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
}

describe('a mistake in a YAML list file stops the build, whatever the cache holds', () => {
  it('the cache from the good build holds the sources and the glossary', () => {
    // Otherwise the warm cases below would prove nothing.
    expect(warmStore).toContain('nhse-sp-faqs');
    expect(warmStore).toContain('Additional Roles Reimbursement Scheme');
  });

  for (const cache of ['warm', 'cold'] as const) {
    it(`a YAML syntax error in content/sources.yaml (${cache} cache)`, async () => {
      await previousBuild(cache);
      const text = await edit(
        'content/sources.yaml',
        '  address: https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/',
        '  address https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/',
      );
      const line = lineOf(text, '  address https://');
      expectFailedBuild([
        `content/sources.yaml:${line}:3: this is not valid YAML. YAML says: Implicit keys need to be on a single line.`,
        'Is the colon after the field name missing?',
      ]);
    }, BUILD);

    it(`a repeated id in content/sources.yaml (${cache} cache)`, async () => {
      await previousBuild(cache);
      const text = await edit('content/sources.yaml', '- id: nhse-sp-faqs\n', '- id: nhse-social-prescribing\n');
      const first = lineOf(text, '- id: nhse-social-prescribing');
      const second = lineOf(text, '- id: nhse-social-prescribing', first);
      expectFailedBuild([
        `content/sources.yaml:${second}: the id "nhse-social-prescribing" is used twice, by the entries at lines ${first} and ${second}.`,
      ]);
    }, BUILD);

    it(`a YAML syntax error in content/glossary.yaml (${cache} cache)`, async () => {
      await previousBuild(cache);
      const text = await edit(
        'content/glossary.yaml',
        '  expansion: Additional Roles Reimbursement Scheme',
        '  expansion: Additional Roles: Reimbursement Scheme',
      );
      const line = lineOf(text, '  expansion: Additional Roles:');
      expectFailedBuild([
        `content/glossary.yaml:${line}:14: this is not valid YAML. YAML says: Nested mappings are not allowed in compact mappings.`,
        'A value that contains a colon and a space must be in double quotes',
      ]);
    }, BUILD);

    it(`a repeated id in content/glossary.yaml (${cache} cache)`, async () => {
      await previousBuild(cache);
      const text = await edit('content/glossary.yaml', '- id: bmj\n', '- id: arrs\n');
      const first = lineOf(text, '- id: arrs');
      const second = lineOf(text, '- id: arrs', first);
      expectFailedBuild([`content/glossary.yaml:${second}: the id "arrs" is used twice, by the entries at lines ${first} and ${second}.`]);
    }, BUILD);
  }

  it('a wrong field in content/sources.yaml is named with its line', async () => {
    await previousBuild('warm');
    const text = await edit(
      'content/sources.yaml',
      '  address: https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/',
      '  address: http://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/',
    );
    const line = lineOf(text, '  address: http://');
    expectFailedBuild([`content/sources.yaml:${line}: nhse-sp-faqs → address: must be a full https:// address, or null if none was found`]);
  }, BUILD);

  it('a YAML syntax error in a file of content/roles/', async () => {
    await previousBuild('warm');
    const path = 'content/roles/social-prescribing-link-worker.yaml';
    await edit(path, 'abbreviation: SPLW', 'abbreviation SPLW');
    expectFailedBuild([`${path}:2:1: this is not valid YAML. YAML says: Implicit keys need to be on a single line.`]);
  }, BUILD);
});

describe('a mistake in a page body stops the build, naming the page and line', () => {
  const guidance = 'content/guidance/social-prescribing-link-worker';
  const mistakes = {
    component: { file: `${guidance}/supervision.mdx`, add: '<Citation source="nhse-supervision" />' },
    script: { file: `${guidance}/benefits.mdx`, add: '<script src="/count.js"></script>' },
    http: { file: `${guidance}/about-the-role.mdx`, add: 'Read [the NHS England page](http://www.england.nhs.uk/personalisedcare/).' },
    image: { file: `${guidance}/job-description.mdx`, add: '![](/images/chart.png)' },
    heading: { file: `${guidance}/ongoing-support.mdx`, add: '#### Too deep a heading' },
    iframe: { file: `${guidance}/induction.mdx`, add: '<iframe src="https://www.youtube.com/embed/x" title="A video"></iframe>' },
  };
  const lines: Record<string, number> = {};
  let result: { status: number | null; output: string };

  // One build with a mistake in each of six guidance pages: the checks report every page's
  // problems at once, so one build shows that each is found, named by file and line.
  beforeAll(async () => {
    await previousBuild('warm');
    for (const [name, { file, add }] of Object.entries(mistakes)) {
      const text = `${(await copy.read(file)).trimEnd()}\n\n${add}\n`;
      await copy.write(file, text);
      lines[name] = lineOf(text, add);
    }
    result = copy.build();
  }, BUILD);

  it('fails, and leaves no dist/', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The build failed, so dist/ has been removed.');
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  });

  it('an unknown component names the .mdx file, not a compiled chunk', () => {
    expect(result.output).toContain(
      `${mistakes.component.file}:${lines.component}:1: <Citation> is not a component this page can use. The components these pages can use are Checklist, Cite, FundingTable, ToBeConfirmed.`,
    );
    expect(result.output).not.toContain('.prerender');
  });

  it('a <script> in a page', () => {
    expect(result.output).toContain(`${mistakes.script.file}:${lines.script}:1: <script> is not allowed in a page`);
  });

  it('an http:// link, with the https address to use', () => {
    expect(result.output).toContain(
      `${mistakes.http.file}:${lines.http}:6: the link to http://www.england.nhs.uk/personalisedcare/ uses http://, which is not secure. Use "https://www.england.nhs.uk/personalisedcare/" instead.`,
    );
  });

  it('an image with no alt text', () => {
    expect(result.output).toContain(`${mistakes.image.file}:${lines.image}:1: the image /images/chart.png has no alt text.`);
  });

  it('a heading that skips a level', () => {
    expect(result.output).toContain(
      `${mistakes.heading.file}:${lines.heading}:1: this #### heading skips a level: the heading before it is ##, so this one should be ###.`,
    );
  });

  it('an <iframe>', () => {
    expect(result.output).toContain(`${mistakes.iframe.file}:${lines.iframe}:1: <iframe> is not allowed in a page`);
  });

  it('an on...= attribute in a standalone page (content/pages/)', async () => {
    await previousBuild('warm');
    const file = 'content/pages/privacy.mdx';
    const add = '<button type="button" onclick="print()">Print this page</button>';
    const text = `${(await copy.read(file)).trimEnd()}\n\n${add}\n`;
    await copy.write(file, text);
    expectFailedBuild([`${file}:${lineOf(text, add)}:1: the onclick attribute on <button> is not allowed`]);
  }, BUILD);
});
