import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slug } from 'github-slugger';
import type { ZodType } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentFileError, type FileProblem } from '../lib/file-problems';
import { readYamlEntry, readYamlList, schemaProblems, type YamlEntry } from '../lib/yaml-data';

/**
 * Content loaders for the YAML files editors change, used in src/content.config.ts instead of
 * Astro's file() and glob() for YAML. Astro's own loaders log a YAML error and carry on with
 * the entries cached from the last build, and keep only the last of two entries with the same
 * id. These stop the build instead, naming the file and line of every mistake, and empty the
 * collection first, so neither a build nor `astro dev` ever shows stale data.
 */

interface Parsed {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/**
 * A collection kept in one file holding a list of entries, each with an `id`, under one field
 * `key` (content/sources.yaml: `sources:` and the list).
 */
export function yamlList(fileName: string, schema: ZodType, key?: string): Loader {
  return {
    name: 'bnnsg-yaml-list',
    load: (context) =>
      loadAndWatch(context, [fileName], async (root) => {
        const file = projectPath(root, fileName);
        const entries = readYamlList(await readContent(root, file), file, 'id', { key });
        const problems = schemaProblems(schema, file, entries, (i) => `${entries[i]!.id} → `);
        if (problems.length) throw new ContentFileError(problems);
        return entries.map((e: YamlEntry) => ({ id: e.id, file, data: e.data }));
      }),
  };
}

/**
 * A collection kept as one YAML file per entry in a folder (content/roles/<id>.yaml). The
 * file name, without `.yaml`, is the entry's id, as Astro's glob() loader makes it.
 */
export function yamlFiles(folder: string, schema: ZodType): Loader {
  return {
    name: 'bnnsg-yaml-files',
    load: (context) =>
      loadAndWatch(context, [folder], async (root) => {
        const dir = projectPath(root, folder);
        const names = (await readdir(join(root, dir)).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
        const problems: FileProblem[] = [];
        const parsed: Parsed[] = [];
        const seen = new Map<string, string>();
        for (const name of names) {
          const file = `${dir}/${name}`;
          const id = slug(name.replace(/\.ya?ml$/, ''));
          try {
            const entry = readYamlEntry(await readContent(root, file), file);
            problems.push(...schemaProblems(schema, file, [entry], () => ''));
            const other = seen.get(id);
            if (other) {
              problems.push({ file, message: `has the same id, "${id}", as ${other}: rename one of the files.` });
            }
            seen.set(id, file);
            parsed.push({ id, file, data: entry.data });
          } catch (error) {
            if (!(error instanceof ContentFileError)) throw error;
            problems.push(...error.problems);
          }
        }
        if (problems.length) throw new ContentFileError(problems);
        return parsed;
      }),
  };
}

/** `./content/x` as `content/x`, with forward slashes, whatever the system. */
function projectPath(root: string, path: string): string {
  return relative(root, join(root, path)).split(sep).join('/');
}

async function readContent(root: string, file: string): Promise<string> {
  try {
    return await readFile(join(root, file), 'utf8');
  } catch {
    throw new ContentFileError([{ file, message: 'the file cannot be read: is it missing, or was it renamed?' }]);
  }
}

/**
 * Loads the collection now and again whenever one of its files changes under `astro dev`.
 * The entries replace the collection only when every one of them is good; on any error the
 * collection is emptied, so nothing stale is shown, and the error stops the build.
 */
async function loadAndWatch(context: LoaderContext, paths: string[], read: (root: string) => Promise<Parsed[]>) {
  const root = fileURLToPath(context.config.root);
  const sync = async () => {
    try {
      const entries = await read(root);
      const stored = [];
      for (const e of entries) {
        const data = await context.parseData({ id: e.id, data: e.data, filePath: join(root, e.file) });
        stored.push({ id: e.id, data, filePath: e.file, digest: context.generateDigest(e.data) });
      }
      context.store.clear();
      for (const entry of stored) context.store.set(entry);
    } catch (error) {
      context.store.clear();
      throw error;
    }
  };
  await sync();
  const watched = paths.map((p) => join(root, p));
  for (const p of watched) context.watcher?.add(p);
  context.watcher?.on('all', (_event, changed) => {
    if (!watched.some((p) => changed === p || changed.startsWith(p + sep))) return;
    sync().then(
      () => context.logger.info(`Reloaded ${relative(root, changed)}`),
      (error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)),
    );
  });
}
