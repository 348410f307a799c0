import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readYamlEntry, readYamlList, schemaProblems } from '../../../src/lib/yaml-data';
import { codeFrame, ContentFileError, formatFileProblems, where } from '../../../src/lib/file-problems';
import { sourceSchema } from '../../../src/schemas/source';
import { glossarySchema } from '../../../src/schemas/glossary';
import { roleSchema } from '../../../src/schemas/role';

const FILE = 'content/sources.yaml';

/** The message a read fails with, or '' if it does not fail. */
function failure(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentFileError);
    return (error as Error).message;
  }
  return '';
}
const listFailure = (text: string) => failure(() => readYamlList(text, FILE));

const GOOD = `# A comment
- id: first
  title: The first

- id: second
  title: "The second: a subtitle"
  note: >-
    Over two
    lines.
`;

describe('reading a YAML list file', () => {
  it('reads each entry with its id, line and fields', () => {
    const entries = readYamlList(GOOD, FILE);
    expect(entries.map(({ id, line, data }) => ({ id, line, data }))).toEqual([
      { id: 'first', line: 2, data: { id: 'first', title: 'The first' } },
      { id: 'second', line: 5, data: { id: 'second', title: 'The second: a subtitle', note: 'Over two lines.' } },
    ]);
  });

  it('keeps dates as the text the editor wrote', () => {
    expect(readYamlList('- id: a\n  date: 2023-05-16\n', FILE)[0]!.data.date).toBe('2023-05-16');
  });

  it('names the line and column of a missing colon, what YAML expected, and shows the line', () => {
    const text = '- id: first\n  title: The first\n  address https://example.org/\n';
    expect(listFailure(text)).toBe(
      [
        `${FILE}:3:3: this is not valid YAML. YAML says: Implicit map keys need to be followed by map values. Each field is one "name: value" line. Is the colon after the field name missing? A long value can go on the lines after "name: >-", indented.`,
        '  1 | - id: first',
        '  2 |   title: The first',
        '> 3 |   address https://example.org/',
        '    |   ^',
      ].join('\n'),
    );
  });

  it('gives the same advice for a missing colon followed by more fields', () => {
    expect(listFailure('- id: first\n  address https://example.org/\n  title: The first\n')).toContain(
      `${FILE}:2:3: this is not valid YAML. YAML says: Implicit keys need to be on a single line. Each field is one "name: value" line. Is the colon after the field name missing?`,
    );
  });

  it('explains a colon inside a value', () => {
    const message = listFailure('- id: a\n  title: Social prescribing: a guide\n');
    expect(message).toContain(`${FILE}:2:10: this is not valid YAML. YAML says: Nested mappings are not allowed in compact mappings.`);
    expect(message).toContain('must be in double quotes, e.g. title: "Social prescribing: a guide"');
  });

  it('says to indent with spaces when a line is indented with a tab', () => {
    expect(listFailure('- id: a\n\ttitle: T\n')).toMatch(/^content\/sources\.yaml:2:\d+: this is not valid YAML\. .*Indent with spaces, not tabs\./);
  });

  it('names an unclosed quotation mark', () => {
    expect(listFailure('- id: a\n  title: "Open\n- id: b\n')).toContain('YAML says: Missing closing "quote. Close the quotation marks, or take them away.');
  });

  it('names a field written twice in one entry', () => {
    expect(listFailure('- id: a\n  title: T\n  title: U\n')).toContain(
      `${FILE}:3:3: this is not valid YAML. YAML says: Map keys must be unique. A field is written twice in the same entry: keep one of them.`,
    );
  });

  it('names an entry that does not line up with the others', () => {
    expect(listFailure('- id: a\n  title: T\n - id: b\n')).toContain('All sequence items must start at the same column.');
  });

  it('names both lines of an id used twice', () => {
    expect(listFailure(`${GOOD}\n- id: first\n  title: Again\n`)).toBe(
      `${FILE}:11: the id "first" is used twice, by the entries at lines 2 and 11. Each id must be unique: change one of them, or remove the entry that is not wanted.`,
    );
  });

  it('lists every missing or repeated id at once', () => {
    const message = listFailure('- id: a\n- title: No id\n- id: a\n- id:\n');
    expect(message.split('\n')).toEqual([
      `${FILE}:2: this entry has no id. Give it "id: " and a short name in lower-case words joined by hyphens, as its first field.`,
      `${FILE}:3: the id "a" is used twice, by the entries at lines 1 and 3. Each id must be unique: change one of them, or remove the entry that is not wanted.`,
      `${FILE}:4: this entry has no id. Give it "id: " and a short name in lower-case words joined by hyphens, as its first field.`,
    ]);
  });

  it('rejects an entry that is not a set of fields', () => {
    expect(listFailure('- id: a\n- just some text\n')).toBe(
      `${FILE}:2: this entry is not a set of "name: value" fields. Each entry starts with "- id: " and its other fields line up under "id".`,
    );
  });

  it('rejects a file that is not a list, or is empty', () => {
    expect(listFailure('id: a\ntitle: T\n')).toBe(
      `${FILE}:1: this should be a list of entries. Each entry starts with "- id: " and its other fields line up under "id".`,
    );
    expect(listFailure('# nothing yet\n')).toBe(
      `${FILE}:1: the file has no entries. Each entry starts with "- id: " and its other fields line up under "id".`,
    );
  });

  it('points Astro’s error printer at the content file, with no stack trace into the code', () => {
    try {
      readYamlList('- id: a\n  title T\n', FILE);
    } catch (error) {
      expect((error as ContentFileError).loc).toEqual({ file: FILE, line: 2, column: 3 });
      expect((error as Error).stack).toBe('');
    }
    expect.assertions(2);
  });
});

describe('reading a list kept under one field, as the web editor needs', () => {
  const read = (text: string) => readYamlList(text, FILE, 'id', { key: 'sources' });
  const keyed = (text: string) => failure(() => read(text));
  const SHAPE = 'The file starts with "sources:" on a line of its own, and the entries follow it, each starting with "- ".';

  it('reads the entries, unindented or indented under the field, at their own lines', () => {
    const entries = read(`# A comment\nsources:\n${GOOD.replace('# A comment\n', '')}`);
    expect(entries.map(({ id, line, data }) => ({ id, line, data }))).toEqual([
      { id: 'first', line: 3, data: { id: 'first', title: 'The first' } },
      { id: 'second', line: 6, data: { id: 'second', title: 'The second: a subtitle', note: 'Over two lines.' } },
    ]);
    expect(read('sources:\n  - id: a\n    title: T\n')[0]).toMatchObject({ id: 'a', line: 2, data: { id: 'a', title: 'T' } });
    expect(entries[1]!.lineOf(['note'])).toBe(8);
  });

  it('names the line of a list that is not under the field', () => {
    expect(keyed(GOOD)).toBe(`${FILE}:2: the list is not under "sources:". ${SHAPE} Add the line "sources:" above the first entry.`);
  });

  it('names a file without the field, and every other field at the top of the file', () => {
    expect(keyed('terms:\n- id: a\n').split('\n')).toEqual([
      `${FILE}:1: the file has no "sources:" line. ${SHAPE}`,
      `${FILE}:1: "terms:" does not belong here: the file holds one list, under "sources:". Is this line indented less than the entry it belongs to?`,
    ]);
    expect(keyed('sources:\n- id: a\ntitle: T\n')).toBe(
      `${FILE}:3: "title:" does not belong here: the file holds one list, under "sources:". Is this line indented less than the entry it belongs to?`,
    );
  });

  it('rejects a field that holds no list, or nothing', () => {
    expect(keyed('sources: none\n')).toBe(`${FILE}:1: this should be a list of entries. Each entry starts with "- id: " and its other fields line up under "id".`);
    expect(keyed('sources:\n')).toBe(`${FILE}:1: the file has no entries. Each entry starts with "- id: " and its other fields line up under "id".`);
    expect(readYamlList('sources:\n', FILE, 'id', { key: 'sources', mayBeEmpty: true })).toEqual([]);
  });

  it('still names repeated ids and wrong entries at their lines', () => {
    expect(keyed('sources:\n- id: a\n- id: a\n- plain text\n').split('\n')).toEqual([
      `${FILE}:3: the id "a" is used twice, by the entries at lines 2 and 3. Each id must be unique: change one of them, or remove the entry that is not wanted.`,
      `${FILE}:4: this entry is not a set of "name: value" fields. Each entry starts with "- id: " and its other fields line up under "id".`,
    ]);
  });
});

describe('reading a YAML file that holds one entry', () => {
  const ROLE = 'content/roles/x.yaml';

  it('reads its fields', () => {
    expect(readYamlEntry('name: A role\norder: 2\n', ROLE).data).toEqual({ name: 'A role', order: 2 });
  });

  it('names the line and column of a syntax error', () => {
    expect(failure(() => readYamlEntry('name: A role\nabbreviation SPLW\norder: 1\n', ROLE))).toMatch(
      /^content\/roles\/x\.yaml:2:1: this is not valid YAML\. YAML says: Implicit keys need to be on a single line\. Each field is one "name: value" line\./,
    );
  });

  it('rejects a list, or an empty file', () => {
    expect(failure(() => readYamlEntry('- name: A role\n', ROLE))).toBe(
      `${ROLE}:1: this should be the entry's fields, as "name: value" lines starting in the first column (not a list).`,
    );
    expect(failure(() => readYamlEntry('', ROLE))).toBe(`${ROLE}:1: the file is empty. Write the entry's fields as "name: value" lines.`);
  });
});

describe('checking entries against their schema', () => {
  const schema = z.object({
    id: z.string(),
    title: z.string().min(3, { error: 'needs a title' }),
    items: z.array(z.object({ text: z.string({ error: 'must be written as text' }) })),
  });

  it('names the line of each wrong field, even inside a list', () => {
    const entries = readYamlList('- id: a\n  title: T\n  items:\n    - text: fine\n    - text: 3\n', FILE);
    expect(formatFileProblems(schemaProblems(schema, FILE, entries, (i) => `${entries[i]!.id} → `))).toBe(
      [`${FILE}:2: a → title: needs a title`, `${FILE}:5: a → items[1].text: must be written as text`].join('\n'),
    );
  });

  it('names the entry’s line for a field that is missing', () => {
    const entries = readYamlList('- id: a\n  title: Title\n', FILE);
    expect(schemaProblems(schema, FILE, entries, () => '')).toEqual([
      { file: FILE, line: 1, message: expect.stringMatching(/^items: /) },
    ]);
  });

  it('finds nothing wrong with good entries', () => {
    const entries = readYamlList('- id: a\n  title: Title\n  items: []\n', FILE);
    expect(schemaProblems(schema, FILE, entries, () => '')).toEqual([]);
  });
});

describe('file problems', () => {
  it('are written as file:line:column, as far as known', () => {
    expect(where({ file: 'a.yaml' })).toBe('a.yaml');
    expect(where({ file: 'a.yaml', line: 3 })).toBe('a.yaml:3');
    expect(where({ file: 'a.yaml', line: 3, column: 7 })).toBe('a.yaml:3:7');
  });

  it('show the lines before the problem and mark its column', () => {
    expect(codeFrame('one\ntwo\nthree\nfour', 3, 2)).toBe('  1 | one\n  2 | two\n> 3 | three\n    |  ^');
  });
});

describe('the site’s YAML files', () => {
  const root = join(import.meta.dirname, '../../..');
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it('read without a problem, and pass their schemas', () => {
    for (const [file, schema, key] of [
      ['content/sources.yaml', sourceSchema, 'sources'],
      ['content/glossary.yaml', glossarySchema, 'terms'],
    ] as const) {
      const entries = readYamlList(read(file), file, 'id', { key });
      expect(entries.length).toBeGreaterThan(3);
      expect(schemaProblems(schema, file, entries, () => '')).toEqual([]);
    }
    for (const name of readdirSync(join(root, 'content/roles'))) {
      const file = `content/roles/${name}`;
      expect(schemaProblems(roleSchema, file, [readYamlEntry(read(file), file)], () => '')).toEqual([]);
    }
  });
});
