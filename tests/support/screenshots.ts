// Takes full-page screenshots of the built site at phone and desktop widths, for a person to
// look at: `node tests/support/screenshots.ts /path/ [/other/path/ ...]` after `npm run build`.
import { mkdir } from 'node:fs/promises';
import { launchBrowser, VIEWPORTS } from './browser.ts';
import { serveSite } from './server.ts';

const paths = process.argv.slice(2);
const out = new URL('../e2e/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const site = await serveSite();
const browser = await launchBrowser();
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage({ viewport });
      await page.goto(site.url + path);
      await page.waitForLoadState('networkidle');
      const file = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}.png`;
      await page.screenshot({ path: new URL(file, out).pathname, fullPage: true });
      console.log(new URL(file, out).pathname);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
