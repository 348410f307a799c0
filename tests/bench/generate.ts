// Temporary projects for the benchmark: copies of this one, optionally with generated roles and
// pages, and an Astro Starlight site with as many pages of the same generated text, built beside
// it for the build budgets (issue #17). Nothing here writes inside the project: they go to the
// system's temp folder and are removed.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** What a copy needs to build; everything else (tests, dist, caches) stays behind. */
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BenchProject {
  root: string;
  /** Guidance pages added to the real ones. */
  generated: number;
  remove(): Promise<void>;
}

/**
 * A copy of the project at `projectRoot` in a new temp folder, with `generated` extra guidance
 * pages: ceil(generated / 10) roles named bench-role-K, each with a copy of every real page of
 * the real role (same topic, same frontmatter apart from role and title, so whatever the
 * schemas require is there) and a generated body of about 500 words.
 */
export async function benchProject(projectRoot: string, generated: number): Promise<BenchProject> {
  const root = await mkdtemp(join(tmpdir(), 'bnnsg-bench-'));
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    for (const name of COPIED) await cp(join(projectRoot, name), join(root, name), { recursive: true });
    await linkNodeModules(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
    if (generated > 0) await addPages(root, generated);
  } catch (error) {
    await remove();
    throw error;
  }
  return { root, generated, remove };
}

/**
 * node_modules as a folder of links to the project's packages, not one link to the folder:
 * Astro keeps its content cache in node_modules/.astro, and a shared one would make every build
 * after the first warm (and let the copies overwrite the project's own cache). Packages named in
 * `copied` ("@scope/name" or "name") are copied instead.
 */
async function linkNodeModules(from: string, to: string, copied: readonly string[] = []): Promise<void> {
  await mkdir(to);
  for (const entry of await readdir(from)) {
    if (entry.startsWith('.') && entry !== '.bin') continue; // caches: .astro, .vite, ...
    const inScope = copied.filter((c) => c.startsWith(`${entry}/`)).map((c) => c.slice(entry.length + 1));
    if (inScope.length) await linkNodeModules(join(from, entry), join(to, entry), inScope);
    else if (copied.includes(entry)) await cp(join(from, entry), join(to, entry), { recursive: true });
    else await symlink(join(from, entry), join(to, entry));
  }
}

async function addPages(root: string, count: number): Promise<void> {
  const { realRole, templates } = await realRolePages(root);
  const guidanceDir = join(root, 'content/guidance');
  const roleYaml = await readFile(join(root, 'content/roles', `${realRole}.yaml`), 'utf8');
  const words = vocabulary(templates.map((t) => splitFrontmatter(t.text).body));

  let made = 0;
  for (let k = 1; made < count; k++) {
    const role = `bench-role-${k}`;
    await writeFile(join(root, 'content/roles', `${role}.yaml`), benchRole(roleYaml, k));
    await mkdir(join(guidanceDir, role));
    for (const [i, t] of templates.entries()) {
      if (made === count) break;
      const { frontmatter, body } = splitFrontmatter(t.text);
      const page = `---\n${benchFrontmatter(frontmatter, role, k)}---\n\n${benchBody(words, componentBlocks(body), k * 100 + i)}`;
      await writeFile(join(guidanceDir, role, t.file), page);
      made++;
    }
  }
}

/** The first role's guidance pages (the real role the generated ones copy). */
async function realRolePages(root: string): Promise<{ realRole: string; templates: { file: string; text: string }[] }> {
  const guidanceDir = join(root, 'content/guidance');
  const realRole = (await readdir(guidanceDir)).sort()[0];
  if (!realRole) throw new Error('No guidance pages to copy in content/guidance/');
  const templates = await Promise.all(
    (await readdir(join(guidanceDir, realRole)))
      .filter((f) => /\.mdx?$/.test(f))
      .sort()
      .map(async (file) => ({ file, text: await readFile(join(guidanceDir, realRole, file), 'utf8') })),
  );
  return { realRole, templates };
}

/**
 * A Starlight site (its manual setup: the integration with a title, and the docs collection) in
 * a new temp folder, with `pages` Markdown pages in folders of 10: the generator's text, in the
 * same words and length as the hub's generated pages, without the hub's components.
 */
export async function starlightProject(projectRoot: string, pages: number): Promise<BenchProject> {
  const root = await mkdtemp(join(tmpdir(), 'starlight-bench-'));
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    // Starlight's .astro components copied, not linked: Astro 7 reads a component path that shares
    // no folder with the project's (/work/... beside /tmp/...) as one inside the project, and fails.
    await linkNodeModules(join(projectRoot, 'node_modules'), join(root, 'node_modules'), ['@astrojs/starlight', 'astro-expressive-code']);
    const { templates } = await realRolePages(projectRoot);
    const words = vocabulary(templates.map((t) => splitFrontmatter(t.text).body));
    // Its dependencies listed as a real project's are: Astro bundles the packages of components it
    // finds there (Starlight's need Astro's own modules), and would leave them to Node otherwise.
    const dependencies = { '@astrojs/starlight': '*', astro: '*' };
    await writeFile(join(root, 'package.json'), `${JSON.stringify({ private: true, type: 'module', scripts: { build: 'astro build' }, dependencies })}\n`);
    await writeFile(
      join(root, 'astro.config.mjs'),
      "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n",
    );
    await mkdir(join(root, 'src/content/docs'), { recursive: true });
    await writeFile(
      join(root, 'src/content.config.ts'),
      [
        "import { defineCollection } from 'astro:content';",
        "import { docsLoader } from '@astrojs/starlight/loaders';",
        "import { docsSchema } from '@astrojs/starlight/schema';",
        '',
        'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
        '',
      ].join('\n'),
    );
    for (let n = 1; n <= pages; n++) {
      const section = join(root, 'src/content/docs', `section-${Math.ceil(n / 10)}`);
      await mkdir(section, { recursive: true });
      await writeFile(join(section, `page-${n}.md`), `---\ntitle: Bench page ${n}\n---\n\n${benchBody(words, [], n)}`);
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { root, generated: pages, remove };
}

/** A page's YAML frontmatter (with its final newline) and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?\r?\n)---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('The page has no frontmatter between --- lines');
  return { frontmatter: match[1]!, body: match[2]! };
}

/** A real page's frontmatter moved to another role, with a short title of its own. */
export function benchFrontmatter(frontmatter: string, role: string, k: number): string {
  const doc = parseDocument(frontmatter);
  const topic = String(doc.get('topic') ?? 'page').replaceAll('-', ' ');
  doc.set('role', role);
  doc.set('title', `Bench role ${k}: ${topic}`);
  return doc.toString();
}

/** The real role's YAML as role number `k` (listed after the real roles). */
export function benchRole(roleYaml: string, k: number): string {
  const doc = parseDocument(roleYaml);
  doc.set('name', `Bench role ${k}`);
  doc.set('abbreviation', `BR${k}`);
  doc.set('order', 100 + k);
  return doc.toString();
}

/**
 * The paragraphs of a real body that use MDX components, kept whole: a component's place (in a
 * sentence or on its own line) decides its markup, and the page's frontmatter, copied with it,
 * has the sources and data the components need.
 */
export function componentBlocks(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.trim())
    .filter((b) => /<[A-Z][A-Za-z]*\b[^>]*\/?>/.test(b));
}

/** Plain words of the real pages, with their frequencies, for generated text that reads (and indexes) like them. */
export function vocabulary(bodies: readonly string[]): string[] {
  const text = bodies
    .join('\n')
    .replace(/<[^>]*>/g, ' ') // components and HTML
    .replace(/\]\([^)]*\)/g, ' ') // link addresses
    .replace(/https?:\/\/\S+/g, ' ');
  const words = text.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? [];
  return words.map((w) => (w === w.toUpperCase() ? w : w.toLowerCase()));
}

/**
 * About 500 words in four sections with `##` headings, drawn from `words` by a seeded generator
 * (the same seed gives the same page), with the component paragraphs spread between them.
 */
export function benchBody(words: readonly string[], blocks: readonly string[], seed: number): string {
  if (words.length === 0) throw new Error('No words to write pages with');
  const random = seeded(seed);
  const pick = () => words[Math.floor(random() * words.length)]!;
  const sentence = () => {
    const n = 8 + Math.floor(random() * 12);
    const text = Array.from({ length: n }, pick).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ');

  const out: string[] = [paragraph()];
  const pending = [...blocks];
  const sections = 4;
  for (let s = 0; s < sections; s++) {
    const heading = Array.from({ length: 3 + Math.floor(random() * 4) }, pick).join(' ');
    out.push(`## ${heading[0]!.toUpperCase()}${heading.slice(1)} (${s + 1})`, paragraph());
    // Spread the component paragraphs evenly, the last section taking what is left.
    const share = s === sections - 1 ? pending.length : Math.ceil(pending.length / (sections - s));
    out.push(...pending.splice(0, share), paragraph());
  }
  return `${out.join('\n\n')}\n`;
}

/** A small seeded generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Number of words in a body, leaving out component tags and Markdown marks. */
export function wordCount(body: string): number {
  return body.replace(/<[^>]*>/g, ' ').match(/[A-Za-z][A-Za-z'’-]*/g)?.length ?? 0;
}
