// Lighthouse on each kind of page, phone and desktop, against the built site served locally,
// in the same Chromium as the tests (tests/support/browser.ts).
//
//   node tests/bench/lighthouse.ts [/path/ ...]   # after `npm run build`; every kind of page by default
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  form: 'mobile' | 'desktop';
  /** 0 to 100 for each category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** What cost points: each failing audit's title, with its category. */
  failing: string[];
}

/** One page of each kind: the budget asks for 100 in every category on each of them. */
export function lighthousePages(role: string): { name: string; path: string }[] {
  return [
    { name: 'Home', path: '/' },
    { name: 'Role', path: `/roles/${role}/` },
    { name: 'Topic (funding)', path: `/roles/${role}/funding/` },
    { name: 'Search with a query', path: '/search/?q=supervision' },
    { name: 'Tool: ARRS checklist', path: `/roles/${role}/arrs-requirements/checklist/` },
    { name: 'Tool: induction checklist', path: `/roles/${role}/induction/checklist/` },
    { name: 'Tool: skills self-check', path: `/roles/${role}/skills-and-training/checklist/` },
    { name: 'Glossary', path: '/glossary/' },
    { name: 'Sources, all (alphabetical)', path: '/sources/' },
    { name: 'Sources reported by others', path: '/sources/reported/' },
    // Lighthouse will not score a response with status 404, so the 404 page is asked for at its
    // own file's address, which the server answers with 200: the same page, the same bytes.
    { name: '404', path: '/404.html' },
  ];
}

/** Runs Lighthouse on each path, mobile then desktop, one at a time. */
export async function runLighthouse(base: string, paths: string[]): Promise<LighthouseResult[]> {
  const found = await findBrowser();
  const chrome = await launch({
    chromePath: found.executablePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    ...(found.env ? { envVars: { ...process.env, ...found.env } as Record<string, string> } : {}),
    logLevel: 'error',
  });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      for (const form of ['mobile', 'desktop'] as const) {
        const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...CATEGORIES] };
        const run = await lighthouse(base + path, flags, form === 'desktop' ? desktopConfig : undefined);
        if (!run) throw new Error(`Lighthouse returned nothing for ${path} (${form})`);
        const { lhr } = run;
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
        ) as Record<Category, number | null>;
        const failing = CATEGORIES.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id]!)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
            .map((a) => `${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`),
        );
        results.push({ path, form, scores, failing });
        if (lhr.runtimeError) results.at(-1)!.failing.push(`error: ${lhr.runtimeError.message}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

if (import.meta.main) {
  const site = await serveSite();
  try {
    const paths = process.argv.slice(2);
    const results = await runLighthouse(site.url, paths.length ? paths : lighthousePages('social-prescribing-link-worker').map((p) => p.path));
    for (const r of results) {
      console.log(`${r.path} ${r.form}: ${CATEGORIES.map((c) => `${c} ${r.scores[c] ?? 'n/a'}`).join(', ')}`);
      for (const f of r.failing) console.log(`  - ${f}`);
    }
  } finally {
    await site.close();
  }
}
