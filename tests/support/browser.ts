import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium may be: CHROMIUM_PATH first, then Debian's package, then a Mac's Chrome. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter((p): p is string => Boolean(p));

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in ${CANDIDATES.join(', ')}). Install Debian's chromium package, or set CHROMIUM_PATH.`,
    );
  }
  return found;
}

/** Headless Chromium that makes no request of its own to the outside world. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export const VIEWPORTS = {
  /** WCAG 2.2's reflow width (1.4.10): a small phone, or a 1280 px screen zoomed to 400%. */
  narrow: { width: 320, height: 568 },
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 900 },
} as const;
