// Runs a project's `npm run build` script (here `astro build`, Pagefind and the CSS purge
// included) in a project folder, cold, and measures its wall time, CPU time and peak memory.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTimeV, type TimeV } from './report.ts';

const GNU_TIME = '/usr/bin/time';

export interface BuildResult {
  wallMs: number;
  /** CPU seconds, user plus system, over all processes (GNU time's figures), when /usr/bin/time exists. */
  cpuSeconds: number | null;
  /** Largest sum of resident sets over the whole process tree (astro, pagefind...), sampled
   * every 50 ms; on a system without /proc, the largest process. */
  peakBytes: number;
  /** Largest resident set of one process (GNU time's figure). */
  largestProcessBytes: number | null;
  /** HTML pages written (Pagefind's own files left out). */
  pages: number;
}

/**
 * A cold build: Astro's cache in node_modules/.astro and the last dist are removed first, so
 * every size is measured the same way and nothing carries over from an earlier run.
 */
export async function timedBuild(root: string, nodeBin: string): Promise<BuildResult> {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await rm(join(root, 'node_modules/.astro'), { recursive: true, force: true });
  const timeFile = join(root, '.bench-time-v.txt');
  // `npm run build`'s own script, run by the shell as npm would, without npm's process around it.
  const script = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build'];
  if (!script) throw new Error(`No build script in ${root}/package.json`);
  const useTime = existsSync(GNU_TIME);
  const [cmd, args] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, 'sh', '-c', script]] : ['sh', ['-c', script]];

  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd: root,
    env: {
      ...process.env,
      // Astro's launcher is `#!/usr/bin/env node`: put the project's Node 24 first.
      PATH: `${nodeBin}:${process.env.PATH ?? ''}`,
      NO_COLOR: '1',
      FORCE_COLOR: undefined, // picocolors reads any FORCE_COLOR, even "0", as "use colours"
      // Nothing sent over the network while timed (the builds need none).
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));

  let treePeak = 0;
  const canSample = process.platform === 'linux' && existsSync('/proc/self/stat');
  const sampler = canSample
    ? setInterval(() => {
        if (child.pid !== undefined) treePeak = Math.max(treePeak, treeRss(child.pid));
      }, 50)
    : undefined;

  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  if (sampler) clearInterval(sampler);
  if (code !== 0) {
    throw new Error(`The build failed in ${root} (exit ${code}):\n${log.split('\n').slice(-30).join('\n')}`);
  }

  let time: TimeV | null = null;
  if (useTime) {
    time = parseTimeV(await readFile(timeFile, 'utf8'));
    await rm(timeFile, { force: true });
  }
  const largestProcessBytes = time ? time.maxRssKb * 1024 : null;
  const names = await readdir(join(root, 'dist'), { recursive: true });
  return {
    wallMs,
    cpuSeconds: time?.cpuSeconds ?? null,
    peakBytes: canSample ? treePeak : (largestProcessBytes ?? 0),
    largestProcessBytes,
    pages: names.filter((n) => n.endsWith('.html') && !n.startsWith('pagefind')).length,
  };
}

/**
 * Resident memory of `pid` and all its descendants, in bytes, from /proc. Read synchronously:
 * the same reads done with promises, 20 times a second, took about a quarter of a core, which on
 * 2 cores slowed the build being measured by 2 to 3 s; this way they take about 3%.
 */
function treeRss(pid: number): number {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return ''; // a process can end between listing and reading: it counts for nothing
    }
  };
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // Field 4 is the parent id; the command name (field 2) may hold spaces, so split after it.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!parents.has(ppid)) parents.set(ppid, []);
    parents.get(ppid)!.push(Number(entry));
  }
  let total = 0;
  const queue = [pid];
  for (let p = queue.pop(); p !== undefined; p = queue.pop()) {
    const status = read(`/proc/${p}/status`);
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    queue.push(...(parents.get(p) ?? []));
  }
  return total;
}
