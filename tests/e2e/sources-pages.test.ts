import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SOURCE_GROUPS } from '../../src/lib/source-groups';
import { builtFile, builtPages } from '../support/pages';

// The sources are split over one page per way of checking, with an alphabetical list on /sources/.
// Reads the built HTML: no browser needed.
const sources = (parse(readFileSync(new URL('../../content/sources.yaml', import.meta.url), 'utf8')) as {
  sources: { id: string; verification: string }[];
}).sources;
const html = (path: string) => readFileSync(builtFile(path), 'utf8');
const groupPages = SOURCE_GROUPS.map((g) => `/sources/${g.slug}/`).filter((p) => builtPages().includes(p));

describe('the sources pages', () => {
  it('have a page for each way of checking that has sources, and no other', () => {
    const used = new Set(sources.map((s) => s.verification));
    expect(groupPages).toEqual(SOURCE_GROUPS.filter((g) => used.has(g.verification)).map((g) => `/sources/${g.slug}/`));
    expect(builtPages().filter((p) => p.startsWith('/sources/') && p !== '/sources/')).toEqual(groupPages);
  });

  it('give every source one entry, on the page for how it was checked', () => {
    for (const source of sources) {
      const slug = SOURCE_GROUPS.find((g) => g.verification === source.verification)!.slug;
      const holders = groupPages.filter((p) => html(p).includes(`<li id="${source.id}">`));
      expect(holders, source.id).toEqual([`/sources/${slug}/`]);
    }
  });

  it('do not repeat, on each entry, how the sources on a group page were checked (its heading says it)', () => {
    for (const page of groupPages) {
      const entries = html(page).split('<ol class="hub-sources">')[1]!.split('</ol>')[0]!;
      expect(entries, page).not.toMatch(/class="hub-tbc"/);
    }
    // A topic page's list still says it, beside each source.
    expect(html('/roles/social-prescribing-link-worker/funding/')).toMatch(/<strong class="hub-tbc">(To be confirmed|Reported by others)<\/strong>/);
  });

  it('list every source alphabetically on /sources/, linked to its entry, keeping the old anchors', () => {
    const index = html('/sources/');
    for (const source of sources) {
      const slug = SOURCE_GROUPS.find((g) => g.verification === source.verification)!.slug;
      expect(index, source.id).toContain(`<li id="${source.id}"><a href="/sources/${slug}/#${source.id}">`);
    }
    const titles = [...index.matchAll(/<li id="[^"]+"><a [^>]+>([^<]+)<\/a>/g)].map((m) => m[1]!);
    expect(titles).toHaveLength(sources.length);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });
});
