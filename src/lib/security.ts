/**
 * The site's Content Security Policy and security headers, defined once. Pages carry the policy
 * in a <meta> tag (so it holds on any host); hosts that read a `_headers` file also send it, with
 * the parts a <meta> tag cannot carry.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly search engine in the browser; nothing else runs but our files.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Browsers ignore these in a <meta> policy (and log a console error), so only headers carry them. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function metaContentSecurityPolicy(): string {
  return serialise(Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name))));
}

export function headerContentSecurityPolicy(): string {
  return serialise(CSP_DIRECTIVES);
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': headerContentSecurityPolicy(),
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** A `_headers` file as Netlify and Cloudflare Pages read it: every path gets every header. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
