/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Astro's Vite setup, so component tests can render .astro files with the Container API.
export default getViteConfig(
  {
    root,
    test: {
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
        { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            // Real Chromium against the built site: slower than unit tests, and one browser at a time.
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  },
  { root },
);
