// Lists every external address in the built site with the pages it is on, in
// reports/external-links.md and reports/external-links.json. With --check it also asks each
// address whether it still answers (HEAD, then GET when HEAD is refused or fails).
//
//   npm run build && npm run links:external               # list only, no network
//   npm run links:external -- --check                     # list and check; needs the internet
//
// Exit code with --check: 0 all answered, 1 some answered with an error status other than a
// refusal (scripts/link-answers.ts: 401, 403 and 429 are reported, not failed), 2 none could be
// reached (no network here: nothing was checked). Never part of `npm test` or .ci/run: other
// sites' answers change from day to day, and CI here has no general internet access. GitHub runs
// it weekly (.github/workflows/currency.yml).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { linkAnswer } from './link-answers.ts';
import { classifyAddress, extractLinks } from '../tests/support/links.ts';
import { builtFile, builtPages } from '../tests/support/pages.ts';
import { DIST } from '../tests/support/server.ts';

const REPORTS = resolve(import.meta.dirname, '../reports');
const TIMEOUT_MS = 15_000;
const PARALLEL = 4;

interface Entry {
  url: string;
  pages: string[];
  /** Filled in by --check. */
  status?: number;
  method?: 'HEAD' | 'GET';
  finalUrl?: string;
  error?: string;
}

/** Every external address in the built pages, with the pages it is on, sorted by address. */
function collect(): Entry[] {
  const found = new Map<string, Set<string>>();
  for (const path of builtPages()) {
    for (const link of extractLinks(readFileSync(builtFile(path), 'utf8')).links) {
      const target = classifyAddress(link.address, path, process.env.SITE_URL);
      if (target.kind !== 'external') continue;
      const url = target.url.split('#')[0]!;
      if (!found.has(url)) found.set(url, new Set());
      found.get(url)!.add(path);
    }
  }
  return [...found]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, pages]) => ({ url, pages: [...pages].sort() }));
}

async function request(url: string, method: 'HEAD' | 'GET'): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { 'user-agent': 'BNNSG Training Hub link check', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
  });
  await response.body?.cancel();
  return response;
}

/** Asks one address whether it answers: HEAD first, GET when HEAD fails or is refused. */
async function check(entry: Entry): Promise<void> {
  try {
    const head = await request(entry.url, 'HEAD');
    if (head.status < 400) {
      Object.assign(entry, { status: head.status, method: 'HEAD', finalUrl: head.url });
      return;
    }
  } catch {
    // Some servers drop HEAD requests: GET decides.
  }
  try {
    const get = await request(entry.url, 'GET');
    Object.assign(entry, { status: get.status, method: 'GET', finalUrl: get.url });
  } catch (error) {
    entry.error = describeError(error);
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}` : '';
  return `${error.name === 'TimeoutError' ? `no answer in ${TIMEOUT_MS / 1000} s` : error.message}${cause}`;
}

async function checkAll(entries: Entry[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++]!;
      await check(entry);
      console.log(`${entry.status ?? 'no answer'}  ${entry.url}${entry.error ? `  (${entry.error})` : ''}`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

function addresses(n: number): string {
  return n === 1 ? '1 address' : `${n} addresses`;
}

function outcome(entry: Entry): string {
  if (entry.error) return `no answer (${entry.error})`;
  if (entry.status === undefined) return 'not checked';
  const moved = entry.finalUrl && entry.finalUrl !== entry.url ? `, now at ${entry.finalUrl}` : '';
  const answer = linkAnswer(entry.status);
  const flag = answer === 'broken' ? ' BROKEN' : answer === 'refused' ? ' refused the checker: open it by hand' : '';
  return `${entry.status}${flag} (${entry.method}${moved})`;
}

function markdown(entries: Entry[], checked: boolean): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '# External addresses in the built site',
    '',
    `${addresses(entries.length)}, from \`npm run links:external${checked ? ' -- --check' : ''}\` on ${new Date().toISOString()}.`,
    '',
    `| Address | Pages |${checked ? ' Answer |' : ''}`,
    `| --- | --- |${checked ? ' --- |' : ''}`,
    ...entries.map((e) => `| ${cell(e.url)} | ${e.pages.join('<br>')} |${checked ? ` ${cell(outcome(e))} |` : ''}`),
    '',
  ].join('\n');
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}
const checking = process.argv.includes('--check');
const entries = collect();
if (checking) await checkAll(entries);

mkdirSync(REPORTS, { recursive: true });
writeFileSync(join(REPORTS, 'external-links.json'), JSON.stringify({ generated: new Date().toISOString(), checked: checking, addresses: entries }, null, 2) + '\n');
writeFileSync(join(REPORTS, 'external-links.md'), markdown(entries, checking));
const where = relative(process.cwd(), join(REPORTS, 'external-links.md'));
console.log(`${addresses(entries.length)} to other sites on ${new Set(entries.flatMap((e) => e.pages)).size} pages: see ${where}`);

if (checking) {
  const broken = entries.filter((e) => e.status !== undefined && linkAnswer(e.status) === 'broken');
  const refused = entries.filter((e) => e.status !== undefined && linkAnswer(e.status) === 'refused');
  const silent = entries.filter((e) => e.error);
  if (entries.length > 0 && silent.length === entries.length) {
    console.error('No address answered: the network looks unreachable from here, so nothing was checked.');
    process.exit(2);
  }
  if (silent.length) console.warn(`${addresses(silent.length)} did not answer: see the report.`);
  if (refused.length) console.warn(`${addresses(refused.length)} turned the checker away (401, 403 or 429): open them in a browser.`);
  if (broken.length) {
    console.error(`${addresses(broken.length)} answered with an error:\n${broken.map((e) => `  ${e.status} ${e.url} (on ${e.pages.join(', ')})`).join('\n')}`);
    process.exit(1);
  }
}
