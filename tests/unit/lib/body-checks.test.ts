import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBody } from '../../../src/lib/body-checks';
import { formatFileProblems } from '../../../src/lib/file-problems';
import { MDX_COMPONENTS } from '../../../src/lib/mdx-components';

const FILE = 'content/guidance/x/page.mdx';
const FRONTMATTER = '---\ntitle: A page\n---\n\n'; // The body starts on line 5.

/** Every problem in a body, as the build prints them. */
function check(body: string, file = FILE, components: readonly string[] = MDX_COMPONENTS): string[] {
  const problems = checkBody(`${FRONTMATTER}${body}`, { file, components });
  return problems.length ? formatFileProblems(problems).split('\n') : [];
}

describe('page body checks', () => {
  it('pass a page that uses headings, links, images and components as it should', () => {
    expect(
      check(
        [
          '## Who pays',
          'The PCN pays.<Cite source="des-2021-22" /> See [the contract](https://www.england.nhs.uk/gp/investment/gp-contract/).',
          '### Under the scheme',
          '![A chart of claims by year](/images/claims.png)',
          '<img src="/images/two.png" alt="Two link workers" />',
          '## Checklist',
          '<Checklist />',
          '<abbr title="Primary care network">PCN</abbr>',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  describe('components', () => {
    it('name a component the page cannot use, with the ones it can', () => {
      expect(check('## A\n\n<Citation source="x" />')).toEqual([
        `${FILE}:7:1: <Citation> is not a component this page can use. The components these pages can use are Checklist, Cite, FundingTable, ToBeConfirmed.`,
      ]);
    });

    it('suggest the right spelling when only the case is wrong', () => {
      expect(check('Text <cite source="x" /> and <CITE source="y" />.')).toEqual([
        `${FILE}:5:30: <CITE> is not a component this page can use. Did you mean <Cite>? Names are case-sensitive. The components these pages can use are Checklist, Cite, FundingTable, ToBeConfirmed.`,
      ]);
    });

    it('allow a component the page imports itself', () => {
      expect(check("import Chart from '../../components/Chart.astro';\n\n<Chart />")).toEqual([]);
    });

    it('say when pages of a folder cannot use components at all', () => {
      expect(check('<Cite source="x" />', 'content/pages/about.mdx', [])).toEqual([
        'content/pages/about.mdx:5:1: <Cite> is not a component this page can use. Pages in this folder cannot use components.',
      ]);
    });
  });

  describe('code the Content Security Policy would block', () => {
    it('names <script>, <style> and <iframe>', () => {
      expect(
        check('<script src="/x.js"></script>\n\n<style>{"p { color: red }"}</style>\n\n<iframe src="https://www.youtube.com/embed/x" title="Video" />'),
      ).toEqual([
        `${FILE}:5:1: <script> is not allowed in a page: the site’s Content Security Policy blocks scripts written into a page, so it would not run. Ask a developer to add what you need as a component.`,
        `${FILE}:7:1: <style> is not allowed in a page: the site’s Content Security Policy blocks styles written into a page. Ask a developer to add the style to src/styles/.`,
        `${FILE}:9:1: <iframe> is not allowed in a page: the site loads nothing from other sites. Link to the page or video instead, with words that say where the link goes.`,
      ]);
    });

    it('names on...= and style attributes', () => {
      expect(check('<button type="button" onclick="print()">Print</button>\n\n<p style="color: red">Red</p>')).toEqual([
        `${FILE}:5:1: the onclick attribute on <button> is not allowed: the site’s Content Security Policy blocks scripts written into a page, so it would not run. Remove it.`,
        `${FILE}:7:1: the style attribute on <p> is not allowed: the site’s Content Security Policy blocks styles written into a page. Remove it.`,
      ]);
    });

    it('finds them in the raw HTML of a Markdown (.md) page too', () => {
      expect(check('## A\n\n<div onclick="x()">\n<script>alert(1)</script>\n</div>', 'content/pages/a.md', [])).toEqual([
        'content/pages/a.md:7: the onclick attribute on <div> is not allowed: the site’s Content Security Policy blocks scripts written into a page, so it would not run. Remove it.',
        'content/pages/a.md:8: <script> is not allowed in a page: the site’s Content Security Policy blocks scripts written into a page, so it would not run. Ask a developer to add what you need as a component.',
      ]);
    });
  });

  describe('http:// links', () => {
    it('name each one with the https address to use', () => {
      expect(check('See [the guide](http://www.england.nhs.uk/guide/).\n\n[ref]: http://example.org/a')).toEqual([
        `${FILE}:5:5: the link to http://www.england.nhs.uk/guide/ uses http://, which is not secure. Use "https://www.england.nhs.uk/guide/" instead.`,
        `${FILE}:7:1: the link to http://example.org/a uses http://, which is not secure. Use "https://example.org/a" instead.`,
      ]);
    });

    it('explain a bare www. address, which becomes an http:// link', () => {
      expect(check('Go to www.england.nhs.uk today.')).toEqual([
        `${FILE}:5:7: the link to http://www.england.nhs.uk uses http://, which is not secure. Write the address in full, as "https://www.england.nhs.uk": without https:// it becomes an http:// link.`,
      ]);
    });

    it('check <a href> and image addresses too', () => {
      expect(check('<a href="http://example.org/">Example</a>\n\n![A map](http://example.org/map.png)')).toEqual([
        `${FILE}:5:1: the link to http://example.org/ uses http://, which is not secure. Use "https://example.org/" instead.`,
        `${FILE}:7:1: the image http://example.org/map.png uses http://, which is not secure. Use "https://example.org/map.png" instead.`,
      ]);
    });
  });

  describe('images', () => {
    it('name an image with no alt text, in Markdown or as a tag', () => {
      expect(check('![](/images/a.png)\n\n<img src="/images/b.png" />\n\n<img src="/images/c.png" alt="  " />')).toEqual([
        `${FILE}:5:1: the image /images/a.png has no alt text. Say what the image shows between the square brackets: ![what it shows](/images/a.png).`,
        `${FILE}:7:1: the image /images/b.png has no alt text. Add alt="…" saying what the image shows, for people who cannot see it.`,
        `${FILE}:9:1: the image /images/c.png has no alt text. Add alt="…" saying what the image shows, for people who cannot see it.`,
      ]);
    });
  });

  describe('headings', () => {
    it('name a heading that skips a level', () => {
      expect(check('## One\n\n#### Too deep')).toEqual([
        `${FILE}:7:1: this #### heading skips a level: the heading before it is ##, so this one should be ###. Screen reader users move around a page by heading levels.`,
      ]);
    });

    it('start the body at level 2, under the page title', () => {
      expect(check('### Too deep to start')).toEqual([
        `${FILE}:5:1: this ### heading skips a level: the heading before it is the page title, so this one should be ##. Screen reader users move around a page by heading levels.`,
      ]);
      expect(check('# A second title')).toEqual([
        `${FILE}:5:1: this # heading is level 1, but the page already has its title at level 1. Start sections at ## (and ### under them).`,
      ]);
    });

    it('allow going back up any number of levels', () => {
      expect(check('## A\n\n### B\n\n#### C\n\n## D\n\n### E')).toEqual([]);
    });

    it('count heading tags written as HTML', () => {
      expect(check('## A\n\n<h4>Too deep</h4>')).toEqual([
        `${FILE}:7:1: this <h4> heading skips a level: the heading before it is <h2>, so this one should be <h3>. Screen reader users move around a page by heading levels.`,
      ]);
    });
  });

  it('report MDX the parser cannot read, at its line', () => {
    expect(check('## A\n\n<Cite source="x">')).toEqual([
      expect.stringMatching(/^content\/guidance\/x\/page\.mdx:7:1: this is not valid MDX: Expected a closing tag for `<Cite>`/),
    ]);
  });
});

describe('the site’s pages', () => {
  const root = join(import.meta.dirname, '../../..');
  const files = (dir: string) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => `${dir}/${f}`);

  it('pass the body checks', () => {
    const guidance = files('content/guidance');
    expect(guidance.length).toBeGreaterThan(5);
    for (const file of guidance) {
      expect(checkBody(readFileSync(join(root, file), 'utf8'), { file, components: MDX_COMPONENTS })).toEqual([]);
    }
    for (const file of files('content/pages')) {
      expect(checkBody(readFileSync(join(root, file), 'utf8'), { file, components: [] })).toEqual([]);
    }
  });
});
