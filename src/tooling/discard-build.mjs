// Runs when a step of `npm run build` fails (Astro's build or the search index): removes the
// partial dist/ so a failed build never leaves something that looks like a site to serve or
// deploy. Exits 1 to keep the failure.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
console.error('The build failed, so dist/ has been removed. Fix the problem named above and build again.');
process.exit(1);
