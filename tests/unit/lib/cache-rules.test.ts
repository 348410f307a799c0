import { describe, expect, it } from 'vitest';
import { CACHE_RULES, DEFAULT_CACHE_CONTROL, IMMUTABLE, REVALIDATE, cacheControlFor, headersFileCacheBlocks } from '../../../src/lib/cache-rules';
import { SECURITY_HEADERS } from '../../../src/lib/security';
import { parseHeadersFile } from '../../support/host-files';
import { caddyConfig, nginxConfig } from '../../../src/lib/server-config';

describe('caching rules', () => {
  it('keep fingerprinted files a year, and have everything else checked each time', () => {
    expect(cacheControlFor('/_astro/page.4DDmoxYv.css')).toBe(IMMUTABLE);
    expect(cacheControlFor('/splw/_astro/page.4DDmoxYv.css', '/splw/')).toBe(IMMUTABLE);
    for (const path of ['/', '/roles/', '/feed.xml', '/sitemap-index.xml', '/pagefind/pagefind.js', '/search-words.json', '/favicon.svg']) {
      expect(cacheControlFor(path), path).toBe(REVALIDATE);
    }
    // A folder's name elsewhere in a path is not that folder.
    expect(cacheControlFor('/roles/_astro/')).toBe(REVALIDATE);
    expect(cacheControlFor('/_astro/x.css', '/splw/')).toBe(REVALIDATE);
    expect(DEFAULT_CACHE_CONTROL).toBe(REVALIDATE);
  });

  it('go in _headers as blocks of their own, under the base path, none repeating the site-wide block', () => {
    const blocks = parseHeadersFile(headersFileCacheBlocks('/splw/'));
    expect(Object.fromEntries(blocks)).toEqual({
      '/splw/_astro/*': { 'Cache-Control': IMMUTABLE },
      '/splw/pagefind/*': { 'Cache-Control': REVALIDATE },
    });
  });

  it('go in the nginx snippet: each folder’s location repeats the site’s headers, as nginx does not carry them in', () => {
    const conf = nginxConfig([], '/splw/');
    const top = /^location \/splw\/ \{\n((?: {4}add_header .*\n)+)/m.exec(conf)![1]!;
    expect(top).toContain(`add_header Cache-Control "${DEFAULT_CACHE_CONTROL}" always;`);
    for (const rule of CACHE_RULES) {
      const block = new RegExp(`^ {4}location /splw/${rule.folder} \\{\\n([\\s\\S]*?)\\n {4}\\}$`, 'm').exec(conf)?.[1];
      expect(block, rule.folder).toBeDefined();
      const sent = Object.fromEntries([...block!.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
      expect(sent, rule.folder).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': rule.cacheControl });
    }
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });

  it('go in the Caddy snippet by matchers that never match the same request', () => {
    const conf = caddyConfig([], '/splw/');
    expect(conf).toContain('@bnnsg_hub_cache_default {\n    path /splw/*\n    not path /splw/_astro/*\n    not path /splw/pagefind/*\n}');
    expect(conf).toContain(`header @bnnsg_hub_cache_default Cache-Control "${DEFAULT_CACHE_CONTROL}"`);
    expect(conf).toContain(`@bnnsg_hub_cache_1 path /splw/_astro/*\nheader @bnnsg_hub_cache_1 Cache-Control "${IMMUTABLE}"`);
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });
});
