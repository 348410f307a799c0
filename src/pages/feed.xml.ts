import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allChanges } from '../data/changes';
import { feedItems, feedSite } from '../lib/feed';
import { urls } from '../lib/urls';
import { SITE } from '../site';

/** RSS 2.0: what changed on the site, newest first, so managers can subscribe to rule changes. */
export const GET: APIRoute = async (context) => {
  const { site } = feedSite(context.site);
  return rss({
    title: `${SITE.name}: what's new`,
    description: `Changes to the ${SITE.name}'s guidance: new pages, changed rules and figures, newest first.`,
    site: new URL(urls.home(), site).href,
    items: feedItems(await allChanges(), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address, as feed validators ask of RSS 2.0.
    customData: `<language>${SITE.lang.toLowerCase()}</language><atom:link href="${new URL(urls.feed(), site).href}" rel="self" type="application/rss+xml"/>`,
  });
};
