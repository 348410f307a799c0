// The web editor's file formats (src/cms/formats.ts): a file saved with nothing changed is the
// file as it was, and a change touches only its own lines.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterKept, yamlKept } from '../../src/cms/formats';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const files = (dir: string) => readdirSync(join(root, dir)).map((f) => `${dir}/${f}`);

/** Lines that differ, as [line, old, new]. */
function changes(a: string, b: string): [number, string | undefined, string | undefined][] {
  const x = a.split('\n');
  const y = b.split('\n');
  const out: [number, string | undefined, string | undefined][] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push([i + 1, x[i], y[i]]);
  return out;
}

describe('the web editor’s file formats', () => {
  it('save every content file unchanged when nothing was changed', () => {
    const yaml = ['content/sources.yaml', 'content/glossary.yaml', 'content/redirects.yaml', ...files('content/roles'), ...files('content/contracts')];
    for (const file of yaml) expect(yamlKept.toFile(structuredClone(yamlKept.fromFile(read(file)))), file).toBe(read(file));
    for (const file of [...files('content/guidance/social-prescribing-link-worker'), ...files('content/pages')]) {
      expect(frontmatterKept.toFile(structuredClone(frontmatterKept.fromFile(read(file)))), file).toBe(read(file));
    }
  });

  it('rewrite only a changed field, in the site’s style', () => {
    const text = '---\ntitle: "A: title"  # kept\nrole: r\ntopic: t\naudiences: [manager]\nchanges:\n  - date: 2026-12-01\n    summary: Old.\n---\n\nBody <Cite source="x" />\n';
    const data = frontmatterKept.fromFile(text);
    expect(data.body).toBe('\nBody <Cite source="x" />\n');
    data.audiences = ['manager', 'trainer'];
    (data.changes as unknown[]).unshift({ date: '2026-12-05', summary: 'A much longer sentence that would have been folded at eighty characters by the default writer.' });
    expect(frontmatterKept.toFile(data)).toBe(
      '---\ntitle: "A: title"  # kept\nrole: r\ntopic: t\naudiences: [manager, trainer]\nchanges:\n  - date: 2026-12-05\n    summary: A much longer sentence that would have been folded at eighty characters by the default writer.\n  - date: 2026-12-01\n    summary: Old.\n---\n\nBody <Cite source="x" />\n',
    );
  });

  it('keep a list file’s other entries, change one in place and add one at the end', () => {
    const text = '# Terms.\nterms:\n- id: a\n  definition: >-\n    Folded\n    text.\n\n- id: b\n  definition: Plain.\n';
    const data = yamlKept.fromFile(text) as { terms: Record<string, string>[] };
    data.terms[1]!.definition = 'Changed.';
    data.terms.push({ id: 'c', definition: 'New: with a colon.' });
    expect(changes(text, yamlKept.toFile(data))).toEqual([
      [9, '  definition: Plain.', '  definition: Changed.'],
      [10, '', ''],
      [11, undefined, '- id: c'],
      [12, undefined, '  definition: "New: with a colon."'],
      [13, undefined, ''],
    ].filter(([, a, b]) => a !== b));
  });
});
