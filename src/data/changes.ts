import { siteContent } from './content';
import { contractYearChanges, latestChangesFirst, siteChanges, type SiteChange } from '../lib/site-changes';
import { urls } from '../lib/urls';

/**
 * Every change on the site, newest first, for the What's new page, the home page and the feed:
 * each guidance page's change log, and each contract year's changes, so a manager who
 * subscribes hears of rule changes as well as page changes.
 */
export async function allChanges(): Promise<SiteChange[]> {
  const content = await siteContent();
  return latestChangesFirst([
    ...siteChanges(content.guidance.map((g) => g.data)),
    ...contractYearChanges(content.contracts, (year) => urls.contractYears(year)),
  ]);
}
