import { meaningfulTerms, mergeByTermsMatched } from '../lib/search-query';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  search(term: string, opts?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // Loaded from the built site at run time; the path is not a module Vite should bundle. Under a
  // base path the index is there too, and Pagefind adds the base to each result's address.
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const path = `${base}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 30, baseUrl: base });
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

let latest = 0;
async function run(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  syncAddress(query);
  if (!query) {
    list.replaceChildren();
    status.textContent = 'Type a word or a question to search the hub.';
    return;
  }
  const terms = meaningfulTerms(query);
  const filters = selectedFilters();
  const pf = await loadPagefind();
  let results = (await pf.search(terms.join(' '), { filters }))?.results ?? [];
  let partial = false;
  if (results.length === 0 && terms.length > 1) {
    const each = await Promise.all(terms.map((t) => pf.search(t, { filters })));
    results = mergeByTermsMatched(each.map((r) => r?.results ?? []));
    partial = results.length > 0;
  }
  const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (ticket !== latest) return; // a newer search has started: drop this one
  list.replaceChildren(...shown.map(resultItem));
  status.textContent = describe(shown.length, query, partial);
}

function describe(count: number, query: string, partial: boolean): string {
  if (count === 0) return `No pages found for “${query}”. Try fewer or different words, or clear the filters.`;
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
  void run();
});
input.addEventListener('input', () => void run());
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
});

// Arriving from the header's form (or a shared link): start from the address's query.
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
  box.checked = params.getAll(box.name).includes(box.value);
}
void run();
