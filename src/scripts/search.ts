import { latestOnly } from '../lib/latest-only';
import { meaningfulTerms, mergeByTermsMatched } from '../lib/search-query';
import { suggestQuery } from '../lib/did-you-mean';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, opts?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
/**
 * Results drawn first: about a screenful (as Pagefind's own interface does). Each needs a file
 * of its own from the index, so the rest are fetched after these are shown.
 */
const FIRST_SCREEN = 5;
/** A pause in typing longer than this (a keystroke every 50 to 300 ms is usual) fetches the rest. */
const REST_AFTER_MS = 200;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const suggestions = document.querySelector<HTMLElement>('#search-suggestions')!;
const suggestionsTemplate = document.querySelector<HTMLTemplateElement>('#search-suggestions-template')!;
const filterCount = document.querySelector<HTMLElement>('#search-filter-count')!;

/** Where the site is served from: the index and the word list are there too (any base path). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // Loaded from the built site at run time; the path is not a module Vite should bundle. Under a
  // base path Pagefind adds the base to each result's address.
  const path = `${base}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    // A match in a page's searchTerms (indexed as `keywords`) counts as much as one in its
    // title: readers' own words are as good a sign of the right page as the page's heading.
    await pf.options({ excerptLength: 30, baseUrl: base, ranking: { metaWeights: { keywords: 5 } } });
    // Starts Pagefind's worker, WebAssembly and index metadata now, not with the first search.
    await pf.init();
    return pf;
  });
  return pagefind;
}

function selectedFilters(): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of ['audience', 'topic']) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((c) => c.value);
    if (values.length) filters[name] = { any: values };
  }
  return filters;
}

/**
 * One search at a time, for the newest query only (see latestOnly): a search overtaken by a
 * keystroke does not draw its results, and the next one starts.
 */
const search = latestOnly(async (stale, overtaken) => {
  const query = input.value.trim();
  if (!query) {
    list.removeAttribute('aria-busy');
    list.replaceChildren();
    suggestions.replaceChildren();
    status.textContent = 'Type a word or a question to search the hub.';
    return;
  }
  const terms = meaningfulTerms(query);
  const filters = selectedFilters();
  const key = JSON.stringify([terms, filters]);
  let found = answers.get(key);
  if (!found) {
    const pf = await loadPagefind();
    if (stale()) return;
    let results = (await pf.search(terms.join(' '), { filters }))?.results ?? [];
    let partial = false;
    if (results.length === 0 && terms.length > 1) {
      if (stale()) return;
      const each = await Promise.all(terms.map((t) => pf.search(t, { filters })));
      results = mergeByTermsMatched(each.map((r) => r?.results ?? []));
      partial = results.length > 0;
    }
    found = { wanted: results.slice(0, MAX_RESULTS), partial };
    remember(key, found);
  }
  const { wanted, partial } = found;
  if (stale()) {
    // The next keystroke's query most often has the same first results: fetch their text now.
    for (const result of wanted.slice(0, FIRST_SCREEN)) result.data().catch(() => {});
    return;
  }
  // Pagefind loads a result's text (title, address, excerpt) only when asked, one file per
  // result: ask for a screenful first, and draw it, then for the rest, added below it. A newer
  // keystroke does not wait for these downloads.
  const first = await Promise.race([Promise.all(wanted.slice(0, FIRST_SCREEN).map((r) => r.data())), overtaken]);
  if (!first || stale()) return;
  const more = wanted.slice(FIRST_SCREEN);
  list.toggleAttribute('aria-busy', more.length > 0);
  // Nothing found: perhaps a typo Pagefind cannot see past ("suprevision"); offer the nearest words.
  const suggestion = wanted.length === 0 ? await suggestionFor(terms) : undefined;
  if (stale()) return;
  list.replaceChildren(...first.map(resultItem));
  showSuggestions(wanted.length === 0, filters.audience?.any ?? [], suggestion);
  status.textContent = describe(wanted.length, query, partial, suggestion);
  if (more.length) void addRest(more, stale);
});

/** After the first screen, the rest: when typing pauses, so they do not hold up the next search. */
async function addRest(more: PagefindResult[], stale: () => boolean): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, REST_AFTER_MS));
  if (stale()) return;
  const rest = await Promise.all(more.map((r) => r.data()));
  if (stale()) return;
  list.append(...rest.map(resultItem));
  list.removeAttribute('aria-busy');
}

/**
 * Recent answers, by query and filters, so deleting a letter or searching again is instant.
 * Only the results that can be shown are kept, and only the last few answers.
 */
const answers = new Map<string, { wanted: PagefindResult[]; partial: boolean }>();
function remember(key: string, found: { wanted: PagefindResult[]; partial: boolean }): void {
  answers.set(key, found);
  if (answers.size > 200) answers.delete(answers.keys().next().value!); // the oldest
}

/** The address follows every change, so a shared or reloaded link shows the same search. */
function changed(): void {
  syncAddress(input.value.trim());
  void search();
}

/**
 * Nothing found: a search for the nearest words, when there are some, then the topics for the
 * ticked readers, or every reader's journey.
 */
function showSuggestions(show: boolean, audiences: string[], suggestion: string | undefined): void {
  if (!show) return suggestions.replaceChildren();
  const offered = suggestionsTemplate.content.cloneNode(true) as DocumentFragment;
  for (const section of offered.querySelectorAll<HTMLElement>('[data-audience]')) {
    if (audiences.length > 0 && !audiences.includes(section.dataset.audience!)) section.remove();
  }
  if (suggestion) {
    const p = document.createElement('p');
    p.className = 'nhsuk-body';
    p.id = 'search-did-you-mean';
    const link = document.createElement('a');
    const params = new URLSearchParams(location.search);
    params.set('q', suggestion);
    link.href = `?${params}`;
    link.textContent = `Search for “${suggestion}”`;
    p.append(link);
    offered.prepend(p);
  }
  suggestions.replaceChildren(offered);
}

/**
 * The guidance's words, fetched the first time a search finds nothing (none if that fails). The
 * matching code is in this script: loading it apart would add Vite's 1.7 KB preload helper.
 */
let words: Promise<string[]> | undefined;
async function suggestionFor(terms: string[]): Promise<string | undefined> {
  // Written by src/pages/search-words.json.ts.
  words ??= fetch(`${base}search-words.json`)
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : []))
    .then((list) => (Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : []))
    .catch(() => []);
  return suggestQuery(terms, await words);
}

function describe(count: number, query: string, partial: boolean, suggestion?: string): string {
  if (count === 0 && suggestion) return `No pages found for “${query}”. Did you mean “${suggestion}”?`;
  if (count === 0) return `No pages found for “${query}”. Try other words, or start from the topics below.`;
  const pages = count === 1 ? '1 page' : `${count} pages`;
  return partial
    ? `No page has all of your words. ${pages} with some of them:`
    : `${pages} found for “${query}”.`;
}

function resultItem(data: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'nhsuk-heading-s nhsuk-u-margin-bottom-2';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'nhsuk-body-s nhsuk-u-margin-bottom-0';
  // Pagefind's excerpt is escaped text from our own pages with <mark> around matched words.
  excerpt.innerHTML = data.excerpt;
  li.append(heading, excerpt);
  return li;
}

function syncAddress(query: string): void {
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  if (!query) params.delete('q');
  const next = params.size ? `?${params}` : location.pathname;
  history.replaceState(null, '', next);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  changed();
});
input.addEventListener('input', changed);
form.addEventListener('change', (event) => {
  if (!(event.target as HTMLElement).matches('input[type="checkbox"]')) return;
  countFilters();
  changed();
});
// A reader heading for the field is about to search: load Pagefind while they type.
form.addEventListener('focusin', () => void loadPagefind(), { once: true });

/** The collapsed filters say how many are ticked, so a reader knows results are narrowed. */
function countFilters(): void {
  const ticked = form.querySelectorAll('input[type="checkbox"]:checked').length;
  filterCount.textContent = ticked ? ` (${ticked} ticked)` : '';
}

// Arriving from the header's form (or a shared link): start from the address's query.
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
  box.checked = params.getAll(box.name).includes(box.value);
}
countFilters();
changed();
