import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/security';

/** Writes dist/_headers from src/lib/security.ts, so the file and the pages' policy never drift. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'bnnsg:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
