/**
 * The Content Security Policy of the web editor at /admin/ alone: every other page keeps the
 * site's own (src/lib/security.ts). Each allowance is what Decap CMS was seen to need in
 * Chromium (tests/e2e/cms.test.ts fails on any policy violation), plus the addresses of its two
 * back ends: GitHub's API for the hosted editor, and decap-server on this machine for
 * `npm run edit`.
 */
export const LOCAL_PROXY = 'http://localhost:8081';

export function cmsCspDirectives(authOrigin?: string): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    // Decap's code is our own copy; it checks its configuration with ajv, which compiles the
    // checks into functions ('unsafe-eval'), and its editor compiles WebAssembly.
    'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    // Its styles are written into <style> elements as it draws (Emotion).
    'style-src': ["'self'", "'unsafe-inline'"],
    // Editors' avatars come from GitHub once logged in; the editor draws some icons as data:.
    'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'https://api.github.com', LOCAL_PROXY, ...(authOrigin ? [authOrigin] : [])],
    // The preview pane is an iframe of the editor's own document.
    'frame-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
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
