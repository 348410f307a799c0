import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Slugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { glossarySchema } from '../schemas/glossary';
import { markFirstUses, type Term } from '../lib/glossary-marking';
import { siteUrls, type SiteUrls } from '../lib/urls';

/** Inside these, text is left alone: headings stay plain for the contents list and search. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label', 'script', 'style']);

/**
 * Reads content/glossary.yaml for the Markdown pipeline. A file YAML cannot read, or a bad
 * entry, is skipped here: the glossary collection's loader reports it, with file and line,
 * and stops the build (this runs first, as the config loads, where it could only crash).
 */
export function readGlossary(file = 'content/glossary.yaml'): Term[] {
  let entries: unknown;
  try {
    entries = parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((e) => {
    const term = glossarySchema.safeParse(e);
    return term.success ? [term.data] : [];
  });
}

/** Explains each glossary abbreviation on its first use in a page, linking to its entry. */
export function glossaryTerms(terms: readonly Term[], urls: SiteUrls = siteUrls('/')) {
  return (): HastPluginDefinition => {
    const seen = new Set<string>();
    return {
      name: 'bnnsg-glossary-terms',
      text(node, ctx) {
        for (let p = ctx.parent(node); p && p.type === 'element'; p = ctx.parent(p)) {
          if (SKIP.has(p.tagName)) return;
        }
        const parts = markFirstUses(node.value, terms, seen);
        if (parts.length === 1 && typeof parts[0] === 'string') return;
        ctx.replaceNode(
          node,
          parts.map((part): ElementContent =>
            typeof part === 'string' ? { type: 'text', value: part } : termLink(part.term, part.text, part.explained, urls),
          ),
        );
      },
    };
  };
}

/** A link to the term's glossary entry; its expansion is read out unless the text just gave it. */
function termLink(term: Term, text: string, explained: boolean, urls: SiteUrls): Element {
  const expansion: ElementContent[] = explained
    ? []
    : [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['nhsuk-u-visually-hidden'] },
          children: [{ type: 'text', value: ` (${term.expansion})` }],
        },
      ];
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['hub-term'], href: urls.glossary(term.id) },
    children: [
      { type: 'element', tagName: 'abbr', properties: { title: term.expansion }, children: [{ type: 'text', value: text }] },
      ...expansion,
    ],
  };
}

/**
 * Puts the base path in front of links written from the site's root, so editors write
 * `[ARRS requirements](/roles/social-prescribing-link-worker/arrs-requirements/)` whatever path
 * the site is served under. Addresses that already start with the base are left as they are.
 */
export function baseLinks(base: string) {
  const urls = siteUrls(base);
  const prefix = (address: string) =>
    address.startsWith('/') && !address.startsWith('//') && !address.startsWith(urls.base) ? urls.at(address) : address;
  return (): HastPluginDefinition => ({
    name: 'bnnsg-base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const address = node.properties?.[attribute];
        if (typeof address === 'string' && urls.base !== '/') ctx.setProperty(node, attribute, prefix(address));
      },
    },
  });
}

/**
 * Gives every h2 and h3 a stable id and a link to itself, so trainers can share a section.
 * Ids come from the heading's words, as Astro would make them; Astro keeps ids it finds.
 */
export function headingLinks() {
  return (): HastPluginDefinition => {
    const slugger = new Slugger();
    return {
      name: 'bnnsg-heading-links',
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const id = typeof node.properties?.id === 'string' ? node.properties.id : slugger.slug(text);
          ctx.setProperty(node, 'id', id);
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['hub-heading'] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['hub-heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
                children: [
                  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['nhsuk-u-visually-hidden'] },
                    children: [{ type: 'text', value: `Link to this section: ${text}` }],
                  },
                ],
              },
            ],
          });
        },
      },
    };
  };
}

/** nhsuk-frontend's class for each part of a table, so Markdown tables look like the site's others. */
const TABLE_CLASSES: Record<string, string> = {
  table: 'nhsuk-table',
  thead: 'nhsuk-table__head',
  tbody: 'nhsuk-table__body',
  tr: 'nhsuk-table__row',
  th: 'nhsuk-table__header',
  td: 'nhsuk-table__cell',
};

/**
 * Puts every Markdown table in a region of its own that scrolls sideways when the table is
 * wider than the screen, so the page itself never does (WCAG 1.4.10 allows this for data
 * tables, whose columns must stay side by side to be compared). The region takes a Tab stop, so
 * keyboard users can scroll it, and is named after the table's column headings.
 */
export function scrollingTables() {
  return (): HastPluginDefinition => ({
    name: 'bnnsg-scrolling-tables',
    element: {
      filter: Object.keys(TABLE_CLASSES),
      visit(node, ctx) {
        ctx.setProperty(node, 'className', [TABLE_CLASSES[node.tagName]!]);
        if (node.tagName === 'th' && ctx.parent(node) && ctx.parent(ctx.parent(node)!)?.type === 'element') {
          const section = ctx.parent(ctx.parent(node)!) as Element;
          if (section.tagName === 'thead') ctx.setProperty(node, 'scope', 'col');
        }
        if (node.tagName !== 'table') return;
        ctx.wrapNode(node, {
          type: 'element',
          // A named <section> is a region landmark without an ARIA role (html-validate's
          // prefer-native-element), so screen reader users can find and name the table.
          tagName: 'section',
          properties: { className: ['hub-table-scroll'], tabIndex: 0, ariaLabel: tableName(node) },
          children: [],
        });
      },
    },
  });
}

/** "Table: Year, Amount": the column headings of a table's first row, or "Table" if it has none. */
export function tableName(table: Element): string {
  const cells = (el: Element): Element[] =>
    el.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'th' ? [c] : c.tagName === 'tr' ? cells(c) : []));
  const head = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
  const firstRow = head?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tr');
  const text = (el: Element | ElementContent): string =>
    el.type === 'text' ? el.value : el.type === 'element' ? el.children.map(text).join('') : '';
  const names = (firstRow ? cells(firstRow) : []).map((c) => text(c).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return names.length ? `Table: ${names.join(', ')}` : 'Table';
}
