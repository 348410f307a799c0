import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/security';
import { headersFileCacheBlocks } from '../lib/cache-rules';
import { normaliseBase } from '../lib/urls';

/**
 * Writes dist/_headers from src/lib/security.ts, so the file and the pages' policy never drift,
 * and the caching rules from src/lib/cache-rules.ts.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'bnnsg:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile() + headersFileCacheBlocks(base));
      },
    },
  };
}
