import { parse, type DefaultTreeAdapterTypes } from 'parse5';
export { fileForPath } from '../../src/lib/urls.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** The attributes that point at another address, by element. */
const ADDRESS_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  use: ['href'],
  image: ['href'],
};

/** One address written in a page. */
export interface LinkRef {
  element: string;
  attribute: string;
  /** As written, with character references decoded; one per srcset candidate. */
  address: string;
  /** For a and area: the link's name as a screen reader announces it. */
  text?: string;
  /** The rel attribute, where there is one: `canonical` on a <link> is an address, not a fetch. */
  rel?: string;
}

export interface PageLinks {
  /** Every id in the page (and the name of each <a name>): the fragments that land somewhere. */
  ids: Set<string>;
  links: LinkRef[];
}

/** The addresses and ids in an HTML document, read with a standards-following HTML parser. */
export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: LinkRef[] = [];
  walk(parse(html), (el) => {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined;
    if (name) ids.add(name);
    for (const attribute of ADDRESS_ATTRIBUTES[el.tagName] ?? []) {
      const value = attr(el, attribute);
      if (value === undefined) continue;
      const addresses = attribute === 'srcset' ? srcsetAddresses(value) : [value.trim()];
      for (const address of addresses) {
        links.push({
          element: el.tagName,
          attribute,
          address,
          ...(el.tagName === 'a' || el.tagName === 'area' ? { text: accessibleText(el) } : {}),
          ...(attr(el, 'rel') !== undefined ? { rel: attr(el, 'rel')! } : {}),
        });
      }
    }
  });
  return { ids, links };
}

/** Where an address leads, seen from a page of the site. */
export type Target =
  | {
      kind: 'internal';
      /** The path on the site, percent-decoded, e.g. /roles/x/ */
      path: string;
      /** The fragment, decoded; '' for a bare '#'; null when there is none. */
      fragment: string | null;
      /** Whether it was written from the site's root (starts with /), not relative to the page. */
      rootRelative: boolean;
    }
  | { kind: 'external'; url: string; https: boolean }
  | { kind: 'other'; scheme: string }
  | { kind: 'invalid'; reason: string };

/** A stand-in origin for resolving addresses; never contacted. */
const HERE = 'http://site.invalid';

/**
 * Sorts an address from the page at `pagePath` into internal (this site, also when written
 * with the site's own origin), external (http or https elsewhere; scheme-relative ones count
 * as not https), other (mailto:, tel:, data:, javascript: ...) or invalid (not an address).
 */
export function classifyAddress(address: string, pagePath: string, siteOrigin?: string): Target {
  const written = address.trim();
  if (written.startsWith('//')) return { kind: 'external', url: `https:${written}`, https: false };
  let url: URL;
  try {
    url = new URL(written, HERE + pagePath);
  } catch {
    return { kind: 'invalid', reason: `"${written}" is not a valid address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other', scheme: url.protocol };
  const own = url.origin === HERE || (siteOrigin !== undefined && url.origin === new URL(siteOrigin).origin);
  if (!own) return { kind: 'external', url: url.href, https: url.protocol === 'https:' };
  const hash = written.indexOf('#');
  return {
    kind: 'internal',
    path: safeDecode(url.pathname),
    fragment: hash === -1 ? null : safeDecode(written.slice(hash + 1)),
    rootRelative: written.startsWith('/') || url.origin !== HERE,
  };
}

/** Link text that says nothing about where the link goes, compared after lower-casing. */
export const VAGUE_LINK_TEXT: readonly string[] = [
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'link',
  'this link',
  'this',
  'learn more',
  'find out more',
  'more information',
  'more info',
];

/** What is wrong with a link's text, or null when it says where the link goes. */
export function linkTextProblem(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '') return 'link has no text';
  if (VAGUE_LINK_TEXT.includes(words)) return `vague link text "${text.trim()}"`;
  return null;
}

/** The addresses in a stylesheet's url() values, as written. */
export function cssAddresses(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/g)].map((m) => m[2]!.trim()).filter((a) => a !== '');
}

function walk(node: Node, visit: (el: Element) => void): void {
  if ('tagName' in node) visit(node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit);
  // A <template>'s markup is in its content fragment, not its children.
  if ('content' in node && node.content) walk(node.content, visit);
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text a link is announced by: aria-label if set, else its text and image alt text. */
function accessibleText(el: Element): string {
  const label = attr(el, 'aria-label')?.trim();
  if (label) return label;
  const parts: string[] = [];
  const collect = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if (!('tagName' in node)) return;
    if (attr(node, 'aria-hidden') === 'true' || attr(node, 'hidden') !== undefined) return;
    if (node.tagName === 'img') parts.push(attr(node, 'alt') ?? '');
    for (const child of node.childNodes) collect(child);
  };
  for (const child of el.childNodes) collect(child);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function srcsetAddresses(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((a) => a !== '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
