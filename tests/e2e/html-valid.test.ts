// HTML gate: html-validate over every built page, with the configuration in .htmlvalidate.json
// at the project's root (html-validate:recommended; docs/architecture.md says why one rule is adjusted).
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, type Report } from 'html-validate';
import { builtFile, builtPages, movedPages, useBuiltSite } from '../support/built-site';
import { BUILDS, requireBuild } from '../support/builds';
import { DIST } from '../support/server';
import { searchAnswered } from '../support/search-page';

const site = useBuiltSite();
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** One line per problem: file, line and column, rule, message, and the element it is about. */
function problems(report: Report, dir = DIST): string[] {
  return report.results.flatMap((result) =>
    result.messages.map(
      (m) => `${relative(dir, result.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`,
    ),
  );
}

// Every page of each build (tests/support/builds.ts), and the pages at moved addresses.
describe.each(BUILDS)('html-validate, built $name', (build) => {
  const dir = requireBuild(build).dir;
  it.each([...builtPages(dir), ...movedPages(dir)])('finds no error in %s', async (path) => {
    const report = await validator.validateFile(builtFile(path, dir));
    expect(problems(report, dir)).toEqual([]);
    expect(report.valid).toBe(true);
  });
});

describe('html-validate', () => {
  it('finds no error in the search page once its script has drawn results', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/search/?q=supervision`);
    await page.locator('#search-results li').first().waitFor();
    await searchAnswered(page);
    // Checked as if it were the built file, so the same configuration applies.
    const report = await validator.validateString(await page.content(), builtFile('/search/'));
    expect(problems(report)).toEqual([]);
    await page.context().close();
  });

  it('finds no error in the search page once it has offered topics for a search that found nothing', async () => {
    const page = await site.page();
    await page.goto(`${site.url}/search/?q=zzzqqq&audience=${encodeURIComponent('Trainers and supervisors')}`);
    await page.locator('#search-suggestions a').first().waitFor();
    const report = await validator.validateString(await page.content(), builtFile('/search/'));
    expect(problems(report)).toEqual([]);
    await page.context().close();
  });
});
