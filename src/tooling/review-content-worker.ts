// Reads the review fields of every guidance page (review-content.ts) on a thread of its own, for
// the review-due warning (src/integrations/review-due.ts), while Astro builds on the main one.
import { parentPort, workerData } from 'node:worker_threads';
import { readReviewContent } from './review-content.ts';

parentPort!.postMessage(readReviewContent((workerData as { root: string }).root));
