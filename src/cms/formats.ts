// File formats for the web editor that keep a file as it was written, apart from what the
// editor changed. Decap's own YAML and frontmatter formats write the whole file afresh: comments
// and blank lines go, short lists are written one item a line, long text is folded at 80
// characters and quoting changes. These keep the text of each file Decap reads and, on save,
// keep every top-level field (or, in a list file such as content/sources.yaml, every entry)
// whose value did not change, byte for byte; only a changed or new one is written afresh.
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

type Data = Record<string, unknown>;

/** What Decap passes between a format and itself: the file's fields (and `body` for a page). */
interface Format {
  fromFile(content: string): Data;
  toFile(data: Data): string;
}

/**
 * The text of the files read so far, by what identifies a file's data whatever is edited in it:
 * the list's key (`sources:`), a page's role and topic, a contract's year. A file whose data has
 * no known identity (a new one, or one whose identity was changed) is written afresh.
 */
const read = new Map<string, string>();

function identity(data: Data): string | undefined {
  const keys = Object.keys(data).filter((k) => k !== 'body');
  if (keys.length === 1 && Array.isArray(data[keys[0]!])) return `list:${keys[0]}`;
  if (typeof data.role === 'string' && typeof data.topic === 'string') return `page:${data.role}/${data.topic}`;
  if (typeof data.year === 'string' && 'changes' in data) return `contract:${data.year}`;
  if (typeof data.abbreviation === 'string' && typeof data.name === 'string') return `role:${data.abbreviation}`;
  if (typeof data.title === 'string' && 'lastReviewed' in data) return `page:${data.title}`;
  return undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Written in the site's style: short lists of words on one line, long text never folded. */
function fresh(data: unknown, indentSeq = true): string {
  const doc = new Document(data);
  const visit = (n: unknown) => {
    if (isSeq(n)) {
      if (n.items.length && n.items.every((i) => isScalar(i))) n.flow = true;
      n.items.forEach(visit);
    } else if (isMap(n)) n.items.forEach((p) => visit(p.value));
  };
  visit(doc.contents);
  return doc.toString({ ...OPTIONS, indentSeq });
}

/** The offset of the start of the line `offset` is on. */
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** Splits `text` at the lines where each node starts: what comes before the first, then each node's own lines. */
function chunks(text: string, starts: number[]): { before: string; parts: string[] } {
  const at = starts.map((o) => lineStart(text, o));
  return {
    before: text.slice(0, at[0] ?? text.length),
    parts: at.map((from, i) => text.slice(from, at[i + 1] ?? text.length)),
  };
}

/** A chunk's value written afresh, keeping the blank lines that followed it. */
function withTrailing(written: string, old: string | undefined): string {
  const trailing = old ? /\n*$/.exec(old)![0].slice(1) : '';
  return written.replace(/\n*$/, '\n') + trailing;
}

/** The new text of a file that was `text`, now holding `data`. */
function write(text: string | undefined, data: Data): string {
  const doc = text === undefined ? undefined : parseDocument(text);
  const contents = doc?.contents;
  if (text === undefined || !isMap(contents) || doc!.errors.length) return fresh(data);
  const keys = Object.keys(data);
  const listKey = keys.length === 1 && Array.isArray(data[keys[0]!]) ? keys[0]! : undefined;
  const list = listKey !== undefined && contents.items.length === 1 ? contents.get(listKey, true) : undefined;
  if (isSeq(list) && list.items.length) {
    // A list file: each entry kept as written, new ones added in the file's style.
    const { before, parts } = chunks(text, list.items.map((n) => (n as Node).range![0]));
    const old = list.items.map((n, i) => ({ value: (n as Node).toJSON() as unknown, text: parts[i]! }));
    const used = new Set<number>();
    let out = before;
    (data[listKey!] as unknown[]).forEach((entry, at) => {
      const i = old.findIndex((o, j) => !used.has(j) && same(o.value, entry));
      const inPlace = old[at] && !used.has(at) && !(data[listKey!] as unknown[]).some((e) => same(old[at]!.value, e));
      if (i >= 0) {
        used.add(i);
        out += old[i]!.text;
      } else if (inPlace) {
        // An entry changed where it stands: written again, with the blank lines after it kept.
        used.add(at);
        out += withTrailing(fresh([entry], false), old[at]!.text);
      } else {
        if (!out.endsWith('\n\n')) out = out.replace(/\n*$/, '\n\n');
        out += fresh([entry], false);
      }
    });
    return out;
  }
  // Fields: each kept as written when its value is the same, in the file's order; new ones last.
  const { before, parts } = chunks(text, contents.items.map((p) => (p.key as Node).range![0]));
  const old = new Map(contents.items.map((p, i) => [String(isScalar(p.key) ? p.key.value : p.key), { value: (p.value as Node | null)?.toJSON() as unknown, text: parts[i]! }]));
  let out = before;
  for (const [key, o] of old) {
    if (!(key in data)) continue;
    out += same(o.value, data[key]) ? o.text : withTrailing(fresh({ [key]: data[key] }), o.text);
  }
  for (const key of keys) if (!old.has(key)) out += fresh({ [key]: data[key] });
  return out;
}

function save(data: Data, write_: (old: string | undefined) => string): string {
  const key = identity(data);
  const text = write_(key ? read.get(key) : undefined);
  return text;
}

function remember(text: string): Data {
  const data = (parseDocument(text).toJS() ?? {}) as Data;
  const key = identity(data);
  if (key) read.set(key, text);
  return data;
}

function saved(data: Data, text: string): string {
  // Later saves of the same file start from what was written.
  const key = identity(data);
  if (key) read.set(key, text);
  return text;
}

/** A YAML file (content/sources.yaml, content/roles/x.yaml). */
export const yamlKept: Format = {
  fromFile: (content) => remember(content),
  toFile: (data) => saved(data, save(data, (old) => write(old, data))),
};

/** The frontmatter: from a first line of three dashes to the next line of them. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** An MD or MDX page: YAML frontmatter between --- lines, then the body exactly as written. */
export const frontmatterKept: Format = {
  fromFile(content) {
    const match = FRONTMATTER.exec(content);
    if (!match) return { body: content };
    return { ...remember(`${match[1]!}\n`), body: content.slice(match[0].length) };
  },
  toFile(data) {
    const { body = '', ...fields } = data;
    const yaml = saved(fields, save(fields, (old) => write(old, fields)));
    return `---\n${yaml.replace(/\n*$/, '\n')}---\n${String(body)}`;
  },
};
