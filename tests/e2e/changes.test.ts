import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { builtFile, builtPages, useBuiltSite } from '../support/built-site';
import { BUILDS, ROOT_BUILD, requireBuild, servedPath, type Build } from '../support/builds';
import { LOCAL_SITE } from '../../src/lib/feed';
import { guidanceSchema } from '../../src/schemas/guidance';
import { readFrontmatter } from '../../src/lib/yaml-data';
import { changeHeadline, contractYearChanges, latestChangesFirst, siteChanges } from '../../src/lib/site-changes';
import { contractYearSchema } from '../../src/schemas/contract-year';
import { parse } from 'yaml';
import { urls } from '../../src/lib/urls';

const site = useBuiltSite();
const root = join(import.meta.dirname, '../..');

/** What the content says changed, newest first, worked out here from the files themselves. */
function expectedChanges() {
  const dir = join(root, 'content/guidance');
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => guidanceSchema.parse(readFrontmatter(readFileSync(join(dir, f), 'utf8'), f).data));
  const yearsDir = join(root, 'content/contracts');
  const years = readdirSync(yearsDir).map((f) => contractYearSchema.parse(parse(readFileSync(join(yearsDir, f), 'utf8'))));
  return latestChangesFirst([...siteChanges(pages), ...contractYearChanges(years, (year) => urls.contractYears(year))]);
}

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
}

const feedXml = (build: Build) => readFileSync(builtFile(servedPath(ROOT_BUILD, urls.feed()), build.dir), 'utf8');

/** The feed's raw structure, element by element, for what a lenient feed parser forgives. */
function readFeed(build: Build = ROOT_BUILD) {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(feedXml(build));
  return parsed.rss as { '@_version': string; channel: { title: string; link: string; description: string; item: FeedItem[] } };
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe.each(BUILDS)('the feed of changes, built $name', (build) => {
  // Absolute addresses: the public address and base path, or the local preview without SITE_URL.
  const origin = build.site ? `${build.site}${build.base}` : LOCAL_SITE;

  it('is well-formed XML, as a browser’s strict XML parser reads it', async () => {
    requireBuild(build);
    const page = await site.page();
    const errors = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length,
      feedXml(build),
    );
    expect(errors).toBe(0);
  });

  it('reads in a feed parser as the changes the content records, newest first', () => {
    const feed = parseFeed(feedXml(build));
    expect(feed.meta.type).toBe('rss');
    expect(feed.meta.version).toBe('2.0');
    expect(feed.title).toBe("BNNSG Training Hub: what's new");
    expect(feed.url).toBe(origin);
    const expected = expectedChanges().slice(0, 50);
    expect(feed.items.map((i) => [i.title, i.description, i.published?.toISOString().slice(0, 10)])).toEqual(
      expected.map((c) => [changeHeadline(c), c.summary, c.date.toISOString().slice(0, 10)]),
    );
    for (const [i, item] of feed.items.entries()) {
      const change = expected[i]!;
      expect(item.url).toBe(`${origin}whats-new/#${change.id}`);
      expect(item.id).toBe(item.url);
      expect(item.content).toContain(`<a href="${origin}${change.href.replace(/^\//, '')}">${change.title}</a>`);
    }
  });

  it('is RSS 2.0 with unique links, RFC 822 dates and a link to itself', () => {
    const rss = readFeed(build);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.link).toBe(origin);
    expect(rss.channel.description.length).toBeGreaterThan(20);
    expect(feedXml(build)).toContain(`<atom:link href="${origin}feed.xml" rel="self" type="application/rss+xml"/>`);
    const items = rss.channel.item;
    for (const item of items) {
      expect(item.guid['#text']).toBe(item.link);
      expect(item.pubDate).toMatch(RFC_822);
    }
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('is named in the head of every page', () => {
    const href = servedPath(build, urls.feed());
    for (const path of builtPages(build.dir)) {
      const html = readFileSync(builtFile(path, build.dir), 'utf8');
      if (/<meta http-equiv="refresh"/.test(html)) continue; // a moved address's forwarding page
      expect(html, path).toContain(`<link rel="alternate" type="application/rss+xml" title="BNNSG Training Hub: what's new" href="${href}">`);
    }
  });
});

describe('What’s new and the home page', () => {
  it('What’s new links the feed and has an entry for every item in it', async () => {
    const page = await site.page();
    await page.goto(site.url + urls.whatsNew());
    await expect(page.locator('h1').textContent()).resolves.toBe("What's new");
    await expect(page.locator(`main a[href="${urls.feed()}"]`).count()).resolves.toBe(1);
    const inFeed = new Set(readFeed().channel.item.map((i) => i.link.split('#')[1]));
    for (const change of expectedChanges()) {
      const entry = page.locator(`[id="${change.id}"]`);
      await expect(entry.locator('a').first().textContent(), change.id).resolves.toBe(change.title);
      await expect(entry.textContent(), change.id).resolves.toContain(change.summary);
      inFeed.delete(change.id);
    }
    expect([...inFeed], 'feed items with no entry on the page').toEqual([]);
  });

  it('the home page shows the three latest changes and links to the rest', async () => {
    const page = await site.page({ width: 375, height: 800 });
    await page.goto(site.url + urls.home());
    const section = page.locator('[data-latest-changes]');
    await expect(section.locator('h2').textContent()).resolves.toBe('Latest changes');
    const latest = expectedChanges().slice(0, 3);
    const links = await section.locator('li > a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(latest.map((c) => [c.title, c.href]));
    await section.getByRole('link', { name: 'Everything that changed on this site' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe("What's new");
  });
});
