import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_DAYS, reviewDue, reviewSummary, reviewTable } from '../lib/review-due.ts';
import type { readReviewContent } from '../tooling/review-content.ts';

type ReviewContent = ReturnType<typeof readReviewContent>;

/**
 * Prints the pages due a review at the end of every build, as a warning: the same list as
 * `npm run review-due`, so editors see it without running anything else. It never fails a build
 * for a page being due; a page whose review fields cannot be read stops it, naming the file.
 *
 * The pages' frontmatter is read on a worker thread from the start of the build: parsing 1,000
 * pages' YAML took about 0.5 s of the main thread after the pages were drawn, and the second
 * core is mostly idle while Astro works.
 */
export function reviewDueWarning(): AstroIntegration {
  let root = process.cwd();
  let reading: Promise<ReviewContent> | undefined;
  return {
    name: 'bnnsg:review-due',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        reading = readOnWorker(root);
        // Read now, reported at the end: a build that fails first must not also report this.
        reading.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        const { pages, currentYear } = await (reading ?? readOnWorker(root));
        const options = { today: new Date(), days: DEFAULT_DAYS, currentYear };
        const due = reviewDue(pages, options);
        if (due.length === 0) return;
        logger.warn(`${reviewSummary(due, options, pages.length)}\n${reviewTable(due)}\nRun npm run review-due for the report.`);
      },
    },
  };
}

/**
 * readReviewContent(root) on a worker thread. The worker's file is found from the project's
 * root, not from this module's address: Astro may load this file from a bundled config.
 */
function readOnWorker(root: string): Promise<ReviewContent> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(root, 'src/tooling/review-content-worker.ts'), { workerData: { root } });
    worker.once('message', (content: ReviewContent) => resolve(content));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Reading the pages' review dates stopped (exit code ${code})`)));
  });
}
