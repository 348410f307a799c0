// Cloudflare's own runtime for Pages (`wrangler pages dev`, with the workerd binary from npm),
// serving a build on a free loopback port, offline: what tests/e2e/hosts.test.ts asks of it is
// what Cloudflare Pages would answer, from the same _headers, _redirects, _worker.js and
// _routes.json files.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { Build } from './builds.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
/** The files Cloudflare Pages reads from the top of the folder it publishes. */
const PAGES_FILES = ['_headers', '_redirects', '_worker.js', '_routes.json'];

/** The compatibility date the project's wrangler.toml gives the worker (as Pages would use it). */
export function compatibilityDate(): string {
  const config = parseToml(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')) as { compatibility_date?: string };
  if (!config.compatibility_date) throw new Error('wrangler.toml has no compatibility_date');
  return config.compatibility_date;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * The folder to publish. A build at the root is published as it is. A build under a base path
 * (`/splw/`) is laid out as on a domain it shares: its pages in `splw/`, and the host's files,
 * whose addresses already carry the base path, at the top, where Pages reads them.
 */
function publishedFolder(build: Build, work: string): string {
  if (build.base === '/') return build.dir;
  const top = join(work, 'site');
  const under = join(top, build.base.replace(/^\/|\/$/g, ''));
  mkdirSync(top, { recursive: true });
  cpSync(build.dir, under, { recursive: true });
  for (const file of PAGES_FILES) if (existsSync(join(under, file))) renameSync(join(under, file), join(top, file));
  return top;
}

export interface PagesDev {
  /** The origin, e.g. http://127.0.0.1:8788 (the build's base path is not in it). */
  origin: string;
  /** Everything wrangler printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `wrangler pages dev` on a build; throws with wrangler's own words if it does not start. */
export async function startPagesDev(build: Build, timeoutMs = 60_000): Promise<PagesDev> {
  if (!existsSync(WRANGLER)) {
    throw new Error(`wrangler is not installed (no ${WRANGLER}): run \`npm install\` (it is a devDependency).`);
  }
  const work = mkdtempSync(join(tmpdir(), 'bnnsg-pages-dev-'));
  const folder = publishedFolder(build, work);
  const port = await freePort();
  const inspectorPort = await freePort();
  let output = '';
  // Run in an empty folder, so wrangler reads no wrangler.toml of ours (it would publish dist/
  // whatever folder is named) and keeps its state (.wrangler/) out of the project.
  const child: ChildProcess = spawn(
    process.execPath,
    [WRANGLER, 'pages', 'dev', folder, '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort), '--compatibility-date', compatibilityDate()],
    {
      cwd: work,
      // No metrics sent, and no fetch of Cloudflare's request metadata (cf.json): it asks nothing of the network.
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_LOG_PATH: join(work, 'logs'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        CI: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(work, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  let ended: number | null | undefined;
  void exited.then((code) => (ended = code));
  while (Date.now() - started < timeoutMs) {
    if (ended !== undefined) break;
    if (/Ready on/.test(output)) {
      try {
        await fetch(`${origin}${build.base}`, { redirect: 'manual' });
        return { origin, output: () => output, stop };
      } catch {
        // Not answering yet.
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(
    `\`wrangler pages dev\` did not start on ${origin} within ${timeoutMs / 1000} s` +
      (ended !== undefined ? ` (it exited with code ${ended})` : '') +
      `. Its output:\n${output || '(nothing)'}`,
  );
}
