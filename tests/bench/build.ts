// Runs `npm run build`'s script (astro build, then the search index) in a project folder and
// measures its wall time and peak memory, in all and step by step.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTimeV, type TimeV } from './report.ts';

const GNU_TIME = '/usr/bin/time';

export interface BuildResult {
  wallMs: number;
  /** Largest resident set of one process (GNU time's figure), when /usr/bin/time exists. */
  maxRssBytes: number | null;
  /** CPU seconds, user plus system, over all processes (GNU time's figures). */
  cpuSeconds: number | null;
  /** Largest sum of resident sets over the whole process tree (astro, pagefind...), sampled. */
  treePeakRssBytes: number | null;
  /** How the peak memory figure used for the budget was measured. */
  memorySource: string;
  /** Lines of Astro's own timing ("page(s) built in ...") and of each step, to see where the time went. */
  astroSummary: string[];
  /** Each step of the build (from its "[build] step: ..." line), with its wall time and peak tree memory. */
  steps: BuildStep[];
}

export interface BuildStep {
  name: string;
  wallMs: number;
  /** Largest sum of resident sets over the process tree while the step ran (null when not sampled). */
  peakBytes: number | null;
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
  const scriptFile = join(root, '.bench-build.sh');
  await writeFile(scriptFile, `${script}\n`);
  const useTime = existsSync(GNU_TIME);
  const [cmd, args] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, 'sh', scriptFile]] : ['sh', [scriptFile]];

  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd: root,
    // Astro's launcher is `#!/usr/bin/env node`: put the project's Node 24 first.
    env: { ...withoutForceColor(process.env), PATH: `${nodeBin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const steps: BuildStep[] = [];
  let step: { name: string; started: number; peak: number } | undefined;
  const endStep = () => {
    if (step) steps.push({ name: step.name, wallMs: performance.now() - step.started, peakBytes: canSample && step.peak > 0 ? step.peak : null });
  };
  let pending = '';
  const read = (d: Buffer) => {
    const text = d.toString();
    log += text;
    const lines = (pending + text).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const name = /^\[build\] step: (.+)$/.exec(line.trim())?.[1];
      if (name === undefined) continue;
      endStep();
      step = { name, started: performance.now(), peak: 0 };
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);

  let treePeak = 0;
  const canSample = process.platform === 'linux' && existsSync('/proc/self/stat');
  const sampler = canSample
    ? setInterval(() => {
        if (child.pid === undefined) return;
        const rss = treeRss(child.pid);
        treePeak = Math.max(treePeak, rss);
        if (step) step.peak = Math.max(step.peak, rss);
      }, 50)
    : undefined;

  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  if (sampler) clearInterval(sampler);
  endStep();
  if (code !== 0) {
    throw new Error(`The build failed in ${root} (exit ${code}):\n${log.split('\n').slice(-30).join('\n')}`);
  }

  let time: TimeV | null = null;
  if (useTime) {
    time = parseTimeV(await readFile(timeFile, 'utf8'));
    await rm(timeFile, { force: true });
  }
  const maxRssBytes = time ? time.maxRssKb * 1024 : null;
  const treePeakRssBytes = canSample ? treePeak : null;
  return {
    wallMs,
    maxRssBytes,
    cpuSeconds: time?.cpuSeconds ?? null,
    treePeakRssBytes,
    steps,
    memorySource: treePeakRssBytes
      ? 'sum of the resident sets of every process of the build, sampled every 50 ms'
      : 'largest process, from /usr/bin/time -v',
    astroSummary: log
      .replace(/\x1b\[[\d;]*m/g, '') // colours, in case the terminal's settings win
      .split('\n')
      .filter((l) => /Completed in|built in|Synced|Generated|->|Kept the rules|^\s*\[build\]/.test(l) && !/[├└]─/.test(l))
      .map((l) => l.trim()),
  };
}

/** picocolors reads any FORCE_COLOR, even "0", as "use colours". */
function withoutForceColor(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy['FORCE_COLOR'];
  return copy;
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
