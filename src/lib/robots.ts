/**
 * robots.txt: every page may be crawled. With a public address the file names the sitemap
 * (the Sitemap line must be a full address, so without SITE_URL it is left out rather than
 * guessed). Crawlers read robots.txt only at a host's root: under a base path, the domain's
 * own robots.txt must carry the Sitemap line (see docs/deploying.md).
 */
export function robotsTxt(site: URL | undefined, base: string): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(`${base}sitemap-index.xml`, site).href}`);
  else lines.push('', '# No sitemap: the site was built without SITE_URL, so its public address is not known.');
  return `${lines.join('\n')}\n`;
}
