// The web editor's fields against the content's schemas: every schema field has a CMS field and
// the other way round, both agree on which may be left empty, and selects offer exactly the
// schema's values. Adding a field to a schema without adding it to src/lib/cms-config.ts (or the
// other way round) fails here, not in an editor's hands.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ZodType } from 'astro/zod';
import { cmsCollections, cmsConfig, type CmsField } from '../../src/lib/cms-config';
import { guidanceSchema } from '../../src/schemas/guidance';
import { roleSchema } from '../../src/schemas/role';
import { sourceSchema } from '../../src/schemas/source';
import { glossarySchema } from '../../src/schemas/glossary';
import { contractYearSchema } from '../../src/schemas/contract-year';
import { redirectSchema } from '../../src/schemas/redirect';
import { pageSchema } from '../../src/schemas/page';

const root = join(import.meta.dirname, '../..');

/** What the drift test compares of one field, from either side. */
interface FieldShape {
  /** May be left out (optional, or with a default) or written empty (null). */
  mayBeEmpty: boolean;
  /** The values a select may take, if the field is an enum (or a list of one). */
  values?: string[];
  /** A date (YYYY-MM-DD). */
  date?: boolean;
  /** The fields of an object, or of each item of a list of objects. */
  fields?: Map<string, FieldShape>;
}

type Def = { type: string; [key: string]: unknown };
const def = (t: unknown) => (t as { _zod: { def: Def } })._zod.def;

/** The type under optional, default, nullable and preprocess wrappers. */
function unwrap(t: ZodType): ZodType {
  for (;;) {
    const d = def(t);
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(d.type)) t = d.innerType as ZodType;
    else if (d.type === 'pipe') t = (def(d.out).type === 'transform' ? d.in : d.out) as ZodType;
    else return t;
  }
}

function schemaField(t: ZodType): FieldShape {
  const mayBeEmpty = t.safeParse(undefined).success || t.safeParse(null).success;
  let inner = unwrap(t);
  if (def(inner).type === 'array') inner = unwrap(def(inner).element as ZodType);
  const d = def(inner);
  const shape: FieldShape = { mayBeEmpty };
  if (d.type === 'enum') shape.values = Object.values(d.entries as Record<string, string>).map(String).sort();
  if (d.type === 'literal') shape.values = (d.values as unknown[]).map(String).sort();
  if (d.type === 'union' && (d.options as ZodType[]).every((o) => def(o).type === 'literal')) {
    shape.values = (d.options as ZodType[]).flatMap((o) => (def(o).values as unknown[]).map(String)).sort();
  }
  if (d.type === 'date') shape.date = true;
  if (d.type === 'object') shape.fields = schemaFields(inner);
  return shape;
}

/** The fields of an object schema, or of a union of them (a guidance page's shape by topic). */
function schemaFields(schema: ZodType): Map<string, FieldShape> {
  const d = def(schema);
  if (d.type === 'union') {
    const variants = (d.options as ZodType[]).map(schemaFields);
    const names = new Set(variants.flatMap((v) => [...v.keys()]));
    return new Map(
      [...names].map((name) => {
        const seen = variants.map((v) => v.get(name));
        const present = seen.filter((f) => f !== undefined);
        const values = present.some((f) => f.values) ? [...new Set(present.flatMap((f) => f.values ?? []))].sort() : undefined;
        const merged: FieldShape = { ...present[0]!, mayBeEmpty: seen.some((f) => f === undefined || f.mayBeEmpty), ...(values ? { values } : {}) };
        return [name, merged];
      }),
    );
  }
  return new Map(Object.entries(d.shape as Record<string, ZodType>).map(([name, t]) => [name, schemaField(t)]));
}

function cmsFields(fields: readonly CmsField[]): Map<string, FieldShape> {
  return new Map(
    fields
      .filter((f) => f.name !== 'body')
      .map((f) => {
        const shape: FieldShape = { mayBeEmpty: f.required === false };
        if (f.widget === 'select') shape.values = (f.options as { value: unknown }[]).map((o) => String(o.value)).sort();
        if (f.widget === 'datetime') shape.date = true;
        if (f.fields) shape.fields = cmsFields(f.fields as CmsField[]);
        return [f.name, shape];
      }),
  );
}

/** The differences between the two, one line each, named by the field's path. */
function drift(schema: Map<string, FieldShape>, cms: Map<string, FieldShape>, at = ''): string[] {
  const out: string[] = [];
  for (const [name, s] of schema) {
    const c = cms.get(name);
    const path = `${at}${name}`;
    if (!c) {
      out.push(`${path}: in the schema, but the CMS has no field for it`);
      continue;
    }
    if (s.mayBeEmpty !== c.mayBeEmpty && !INSIDE_OPTIONAL.has(path)) {
      out.push(`${path}: the schema ${s.mayBeEmpty ? 'lets it be left empty' : 'requires it'}, the CMS ${c.mayBeEmpty ? 'lets it be left empty' : 'requires it'}`);
    }
    if (String(s.values) !== String(c.values)) out.push(`${path}: the schema allows [${s.values ?? 'any'}], the CMS offers [${c.values ?? 'any'}]`);
    if (Boolean(s.date) !== Boolean(c.date)) out.push(`${path}: ${s.date ? 'a date in the schema, not a date field in the CMS' : 'a date field in the CMS, not a date in the schema'}`);
    if (s.fields || c.fields) out.push(...drift(s.fields ?? new Map(), c.fields ?? new Map(), `${path}.`));
  }
  for (const name of cms.keys()) if (!schema.has(name)) out.push(`${at}${name}: a CMS field the schema does not have`);
  return out;
}

/**
 * Required in the schema only inside an object that is itself optional: Decap would require them
 * on every page, with the object or not, so the CMS lets them be empty and the build names them.
 */
const INSIDE_OPTIONAL = new Set(['contract.year', 'contract.clause']);

const collections = cmsCollections(root);
const byName = (name: string) => collections.find((c) => c.name === name)!;
/** The fields of a files collection's one list (sources:, terms:, redirects:). */
const listFields = (name: string, file = name) => {
  const files = byName(name).files as { name: string; fields: CmsField[] }[];
  return files.find((f) => f.name === file)!.fields[0]!.fields as CmsField[];
};

const CASES: [string, ZodType, () => CmsField[]][] = [
  ['guidance', guidanceSchema, () => byName('guidance-social-prescribing-link-worker').fields as CmsField[]],
  ['roles', roleSchema, () => byName('roles').fields as CmsField[]],
  ['sources', sourceSchema, () => listFields('sources')],
  ['glossary', glossarySchema, () => listFields('glossary')],
  ['contract years', contractYearSchema, () => byName('contracts').fields as CmsField[]],
  ['redirects', redirectSchema, () => listFields('redirects')],
  ['accessibility page', pageSchema, () => (byName('pages').files as { name: string; fields: CmsField[] }[])[0]!.fields],
  ['privacy page', pageSchema, () => (byName('pages').files as { name: string; fields: CmsField[] }[])[1]!.fields],
];

describe('the web editor’s fields match the schemas', () => {
  for (const [name, schema, fields] of CASES) {
    it(`for ${name}`, () => {
      expect(drift(schemaFields(schema), cmsFields(fields()))).toEqual([]);
    });
  }

  it('have a label and a hint on every field', () => {
    const missing: string[] = [];
    const walk = (fields: CmsField[], at: string) => {
      for (const f of fields) {
        if (!f.label || (!f.hint && f.name !== 'body')) missing.push(`${at}${f.name}`);
        if (f.fields) walk(f.fields as CmsField[], `${at}${f.name}.`);
      }
    };
    for (const [name, , fields] of CASES) walk(fields(), `${name}: `);
    expect(missing).toEqual([]);
  });

  it('choose sources from content/sources.yaml wherever a field holds a source id', () => {
    const wrong: string[] = [];
    const walk = (fields: CmsField[], at: string) => {
      for (const f of fields) {
        if (/^sources?$/.test(f.name) && !at.startsWith('sources')) {
          if (f.widget !== 'relation' || f.collection !== 'sources' || f.value_field !== 'sources.*.id') wrong.push(`${at}${f.name}`);
        }
        if (f.fields) walk(f.fields as CmsField[], `${at}${f.name}.`);
      }
    };
    for (const [name, , fields] of CASES) walk(fields(), name === 'sources' ? 'sources: ' : `${name}: `);
    expect(wrong).toEqual([]);
  });
});

describe('the drift check itself', () => {
  const fields = () => (byName('roles').fields as CmsField[]).map((f) => ({ ...f }));

  it('reads what it compares from the schemas', () => {
    const page = schemaFields(guidanceSchema);
    expect(page.get('lastReviewed')).toEqual({ mayBeEmpty: false, date: true });
    expect(page.get('status')).toEqual({ mayBeEmpty: true, values: ['in-development', 'published'] });
    expect(page.get('topic')!.values).toHaveLength(13);
    // Only some topics have a contract or a checklist.
    expect(page.get('contract')!.mayBeEmpty).toBe(true);
    expect(page.get('checklist')!.fields!.get('items')!.fields!.get('source')).toEqual({ mayBeEmpty: true });
    expect(schemaFields(sourceSchema).get('address')).toEqual({ mayBeEmpty: true });
    expect(schemaFields(redirectSchema).get('status')).toEqual({ mayBeEmpty: true, values: ['301', '302'] });
  });

  it('names a schema field the CMS lacks, and a CMS field the schema lacks', () => {
    const cms = fields().filter((f) => f.name !== 'summary');
    cms.push({ name: 'colour', label: 'Colour', widget: 'string' });
    expect(drift(schemaFields(roleSchema), cmsFields(cms))).toEqual([
      'summary: in the schema, but the CMS has no field for it',
      'colour: a CMS field the schema does not have',
    ]);
  });

  it('names a field required on one side only, and a select whose options differ', () => {
    const cms = fields().map((f) => (f.name === 'name' ? { ...f, required: false } : f));
    expect(drift(schemaFields(roleSchema), cmsFields(cms))).toEqual(['name: the schema requires it, the CMS lets it be left empty']);
    const guidance = (byName('guidance-social-prescribing-link-worker').fields as CmsField[]).map((f) =>
      f.name === 'audiences' ? { ...f, options: [{ label: 'manager', value: 'manager' }] } : f,
    );
    expect(drift(schemaFields(guidanceSchema), cmsFields(guidance))).toEqual([
      'audiences: the schema allows [manager,prospective,trainer], the CMS offers [manager]',
    ]);
  });
});

describe('the configuration', () => {
  const config = cmsConfig({ root });

  it('publishes through pull requests on GitHub, and edits locally only through decap-server', () => {
    expect(config).toMatchObject({ backend: { name: 'github', branch: 'main' }, publish_mode: 'editorial_workflow', local_backend: true });
  });

  it('has a collection per role, and the site’s other content', () => {
    expect(collections.map((c) => c.name)).toEqual([
      'guidance-social-prescribing-link-worker',
      'roles',
      'sources',
      'glossary',
      'contracts',
      'redirects',
      'pages',
    ]);
  });

  it('takes its hints from the schemas’ doc comments', () => {
    const glossary = listFields('glossary');
    expect(glossary.find((f) => f.name === 'expansion')!.hint).toBe('What it stands for, e.g. "Additional Roles Reimbursement Scheme".');
  });
});
