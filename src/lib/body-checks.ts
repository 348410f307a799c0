import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import type { FileProblem } from './file-problems';

/**
 * Checks a page's Markdown or MDX body for what would build but go wrong for readers, each
 * named at its line: a component the page cannot use, code the Content Security Policy would
 * block, an http:// link, an image with no alt text, a heading level skipped. The body is
 * read by Sätteri, the parser Astro builds the page with, so both see the same tree.
 */

export interface BodyCheckOptions {
  /** Path from the project root, for the messages. */
  file: string;
  /** The components pages of this collection can use without importing them. */
  components: readonly string[];
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Node {
  type: string;
  position?: { start: Point; end: Point };
  children?: Node[];
  name?: string | null;
  tagName?: string;
  depth?: number;
  url?: string;
  alt?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
}

/** Elements the site's Content Security Policy blocks or the site never loads, and why. */
const BLOCKED: Record<string, string> = {
  script:
    'is not allowed in a page: the site’s Content Security Policy blocks scripts written into a page, so it would not run. Ask a developer to add what you need as a component.',
  style:
    'is not allowed in a page: the site’s Content Security Policy blocks styles written into a page. Ask a developer to add the style to src/styles/.',
  iframe:
    'is not allowed in a page: the site loads nothing from other sites. Link to the page or video instead, with words that say where the link goes.',
};

const HEADING = /^h([1-6])$/;

export function checkBody(source: string, { file, components }: BodyCheckOptions): FileProblem[] {
  const problems: FileProblem[] = [];
  const at = (node: { position?: { start: Point } } | undefined, message: string, base?: Point) => {
    const start = node?.position?.start;
    problems.push({
      file,
      line: base && start ? base.line + start.line - 1 : (start?.line ?? base?.line),
      column: base && start ? undefined : (start?.column ?? base?.column),
      message,
    });
  };

  const mdx = file.endsWith('.mdx');
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as Node;
  } catch (error) {
    // Sätteri's message starts with "line:column: ".
    const text = error instanceof Error ? error.message : String(error);
    const [, line, column, rest] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text) ?? [];
    problems.push({
      file,
      line: line ? Number(line) : undefined,
      column: column ? Number(column) : undefined,
      message: `this is not valid ${mdx ? 'MDX' : 'Markdown'}: ${rest ?? text}`,
    });
    return problems;
  }

  const known = new Set([...components, ...importedNames(tree)]);
  let previous = 1; // The layout's <h1> is the page title: the body starts at level 2.

  const heading = (node: Node, depth: number, written: (d: number) => string, base?: Point) => {
    if (depth === 1) {
      at(node, `this ${written(1)} heading is level 1, but the page already has its title at level 1. Start sections at ${written(2)} (and ${written(3)} under them).`, base);
    } else if (depth > previous + 1) {
      at(node, `this ${written(depth)} heading skips a level: the heading before it is ${previous === 1 ? 'the page title' : written(previous)}, so this one should be ${written(previous + 1)}. Screen reader users move around a page by heading levels.`, base);
    }
    previous = depth;
  };
  const hashes = (d: number) => '#'.repeat(d);
  const tags = (d: number) => `<h${d}>`;

  const url = (node: Node, address: string | undefined, what: string, base?: Point) => {
    if (!address || !/^http:\/\//i.test(address)) return;
    const https = address.replace(/^http:/i, 'https:');
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const written = start !== undefined && end !== undefined && !base ? source.slice(start, end) : address;
    const fix = /http:\/\//i.test(written)
      ? `Use "${https}" instead.`
      : `Write the address in full, as "${https}": without https:// it becomes an http:// link.`;
    at(node, `the ${what} ${address} uses http://, which is not secure. ${fix}`, base);
  };

  /** Checks an HTML element or JSX tag, wherever it was written. */
  const element = (node: Node, name: string, attrs: Map<string, unknown>, base?: Point) => {
    if (BLOCKED[name]) at(node, `<${name}> ${BLOCKED[name]}`, base);
    for (const attr of attrs.keys()) {
      if (/^on/i.test(attr)) {
        at(node, `the ${attr} attribute on <${name}> is not allowed: the site’s Content Security Policy blocks scripts written into a page, so it would not run. Remove it.`, base);
      } else if (attr.toLowerCase() === 'style') {
        at(node, `the style attribute on <${name}> is not allowed: the site’s Content Security Policy blocks styles written into a page. Remove it.`, base);
      }
    }
    const level = HEADING.exec(name);
    if (level) heading(node, Number(level[1]), tags, base);
    if (name === 'a') url(node, text(attrs.get('href')), 'link to', base);
    if (name === 'img') {
      const src = text(attrs.get('src'));
      url(node, src, 'image', base);
      const alt = attrs.get('alt');
      if (alt === undefined || alt === null || (typeof alt === 'string' && !alt.trim())) {
        at(node, `the image ${src ?? ''} has no alt text. Add alt="…" saying what the image shows, for people who cannot see it.`.replace('  ', ' '), base);
      }
    }
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'heading':
        heading(node, node.depth ?? 2, hashes);
        break;
      case 'link':
      case 'definition':
        url(node, node.url, 'link to');
        break;
      case 'image':
        url(node, node.url, 'image');
        if (!node.alt?.trim()) {
          at(node, `the image ${node.url} has no alt text. Say what the image shows between the square brackets: ![what it shows](${node.url}).`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (!name) break; // a fragment, <>…</>
        if (/^[A-Z]|\./.test(name)) {
          if (!known.has(name)) at(node, unknownComponent(name, components));
        } else {
          const attrs = new Map<string, unknown>();
          for (const a of node.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name) attrs.set(a.name, a.value ?? true);
          element(node, name.toLowerCase(), attrs);
        }
        break;
      }
      case 'html': {
        // Raw HTML in a .md page: parse it and check its elements as if they were written as
        // tags. The parsed elements carry no position, so each is found in the HTML in turn.
        const base = node.position?.start;
        const html = (node.value ?? '').toLowerCase();
        let cursor = 0;
        const walk = (h: Node) => {
          if (h.type === 'element' && h.tagName) {
            const attrs = new Map<string, unknown>();
            for (const [k, v] of Object.entries(h.properties ?? {})) attrs.set(htmlAttribute(k), Array.isArray(v) ? v.join(' ') : v);
            const found = html.indexOf(`<${h.tagName}`, cursor);
            if (found >= 0) cursor = found + 1;
            const line = found >= 0 ? html.slice(0, found).split('\n').length : 1;
            element({ ...h, position: { start: { line, column: 1 }, end: { line, column: 1 } } }, h.tagName, attrs, base);
          }
          h.children?.forEach(walk);
        };
        walk(htmlToHast(node.value ?? '', { fragment: true }) as unknown as Node);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

function unknownComponent(name: string, components: readonly string[]): string {
  const similar = components.find((c) => c.toLowerCase() === name.toLowerCase());
  const choice = components.length
    ? `The components these pages can use are ${[...components].sort().join(', ')}.`
    : 'Pages in this folder cannot use components.';
  return `<${name}> is not a component this page can use. ${similar ? `Did you mean <${similar}>? Names are case-sensitive. ` : ''}${choice}`;
}

/** Names an MDX page imports itself (`import Chart from '…'`), which it may then use. */
function importedNames(tree: Node): string[] {
  const names: string[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm' || !node.value) continue;
    for (const m of node.value.matchAll(/import\s+([^'"]+?)\s+from/g)) {
      for (const part of m[1]!.replace(/[{}*]/g, ',').split(',')) {
        const local = part.trim().split(/\s+as\s+/).pop()?.trim();
        if (local) names.push(local);
      }
    }
  }
  return names;
}

/** hast names attributes in camelCase (`onClick`); editors wrote them in HTML (`onclick`). */
function htmlAttribute(property: string): string {
  return property === 'className' ? 'class' : property.toLowerCase();
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
