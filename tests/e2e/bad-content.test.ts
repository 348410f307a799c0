import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// A copy of the project with one mistake at a time, built as an editor would build it.
const root = resolve(import.meta.dirname, '../..');
const page = 'content/guidance/social-prescribing-link-worker/funding.mdx';
let copy: string;
let original: string;

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'hub-bad-content-'));
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(join(root, part), join(copy, part), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(copy, 'node_modules'));
  original = await readFile(join(copy, page), 'utf8');
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

/** Runs a command in the copy, as an editor would from the project folder. */
function run(command: string, args: string[]): { status: number | null; output: string } {
  const done = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: done.status, output: `${done.stdout}${done.stderr}` };
}
const astro = (command: string) => run(join(root, 'node_modules/.bin/astro'), [command]);

// Each test runs a whole build (or sync), which on a busy 2-core machine can take more than the
// e2e project's 60 s limit; the limit here is for a build that hangs, not a speed check.
describe('a mistake in the content', { timeout: 240_000 }, () => {
  it('stops the build naming the file, the field and what to write instead', async () => {
    await writeFile(join(copy, page), original.replace(/^audiences: .*$/m, 'audiences: [managers]'));
    const { status, output } = astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('social-prescribing-link-worker/funding data does not match collection schema');
    expect(output).toContain('audiences.0: "managers" is not a known audience. Use one of: prospective, manager, trainer');
  });

  it('stops the build on a source id that does not exist, and leaves no half-built site', async () => {
    await writeFile(join(copy, page), original.replace(/^ {2}- hee-roles-explorer$/m, '  - hee-roles-explorr'));
    const { status, output } = run('npm', ['run', 'build']);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${page} → sources[2]: "hee-roles-explorr" is not a source in content/sources.yaml. Add the source there, or correct the id.`,
    );
    expect(output).toContain('The build failed, so dist/ has been removed.');
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });

  it('stops the build on a bad redirect, naming the file, the line, the entry and the field', async () => {
    const redirects = join(copy, 'content/redirects.yaml');
    const before = await readFile(redirects, 'utf8');
    await writeFile(redirects, `${before}\n- from: /old-page\n  to: /roles/\n  note: Moved.\n`);
    const { status, output } = astro('sync');
    await writeFile(redirects, before);
    expect(status).not.toBe(0);
    const line = before.split('\n').length + 1;
    expect(output).toContain(`content/redirects.yaml:${line}: /old-page → from: must end with /, or have a ?query, e.g. /old-page/ or /?p=1051`);
  });
});
