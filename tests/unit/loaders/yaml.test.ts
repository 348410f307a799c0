import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import type { LoaderContext } from 'astro/loaders';
import { yamlFiles, yamlList } from '../../../src/loaders/yaml';

// The loaders with a stand-in for Astro's data store: what matters is what the store holds
// after a failed load (nothing: never the last good build's entries).
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hub-yaml-loader-'));
  await mkdir(join(root, 'content/roles'), { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

function context() {
  const entries = new Map<string, { id: string; data: unknown; filePath?: string }>();
  const store = {
    clear: () => entries.clear(),
    set: (entry: { id: string; data: unknown; filePath?: string }) => {
      entries.set(entry.id, entry);
      return true;
    },
  };
  const ctx = {
    collection: 'test',
    store,
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info() {}, warn() {}, error() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
  } as unknown as LoaderContext;
  return { ctx, entries };
}

const schema = z.object({ id: z.string(), title: z.string().min(3, { error: 'needs a title' }) });

describe('the YAML list loader', () => {
  const file = 'content/list.yaml';

  it('stores every entry of a good file, with its file', async () => {
    await writeFile(join(root, file), '- id: a\n  title: First\n- id: b\n  title: Second\n');
    const { ctx, entries } = context();
    await yamlList(`./${file}`, schema).load(ctx);
    expect([...entries.values()]).toEqual([
      { id: 'a', data: { id: 'a', title: 'First' }, filePath: file, digest: 'digest' },
      { id: 'b', data: { id: 'b', title: 'Second' }, filePath: file, digest: 'digest' },
    ]);
  });

  it('throws at a syntax error and leaves nothing of the last good load in the store', async () => {
    const { ctx, entries } = context();
    await writeFile(join(root, file), '- id: a\n  title: First\n');
    await yamlList(`./${file}`, schema).load(ctx);
    expect(entries.size).toBe(1);

    await writeFile(join(root, file), '- id: a\n  title First\n  more: x\n');
    await expect(yamlList(`./${file}`, schema).load(ctx)).rejects.toThrow(`${file}:2:3: this is not valid YAML.`);
    expect(entries.size).toBe(0);
  });

  it('throws at a repeated id, naming both lines, and stores nothing', async () => {
    const { ctx, entries } = context();
    await writeFile(join(root, file), '- id: a\n  title: First\n- id: a\n  title: Second\n');
    await expect(yamlList(`./${file}`, schema).load(ctx)).rejects.toThrow(
      `${file}:3: the id "a" is used twice, by the entries at lines 1 and 3.`,
    );
    expect(entries.size).toBe(0);
  });

  it('names the line of a field that does not match the schema', async () => {
    const { ctx } = context();
    await writeFile(join(root, file), '- id: a\n  title: First\n- id: b\n  title: X\n');
    await expect(yamlList(`./${file}`, schema).load(ctx)).rejects.toThrow(`${file}:4: b → title: needs a title`);
  });

  it('reads the list under its one field, and names a list that is not under it', async () => {
    const { ctx, entries } = context();
    await writeFile(join(root, file), '# Terms\nterms:\n- id: a\n  title: First\n- id: b\n  title: X\n');
    await expect(yamlList(`./${file}`, schema, 'terms').load(ctx)).rejects.toThrow(`${file}:6: b → title: needs a title`);
    await writeFile(join(root, file), '# Terms\nterms:\n- id: a\n  title: First\n');
    await yamlList(`./${file}`, schema, 'terms').load(ctx);
    expect([...entries.keys()]).toEqual(['a']);
    await writeFile(join(root, file), '# Terms\n- id: a\n  title: First\n');
    await expect(yamlList(`./${file}`, schema, 'terms').load(ctx)).rejects.toThrow(`${file}:2: the list is not under "terms:".`);
    expect(entries.size).toBe(0);
  });

  it('names a file that is not there', async () => {
    const { ctx } = context();
    await expect(yamlList('./content/missing.yaml', schema).load(ctx)).rejects.toThrow(
      'content/missing.yaml: the file cannot be read: is it missing, or was it renamed?',
    );
  });
});

describe('the one-file-per-entry YAML loader', () => {
  const roleSchema = z.object({ name: z.string() });

  it('stores one entry per file, with the file name as its id', async () => {
    await writeFile(join(root, 'content/roles/link-worker.yaml'), 'name: Link worker\n');
    await writeFile(join(root, 'content/roles/2026-27.yaml'), 'name: A year\n');
    const { ctx, entries } = context();
    await yamlFiles('./content/roles', roleSchema).load(ctx);
    expect([...entries.keys()].sort()).toEqual(['2026-27', 'link-worker']);
    expect(entries.get('link-worker')?.filePath).toBe('content/roles/link-worker.yaml');
  });

  it('names every broken file, by line, and stores nothing', async () => {
    await writeFile(join(root, 'content/roles/link-worker.yaml'), 'name: Link worker\n  order: 2\n');
    await writeFile(join(root, 'content/roles/2026-27.yaml'), 'name: 3\n');
    const { ctx, entries } = context();
    const loading = yamlFiles('./content/roles', roleSchema).load(ctx);
    await expect(loading).rejects.toThrow('content/roles/2026-27.yaml:1: name: Invalid input: expected string, received number');
    await expect(loading).rejects.toThrow('content/roles/link-worker.yaml:1:7: this is not valid YAML. YAML says: Nested mappings are not allowed in compact mappings.');
    expect(entries.size).toBe(0);
  });
});
