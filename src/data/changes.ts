import { siteContent } from './content';
import { siteChanges, type SiteChange } from '../lib/site-changes';

/** Every change on the site, newest first, for the What's new page, the home page and the feed. */
export async function allChanges(): Promise<SiteChange[]> {
  const content = await siteContent();
  return siteChanges(content.guidance.map((g) => g.data));
}
