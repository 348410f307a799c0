import { readdir, readFile } from 'node:fs/promises';
import { join, matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkBody } from '../lib/body-checks';
import { ContentFileError, formatFileProblems, type FileProblem } from '../lib/file-problems';

/**
 * Astro's glob() loader for Markdown and MDX pages, with the page-body checks of
 * src/lib/body-checks.ts run first. They run here, before any page is compiled, because only
 * here is the problem still in the editor's file at a known line: an unknown component would
 * otherwise fail while drawing the page, in a compiled chunk under dist/, and the rest would
 * not fail at all. On any problem the collection is emptied and the build stops.
 */
export function checkedPages(options: { pattern: string; base: string; components: readonly string[] }): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'bnnsg-checked-pages',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const base = join(root, options.base);
      const check = async (files: string[]) => {
        const problems: FileProblem[] = [];
        for (const path of files) {
          const file = relative(root, path).split(sep).join('/');
          problems.push(...checkBody(await readFile(path, 'utf8'), { file, components: options.components }));
        }
        return problems;
      };
      const inPattern = (path: string) => matchesGlob(relative(base, path).split(sep).join('/'), options.pattern);
      const files = (await readdir(base, { recursive: true })).map((f) => join(base, f)).filter(inPattern).sort();
      const problems = await check(files);
      if (problems.length) {
        context.store.clear();
        throw new ContentFileError(problems);
      }
      await inner.load(context);
      // Under `astro dev`, glob() reloads a changed page itself; say what is wrong with it.
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(base) || !inPattern(path)) return;
        check([path]).then(
          (found) => found.length && context.logger.error(formatFileProblems(found)),
          () => undefined,
        );
      });
    },
  };
}
