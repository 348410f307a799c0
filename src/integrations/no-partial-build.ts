import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A build that fails leaves no output folder: neither the last good site (which would look
 * current but miss the change that failed) nor a half-written one (pages without a search
 * index). Astro empties the folder only once its content has loaded, and never after a failure,
 * so this removes it when a build starts and again if the process ends with an error.
 */
export function noPartialBuild(): AstroIntegration {
  return {
    name: 'bnnsg:no-partial-build',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        const shown = relative(fileURLToPath(config.root), outDir);
        const name = shown.startsWith('..') ? outDir : `${shown}/`;
        rmSync(outDir, { recursive: true, force: true });
        process.once('exit', (code) => {
          if (code === 0) return;
          rmSync(outDir, { recursive: true, force: true });
          console.error(`The build failed, so ${name} has been removed. Fix the problem named above and build again.`);
        });
      },
    },
  };
}
