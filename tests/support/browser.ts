import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { bundledChromium, bundledChromiumProblem } from './npm-chromium.ts';

/**
 * Which Chromium the tests drive, first found wins:
 * 1. CHROMIUM_PATH, when set;
 * 2. a Chromium or Chrome installed on the machine (Debian's or Ubuntu's package, Google Chrome,
 *    a Mac's application);
 * 3. the Chromium inside the npm package @sparticuz/chromium (Linux x64 only), so a machine
 *    with only Node and npm needs nothing else.
 * TEST_BROWSER=npm skips the first two (to prove the npm browser works, as CI does);
 * TEST_BROWSER=system skips the third.
 */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface FoundBrowser {
  executablePath: string;
  env?: Record<string, string>;
  /** Where it came from, for messages: "CHROMIUM_PATH", "system" or "npm". */
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
}

export async function findBrowser(): Promise<FoundBrowser> {
  const only = process.env.TEST_BROWSER;
  if (only !== undefined && only !== 'npm' && only !== 'system') {
    throw new Error(`TEST_BROWSER is "${only}": use "npm" (the browser in @sparticuz/chromium) or "system", or leave it unset.`);
  }
  if (only !== 'npm') {
    const set = process.env.CHROMIUM_PATH;
    if (set) {
      if (!existsSync(set)) throw new Error(`CHROMIUM_PATH is ${set}, but there is no file there.`);
      return { executablePath: set, source: 'CHROMIUM_PATH' };
    }
    const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
    if (system) return { executablePath: system, source: 'system' };
  }
  const problem = only === 'system' ? 'TEST_BROWSER=system' : bundledChromiumProblem();
  if (problem) {
    throw new Error(
      `No Chromium found. Looked for ${only === 'npm' ? '' : `CHROMIUM_PATH, then ${SYSTEM_BROWSERS.join(', ')}, then `}` +
        `the browser in the npm package @sparticuz/chromium, which cannot be used: ${problem}. ` +
        'On Linux arm64 install Chromium (Debian, Ubuntu: apt-get install chromium); on a Mac install Google Chrome; ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return { ...(await bundledChromium()), source: 'npm' };
}

/** Headless Chromium that makes no request of its own to the outside world. */
export async function launchBrowser(): Promise<Browser> {
  const found = await findBrowser();
  return chromium.launch({
    executablePath: found.executablePath,
    ...(found.env ? { env: { ...process.env, ...found.env } } : {}),
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
