// `npm run bench`: performance figures for the built site, checked against the budgets.
//
// Builds the site in temporary copies of the project (the real content, then with 100 and
// 1,000 generated pages) and, right after the 1,000-page build, an Astro Starlight site with
// 1,000 pages of the same text; times each build and its memory, loads each kind of page in
// Chromium from a local static server, times search, and prints a table. Writes the figures
// to bench-results/ as JSON. Exits 0 when a budget fails (it reports); only a crash fails it.
//
//   npm run bench                      # real site, 100 and 1,000 generated pages
//   npm run bench -- --sizes=100       # other generated sizes (--sizes= for the real site only)
//   npm run bench -- --rounds=5        # more search samples (default 3 rounds of 5 queries, cold and warm)
//   npm run bench -- --no-lighthouse   # leave out Lighthouse (about 20 runs, the slowest part)
//   npm run bench -- --build-only      # only the builds (with Starlight's): time and memory
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { timedBuild, type BuildResult } from './build.ts';
import { benchProject, starlightProject, type BenchProject } from './generate.ts';
import { CATEGORIES, lighthousePages, runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { ioWaitPercent, referenceMs } from './machine.ts';
import { pageWeight, searchTiming, type SearchTiming } from './pages.ts';
import { questionsInTop3, questionsReport, type QuestionsResult } from './questions.ts';
import { buildBudgets, checkBudgets, kb, mb, pair, table, type BudgetResult, type PageWeight } from './report.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const NODE_BIN = join(PROJECT, 'node_modules/.bin');
/** Generated pages at which the build is compared with Starlight's (issue #17). */
const STARLIGHT_PAGES = 1000;
const STARLIGHT_LABEL = `Starlight ${STARLIGHT_PAGES}`;
const QUERIES = ['supervision', 'funding', 'induction checklist', 'link worker', 'motivational interviewing'];

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    rounds: { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').filter(Boolean).map(Number);
const rounds = Number(args.rounds);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0) || !(rounds > 0)) {
  throw new Error('Usage: npm run bench -- [--sizes=100,1000] [--rounds=3] [--no-lighthouse] [--build-only]');
}

if (args['build-only']) {
  const speedBefore = referenceMs();
  const builds: [string, BuildResult][] = [];
  let starlight: BuildResult | null = null;
  for (const generated of [0, ...sizes]) {
    builds.push([siteLabel(generated), await buildAndRemove(benchProject(PROJECT, generated), siteLabel(generated))]);
    if (generated === STARLIGHT_PAGES) builds.push([STARLIGHT_LABEL, (starlight = await starlightBuild())]);
  }
  const thousand = builds.find(([label]) => label === siteLabel(STARLIGHT_PAGES))?.[1] ?? null;
  console.log(
    [
      `Builds only - ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at end, ${speedNote(speedBefore, referenceMs())}`,
      '',
      buildTable(builds),
      '',
      budgetTable(buildBudgets(thousand, starlight)),
    ].join('\n'),
  );
  process.exit(0);
}

interface SizeResult {
  generated: number;
  build: BuildResult;
  pagefind: { files: number; bytes: number };
  topicPages: PageWeight[];
  home: PageWeight;
  search?: SearchTiming;
}

const started = performance.now();
const loadBefore = loadavg()[0]!;
const speedBefore = referenceMs();
const realRole = (await readdir(join(PROJECT, 'content/guidance'))).sort()[0]!;
const roleUrl = `/roles/${realRole}/`;
/** A checklist tool: like search, a page whose script is the tool itself. */
const TOOL_URL = `${roleUrl}arrs-requirements/checklist/`;

const browser = await launchBrowser();
const chromiumVersion = browser.version();
let real: { pages: PageWeight[]; search: SearchTiming; questions: QuestionsResult } | undefined;
let lighthouse: LighthouseResult[] | null = null;
const scale: SizeResult[] = [];
const builds: [string, BuildResult][] = [];
let starlight: BuildResult | null = null;
try {
  for (const generated of [0, ...sizes]) {
    const label = siteLabel(generated);
    console.error(`Building ${label}...`);
    const project = await benchProject(PROJECT, generated);
    try {
      const build = await timedBuild(project.root, NODE_BIN);
      builds.push([label, build]);
      if (generated === STARLIGHT_PAGES) builds.push([STARLIGHT_LABEL, (starlight = await starlightBuild())]);
      const dist = join(project.root, 'dist');
      const site = await serveSite(dist);
      try {
        console.error(`Measuring ${label}...`);
        const topics = await topicPaths(dist);
        const topicPages = await weights(browser, site.url, topics);
        const [home] = await weights(browser, site.url, ['/']);
        const result: SizeResult = {
          generated,
          build,
          pagefind: await pagefindSize(dist),
          topicPages,
          home: home!,
        };
        if (generated === 0) {
          const others = await weights(browser, site.url, [roleUrl, '/search/', TOOL_URL, '/glossary/', '/sources/', '/sources/reported/', '/bench-no-such-page/', '/accessibility/']);
          const search = await searchTiming(browser, site.url, QUERIES, rounds);
          const questions = await questionsInTop3(browser, site.url);
          real = { pages: [home!, ...others, ...topicPages], search, questions };
          result.search = search;
          if (!args['no-lighthouse']) {
            console.error('Running Lighthouse on each kind of page, mobile and desktop...');
            lighthouse = await runLighthouse(site.url, lighthousePages(realRole).map((p) => p.path));
          }
        } else if (generated === Math.max(...sizes)) {
          result.search = await searchTiming(browser, site.url, QUERIES, rounds);
        }
        scale.push(result);
      } finally {
        await site.close();
      }
    } finally {
      await project.remove();
    }
  }
} finally {
  await browser.close();
}
if (!real) throw new Error('The real site was not measured');

// ---- Report ----
const byPath = (p: string) => real.pages.find((x) => x.path === p)!;
const realTopics = scale[0]!.topicPages;
const heaviestTopic = realTopics.reduce((a, b) => (b.critical.gzip > a.critical.gzip ? b : a));
const lightestTopic = realTopics.reduce((a, b) => (b.critical.gzip < a.critical.gzip ? b : a));
const pageRows: [string, PageWeight][] = [
  ['Home', byPath('/')],
  ['Role landing', byPath(roleUrl)],
  [`Topic page, heaviest (${lastSegment(heaviestTopic.path)})`, heaviestTopic],
  [`Topic page, lightest (${lastSegment(lightestTopic.path)})`, lightestTopic],
  ['Search page (no query)', byPath('/search/')],
  ['Checklist tool (ARRS)', byPath(TOOL_URL)],
  ['Glossary', byPath('/glossary/')],
  ['Sources, all (alphabetical)', byPath('/sources/')],
  ['Sources, largest group (reported)', byPath('/sources/reported/')],
  ['404', byPath('/bench-no-such-page/')],
  ['Accessibility', byPath('/accessibility/')],
];
const thousand = scale.find((s) => s.generated === STARLIGHT_PAGES);
const budgets = checkBudgets({
  contentPages: real.pages.filter((p) => p.path !== '/search/' && p.path !== TOOL_URL),
  topicPagesReal: realTopics,
  topicPagesAtThousand: thousand?.topicPages ?? null,
  thousandBuild: thousand?.build ?? null,
  starlightBuild: starlight,
  search: { real: real.search, atThousand: thousand?.search ?? null },
  homeReal: scale[0]!.home,
  homeAtThousand: thousand?.home ?? null,
  lighthouse,
});
const loadAfter = loadavg()[0]!;
const speedAfter = referenceMs();
const benchSeconds = (performance.now() - started) / 1000;

const out: string[] = [];
out.push(
  `BNNSG Training Hub benchmark - ${new Date().toISOString()}`,
  `Node ${process.version}, ${cpus().length} CPUs, Chromium ${chromiumVersion}, load average ${loadBefore.toFixed(1)} at start, ${loadAfter.toFixed(1)} at end`,
  speedNote(speedBefore, speedAfter),
  '',
  'First load of each kind of page (fresh cache; KB raw / gzip; 1 KB = 1,000 bytes)',
  table(
    ['Page', 'HTML', 'CSS', 'JS', 'Fonts', 'Images', 'Other', 'Total', 'HTML+CSS+JS gz', 'Requests', 'JS before input'],
    pageRows.map(([name, p]) => [
      p.status === 200 || p.path.includes('no-such') ? name : `${name} (HTTP ${p.status})`,
      pair(p.byCategory.html),
      pair(p.byCategory.css),
      pair(p.byCategory.js),
      pair(p.byCategory.fonts),
      pair(p.byCategory.images),
      pair(p.byCategory.other),
      pair(p.total),
      kb(p.critical.gzip),
      String(p.requests),
      `${p.jsBeforeInteraction} B`,
    ]),
  ),
  '',
  'Build by site size (cold builds; CPU time is user + system; peak memory is the whole process tree)',
  buildTable(builds),
  '',
  'Weight by site size',
  table(
    ['Site', 'Pagefind index', 'Topic page HTML+CSS+JS gz (heaviest)', 'Home HTML+CSS+JS gz'],
    scale.map((s) => {
      const heaviest = s.topicPages.reduce((a, b) => (b.critical.gzip > a.critical.gzip ? b : a));
      return [siteLabel(s.generated), `${kb(s.pagefind.bytes)}, ${s.pagefind.files} files`, kb(heaviest.critical.gzip), kb(s.home.critical.gzip)];
    }),
  ),
  '',
  'Search on /search/ (Chromium; time from the last keystroke to "... found"; cold: each query typed',
  'into a freshly opened page with an empty cache as soon as it has loaded; warm: typed again later)',
  table(
    ['Site', 'Samples', 'Cold median', 'Cold worst', 'Warm median', 'Warm worst', 'First search downloads'],
    scale
      .filter((s) => s.search)
      .map((s) => [
        siteLabel(s.generated),
        `${s.search!.cold.samplesMs.length} + ${s.search!.warm.samplesMs.length}`,
        `${s.search!.cold.medianMs.toFixed(0)} ms`,
        `${s.search!.cold.worstMs.toFixed(0)} ms`,
        `${s.search!.warm.medianMs.toFixed(0)} ms`,
        `${s.search!.warm.worstMs.toFixed(0)} ms`,
        `${kb(s.search!.firstSearch.bytes)} raw, ${kb(s.search!.firstSearch.gzipBytes)} gzip, ${s.search!.firstSearch.requests} requests`,
      ]),
  ),
  ...questionsReport(real.questions),
  '',
  'Lighthouse (real site; mobile / desktop; performance, accessibility, best practices, SEO)',
  lighthouse
    ? table(
        ['Page', ...CATEGORIES.map((c) => `${c} (mobile / desktop)`)],
        lighthousePages(realRole).map(({ name, path }) => {
          const run = (form: string) => lighthouse!.find((r) => r.path === path && r.form === form);
          return [name, ...CATEGORIES.map((c) => `${run('mobile')?.scores[c] ?? 'n/a'} / ${run('desktop')?.scores[c] ?? 'n/a'}`)];
        }),
      )
    : 'not run (--no-lighthouse)',
  ...(lighthouse ?? []).flatMap((r) => r.failing.map((f) => `  ${r.path} ${r.form}: ${f}`)),
  '',
  budgetTable(budgets),
  '',
  `Benchmark took ${benchSeconds.toFixed(0)} s.`,
);
if (Math.max(loadBefore, loadAfter) > cpus().length * 0.5) {
  out.push(
    `Note: the machine was busy (load average ${loadBefore.toFixed(1)} at start, ${loadAfter.toFixed(1)} at end, on ${cpus().length} CPUs): wall times are slower than on an idle machine; CPU time is the steadier figure.`,
  );
}
console.log(out.join('\n'));

const resultsDir = join(PROJECT, 'bench-results');
await mkdir(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const json = JSON.stringify(
  {
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    uncommittedChanges: git(['status', '--porcelain']) !== '',
    environment: { node: process.version, cpus: cpus().length, chromium: chromiumVersion, loadBefore, loadAfter, referenceMsBefore: speedBefore, referenceMsAfter: speedAfter, ioWaitPercentAtEnd: ioWaitPercent() },
    benchSeconds,
    budgets,
    pages: real.pages,
    search: real.search,
    lighthouse,
    questions: real.questions,
    scale,
    starlight,
  },
  null,
  2,
);
await writeFile(join(resultsDir, `bench-${stamp}.json`), json);
await writeFile(join(resultsDir, 'latest.json'), json);
console.log(`Figures written to bench-results/bench-${stamp}.json (and latest.json).`);

// ---- Helpers ----

function siteLabel(generated: number): string {
  return generated ? `+${generated} generated` : 'real';
}

/** A cold build of a temporary project, which is then removed. */
async function buildAndRemove(making: Promise<BenchProject>, label: string): Promise<BuildResult> {
  const project = await making;
  console.error(`Building ${label}...`);
  try {
    return await timedBuild(project.root, NODE_BIN);
  } finally {
    await project.remove();
  }
}

/** Starlight's 1,000 pages, built cold with the same timer as the site. */
function starlightBuild(): Promise<BuildResult> {
  return buildAndRemove(starlightProject(PROJECT, STARLIGHT_PAGES), STARLIGHT_LABEL);
}

function buildTable(rows: readonly (readonly [string, BuildResult])[]): string {
  return table(
    ['Site', 'Pages built', 'Build', 'CPU time', 'Peak memory', 'Largest process'],
    rows.map(([site, b]) => [
      site,
      String(b.pages),
      `${(b.wallMs / 1000).toFixed(1)} s`,
      b.cpuSeconds === null ? 'n/a' : `${b.cpuSeconds.toFixed(1)} s`,
      mb(b.peakBytes),
      b.largestProcessBytes === null ? 'n/a' : mb(b.largestProcessBytes),
    ]),
  );
}

function budgetTable(budgets: readonly BudgetResult[]): string {
  return [
    'Budgets',
    table(
      ['', 'Budget', 'Limit', 'Measured'],
      budgets.map((b) => [b.pass === null ? 'N/A' : b.pass ? 'PASS' : 'FAIL', b.name, b.limit, b.actual]),
      false,
    ),
  ].join('\n');
}

async function weights(b: Browser, base: string, paths: string[]): Promise<PageWeight[]> {
  const found: PageWeight[] = [];
  for (const path of paths) found.push(await pageWeight(b, base, path));
  return found;
}

/** The real role's topic pages, from the build output. */
async function topicPaths(dist: string): Promise<string[]> {
  const dir = join(dist, 'roles', realRole);
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => `${roleUrl}${e.name}/`).sort();
}

async function filesUnder(dir: string): Promise<{ path: string; bytes: number }[]> {
  const names = await readdir(dir, { recursive: true });
  const files: { path: string; bytes: number }[] = [];
  for (const name of names) {
    const s = await stat(join(dir, name));
    if (s.isFile()) files.push({ path: name.split('\\').join('/'), bytes: s.size });
  }
  return files;
}

async function pagefindSize(dist: string): Promise<{ files: number; bytes: number }> {
  const files = await filesUnder(join(dist, 'pagefind'));
  return { files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0) };
}

function lastSegment(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? path;
}

function git(gitArgs: string[]): string {
  try {
    return execFileSync('git', gitArgs, { cwd: PROJECT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The machine's speed (tests/bench/machine.ts) at the start and end, for comparing runs. */
function speedNote(before: number, after: number): string {
  const io = ioWaitPercent();
  const disk = io === null ? '' : `; waiting for the disk ${io.toFixed(0)}% of the last minute`;
  return `reference work ${before.toFixed(0)} ms at start, ${after.toFixed(0)} ms at end${disk} (compare times only between runs with similar figures)`;
}
