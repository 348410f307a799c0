import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { scrollingTables } from '../../../src/integrations/markdown-plugins';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [scrollingTables()] })).html;

describe('Markdown tables', () => {
  it('sit in a focusable region named after their column headings, with nhsuk-frontend classes', async () => {
    const html = await render('| Year | Amount *now* |\n| --- | --- |\n| 2026/27 | £1 |\n');
    expect(html).toMatch(/^<section class="hub-table-scroll" tabindex="0" aria-label="Table: Year, Amount now">\s*<table class="nhsuk-table">/);
    expect(html).toContain('<thead class="nhsuk-table__head">');
    expect(html).toContain('<tr class="nhsuk-table__row">');
    expect(html).toContain('<th class="nhsuk-table__header" scope="col">Year</th>');
    expect(html).toContain('<tbody class="nhsuk-table__body">');
    expect(html).toContain('<td class="nhsuk-table__cell">2026/27</td>');
    expect(html).toMatch(/<\/table>\s*<\/section>\s*$/);
  });

  it('leave the rest of the page alone', async () => {
    expect(await render('Some *text*.\n')).toBe('<p>Some <em>text</em>.</p>\n');
  });
});
