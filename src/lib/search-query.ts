/**
 * Readers type questions ("what does a link worker do each day?"), but Pagefind returns only
 * pages holding every word. Dropping the words that carry no meaning lets a question find the
 * page that answers it.
 */
export const STOP_WORDS = new Set(
  `a about after all also am an and any are as at be been being but by can could did do does doing
  done for from get gets getting had has have having he her here him his how i if in into is it its
  just me might more most must my need needs of on or our she should so some than that the their
  them then there these they this those to too us was we were what when where which while who whom
  why will with would you your yours each every day days someone somebody anyone person people
  please tell know want find out much many`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-cased words of the query, without punctuation, stop words or repeats. */
export function meaningfulTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}/]+/u)
    .flatMap((w) => w.split('/'))
    .filter((w) => w.length > 1);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  // A query of nothing but common words ("how do I") still deserves a search of its own words.
  return [...new Set(meaningful.length ? meaningful : words)];
}

export interface ScoredHit {
  id: string;
  score: number;
}

/**
 * Merges the results of searching each term on its own, for when no page holds them all:
 * pages matching more of the terms come first, then the better Pagefind score.
 */
export function mergeByTermsMatched<T extends ScoredHit>(perTerm: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { hit: T; matched: number; score: number }>();
  for (const hits of perTerm) {
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      if (seen) {
        seen.matched += 1;
        seen.score += hit.score;
      } else merged.set(hit.id, { hit, matched: 1, score: hit.score });
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .map((m) => m.hit);
}
