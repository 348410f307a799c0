// The deploy recipes' config files in the repository (docs/deploying.md): each parses, and
// builds, tests and publishes what the recipe says.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');

interface Step {
  uses?: string;
  if?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

/**
 * The optional packages (platform builds) that packages in package-lock.json name but the lock
 * does not list, as "package -> optional package". `npm ci` refuses a lock with any.
 */
function optionalsMissingFromLock(lock: { packages: Record<string, { optionalDependencies?: Record<string, string> }> }): string[] {
  const missing: string[] = [];
  for (const [path, pkg] of Object.entries(lock.packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      // Node's lookup: the package's own node_modules, then each folder above it.
      const places: string[] = [];
      for (let at = path; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
        places.push(at ? `${at}/node_modules/${name}` : `node_modules/${name}`);
        if (!at) break;
      }
      if (!places.some((p) => p in lock.packages)) missing.push(`${path || '(root)'} -> ${name}`);
    }
  }
  return missing;
}

describe('package-lock.json', () => {
  it('lists every platform build its packages may want, so `npm ci` (the deploy workflow) accepts it', () => {
    // The registry this project is built against lacks some platforms' builds of some versions
    // (sass-embedded after 1.105.0): such a version cannot be locked for every machine.
    expect(optionalsMissingFromLock(JSON.parse(read('package-lock.json')))).toEqual([]);
  });

  it('is checked by a rule that finds a missing platform build', () => {
    const lock = {
      packages: {
        '': { optionalDependencies: { a: '1' } },
        'node_modules/a': {},
        'node_modules/b': { optionalDependencies: { 'b-linux': '1', 'b-darwin': '1' } },
        'node_modules/b/node_modules/b-linux': {},
      },
    };
    expect(optionalsMissingFromLock(lock)).toEqual(['node_modules/b -> b-darwin']);
  });
});

describe('GitHub Pages workflow (.github/workflows/deploy.yml)', () => {
  const workflow = parseYaml(read('.github/workflows/deploy.yml')) as Workflow;
  const build = workflow.jobs.build!.steps;
  const at = (match: (s: Step) => boolean) => build.findIndex(match);

  it('runs on pushes to main and weekly (review notices date from the build), with only the permissions Pages needs', () => {
    expect(workflow.on).toHaveProperty('push', { branches: ['main'] });
    expect(workflow.on).toHaveProperty('schedule', [{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('tests before it builds for Pages, and uploads only that build', () => {
    const test = at((s) => s.run === 'npm test');
    const configure = at((s) => s.uses?.startsWith('actions/configure-pages@') ?? false);
    const buildStep = at((s) => s.run === 'npm run build');
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect(test).toBeGreaterThan(-1);
    expect([test < buildStep, configure < buildStep, buildStep < upload]).toEqual([true, true, true]);
    expect(build[upload]!.with).toEqual({ path: 'dist' });
  });

  it('builds with the public address and base path GitHub gives the site', () => {
    const env = build.find((s) => s.run === 'npm run build')!.env;
    const id = build.find((s) => s.uses?.startsWith('actions/configure-pages@'))!.id;
    expect(env).toEqual({ SITE_URL: `\${{ steps.${id}.outputs.origin }}`, BASE_PATH: `\${{ steps.${id}.outputs.base_path }}` });
  });

  it('lets the tests find Chromium as tests/support/browser.ts does, and gives the Nu checker Java first', () => {
    const test = at((s) => s.run === 'npm test');
    expect(build[test]!.env?.CHROMIUM_PATH).toBeUndefined();
    const java = at((s) => s.uses?.startsWith('actions/setup-java@') ?? false);
    expect(java).toBeGreaterThan(-1);
    expect(java).toBeLessThan(test);
    expect(Number(build[java]!.with?.['java-version'])).toBeGreaterThanOrEqual(17);
  });

  it('deploys with the official action after the build job', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

describe('weekly currency check (.github/workflows/currency.yml)', () => {
  const workflow = parseYaml(read('.github/workflows/currency.yml')) as Workflow;
  const steps = workflow.jobs.check!.steps;
  const at = (match: (s: Step) => boolean) => steps.findIndex(match);

  it('runs weekly and on demand, reading the repository only', () => {
    expect(workflow.on).toHaveProperty('schedule', [{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('reports the pages due a review, then builds and checks every external link, keeping both reports', () => {
    const install = at((s) => s.run === 'npm ci --no-audit --no-fund');
    const review = at((s) => s.run?.includes('npm run review-due') ?? false);
    const build = at((s) => s.run === 'npm run build');
    const links = at((s) => s.run === 'npm run links:external -- --check');
    const upload = at((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false);
    expect([install, review, build, links, upload].every((i) => i > -1)).toBe(true);
    expect(install).toBeLessThan(review);
    expect(review).toBeLessThan(build);
    expect(build).toBeLessThan(links);
    expect(links).toBeLessThan(upload);
    expect(steps[upload]).toMatchObject({ if: 'always()', with: { path: 'reports/' } });
    // The scripts it names exist.
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['review-due', 'build', 'links:external']));
  });
});

describe('Netlify (netlify.toml)', () => {
  const config = parseToml(read('netlify.toml')) as { build: { command: string; publish: string; environment: Record<string, string> } };

  it('builds the site into dist/ on Node 24, with the public address', () => {
    expect(config.build.publish).toBe('dist');
    expect(config.build.command).toMatch(/^SITE_URL=\S+ npm run build$/);
    expect(config.build.environment.NODE_VERSION).toBe('24');
  });

  it('sets no headers or redirects of its own: they come from the build', () => {
    expect(Object.keys(config)).toEqual(['build']);
  });
});

describe('Cloudflare Pages (wrangler.toml)', () => {
  it('publishes dist/', () => {
    const config = parseToml(read('wrangler.toml')) as Record<string, unknown>;
    expect(config.pages_build_output_dir).toBe('./dist');
    expect(Object.keys(config).sort()).toEqual(['compatibility_date', 'name', 'pages_build_output_dir']);
    // The Workers runtime _worker.js runs on: a date the runtime wrangler ships supports.
    expect(config.compatibility_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
