// The benchmark's arithmetic, budgets and table: pure functions, tested in tests/unit/bench/.

export const CATEGORIES = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Resource {
  url: string;
  category: Category;
  bytes: number;
  gzipBytes: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  status: number;
  requests: number;
  byCategory: Record<Category, Bytes>;
  total: Bytes;
  /** HTML + CSS + JS, the part of a first load the 14 KB budget counts. */
  critical: Bytes;
  /** Script bytes loaded before any interaction: script files plus inline script text. */
  jsBeforeInteraction: number;
  /** Each response, by address (what made up the figures). */
  resources: Resource[];
}

/** The budget's bucket for one of Chromium's resource types. */
export function category(resourceType: string): Category {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'fonts';
    case 'image':
    case 'media':
      return 'images';
    default:
      return 'other'; // fetch/xhr: Pagefind's index and WebAssembly, JSON, manifests
  }
}

export function summarise(path: string, status: number, resources: readonly Resource[], inlineScriptBytes: number): PageWeight {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { raw: 0, gzip: 0 }])) as Record<Category, Bytes>;
  for (const r of resources) {
    byCategory[r.category].raw += r.bytes;
    byCategory[r.category].gzip += r.gzipBytes;
  }
  // Inline script is part of the HTML's bytes already; it is counted again only as JS run.
  const add = (cats: readonly Category[]): Bytes => ({
    raw: cats.reduce((n, c) => n + byCategory[c].raw, 0),
    gzip: cats.reduce((n, c) => n + byCategory[c].gzip, 0),
  });
  return {
    path,
    status,
    requests: resources.length,
    byCategory,
    total: add(CATEGORIES),
    critical: add(['html', 'css', 'js']),
    jsBeforeInteraction: byCategory.js.raw + inlineScriptBytes,
    resources: resources.map((r) => ({ ...r, url: new URL(r.url, 'http://localhost').pathname })),
  };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface TimeV {
  maxRssKb: number;
  wallSeconds: number;
  /** User plus system CPU time: less swayed than wall time by other work on the machine. */
  cpuSeconds: number;
}

/** The figures the benchmark uses from the report of GNU `time -v`. */
export function parseTimeV(text: string): TimeV {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const wall = /Elapsed \(wall clock\)[^\n]*?:\s+(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)\s*$/m.exec(text);
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const system = /System time \(seconds\): ([\d.]+)/.exec(text);
  if (!rss || !wall || !user || !system) throw new Error(`Not a report of time -v:\n${text.slice(0, 500)}`);
  const [, h, m, s] = wall;
  return {
    maxRssKb: Number(rss[1]),
    wallSeconds: Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s),
    cpuSeconds: Number(user[1]) + Number(system[1]),
  };
}

// Budgets. Sizes are decimal: 1 KB = 1,000 bytes, 1 GB = 10^9 bytes (the stricter reading).
export const BUDGETS = {
  /** A content page's HTML + CSS + JS, gzipped, on a first visit: within the 14 KB a server
   * sends in its first round trip (issue #17). */
  contentPageGzipBytes: 14_000,
  /** A topic page at 1,000 generated pages, against the same page on the real site. */
  weightGrowth: 0.1,
  /** The 1,000-page build (`npm run build`), wall time and peak memory of its process tree: at
   * most this many times Astro Starlight's for its 1,000 pages, built in the same run (issue #17). */
  buildVsStarlight: 1.1,
  /** Last keystroke to results at 1,000 pages, worst case: on a fresh page (first query) and later. */
  searchMs: 100,
  /** Lighthouse score in each of performance, accessibility, best practices and SEO. */
  lighthouseScore: 100,
} as const;

/** One Lighthouse run, as tests/bench/lighthouse.ts reports it. */
export interface LighthouseScore {
  path: string;
  form: 'mobile' | 'desktop';
  scores: Record<string, number | null>;
}

/** Last keystroke to results: a first query on a fresh page (cold), and later ones (warm). */
export interface SearchFigures {
  cold: { medianMs: number; worstMs: number };
  warm: { medianMs: number; worstMs: number };
}

export interface BuildFigures {
  wallMs: number;
  peakBytes: number;
}

export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  /** null when it could not be measured in this run. */
  pass: boolean | null;
}

export interface BudgetInput {
  /** Every page but search, on the real site. */
  contentPages: readonly PageWeight[];
  /** Topic pages of the real role: on the real site, and on the site with 1,000 generated pages. */
  topicPagesReal: readonly PageWeight[];
  topicPagesAtThousand: readonly PageWeight[] | null;
  /** This site with 1,000 generated pages, and Starlight with 1,000 pages, built in the same run. */
  thousandBuild: BuildFigures | null;
  starlightBuild: BuildFigures | null;
  /** Search timings on the real site, and with 1,000 generated pages (what the budget judges). */
  search: { real: SearchFigures; atThousand: SearchFigures | null };
  /** The home page on the real site (1 role) and with 1,000 generated pages (100 roles). */
  homeReal?: PageWeight;
  homeAtThousand?: PageWeight | null;
  /** Lighthouse on each kind of page of the real site; null when not run. */
  lighthouse?: readonly LighthouseScore[] | null;
}

export function checkBudgets(input: BudgetInput): BudgetResult[] {
  const heaviest = maxBy(input.contentPages, (p) => p.critical.gzip);
  const withJs = input.contentPages.filter((p) => p.jsBeforeInteraction > 0);
  const results: BudgetResult[] = [
    {
      name: 'Content page first load, HTML+CSS+JS gzip',
      limit: `<= ${kb(BUDGETS.contentPageGzipBytes)}`,
      actual: heaviest ? `${kb(heaviest.critical.gzip)} (heaviest: ${heaviest.path})` : 'no pages',
      pass: heaviest ? heaviest.critical.gzip <= BUDGETS.contentPageGzipBytes : null,
    },
    {
      name: 'Content page JS before interaction',
      limit: '0 B',
      actual: withJs.length ? withJs.map((p) => `${p.path}: ${p.jsBeforeInteraction} B`).join(', ') : '0 B on every content page',
      pass: input.contentPages.length ? withJs.length === 0 : null,
    },
  ];

  const growth = input.topicPagesAtThousand && weightGrowth(input.topicPagesReal, input.topicPagesAtThousand);
  results.push({
    name: 'Topic page weight, 10 -> 1,000 pages',
    limit: `<= +${BUDGETS.weightGrowth * 100}%`,
    actual: growth ? `${signedPercent(growth.ratio - 1)} (most: ${growth.path}, ${kb(growth.from)} -> ${kb(growth.to)})` : 'not measured',
    // Compared as bytes, not as a ratio, so a page exactly 10% heavier is not failed by rounding.
    pass: growth ? growth.to <= Math.round(growth.from * (1 + BUDGETS.weightGrowth)) : null,
  });

  results.push(
    ...buildBudgets(input.thousandBuild, input.starlightBuild),
    ...(['cold', 'warm'] as const).map((kind) => {
      const at = input.search.atThousand?.[kind];
      const real = input.search.real[kind];
      const figures = (f: { medianMs: number; worstMs: number }) => `worst ${f.worstMs.toFixed(0)} ms, median ${f.medianMs.toFixed(0)} ms`;
      return {
        name: `Search at 1,000 pages, ${kind === 'cold' ? 'first query on a fresh page' : 'later queries'} (worst)`,
        limit: `<= ${BUDGETS.searchMs} ms`,
        actual: `${at ? figures(at) : 'not measured'} (real site: ${figures(real)})`,
        pass: at ? at.worstMs <= BUDGETS.searchMs : null,
      };
    }),
  );
  const home = input.homeReal && input.homeAtThousand ? weightGrowth([input.homeReal], [input.homeAtThousand]) : null;
  results.push({
    name: 'Home page weight, 1 -> 100 roles',
    limit: `<= +${BUDGETS.weightGrowth * 100}%`,
    actual: home ? `${signedPercent(home.ratio - 1)} (${kb(home.from)} -> ${kb(home.to)})` : 'not measured',
    pass: home ? home.to <= Math.round(home.from * (1 + BUDGETS.weightGrowth)) : null,
  });

  const runs = input.lighthouse ?? null;
  const below = (runs ?? []).flatMap((r) =>
    Object.entries(r.scores)
      .filter(([, score]) => score === null || score < BUDGETS.lighthouseScore)
      .map(([category, score]) => `${r.path} ${r.form} ${category} ${score ?? 'n/a'}`),
  );
  results.push({
    name: 'Lighthouse, each kind of page, mobile and desktop',
    limit: `${BUDGETS.lighthouseScore} in all four categories`,
    actual: runs === null ? 'not measured' : below.length ? `below: ${below.join('; ')}` : `100 x4 on all ${runs.length} runs`,
    pass: runs === null || runs.length === 0 ? null : below.length === 0,
  });
  return results;
}

/** The 1,000-page build's time and peak memory, each against Starlight's from the same run. */
export function buildBudgets(ours: BuildFigures | null, starlight: BuildFigures | null): BudgetResult[] {
  const limit = `<= ${BUDGETS.buildVsStarlight} x Starlight's`;
  const judge = (name: string, figure: (b: BuildFigures) => number, show: (n: number) => string): BudgetResult => {
    if (!ours || !starlight) return { name, limit, actual: 'not measured', pass: null };
    const [a, b] = [figure(ours), figure(starlight)];
    return { name, limit, actual: `ours ${show(a)}, Starlight ${show(b)}, ratio ${(a / b).toFixed(2)}`, pass: a <= b * BUDGETS.buildVsStarlight };
  };
  return [
    judge('1,000-page build time', (b) => b.wallMs, (ms) => `${(ms / 1000).toFixed(1)} s`),
    judge('1,000-page build peak memory', (b) => b.peakBytes, mb),
  ];
}

/** The page whose HTML+CSS+JS (gzip) grew most, matched by path. */
export function weightGrowth(
  before: readonly PageWeight[],
  after: readonly PageWeight[],
): { path: string; from: number; to: number; ratio: number } | null {
  let worst: { path: string; from: number; to: number; ratio: number } | null = null;
  for (const b of before) {
    const a = after.find((p) => p.path === b.path);
    if (!a || b.critical.gzip === 0) continue;
    const ratio = a.critical.gzip / b.critical.gzip;
    if (!worst || ratio > worst.ratio) worst = { path: b.path, from: b.critical.gzip, to: a.critical.gzip, ratio };
  }
  return worst;
}

function maxBy<T>(xs: readonly T[], f: (x: T) => number): T | undefined {
  return xs.reduce<T | undefined>((best, x) => (best === undefined || f(x) > f(best) ? x : best), undefined);
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`;
}

function signedPercent(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

/** "raw / gzip" in KB, for a table cell; a dash for nothing. */
export function pair(b: Bytes): string {
  return b.raw === 0 ? '-' : `${(b.raw / 1000).toFixed(1)} / ${(b.gzip / 1000).toFixed(1)}`;
}

/** A plain-text table, columns padded to fit; figures right-aligned unless `alignFigures` is false. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], alignFigures = true): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const figure = (c: string) => /^[\d.,+/ -]+( ms| s| B| KB| MB| GB|%)?$/.test(c);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (alignFigures && i > 0 && figure(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
