import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { builtFile, builtPages, useBuiltSite } from '../support/built-site';
import { guidanceSchema } from '../../src/schemas/guidance';
import { frontmatterOf } from '../../src/lib/review-pages';
import { siteChanges } from '../../src/lib/site-changes';
import { urls } from '../../src/lib/urls';

const site = useBuiltSite();
const root = join(import.meta.dirname, '../..');

/** What the content says changed, newest first, worked out here from the files themselves. */
function expectedChanges() {
  const dir = join(root, 'content/guidance');
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => guidanceSchema.parse(frontmatterOf(readFileSync(join(dir, f), 'utf8'), f)));
  return siteChanges(pages);
}

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
}

const feedXml = () => readFileSync(builtFile(urls.feed()), 'utf8');

/** The feed's raw structure, element by element, for what a lenient feed parser forgives. */
function readFeed() {
  const xml = feedXml();
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  return parsed.rss as { '@_version': string; channel: { title: string; link: string; description: string; item: FeedItem[] } };
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('the feed of changes', () => {
  it('is well-formed XML, as a browser’s strict XML parser reads it', async () => {
    const page = await site.page();
    const errors = await page.evaluate(
      (xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length,
      feedXml(),
    );
    expect(errors).toBe(0);
  });

  it('reads in a feed parser as the changes the content records, newest first', () => {
    const feed = parseFeed(feedXml());
    expect(feed.meta.type).toBe('rss');
    expect(feed.meta.version).toBe('2.0');
    expect(feed.title).toBe("BNNSG Training Hub: what's new");
    expect(feed.url).toMatch(/^https?:\/\//);
    const expected = expectedChanges().slice(0, 50);
    expect(feed.items.map((i) => [i.title, i.description, i.published?.toISOString().slice(0, 10)])).toEqual(
      expected.map((c) => [`${c.kind === 'new-page' ? 'New page' : 'Changed'}: ${c.title}`, c.summary, c.date.toISOString().slice(0, 10)]),
    );
    for (const [i, item] of feed.items.entries()) {
      expect(item.url).toBe(item.id);
      expect(item.url).toMatch(new RegExp(`^https?://[^/]+/.*#${expected[i]!.id}$`));
      expect(item.content).toContain(`${expected[i]!.href}">${expected[i]!.title}</a>`);
    }
  });

  it('is RSS 2.0 with a title, link and description', () => {
    const rss = readFeed();
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe("BNNSG Training Hub: what's new");
    expect(rss.channel.link).toMatch(/^https?:\/\/[^/]+\//);
    expect(rss.channel.description.length).toBeGreaterThan(20);
  });

  it('lists the latest changes, newest first, with absolute, unique links and valid dates', () => {
    const items = readFeed().channel.item;
    const expected = expectedChanges();
    expect(items.length).toBe(Math.min(expected.length, 50));
    items.forEach((item, i) => {
      const change = expected[i]!;
      expect(item.title).toBe(`${change.kind === 'new-page' ? 'New page' : 'Changed'}: ${change.title}`);
      expect(item.description).toBe(change.summary);
      expect(item.link).toMatch(new RegExp(`^https?://[^/]+/.*#${change.id}$`));
      expect(item.guid['#text']).toBe(item.link);
      expect(item.pubDate).toMatch(RFC_822);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(change.date.toISOString().slice(0, 10));
    });
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('is named in the head of every page', () => {
    for (const path of builtPages()) {
      const html = readFileSync(builtFile(path), 'utf8');
      expect(html, path).toContain(`<link rel="alternate" type="application/rss+xml" title="BNNSG Training Hub: what's new" href="${urls.feed()}">`);
    }
  });
});

describe('What’s new and the home page', () => {
  it('What’s new links the feed and has an entry for every item in it', async () => {
    const page = await site.page();
    await page.goto(site.url + urls.whatsNew());
    await expect(page.locator('h1').textContent()).resolves.toBe("What's new");
    await expect(page.locator(`main a[href="${urls.feed()}"]`).count()).resolves.toBe(1);
    for (const item of readFeed().channel.item) {
      const id = item.link.split('#')[1]!;
      await expect(page.locator(`[id="${id}"] a`).first().textContent(), id).resolves.toBe(item.title.replace(/^[^:]+: /, ''));
    }
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
