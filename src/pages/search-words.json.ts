import type { APIRoute } from 'astro';
import { siteContent } from '../data/content';
import { searchWords } from '../lib/did-you-mean';

/**
 * The words the guidance uses, most used first, for the search page's "Did you mean ...?"
 * (src/lib/did-you-mean.ts). Fetched only when a search finds nothing, so no page pays for it.
 */
export const GET: APIRoute = async () => {
  const content = await siteContent();
  const texts = [
    ...content.guidance.flatMap((g) => [g.data.title, g.data.summary, ...(g.data.searchTerms ?? []), plainText(g.body ?? '')]),
    ...content.glossary.flatMap((g) => [g.data.expansion, g.data.definition]),
    ...content.roles.map((r) => r.data.name),
  ];
  return new Response(JSON.stringify(searchWords(texts)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

/** A page body's words without its components, tags, link addresses or expressions. */
function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
}
