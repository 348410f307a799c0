// The web editor's additions to Decap CMS, loaded after decap-cms.js by /admin/ (see
// src/integrations/cms.ts, which bundles this file and fills in the site's stylesheets below).
import { frontmatterKept, yamlKept } from './formats';

interface EditorComponent {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, unknown>;
  toBlock(data: Record<string, string>): string;
  toPreview(data: Record<string, string>): string;
}
declare const CMS: {
  registerPreviewStyle(href: string): void;
  registerEditorComponent(component: EditorComponent): void;
  registerCustomFormat(name: string, extension: string, format: unknown): void;
};
/** Filled in by src/integrations/cms.ts: the stylesheets of a built guidance page. */
declare const __PREVIEW_STYLES__: string[];
const PREVIEW_STYLES = __PREVIEW_STYLES__;

// Files are saved as they were written, apart from what was changed (src/cms/formats.ts).
CMS.registerCustomFormat('yaml-kept', 'yaml', yamlKept);
CMS.registerCustomFormat('frontmatter-kept', 'mdx', frontmatterKept);

// The preview pane draws pages with the site's own stylesheets.
for (const href of PREVIEW_STYLES) CMS.registerPreviewStyle(href);

const source = {
  name: 'source',
  label: 'Source',
  widget: 'relation',
  collection: 'sources',
  file: 'sources',
  value_field: 'sources.*.id',
  search_fields: ['sources.*.id', 'sources.*.title'],
  display_fields: ['sources.*.title'],
};

// The site's components that pages may use (src/components/mdx/). Decap's editor components
// stand on lines of their own, in the rich text mode of the page editor.
CMS.registerEditorComponent({
  id: 'cite',
  label: 'Cite',
  fields: [{ ...source, hint: 'The source the sentence before comes from. List it in the page’s Sources too.' }],
  pattern: /^<Cite source="([a-z0-9-]+)" \/>$/,
  fromBlock: (match) => ({ source: match[1] }),
  toBlock: (data) => `<Cite source="${data.source}" />`,
  toPreview: (data) => `(source: ${data.source})`,
});

CMS.registerEditorComponent({
  id: 'to-be-confirmed',
  label: 'To be confirmed',
  fields: [{ ...source, hint: 'The unconfirmed source the fact rests on.' }],
  pattern: /^<ToBeConfirmed source="([a-z0-9-]+)" \/>$/,
  fromBlock: (match) => ({ source: match[1] }),
  toBlock: (data) => `<ToBeConfirmed source="${data.source}" />`,
  toPreview: () => 'To be confirmed',
});

CMS.registerEditorComponent({
  id: 'checklist',
  label: 'Checklist',
  fields: [
    {
      name: 'group',
      label: 'Group',
      widget: 'string',
      required: false,
      hint: 'The id of one group of the page’s checklist; leave empty for all of them.',
    },
  ],
  pattern: /^<Checklist(?: group="([a-z0-9-]+)")? \/>$/,
  fromBlock: (match) => ({ group: match[1] ?? '' }),
  toBlock: (data) => (data.group ? `<Checklist group="${data.group}" />` : '<Checklist />'),
  toPreview: (data) => `[Checklist${data.group ? `: ${data.group}` : ''}]`,
});
