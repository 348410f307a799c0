// File formats for the web editor that keep a file as it was written, apart from what the
// editor changed. Decap's own YAML and frontmatter formats write the whole file afresh: comments
// and blank lines go, short lists are written one item a line, long text is folded at 80
// characters and quoting changes. These keep the parsed document of each file Decap reads and,
// on save, change only the values that differ in it (yaml's Document API keeps the rest).
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

type Data = Record<string, unknown>;

/** What Decap passes between a format and itself: the file's fields (and `body` for a page). */
interface Format {
  fromFile(content: string): Data;
  toFile(data: Data): string;
}

/**
 * The documents read so far, by what identifies a file's data whatever is edited in it: the
 * list's key (`sources:`), or a page's role and topic, or a contract's year. A file whose key is
 * not here (a new entry, or one whose identity was changed) is written in the site's own style.
 */
const read = new Map<string, Document>();

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

/** The node for `value`, reusing `node` and every part of it that still holds the same. */
function update(doc: Document, node: unknown, value: unknown): unknown {
  if (node && typeof node === 'object' && 'toJSON' in node && same((node as Node).toJSON(), value)) return node;
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    node.value = value;
    return node;
  }
  if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
    const wanted = value as Data;
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in wanted)) node.delete(key);
    }
    for (const [key, v] of Object.entries(wanted)) {
      if (node.has(key)) node.set(key, update(doc, node.get(key, true), v));
      else node.set(key, doc.createNode(v));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const old = [...node.items];
    const used = new Set<unknown>();
    node.items = value.map((v, i) => {
      const kept = old.find((n) => !used.has(n) && same((n as Node).toJSON(), v));
      if (kept) {
        used.add(kept);
        return kept;
      }
      const at = old[i];
      if (at && !used.has(at) && isMap(at)) {
        used.add(at);
        return update(doc, at, v);
      }
      return doc.createNode(v);
    }) as typeof node.items;
    return node;
  }
  return doc.createNode(value);
}

/** Written in the site's style: short lists of words on one line, long text never folded. */
function fresh(data: Data): Document {
  const doc = new Document(data);
  const visit = (n: unknown) => {
    if (isSeq(n)) {
      if (n.items.every((i) => isScalar(i))) n.flow = true;
      n.items.forEach(visit);
    } else if (isMap(n)) n.items.forEach((p) => visit(p.value));
  };
  visit(doc.contents);
  return doc;
}

function write(data: Data): string {
  const key = identity(data);
  const known = key ? read.get(key) : undefined;
  const doc = known ? (update(known, known.contents, data), known) : fresh(data);
  // Later saves of the same file start from what was written.
  if (key) read.set(key, doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function remember(text: string): Data {
  const doc = parseDocument(text);
  const data = (doc.toJS() ?? {}) as Data;
  const key = identity(data);
  if (key) read.set(key, doc);
  return data;
}

/** A YAML file (content/sources.yaml, content/roles/x.yaml). */
export const yamlKept: Format = {
  fromFile: (content) => remember(content),
  toFile: (data) => write(data),
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/;

/** An MD or MDX page: YAML frontmatter between --- lines, then the body exactly as written. */
export const frontmatterKept: Format = {
  fromFile(content) {
    const match = FRONTMATTER.exec(content);
    if (!match) return { body: content };
    return { ...remember(match[1]!), body: content.slice(match[0].length) };
  },
  toFile(data) {
    const { body = '', ...fields } = data;
    return `---\n${write(fields)}---\n${String(body)}`;
  },
};
