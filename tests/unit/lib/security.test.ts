import { describe, expect, it } from 'vitest';
import {
  headerContentSecurityPolicy,
  headersFile,
  metaContentSecurityPolicy,
  SECURITY_HEADERS,
} from '../../../src/lib/security';
import { parseHeadersFile } from '../../support/host-files';

describe('content security policy', () => {
  it('allows no inline code and no other origin', () => {
    const policy = headerContentSecurityPolicy();
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('leaves out of the <meta> policy what browsers ignore there, and nothing else', () => {
    const meta = metaContentSecurityPolicy();
    expect(meta).not.toContain('frame-ancestors');
    expect(`${meta}; frame-ancestors 'none'`).toBe(headerContentSecurityPolicy());
  });
});

describe('_headers file', () => {
  it('sends every security header for every path, and reads back the same', () => {
    const blocks = parseHeadersFile(headersFile());
    expect([...blocks.keys()]).toEqual(['/*']);
    expect(blocks.get('/*')).toEqual(SECURITY_HEADERS);
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('says what is wrong with a malformed file', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('A header comes before any path in _headers');
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow('Not a header line in _headers: "no colon here"');
  });
});
