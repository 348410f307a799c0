import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Slugger from 'github-slugger';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { glossarySchema } from '../schemas/glossary';
import { markFirstUses, type Term } from '../lib/glossary-marking';
import { siteUrls, type SiteUrls } from '../lib/urls';
import { readYamlListFile } from '../lib/yaml-data';
import { headingLink } from '../lib/heading-link';

/** Inside these, text is left alone: headings stay plain for the contents list and search. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label', 'script', 'style']);

/**
 * The site's Markdown and MDX processing: explain glossary abbreviations on first use, give
 * every section a link of its own, let tables scroll in a region of their own, and put Astro's
 * `base` (config or `--base`) in front of links editors write from the root. An integration,
 * not a setting, because the base is known only once Astro has read its command line.
 */
export function markdownPlugins(): AstroIntegration {
  return {
    name: 'bnnsg:markdown',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const terms = readGlossary(join(fileURLToPath(config.root), 'content/glossary.yaml'));
        updateConfig({
          markdown: {
            processor: satteri({
              hastPlugins: [baseLinks(config.base), glossaryTerms(terms, siteUrls(config.base)), headingLinks(), scrollingTables()],
            }),
          },
        });
      },
    },
  };
}

/**
 * The glossary's terms, read with the same reader and checks as the glossary collection, so a
 * mistake stops the build naming its file and line rather than dropping the term.
 */
export function readGlossary(file: string): Term[] {
  return readYamlListFile(file, glossarySchema, 'content/glossary.yaml', 'id', 'terms');
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
  return h('a.hub-term', { href: urls.glossary(term.id) }, [
    h('abbr', { title: term.expansion }, text),
    explained ? [] : h('span.nhsuk-u-visually-hidden', ` (${term.expansion})`),
  ]);
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
          ctx.wrapNode(node, h('div.hub-heading', [headingLink(id, text)]));
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
        // A named <section> is a region landmark without an ARIA role (html-validate's
        // prefer-native-element), so screen reader users can find and name the table.
        ctx.wrapNode(node, h('section.hub-table-scroll', { tabIndex: 0, ariaLabel: tableName(node) }));
      },
    },
  });
}

/** "Table: Year, Amount": the column headings of a table's first row, or "Table" if it has none. */
export function tableName(table: Element): string {
  const head = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
  const firstRow = head?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tr');
  const headings = firstRow?.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'th') ?? [];
  const names = headings.map((c) => toString(c).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return names.length ? `Table: ${names.join(', ')}` : 'Table';
}
