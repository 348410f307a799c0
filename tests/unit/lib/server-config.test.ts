import { describe, expect, it } from 'vitest';
import { caddyConfig, nginxConfig, redirectsFile } from '../../../src/lib/server-config';
import { caddyHeaders, nginxHeaders } from '../../support/host-files';
import { SECURITY_HEADERS } from '../../../src/lib/security';
import { redirectSchema } from '../../../src/schemas/redirect';

const redirects = [
  redirectSchema.parse({ from: '/?p=1051', to: '/roles/social-prescribing-link-worker/', note: 'The old page.' }),
  redirectSchema.parse({ from: '/old-page/', to: '/glossary/', status: 302, note: 'Moved for now.' }),
];

describe('_redirects for Netlify and Cloudflare Pages', () => {
  it('writes each redirect with the base path, forced for Netlify, a query in Netlify’s form, a path for Cloudflare too', () => {
    expect(redirectsFile(redirects, '/splw/').split('\n').slice(1)).toEqual([
      '/splw/ p=1051 /splw/roles/social-prescribing-link-worker/ 301!',
      '/splw/old-page/ /splw/glossary/ 302!',
      '/splw/old-page/ /splw/glossary/ 302',
      '',
    ]);
    expect(redirectsFile(redirects, '/')).toContain('\n/ p=1051 /roles/social-prescribing-link-worker/ 301!\n');
  });
});

describe('nginx snippet', () => {
  const conf = nginxConfig(redirects, '/splw/');

  it('sends the site’s own headers, also on 404s, from the site’s folder only', () => {
    expect(nginxHeaders(conf)).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': expect.any(String) });
    expect(conf).toContain('location /splw/ {');
    expect(conf).toContain('    error_page 404 /splw/404.html;');
    // Braces balance: the snippet can be included as it is.
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });

  it('redirects moved pages, and an old address by its query wherever the parameter comes', () => {
    expect(conf).toContain('location = /splw/old-page/ { return 302 /splw/glossary/; }');
    const rule = /if \(\$request_uri ~ "(.+)"\) \{ return 301 \/splw\/roles\/social-prescribing-link-worker\/; \}/.exec(conf);
    const pattern = new RegExp(rule![1]!);
    expect(['/splw/?p=1051', '/splw/?utm=x&p=1051', '/splw/?p=1051&x=1'].map((u) => pattern.test(u))).toEqual([true, true, true]);
    expect(['/splw/?p=10512', '/splw/?xp=1051', '/splw/roles/?p=1051', '/?p=1051'].map((u) => pattern.test(u))).toEqual([false, false, false, false]);
  });

  it('does not serve the files meant for hosts', () => {
    expect(conf).toContain('location ~ ^/splw/(_headers|_redirects|_deploy/|_worker\\.js|_routes\\.json) { return 404; }');
  });
});

describe('Caddy snippet', () => {
  const conf = caddyConfig(redirects, '/splw/');

  it('sends the site’s own headers on its pages and its 404 page', () => {
    expect(caddyHeaders(conf)).toEqual(SECURITY_HEADERS);
    expect(conf).toContain('@bnnsg_hub path /splw/*');
    expect(conf).toContain('        rewrite * /splw/404.html');
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });

  it('redirects moved pages, and an old address by path and query', () => {
    expect(conf).toContain('redir /splw/old-page/ /splw/glossary/ 302');
    expect(conf).toContain('@bnnsg_hub_moved_1 {\n    path /splw/\n    query p=1051\n}\nredir @bnnsg_hub_moved_1 /splw/roles/social-prescribing-link-worker/ 301');
  });
});
