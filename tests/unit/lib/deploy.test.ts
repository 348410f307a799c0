import { describe, expect, it } from 'vitest';
import { normaliseBase, siteUrls } from '../../../src/lib/urls';
import { readDeploySettings } from '../../../src/lib/deploy-settings';
import { robotsTxt } from '../../../src/lib/robots';

describe('urls under a base path', () => {
  const urls = siteUrls('/splw/');

  it('puts the base in front of every address', () => {
    expect(urls.home()).toBe('/splw/');
    expect(urls.topic('social-prescribing-link-worker', 'supervision')).toBe('/splw/roles/social-prescribing-link-worker/supervision/');
    expect(urls.tool('social-prescribing-link-worker', 'induction')).toBe('/splw/roles/social-prescribing-link-worker/induction/checklist/');
    expect(urls.search('who pays?')).toBe('/splw/search/?q=who%20pays%3F');
    expect(urls.glossary('arrs')).toBe('/splw/glossary/#arrs');
    expect(urls.page('privacy')).toBe('/splw/privacy/');
    expect(urls.sources()).toBe('/splw/sources/');
    expect(urls.sources('reported')).toBe('/splw/sources/reported/');
    expect(urls.sources('checked', 'nhse-sp-faqs')).toBe('/splw/sources/checked/#nhse-sp-faqs');
    expect(urls.asset('pagefind/pagefind.js')).toBe('/splw/pagefind/pagefind.js');
    expect(urls.at('/roles/')).toBe('/splw/roles/');
  });

  it('reads the base however it is written', () => {
    expect(['splw', '/splw', '/splw/', ' /splw// '].map(normaliseBase)).toEqual(['/splw/', '/splw/', '/splw/', '/splw/']);
    expect(['', '/', '//'].map(normaliseBase)).toEqual(['/', '/', '/']);
    expect(siteUrls('/').roles()).toBe('/roles/');
    expect(siteUrls('/a/b').roles()).toBe('/a/b/roles/');
  });
});

describe('deploy settings (SITE_URL, BASE_PATH)', () => {
  it('takes the public address and base path from the environment', () => {
    expect(readDeploySettings({})).toEqual({ base: '/' });
    expect(readDeploySettings({ SITE_URL: 'https://hub.example.org/', BASE_PATH: 'splw' })).toEqual({ site: 'https://hub.example.org', base: '/splw/' });
    expect(readDeploySettings({ SITE_URL: '', BASE_PATH: '' })).toEqual({ base: '/' });
  });

  it('refuses an address it cannot use, naming the setting and the fix', () => {
    expect(() => readDeploySettings({ SITE_URL: 'hub.example.org' })).toThrow('SITE_URL: "hub.example.org" is not an address. Write it like https://hub.example.org');
    expect(() => readDeploySettings({ SITE_URL: 'ftp://hub.example.org' })).toThrow('SITE_URL: "ftp://hub.example.org" must start with https://');
    expect(() => readDeploySettings({ SITE_URL: 'https://example.org/splw/' })).toThrow(
      'SITE_URL: "https://example.org/splw/" has a path. Give only the scheme and host (https://example.org) and the path in BASE_PATH (BASE_PATH=/splw/).',
    );
    expect(() => readDeploySettings({ BASE_PATH: '/split here/' })).toThrow('BASE_PATH: "/split here/" is not a path the site can be served under');
    expect(() => readDeploySettings({ BASE_PATH: '/a/../b/' })).toThrow('BASE_PATH');
  });
});

describe('robots.txt', () => {
  it('names the sitemap by its full address when the public address is known', () => {
    expect(robotsTxt(new URL('https://hub.example.org'), '/splw/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://hub.example.org/splw/sitemap-index.xml\n',
    );
  });

  it('allows crawling but names no sitemap without it', () => {
    const robots = robotsTxt(undefined, '/');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).not.toContain('Sitemap:');
  });
});
