import { formatDate } from './dates';
import { changeHeadline, type SiteChange } from './site-changes';
import { urls } from './urls';

/**
 * Where the feed's links point when SITE_URL is not set: the address `npm start` serves the
 * site at. A feed needs absolute links, and no public address is ever guessed.
 */
export const LOCAL_SITE = 'http://localhost:4321/';

/** How many changes the feed carries: enough for a reader who checks it once a season. */
export const FEED_LENGTH = 50;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
}

/** The site's public address, or the local one (and say so) when SITE_URL is unset. */
export function feedSite(site: URL | undefined): { site: URL; local: boolean } {
  return site ? { site, local: false } : { site: new URL(LOCAL_SITE), local: true };
}

/**
 * Feed items with absolute links. Each links to its entry on the What's new page, which is
 * unique (a feed reader treats two items with one link as one), and the item's content links
 * to the page that changed.
 */
export function feedItems(changes: readonly SiteChange[], site: URL): FeedItem[] {
  return changes.slice(0, FEED_LENGTH).map((change) => {
    const page = new URL(change.href, site).href;
    const details = change.details?.length ? `<ul>${change.details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '';
    return {
      title: changeHeadline(change),
      link: new URL(urls.whatsNew(change.id), site).href,
      pubDate: change.date,
      description: change.summary,
      content: `<p>${escapeHtml(change.summary)}</p>${details}<p><a href="${escapeHtml(page)}">${escapeHtml(change.title)}</a> (${formatDate(change.date)})</p>`,
    };
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
