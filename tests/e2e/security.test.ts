import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile, builtPages, movedPages, useBuiltSite } from '../support/built-site';
import { BUILDS, requireBuild } from '../support/builds';
import { DIST } from '../support/server';
import { headerContentSecurityPolicy, metaContentSecurityPolicy } from '../../src/lib/security';
import { parseHeadersFile } from '../support/host-files';
import { searchAnswered } from '../support/search-page';

const site = useBuiltSite();

describe.each(BUILDS)('the policy in the pages built $name', (build) => {
  it('is the same in every page, with no inline script or style', () => {
    const dir = requireBuild(build).dir;
    for (const path of [...builtPages(dir), ...movedPages(dir)]) {
      const html = readFileSync(builtFile(path, dir), 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
      expect(meta, path).toBe(metaContentSecurityPolicy());
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/<style[\s>]|\sstyle="/);
    }
  });
});

describe('security headers', () => {
  it('agree between the pages and the _headers file hosts read', () => {
    const headers = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')).get('/*')!;
    expect(headers['Content-Security-Policy']).toBe(headerContentSecurityPolicy());
    // Every directive a page carries is sent by the host with the same value.
    const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d] as const));
    const fromHeader = directives(headers['Content-Security-Policy']!);
    for (const [name, value] of directives(metaContentSecurityPolicy())) expect(fromHeader.get(name)).toBe(value);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Strict-Transport-Security']).toContain('max-age=');
  });

  it('let search run under the policy without a single violation', async () => {
    const page = await site.page();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${site.url}/search/?q=supervision`);
    await page.locator('#search-results li').first().waitFor();
    await searchAnswered(page);
    expect(violations).toEqual([]);
  });
});
