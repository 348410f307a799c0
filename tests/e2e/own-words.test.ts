import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { builtFile, builtPages } from '../support/pages';
import { sharedRuns } from '../support/own-words';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

// The hub's earlier page (../shared/seed/), kept here so the test runs on any clone.
const SEED = readFileSync(fileURLToPath(new URL('../fixtures/seed.txt', import.meta.url)), 'utf8');

/** Marked quotations may repeat their source word for word; text added for screen readers is not the page's prose. */
function skipped(node: DefaultTreeAdapterTypes.Element): boolean {
  if (node.tagName === 'blockquote' || node.tagName === 'q' || node.tagName === 'script' || node.tagName === 'style') return true;
  const cls = node.attrs.find((a) => a.name === 'class')?.value ?? '';
  return cls.split(/\s+/).includes('nhsuk-u-visually-hidden');
}

function findMain(node: Node): DefaultTreeAdapterTypes.Element | undefined {
  if ('tagName' in node && node.tagName === 'main') return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

/** The reader's text of <main>, block by block, leaving out quotations. */
function mainText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if ('tagName' in node && skipped(node)) return ' ';
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map((c) => mainText(c)).join('') + ('tagName' in node ? ' ' : '');
}

describe('every page is in the site’s own words', () => {
  const pages = builtPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  const runsOf = (path: string) => {
    const main = findMain(parse(readFileSync(builtFile(path), 'utf8')));
    return main ? sharedRuns(mainText(main), SEED) : [];
  };

  it('shares no run of 12 or more words with the hub’s earlier page outside a marked quotation', () => {
    const copied = pages.flatMap((path) => runsOf(path).map((run) => `${path}: “${run}”`));
    expect(copied, `Rewrite these in your own words, or mark them as a quotation with <blockquote> or <q> and cite the source:\n${copied.join('\n')}`).toEqual([]);
  });
});
