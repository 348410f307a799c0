/**
 * "Did you mean ...?" for a search that found nothing. Pagefind matches the start of words, so a
 * typo early in a word ("suprevision") finds no page at all. This offers the nearest word the
 * site uses, from a list made at build time (src/pages/search-words.json.ts), fetched by the
 * search page only when a search finds nothing.
 */

/** Shortest word offered or corrected: shorter ones are too often another real word. */
const MIN_LENGTH = 4;

/**
 * The words of `texts`, lower-cased, at least 4 letters long, each once, the most used first
 * (so that of two equally near words the commoner is offered).
 */
export function searchWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // A hyphen splits words, as Pagefind splits them ("sub-contract": "sub", "contract").
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}’']*\p{L}/gu) ?? []) {
      const plain = word.replace(/[’']s$/, '').replace(/[’']/g, '');
      if (plain.length < MIN_LENGTH) continue;
      counts.set(plain, (counts.get(plain) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/**
 * Edits between `a` and `b` (insert, delete, change or swap two letters next to each other),
 * or `max + 1` once it is clear there are more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Edits allowed for a word of this length: 1 up to 5 letters, then 2. */
function allowedEdits(length: number): number {
  return length <= 5 ? 1 : 2;
}

/** The nearest of `words` (most used first) to `term`, or undefined when none is near enough. */
export function nearestWord(term: string, words: readonly string[]): string | undefined {
  const max = allowedEdits(term.length);
  let found: string | undefined;
  let fewest = max + 1;
  for (const word of words) {
    const d = editDistance(term, word, Math.min(max, fewest - 1));
    if (d < fewest) {
      fewest = d;
      found = word;
      if (d === 1) break; // words come most used first: the first one edit away will do
    }
  }
  return found;
}

/**
 * The query again with each word Pagefind cannot match replaced by the nearest word the site
 * uses, or undefined when there is nothing to offer. A term matches when a word starts with it,
 * as in Pagefind. Terms are the query's meaningful words (search-query.ts's meaningfulTerms).
 */
export function suggestQuery(terms: readonly string[], words: readonly string[]): string | undefined {
  let changed = false;
  const suggested = terms.map((term) => {
    if (term.length < MIN_LENGTH || /\d/.test(term) || words.some((w) => w.startsWith(term))) return term;
    const near = nearestWord(term, words);
    if (!near) return term;
    changed = true;
    return near;
  });
  return changed ? suggested.join(' ') : undefined;
}
