/**
 * The Content Security Policy of the web editor at /admin/ alone: every other page keeps the
 * site's own (src/lib/security.ts). 'unsafe-eval' and inline styles are what Decap CMS was seen
 * to need in Chromium (tests/e2e/cms.test.ts fails on any policy violation; with either taken
 * away the editor breaks); the rest is the addresses of its back ends. Its preview pane is an
 * iframe of its own document, which default-src 'self' allows.
 */
export const LOCAL_PROXY = 'http://localhost:8081';

export function cmsCspDirectives(authOrigin?: string): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    // Decap's code is our own copy, but it checks its configuration with ajv, which compiles
    // each check into a function: without 'unsafe-eval' the editor stops at "script-src eval".
    'script-src': ["'self'", "'unsafe-eval'"],
    // Its styles are written into <style> elements as it draws (Emotion): "style-src-elem inline".
    'style-src': ["'self'", "'unsafe-inline'"],
    // The logged-in editor's picture, from their GitHub account.
    'img-src': ["'self'", 'https://avatars.githubusercontent.com'],
    // GitHub's API for the hosted editor; decap-server on this machine for `npm run edit`.
    'connect-src': ["'self'", 'https://api.github.com', LOCAL_PROXY, ...(authOrigin ? [authOrigin] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

const HEADER_ONLY = new Set(['frame-ancestors']);

export function cmsContentSecurityPolicy(authOrigin?: string, { meta = false } = {}): string {
  return Object.entries(cmsCspDirectives(authOrigin))
    .filter(([name]) => !(meta && HEADER_ONLY.has(name)))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
