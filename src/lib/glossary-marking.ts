/**
 * Finds glossary abbreviations in running text, so a page can explain each one the first time
 * it appears. Pure string work; the Markdown plugin that uses it is in src/integrations/.
 */
export interface Term {
  id: string;
  abbreviation: string;
  expansion: string;
}

/** `explained`: the text just before already gives the expansion, as in "primary care network (PCN)". */
export type Part = string | { term: Term; text: string; explained: boolean };

/** Letters and digits, plus "/" so "NHSE/I" is one abbreviation, not "NHSE" and "I". */
const WORD = String.raw`[\p{L}\p{N}/]`;

/**
 * An abbreviation followed by a capitalised word is part of a proper name ("NHS England",
 * "NHS Careers", "HEE Roles Explorer"): expanding it there would rename the organisation,
 * as in "NHS (National Health Service) England". A following abbreviation ("GP IT") does not count.
 */
const PROPER_NAME_NEXT = /^\s+\p{Lu}\p{Ll}/u;

/** True when the match at `end` (the index just after it) begins a proper name. */
export function isPartOfProperName(text: string, end: number): boolean {
  return PROPER_NAME_NEXT.test(text.slice(end, end + 3));
}

export function termMatcher(terms: readonly Term[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  // Longest first, so "NHSE/I" wins over "NHS".
  const alternatives = [...terms]
    .sort((a, b) => b.abbreviation.length - a.abbreviation.length)
    .map((t) => t.abbreviation.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'gu');
}

// The matcher for a glossary, made once: every text node of every page is searched with it,
// and making it each time took about half a second of a 1,000-page build.
const preparedTerms = new WeakMap<readonly Term[], { matcher: RegExp | undefined; byAbbreviation: Map<string, Term> }>();

function prepared(terms: readonly Term[]) {
  let found = preparedTerms.get(terms);
  if (!found) {
    found = { matcher: termMatcher(terms), byAbbreviation: new Map(terms.map((t) => [t.abbreviation, t])) };
    preparedTerms.set(terms, found);
  }
  return found;
}

/**
 * Splits `text` around the first use of each term not yet in `seen` (which it updates).
 * Later uses stay plain text: explaining every one would clutter the page.
 */
export function markFirstUses(text: string, terms: readonly Term[], seen: Set<string>): Part[] {
  const { matcher, byAbbreviation } = prepared(terms);
  if (!matcher) return [text];
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher)) {
    const term = byAbbreviation.get(match[0])!;
    if (seen.has(term.id)) continue;
    // Not counted as seen: a later use on its own is still explained.
    if (isPartOfProperName(text, match.index + match[0].length)) continue;
    seen.add(term.id);
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ term, text: match[0], explained: text.slice(0, match.index).trimEnd().endsWith('(') });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
