import { describe, expect, it } from 'vitest';
import { classifyAddress, cssAddresses, extractLinks, fileForPath, linkTextProblem } from '../../support/links';

describe('extractLinks', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/search.js"></script>
  </head><body>
    <a href="#main" class="skip">Skip</a>
    <main id="main"><h2 id="who-pays">Who pays</h2>
      <a href="/search/?q=a&amp;topic=Funding">Search <span class="nhsuk-u-visually-hidden">the hub</span></a>
      <a href="https://example.org/x" aria-label="Example guidance"><svg aria-hidden="true"><title>icon</title></svg></a>
      <a href="../up/"><img src="/logo.png" alt="Home page"></a>
      <img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x">
      <form action="/search/"><button>Go</button></form>
      <a name="legacy"></a><template><a id="in-template" href="/t/">Template link</a></template>
    </main></body></html>`;
  const { ids, links } = extractLinks(html);

  it('finds every id, <a name> and id inside a template', () => {
    expect([...ids].sort()).toEqual(['in-template', 'legacy', 'main', 'who-pays']);
  });

  it('finds href, src, srcset and action addresses, with entities decoded', () => {
    expect(links.map((l) => `${l.element}[${l.attribute}] ${l.address}`)).toEqual([
      'link[href] /_astro/site.css',
      'script[src] /_astro/search.js',
      'a[href] #main',
      'a[href] /search/?q=a&topic=Funding',
      'a[href] https://example.org/x',
      'a[href] ../up/',
      'img[src] /logo.png',
      'img[src] /a.png',
      'img[srcset] /a-1x.png',
      'img[srcset] /a-2x.png',
      'form[action] /search/',
      'a[href] /t/',
    ]);
  });

  it('reads each link’s text as a screen reader would: hidden text, aria-label, image alt', () => {
    const text = (address: string) => links.find((l) => l.address === address)?.text;
    expect(text('/search/?q=a&topic=Funding')).toBe('Search the hub');
    expect(text('https://example.org/x')).toBe('Example guidance');
    expect(text('../up/')).toBe('Home page');
    expect(text('/a.png')).toBeUndefined();
  });

  it('keeps the rel of links that have one', () => {
    expect(links.find((l) => l.element === 'link')?.rel).toBe('stylesheet');
    expect(links.find((l) => l.address === '#main')?.rel).toBeUndefined();
  });

  it('copes with broken markup the way a browser does', () => {
    const broken = extractLinks('<p>Text <a href="/one/">One<p><a href=/two/ id=x>Two');
    expect(broken.links.map((l) => [l.address, l.text])).toEqual([
      ['/one/', 'One'],
      ['/two/', 'Two'],
    ]);
    expect(broken.ids).toEqual(new Set(['x']));
  });

  it('finds nothing in a page without links', () => {
    expect(extractLinks('<p>No links here</p>')).toEqual({ ids: new Set(), links: [] });
  });
});

describe('classifyAddress', () => {
  const page = '/roles/splw/funding/';

  it('resolves site addresses, relative or from the root, with query and fragment', () => {
    expect(classifyAddress('/glossary/#pcn', page)).toEqual({ kind: 'internal', path: '/glossary/', fragment: 'pcn', rootRelative: true });
    expect(classifyAddress('../supervision/?x=1', page)).toEqual({ kind: 'internal', path: '/roles/splw/supervision/', fragment: null, rootRelative: false });
    expect(classifyAddress('#who-pays', page)).toEqual({ kind: 'internal', path: page, fragment: 'who-pays', rootRelative: false });
    expect(classifyAddress('/a%20b/#caf%C3%A9', page)).toMatchObject({ path: '/a b/', fragment: 'café' });
  });

  it('reports a bare # as an empty fragment', () => {
    expect(classifyAddress('#', page)).toMatchObject({ kind: 'internal', fragment: '' });
  });

  it('treats the site’s own origin as internal when it is given', () => {
    expect(classifyAddress('https://hub.example.org/sources/', page, 'https://hub.example.org')).toMatchObject({ kind: 'internal', path: '/sources/' });
    expect(classifyAddress('https://hub.example.org/sources/', page)).toMatchObject({ kind: 'external' });
  });

  it('marks external addresses that are not https', () => {
    expect(classifyAddress('https://www.england.nhs.uk/x/', page)).toEqual({ kind: 'external', url: 'https://www.england.nhs.uk/x/', https: true });
    expect(classifyAddress('http://www.england.nhs.uk/x/', page)).toMatchObject({ kind: 'external', https: false });
    expect(classifyAddress('//cdn.example.org/a.js', page)).toMatchObject({ kind: 'external', https: false });
  });

  it('sets aside other schemes and rejects what is not an address', () => {
    expect(classifyAddress('mailto:team@example.org', page)).toEqual({ kind: 'other', scheme: 'mailto:' });
    expect(classifyAddress('javascript:void(0)', page)).toEqual({ kind: 'other', scheme: 'javascript:' });
    expect(classifyAddress('http://[broken', page)).toMatchObject({ kind: 'invalid' });
  });
});

describe('fileForPath', () => {
  it('maps folders to their index.html and files to themselves', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/roles/splw/')).toBe('roles/splw/index.html');
    expect(fileForPath('/_astro/site.css')).toBe('_astro/site.css');
    expect(fileForPath('/404.html')).toBe('404.html');
  });
});

describe('linkTextProblem', () => {
  it.each(['click here', 'Here', 'Read more…', 'MORE', 'link', '  Click   here. '])('calls “%s” vague', (text) => {
    expect(linkTextProblem(text)).toMatch(/^vague link text/);
  });

  it('calls empty text a problem', () => {
    expect(linkTextProblem('  ')).toBe('link has no text');
    expect(linkTextProblem('…')).toBe('link has no text');
  });

  it.each(['Supervision guidance for PCN teams', 'Read more about ARRS funding', 'Where to find out more about training', 'Home'])(
    'accepts “%s”',
    (text) => {
      expect(linkTextProblem(text)).toBeNull();
    },
  );
});

describe('cssAddresses', () => {
  it('finds url() values, quoted or not', () => {
    expect(cssAddresses(`a{background:url("/assets/images/x.svg")} b{background:url( '../y.png' )} c{mask:url(data:image/svg+xml;base64,AA==)}`)).toEqual([
      '/assets/images/x.svg',
      '../y.png',
      'data:image/svg+xml;base64,AA==',
    ]);
  });

  it('finds nothing in a stylesheet without url()', () => {
    expect(cssAddresses('a{color:red}')).toEqual([]);
  });
});
