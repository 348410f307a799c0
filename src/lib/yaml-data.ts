import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError, type YAMLMap } from 'yaml';
import { readFileSync } from 'node:fs';
import type { z, ZodType } from 'astro/zod';
import { codeFrame, ContentFileError, type FileProblem } from './file-problems.ts';

/**
 * Reads the content's YAML files with the `yaml` package, which knows where every value is,
 * so each mistake is reported at its line. Nothing here falls back or skips an entry: a file
 * is either read whole or rejected with every problem named.
 */

/** One entry of a list file such as content/sources.yaml. */
export interface YamlEntry {
  id: string;
  /** The line its `- ` starts on. */
  line: number;
  data: Record<string, unknown>;
  /** The line a field is on (e.g. `['checklist', 0, 'id']`), or the entry's line if it is missing. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** What the editor can do about each kind of YAML error, in plain words. */
const ADVICE = {
  colon:
    'Each field is one "name: value" line. Is the colon after the field name missing? A long value can go on the lines after "name: >-", indented.',
  nested:
    'A value that contains a colon and a space must be in double quotes, e.g. title: "Social prescribing: a guide". Or is this line indented more than the field above it?',
  quote: 'Close the quotation marks, or take them away.',
  indent: 'Line it up with the lines above: each entry\'s "- " starts in the same column, and its fields line up under its first field.',
  tab: 'Indent with spaces, not tabs.',
  twice: 'A field is written twice in the same entry: keep one of them.',
  start: 'Put the value in double quotes.',
  escape: 'Inside double quotes a backslash starts an escape; write \\\\ for a backslash, or use single quotes.',
  documents: 'A line of three dashes (---) starts a second document: remove it.',
  other: 'Compare the line with the entries around it: indentation, colons and quotation marks.',
};

function advice(error: YAMLError, lineText: string): string {
  if (/^\s*\t/.test(lineText) || error.code === 'TAB_AS_INDENT') return ADVICE.tab;
  // YAML uses one code for a missing quote and a missing colon: the message tells them apart.
  if (error.code === 'MISSING_CHAR') return /quote/i.test(error.message) ? ADVICE.quote : ADVICE.colon;
  const byCode: Partial<Record<string, string>> = {
    MULTILINE_IMPLICIT_KEY: ADVICE.colon,
    BLOCK_AS_IMPLICIT_KEY: ADVICE.nested,
    BAD_INDENT: ADVICE.indent,
    DUPLICATE_KEY: ADVICE.twice,
    BAD_SCALAR_START: ADVICE.start,
    BAD_DQ_ESCAPE: ADVICE.escape,
    MULTIPLE_DOCS: ADVICE.documents,
  };
  return byCode[error.code] ?? ADVICE.other;
}

function parse(text: string, file: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const first: YAMLError | undefined = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    const lineText = text.split(/\r?\n/)[line - 1] ?? '';
    const said = first.message.replace(/\.?$/, '.');
    throw new ContentFileError([
      {
        file,
        line,
        column: col,
        message: `this is not valid YAML. YAML says: ${said} ${advice(first, lineText)}\n${codeFrame(text, line, col)}`,
      },
    ]);
  }
  return { doc, lines };
}

const LIST_SHAPE = 'Each entry starts with "- id: " and its other fields line up under "id".';

/**
 * Reads a file that holds a list of entries, each with an id. Rejects the file on a YAML
 * error, an entry that is not a set of fields, a missing id, and an id used twice, naming
 * the line of each (and both lines of a duplicate).
 *
 * With `key`, the list is the value of that one field (`sources:` then the entries, which may
 * start in the first column), as the web editor needs: Decap CMS cannot edit a file whose top
 * level is a list. Any other field at the top of the file is reported at its line.
 */
export function readYamlList(
  text: string,
  file: string,
  idField = 'id',
  { mayBeEmpty = false, key }: { mayBeEmpty?: boolean; key?: string | undefined } = {},
): YamlEntry[] {
  const { doc, lines } = parse(text, file);
  const lineOf = (offset: number | undefined) => lines.linePos(offset ?? 0).line;
  const contents = key === undefined ? doc.contents : listUnderKey(doc.contents, key, file, lineOf);
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    if (mayBeEmpty) return [];
    throw new ContentFileError([{ file, line: 1, message: `the file has no entries. ${LIST_SHAPE}` }]);
  }
  if (!isSeq(contents)) {
    throw new ContentFileError([
      { file, line: lineOf(contents.range?.[0]), message: `this should be a list of entries. ${LIST_SHAPE}` },
    ]);
  }

  const values = contents.toJS(doc) as unknown[];
  const problems: FileProblem[] = [];
  const firstLine = new Map<string, number>();
  const entries: YamlEntry[] = [];
  contents.items.forEach((item, i) => {
    const line = lineOf(isMap(item) || isScalar(item) || isSeq(item) ? item.range?.[0] : undefined);
    if (!isMap(item)) {
      problems.push({ file, line, message: `this entry is not a set of "name: value" fields. ${LIST_SHAPE}` });
      return;
    }
    const idNode = item.get(idField, true);
    const id = isScalar(idNode) && idNode.value !== null ? String(idNode.value).trim() : '';
    if (!id) {
      problems.push({
        file,
        line,
        message: `this entry has no ${idField}. Give it "${idField}: " and a short name in lower-case words joined by hyphens, as its first field.`,
      });
      return;
    }
    const earlier = firstLine.get(id);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        message: `the ${idField} "${id}" is used twice, by the entries at lines ${earlier} and ${line}. Each ${idField} must be unique: change one of them, or remove the entry that is not wanted.`,
      });
      return;
    }
    firstLine.set(id, line);
    entries.push({ id, line, data: values[i] as Record<string, unknown>, lineOf: fieldLines(item, line, lines) });
  });
  if (problems.length) throw new ContentFileError(problems);
  return entries;
}

/**
 * The value of `key` in a file that should hold `key:` and a list under it: that value (null
 * when the key has nothing under it), or a ContentFileError saying where the file differs.
 */
function listUnderKey(contents: Document['contents'], key: string, file: string, lineOf: (offset: number | undefined) => number) {
  const shape = `The file starts with "${key}:" on a line of its own, and the entries follow it, each starting with "- ".`;
  if (contents === null || (isScalar(contents) && contents.value === null)) return contents;
  if (isSeq(contents)) {
    throw new ContentFileError([
      { file, line: lineOf(contents.range?.[0]), message: `the list is not under "${key}:". ${shape} Add the line "${key}:" above the first entry.` },
    ]);
  }
  if (!isMap(contents)) {
    throw new ContentFileError([{ file, line: lineOf(contents.range?.[0]), message: `this should be "${key}:" and a list of entries. ${shape}` }]);
  }
  const problems: FileProblem[] = [];
  let value: ReturnType<YAMLMap['get']> | undefined;
  let found = false;
  for (const pair of contents.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isNode(pair.key) ? pair.key.range?.[0] : undefined);
    if (name === key) {
      found = true;
      value = pair.value;
    } else {
      problems.push({ file, line, message: `"${name}:" does not belong here: the file holds one list, under "${key}:". Is this line indented less than the entry it belongs to?` });
    }
  }
  if (!found) problems.unshift({ file, line: 1, message: `the file has no "${key}:" line. ${shape}` });
  if (problems.length) throw new ContentFileError(problems);
  return (value ?? null) as Document['contents'];
}

/** The line of the deepest field of `path` that is written in the entry. */
function fieldLines(entry: YAMLMap, entryLine: number, lines: LineCounter) {
  return (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node: unknown = entry.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return entryLine;
  };
}

/** Reads a file that holds one entry, as "name: value" fields (e.g. content/roles/<id>.yaml). */
export function readYamlEntry(text: string, file: string): Pick<YamlEntry, 'data' | 'lineOf'> {
  const { doc, lines } = parse(text, file);
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    throw new ContentFileError([{ file, line: 1, message: 'the file is empty. Write the entry\'s fields as "name: value" lines.' }]);
  }
  if (!isMap(contents)) {
    throw new ContentFileError([
      {
        file,
        line: lines.linePos(contents.range?.[0] ?? 0).line,
        message: 'this should be the entry\'s fields, as "name: value" lines starting in the first column (not a list).',
      },
    ]);
  }
  return { data: doc.toJS() as Record<string, unknown>, lineOf: fieldLines(contents, 1, lines) };
}

/**
 * Checks each entry against its schema, naming the line of every field that is wrong, so the
 * editor is sent to the place rather than to the entry's id.
 */
export function schemaProblems(
  schema: ZodType,
  file: string,
  entries: readonly Pick<YamlEntry, 'data' | 'lineOf'>[],
  label: (index: number) => string,
): FileProblem[] {
  return entries.flatMap((entry, i) => {
    const result = schema.safeParse(entry.data);
    if (result.success) return [];
    return result.error.issues.map((issue) => ({
      file,
      line: entry.lineOf(issue.path),
      message: `${label(i)}${issue.path.length ? formatPath(issue.path) : '(the entry)'}: ${issue.message}`,
    }));
  });
}

/** `checklist[0].items[2].id`, as the other content errors write a field. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/**
 * Reads a list file from disk and checks each entry against `schema`: the entries' checked
 * data, or a ContentFileError naming the file and line of every problem. `shown` is how the
 * file is named in messages (its path from the project's root).
 */
export function readYamlListFile<S extends ZodType>(path: string, schema: S, shown = path, idField = 'id', key?: string): z.output<S>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentFileError([{ file: shown, message: 'the file cannot be read: is it missing, or was it renamed?' }]);
  }
  const entries = readYamlList(text, shown, idField, { key });
  const problems = schemaProblems(schema, shown, entries, (i) => `${entries[i]!.id} → `);
  if (problems.length) throw new ContentFileError(problems);
  return entries.map((e) => schema.parse(e.data) as z.output<S>);
}

/**
 * The frontmatter of an MD/MDX page (the YAML between its opening `---` lines), read like the
 * YAML files, so a mistake is reported at its line in the page.
 */
export function readFrontmatter(text: string, file: string): Pick<YamlEntry, 'data' | 'lineOf'> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new ContentFileError([{ file, line: 1, message: 'no frontmatter: the file must start with a line of three dashes (---)' }]);
  // Parsed with the `---` line kept as a blank one, so lines count from the top of the page.
  const { data, lineOf } = readYamlEntry(`\n${match[1]!}`, file);
  return { data, lineOf };
}
