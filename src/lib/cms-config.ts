/**
 * The web editor's (Decap CMS) configuration, made from the content's own schemas and files:
 * each field's hint is the doc comment above it in src/schemas/*.ts, the selects' options are
 * the schemas' enums, and there is one guidance collection per file in content/roles/. Served
 * as /admin/config.yml by src/integrations/cms.ts; tests/unit/cms-config.test.ts fails when a
 * schema field has no CMS field (or the other way round) or they disagree on being required or
 * on their allowed values.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AUDIENCES, STATUSES, TOPICS, VERIFICATIONS } from '../schemas/enums.ts';

/** A Decap field, as config.yml writes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  [option: string]: unknown;
}

export interface CmsOptions {
  /** The project's root folder (content/ and src/schemas/ are read from it). */
  root: string;
  /** Astro's base path, e.g. `/` or `/splw/`. */
  base?: string;
  /** The published site's address, for the editor's "view live" links. */
  siteUrl?: string | undefined;
  /** The GitHub repository the hosted editor opens pull requests on, as owner/name. */
  repo?: string | undefined;
  branch?: string | undefined;
  /** Where the GitHub login goes through an OAuth proxy (see docs/web-editor.md). */
  authBaseUrl?: string | undefined;
  /** `true` (the proxy at http://localhost:8081), or the proxy's API address, as tests need. */
  localBackend?: true | string;
}

/** Where each schema lives, for reading its doc comments. */
const SCHEMA_FILES = {
  guidance: ['guidance.ts', 'search-terms.ts'],
  change: ['change.ts'],
  checklistGroup: ['checklist.ts'],
  contract: ['contract.ts'],
  funding: ['funding.ts'],
  role: ['role.ts'],
  source: ['source.ts'],
  glossary: ['glossary.ts'],
  contractYear: ['contract-year.ts'],
  redirect: ['redirect.ts'],
  page: ['page.ts'],
} as const;
type SchemaName = keyof typeof SCHEMA_FILES;

/**
 * The doc comment written above each `name:` in a schema file, as plain text: the hint an
 * editor sees under the field. The first comment for a name wins (guidance.ts says what
 * `contract` is once per topic, in the same words).
 */
export function schemaDocs(root: string, schema: SchemaName): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of SCHEMA_FILES[schema]) {
    const text = readFileSync(join(root, 'src/schemas', file), 'utf8');
    for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)\s*:/g)) {
      const words = m[1]!
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean)
        .join(' ')
        .replace(/`/g, '');
      if (!docs.has(m[2]!)) docs.set(m[2]!, words);
    }
  }
  return docs;
}

/** Fields of one schema, each given its hint from that schema's doc comments. */
function fieldsOf(root: string, schema: SchemaName) {
  const docs = schemaDocs(root, schema);
  return (name: string, label: string, widget: string, options: Partial<CmsField> = {}): CmsField => {
    const hint = options.hint ?? docs.get(name);
    return { label, name, widget, ...(hint ? { hint } : {}), ...options };
  };
}

/** Dates are written YYYY-MM-DD, with no time, as the schemas read them. */
const DATE = { date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
const SLUG = { pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Lower-case letters, digits and single hyphens, like "lone-working"'] };
const CONTRACT_YEAR = { pattern: ['^\\d{4}/\\d{2}$', 'A contract year like 2026/27'] };
const HTTPS = { pattern: ['^https://', 'A full https:// address'] };

/** A choice of a source from content/sources.yaml, by its id. */
function sourceRelation(multiple: boolean) {
  return {
    collection: 'sources',
    file: 'sources',
    value_field: 'sources.*.id',
    search_fields: ['sources.*.id', 'sources.*.title'],
    display_fields: ['sources.*.title'],
    multiple,
  };
}

const options = (values: readonly (string | number)[]) => values.map((v) => ({ label: String(v), value: v }));

/**
 * A YAML file holding one list under one key (content/sources.yaml's `sources:`), as Decap
 * edits it: a file collection of one file, whose one field is the list of entries.
 */
function listFile(o: {
  name: string;
  label: string;
  file: string;
  description: string;
  key: string;
  /** The list's own label, when it is not the collection's. */
  listLabel?: string;
  summary: string;
  fields: CmsField[];
  mayBeEmpty?: boolean;
}): CmsCollection {
  const list: CmsField = { name: o.key, label: o.listLabel ?? o.label, widget: 'list', summary: o.summary, fields: o.fields };
  if (o.mayBeEmpty) list.required = false;
  return {
    name: o.name,
    label: o.label,
    format: 'yaml-kept',
    files: [{ name: o.name, label: o.label, file: o.file, description: o.description, fields: [list] }],
  };
}

/** The roles the hub covers: each file of content/roles/, with its name. */
export function roles(root: string): { id: string; name: string }[] {
  return readdirSync(join(root, 'content/roles'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const data = parse(readFileSync(join(root, 'content/roles', f), 'utf8')) as { name?: string };
      const id = f.replace(/\.ya?ml$/, '');
      return { id, name: data.name ?? id };
    });
}

/** The frontmatter fields of a guidance page, and its body. */
export function guidanceFields(root: string, role: string): CmsField[] {
  const f = fieldsOf(root, 'guidance');
  const change = fieldsOf(root, 'change');
  const group = fieldsOf(root, 'checklistGroup');
  const contract = fieldsOf(root, 'contract');
  const funding = fieldsOf(root, 'funding');
  const structured = (topics: string) => `Needed on the ${topics} pages; leave empty on the others.`;
  return [
    f('title', 'Title', 'string', { hint: 'The page’s heading and browser tab title, in sentence case. Up to 65 characters.' }),
    f('summary', 'Summary', 'text'),
    f('role', 'Role', 'relation', {
      collection: 'roles',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      default: role,
    }),
    f('topic', 'Topic', 'select', {
      options: options(TOPICS),
      hint: 'What the page covers; also its address, /roles/<role>/<topic>/, so renaming one breaks saved links. The arrs-requirements, employing-and-claiming and funding pages need a contract; arrs-requirements, skills-and-training and induction need a checklist; funding needs funding years.',
    }),
    f('audiences', 'Audiences', 'select', { options: options(AUDIENCES), multiple: true, min: 1 }),
    f('order', 'Order', 'number', { value_type: 'int', min: 1 }),
    f('status', 'Status', 'select', { options: options(STATUSES), default: 'published', required: false }),
    f('lastReviewed', 'Last reviewed', 'datetime', DATE),
    f('nextReview', 'Next review', 'datetime', DATE),
    f('published', 'Published', 'datetime', DATE),
    f('changes', 'Changes', 'list', {
      required: false,
      summary: '{{fields.date}}: {{fields.summary}}',
      fields: [change('date', 'Date', 'datetime', DATE), change('summary', 'Summary', 'text')],
    }),
    f('sources', 'Sources', 'relation', { ...sourceRelation(true), required: false }),
    f('searchTerms', 'Search terms', 'list', { required: false }),
    f('contract', 'Contract', 'object', {
      required: false,
      hint: `The contract year the rules were checked against, and the clause. ${structured('arrs-requirements, employing-and-claiming and funding')}`,
      // Not required here: Decap would then require them on every page, contract or not. The
      // build names either one when a page has a contract without it.
      fields: [
        contract('year', 'Year', 'string', { ...CONTRACT_YEAR, required: false }),
        contract('clause', 'Clause', 'string', { required: false }),
      ],
    }),
    f('checklist', 'Checklist', 'list', {
      required: false,
      hint: `Lists readers tick or print: one or more groups of items. Keep each id once it is used: readers' ticks are saved against it. ${structured('arrs-requirements, skills-and-training and induction')}`,
      summary: '{{fields.heading}}',
      fields: [
        group('id', 'Id', 'string', { ...SLUG, hint: 'Stable id, unique within the page; also the anchor of the group’s heading.' }),
        group('heading', 'Heading', 'string'),
        group('intro', 'Introduction', 'text', { required: false }),
        group('items', 'Items', 'list', {
          summary: '{{fields.text}}',
          fields: [
            group('id', 'Id', 'string', SLUG),
            group('text', 'Text', 'string'),
            group('source', 'Source', 'relation', { ...sourceRelation(false), required: false }),
          ],
        }),
      ],
    }),
    f('fundingYears', 'Funding years', 'list', {
      required: false,
      hint: `Maximum reimbursable amounts, one row per contract year, each with its source. ${structured('funding')}`,
      summary: '{{fields.year}}: {{fields.amount}}',
      fields: [
        funding('year', 'Year', 'string', CONTRACT_YEAR),
        funding('amount', 'Amount', 'string', { required: false }),
        funding('note', 'Note', 'text'),
        funding('source', 'Source', 'relation', sourceRelation(false)),
      ],
    }),
    {
      label: 'Page text',
      name: 'body',
      widget: 'markdown',
      // Opens as Markdown, kept as written; the rich text mode rewrites the whole body on save.
      modes: ['raw', 'rich_text'],
      hint: 'The page in Markdown. Cite a source with the Cite button (<Cite source="id" />); mark an unconfirmed fact with To be confirmed; place the checklist with Checklist.',
    },
  ];
}

/**
 * Every collection the editor shows, in the order of its menu. Their formats, yaml-kept and
 * frontmatter-kept, are src/cms/formats.ts: they save a file as written, but for what changed.
 */
export function cmsCollections(root: string): CmsCollection[] {
  const role = fieldsOf(root, 'role');
  const source = fieldsOf(root, 'source');
  const glossary = fieldsOf(root, 'glossary');
  const year = fieldsOf(root, 'contractYear');
  const redirect = fieldsOf(root, 'redirect');
  const page = fieldsOf(root, 'page');
  return [
    ...roles(root).map((r) => ({
      name: `guidance-${r.id}`,
      label: `Guidance: ${r.name}`,
      label_singular: 'guidance page',
      description: `The topic pages of the ${r.name} role, at /roles/${r.id}/<topic>/.`,
      folder: `content/guidance/${r.id}`,
      extension: 'mdx',
      format: 'frontmatter-kept',
      create: true,
      slug: '{{topic}}',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['order', 'title', 'nextReview'],
      fields: guidanceFields(root, r.id),
    })),
    {
      name: 'roles',
      label: 'Roles',
      label_singular: 'role',
      description: 'One ARRS role the hub covers. Its file name is the role’s id and its address, /roles/<id>/.',
      folder: 'content/roles',
      extension: 'yaml',
      format: 'yaml-kept',
      create: true,
      slug: '{{abbreviation}}',
      identifier_field: 'name',
      fields: [
        role('name', 'Name', 'string'),
        role('abbreviation', 'Abbreviation', 'string'),
        role('summary', 'Summary', 'text'),
        role('order', 'Order', 'number', { value_type: 'int', min: 1, default: 1, required: false }),
      ],
    },
    listFile({
      name: 'sources',
      label: 'Sources',
      file: 'content/sources.yaml',
      description: 'Every document the site cites. Never make up an address: a source nobody could find published has no address and is unconfirmed.',
      key: 'sources',
      summary: '{{fields.id}}: {{fields.title}}',
      fields: [
            source('id', 'Id', 'string', SLUG),
            source('title', 'Title', 'string'),
            source('publisher', 'Publisher', 'string'),
            source('date', 'Date', 'string', { required: false }),
            source('address', 'Address', 'string', {
              ...HTTPS,
              required: false,
              hint: 'The https address it was seen at. Leave empty only when no published copy was found (the file then needs address: null).',
            }),
            source('verification', 'Verification', 'select', { options: options(VERIFICATIONS) }),
            source('accessed', 'Last seen', 'datetime', { ...DATE, required: false }),
            source('note', 'Note', 'text', { required: false }),
      ],
    }),
    listFile({
      name: 'glossary',
      label: 'Glossary',
      file: 'content/glossary.yaml',
      description: 'Abbreviations the pages use: each is explained on its first use in a page and listed on /glossary/.',
      key: 'terms',
      listLabel: 'Terms',
      summary: '{{fields.abbreviation}}: {{fields.expansion}}',
      fields: [
            glossary('id', 'Id', 'string', SLUG),
            glossary('abbreviation', 'Abbreviation', 'string'),
            glossary('expansion', 'Expansion', 'string'),
            glossary('definition', 'Definition', 'text'),
      ],
    }),
    {
      name: 'contracts',
      label: 'Contract years',
      label_singular: 'contract year',
      description: 'One year of the Network Contract DES, which sets the ARRS rules. The file is named after the year: 2026/27 is 2026-27.yaml.',
      folder: 'content/contracts',
      extension: 'yaml',
      format: 'yaml-kept',
      create: true,
      slug: '{{year}}',
      identifier_field: 'year',
      summary: '{{year}}: {{title}}',
      fields: [
        year('year', 'Year', 'string', CONTRACT_YEAR),
        year('title', 'Title', 'string'),
        year('publisher', 'Publisher', 'string'),
        year('published', 'Published', 'string', { required: false }),
        year('address', 'Address', 'string', {
          ...HTTPS,
          required: false,
          hint: 'The https address where the contract was seen. Leave empty only when none was (the file then needs address: null, and an address note).',
        }),
        year('addressNote', 'Address note', 'string', { required: false }),
        year('status', 'Status', 'select', { options: options(VERIFICATIONS) }),
        year('note', 'Note', 'text', { required: false }),
        year('current', 'Current', 'boolean', { required: false, default: false }),
        year('changes', 'Changes', 'list', {
          summary: '{{fields.text}}',
          fields: [
            year('text', 'Text', 'text'),
            year('source', 'Source', 'relation', sourceRelation(false)),
          ],
        }),
      ],
    },
    listFile({
      name: 'redirects',
      label: 'Redirects',
      file: 'content/redirects.yaml',
      description: 'Addresses that moved, written from the site’s root (/roles/…); the build adds any base path.',
      key: 'redirects',
      summary: '{{fields.from}} → {{fields.to}}',
      mayBeEmpty: true,
      fields: [
            redirect('from', 'From', 'string'),
            redirect('to', 'To', 'string'),
            redirect('status', 'Status', 'select', { options: options([301, 302]), default: 301, required: false }),
            redirect('note', 'Note', 'text'),
      ],
    }),
    {
      name: 'pages',
      label: 'Other pages',
      format: 'frontmatter-kept',
      extension: 'mdx',
      files: ['accessibility', 'privacy'].map((id) => ({
        name: id,
        label: id === 'accessibility' ? 'Accessibility statement' : 'Privacy',
        file: `content/pages/${id}.mdx`,
        fields: [
          page('title', 'Title', 'string'),
          page('summary', 'Summary', 'text'),
          page('lastReviewed', 'Last reviewed', 'datetime', DATE),
          { label: 'Page text', name: 'body', widget: 'markdown', modes: ['raw', 'rich_text'] },
        ],
      })),
    },
  ];
}

/** The whole configuration, as /admin/config.yml holds it. */
export function cmsConfig(o: CmsOptions): Record<string, unknown> {
  const base = o.base ?? '/';
  return {
    backend: {
      name: 'github',
      repo: o.repo ?? 'OWNER/REPOSITORY',
      branch: o.branch ?? 'main',
      ...(o.authBaseUrl ? { base_url: o.authBaseUrl, auth_endpoint: 'auth' } : {}),
      commit_messages: {
        create: 'Web editor: add {{collection}} “{{slug}}”',
        update: 'Web editor: change {{collection}} “{{slug}}”',
        delete: 'Web editor: remove {{collection}} “{{slug}}”',
      },
    },
    // Each change is a pull request, which CI builds and tests before anyone merges it.
    publish_mode: 'editorial_workflow',
    // Decap uses this only when the editor is opened at localhost or 127.0.0.1 (npm run edit).
    local_backend: o.localBackend === undefined || o.localBackend === true ? true : { url: o.localBackend },
    locale: 'en',
    ...(o.siteUrl ? { site_url: o.siteUrl, display_url: o.siteUrl } : {}),
    // The hub has no images of its own yet; uploads would go here.
    media_folder: 'public/images',
    public_folder: `${base}images`,
    collections: cmsCollections(o.root),
  };
}
