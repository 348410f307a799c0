import { describe, expect, it } from 'vitest';
import { hashedName, pagesBySheet, purgeCss, replaceNames } from '../../../src/integrations/purge-css';

// A stylesheet with one rule of each kind the purge must keep or may drop.
const CSS = `
:root{--hub-blue:#005eb8;--nhsuk-unused-colour:red}
html{font-family:arial}
body{margin:0}
.nhsuk-button{color:green}
.nhsuk-button:focus{outline:4px solid yellow}
.nhsuk-button:focus-visible{outline:4px solid yellow}
.nhsuk-button:hover:not(:focus){color:darkgreen}
:focus-visible{outline-offset:2px}
.nhsuk-input-wrapper .nhsuk-button[hidden]+*{margin-left:0}
[hidden]{display:none!important}
.hub-section-nav [aria-current=page]{font-weight:700}
.hub-search-results mark{background:yellow}
.nhsuk-heading-s{font-size:19px}
@media print{.nhsuk-button{display:none}}
@media print{.nhsuk-tag{border:1px solid}}
.nhsuk-tag{color:blue}
.nhsuk-warning-callout{border:1px solid}
table{border-collapse:collapse}
`;

const page = (body: string) => ({ raw: `<!doctype html><html><body>${body}</body></html>`, extension: 'html' });

describe('purgeCss', () => {
  it('keeps what the pages use, with their states, the theme and the page-wide rules', async () => {
    const out = await purgeCss(CSS, [
      page('<div class="nhsuk-input-wrapper"><button class="nhsuk-button">Go</button></div>'),
      page('<nav class="hub-section-nav"><a href="/">Home</a></nav><ol class="hub-search-results"></ol>'),
    ]);
    for (const kept of [
      '--hub-blue:#005eb8',
      '--nhsuk-unused-colour:red', // custom properties stay, used or not
      'html{font-family:arial}',
      'body{margin:0}',
      '.nhsuk-button:focus{',
      '.nhsuk-button:focus-visible{',
      '.nhsuk-button:hover:not(:focus){',
      ':focus-visible{',
      '.nhsuk-button[hidden]+*', // `hidden` is set by scripts, so it need not be in the HTML
      '[hidden]{display:none',
      '[aria-current=page]', // set per page, and by scripts
      '.hub-search-results mark', // Pagefind draws <mark> in results at run time
      '@media print{.nhsuk-button{display:none}}', // print rules for what the page has
    ]) {
      expect(out).toContain(kept);
    }
  });

  it('drops rules for classes and elements nothing uses, on screen and in print', async () => {
    const out = await purgeCss(CSS, [page('<button class="nhsuk-button">Go</button>')]);
    expect(out).not.toContain('nhsuk-tag');
    expect(out).not.toContain('nhsuk-warning-callout');
    expect(out).not.toContain('table{');
    expect(out.length).toBeLessThan(CSS.length);
  });

  it('keeps classes that only a script or a component names', async () => {
    const script = { raw: `p.className = 'nhsuk-heading-s';`, extension: 'ts' };
    const component = { raw: `<div class="nhsuk-warning-callout"><slot /></div>`, extension: 'astro' };
    const out = await purgeCss(CSS, [page('<p>Text</p>'), script, component]);
    expect(out).toContain('.nhsuk-heading-s{');
    expect(out).toContain('.nhsuk-warning-callout{');
  });
});

describe('pagesBySheet', () => {
  it('groups the pages by the stylesheets they link, under any base path', () => {
    const topic = page('<link rel="stylesheet" href="/_astro/guidance.Ab12Cd34.css">');
    const home = page('<link rel="stylesheet" href="/splw/_astro/page.Ef56Gh78.css?v=1"><link rel=stylesheet href="/_astro/extra.css">');
    const other = page('<link rel="icon" href="/favicon.svg"><link href="/_astro/page.Ef56Gh78.css" rel="stylesheet">');
    const bySheet = pagesBySheet([topic, home, other]);
    expect([...bySheet.keys()].sort()).toEqual(['extra.css', 'guidance.Ab12Cd34.css', 'page.Ef56Gh78.css']);
    expect(bySheet.get('guidance.Ab12Cd34.css')).toEqual([topic]);
    expect(bySheet.get('page.Ef56Gh78.css')).toEqual([home, other]);
    expect(bySheet.get('extra.css')).toEqual([home]);
  });

  it('lists a page once for a stylesheet it links twice, and ignores links that are not stylesheets', () => {
    const twice = page('<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/a.css"><link rel="preload" href="/_astro/b.css">');
    const bySheet = pagesBySheet([twice]);
    expect(bySheet.get('a.css')).toEqual([twice]);
    expect(bySheet.has('b.css')).toBe(false);
  });

  it('purges each kind of page’s stylesheet by that kind’s pages alone', async () => {
    const topic = page('<link rel="stylesheet" href="/_astro/guidance.css"><button class="nhsuk-button">Go</button>');
    const home = page('<link rel="stylesheet" href="/_astro/page.css"><strong class="nhsuk-tag">New</strong>');
    const out = await purgeCss(CSS, pagesBySheet([topic, home]).get('guidance.css')!);
    expect(out).toContain('.nhsuk-button{');
    expect(out).not.toContain('.nhsuk-tag{');
  });
});

describe('hashedName', () => {
  it('replaces the hash in a Vite file name with one of the new content', () => {
    const a = hashedName('Base.DndDwOMY.css', 'a{color:red}');
    expect(a).toMatch(/^Base\.[\w-]{8}\.css$/);
    expect(a).not.toBe('Base.DndDwOMY.css');
    expect(hashedName('Base.DndDwOMY.css', 'a{color:red}')).toBe(a);
    expect(hashedName('Base.DndDwOMY.css', 'a{color:blue}')).not.toBe(a);
  });

  it('adds a hash to a name without one', () => {
    expect(hashedName('site.css', 'x')).toMatch(/^site\.[\w-]{8}\.css$/);
  });
});

describe('replaceNames', () => {
  it('points every reference at the new name and leaves the rest alone', () => {
    const html = '<link rel="stylesheet" href="/_astro/Base.DndDwOMY.css"><a href="/Base/">x</a>';
    expect(replaceNames(html, new Map([['Base.DndDwOMY.css', 'Base.AbCdEfGh.css']]))).toBe(
      '<link rel="stylesheet" href="/_astro/Base.AbCdEfGh.css"><a href="/Base/">x</a>',
    );
  });
});
