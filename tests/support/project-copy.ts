import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * A copy of the project in a temporary folder, to break one file at a time and build it as
 * an editor would. Its node_modules links each package of the real one, so Astro's cache
 * (node_modules/.astro, where the content data store lives) is the copy's own: a test can
 * warm it, empty it, and read it without touching the project's.
 */
export interface ProjectCopy {
  dir: string;
  read(path: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  /** Puts every content file back as it is in the project. */
  resetContent(): Promise<void>;
  /** `npm run build` with `args`, and its exit status and what it printed (unless shown as it runs). */
  build(args?: string[], stdio?: 'pipe' | 'inherit'): { status: number | null; output: string };
  /** The content data store Astro keeps between builds, if there is one. */
  dataStore(): Promise<string | undefined>;
  clearCache(): Promise<void>;
  remove(): Promise<void>;
}

export async function copyProject(): Promise<ProjectCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'hub-copy-'));
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(join(root, part), join(dir, part), { recursive: true });
  }
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const cache = join(dir, 'node_modules/.astro');
  return {
    dir,
    read: (path) => readFile(join(dir, path), 'utf8'),
    write: (path, text) => writeFile(join(dir, path), text),
    async resetContent() {
      await rm(join(dir, 'content'), { recursive: true, force: true });
      await cp(join(root, 'content'), join(dir, 'content'), { recursive: true });
    },
    build(args = [], stdio = 'pipe') {
      const done = spawnSync('npm', ['run', 'build', ...(args.length ? ['--', ...args] : [])], {
        cwd: dir,
        encoding: 'utf8',
        stdio,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { status: done.status, output: `${done.stdout ?? ''}${done.stderr ?? ''}` };
    },
    async dataStore() {
      const file = join(cache, 'data-store.json');
      return existsSync(file) ? readFile(file, 'utf8') : undefined;
    },
    clearCache: () => rm(cache, { recursive: true, force: true }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
