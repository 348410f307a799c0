import { emptyState, loadState, serialise, setItem, summarise, type ItemState, type Level, type ToolKind, type ToolState } from '../lib/tool-state';
import { describeProgress, outstandingHeading, recordLine } from '../lib/tool-text';
import { formatDate } from '../lib/dates';

/**
 * Keeps a checklist tool's answers: ticks and notes (ARRS), done dates and notes (induction) or
 * confidence choices (self-check), in this browser only. The list, its controls, the summary and
 * the print record come with the page (src/pages/roles/[role]/[topic]/checklist.astro); this
 * script fills in what was saved, saves each change, and redraws the summary and the record.
 */

type Person = 'linkWorker' | 'trainer';

const settings = document.querySelector<HTMLElement>('[data-tool]');
if (settings) setUp(settings, document.querySelector('main')!);

function setUp(settings: HTMLElement, root: HTMLElement): void {
  const kind = settings.dataset.tool as ToolKind;
  const key = settings.dataset.storageKey!;
  const items = [...root.querySelectorAll<HTMLLIElement>('.hub-checklist li[data-item]')];
  const ids = items.map((li) => li.dataset.item!);
  const text = new Map(items.map((li) => [li.dataset.item!, li.querySelector('[data-item-text]')!.textContent!.trim()]));
  const status = root.querySelector<HTMLElement>('.hub-tool__status')!;
  const notice = root.querySelector<HTMLElement>('[data-tool-notice]')!;
  const summary = root.querySelector<HTMLElement>('[data-tool-summary]')!;
  const cleared = root.querySelector<HTMLElement>('[data-tool-status]')!;
  const printRecord = root.querySelector<HTMLElement>('[data-print-record]')!;
  const help = root.querySelector<HTMLElement>('[data-tool-help]');
  const people = [...root.querySelectorAll<HTMLInputElement>('[data-person]')];

  const storage = openStorage();
  const loaded = loadState(storage.read(key), ids);
  let state: ToolState = loaded.state;
  const notices: string[] = [];
  if (loaded.backup !== undefined) storage.write(`${key}:backup`, loaded.backup);
  if (loaded.notice) {
    notices.push(loaded.notice);
    storage.write(key, serialise(state));
  }
  if (!storage.available) {
    notices.push('This browser is not letting the page save your answers. They will be lost when you leave the page, so print them first.');
  }
  if (notices.length) showNotice(notices);

  for (const li of items) restore(li, state.items[li.dataset.item!] ?? {});
  for (const input of people) input.value = state.people[input.dataset.person as Person] ?? '';
  render();
  // Saved answers are back and changes are saved from here on (tests wait for this).
  settings.dataset.toolReady = '';

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const person = target.dataset.person as Person | undefined;
    if (person) {
      state = { ...state, people: { ...state.people, [person]: target.value || undefined } };
    } else {
      const id = target.closest<HTMLLIElement>('li[data-item]')?.dataset.item;
      if (!id) return;
      state = setItem(state, id, change(target));
      const mirror = target.closest('li')?.querySelector<HTMLElement>('[data-note-print]');
      if (mirror && target.tagName === 'TEXTAREA') mirror.textContent = target.value;
    }
    storage.write(key, serialise(state));
    render();
  });

  root.querySelector('[data-tool-print]')!.addEventListener('click', () => window.print());
  root.querySelector('[data-tool-clear]')!.addEventListener('click', () => {
    if (!window.confirm('Clear all your answers on this list? This cannot be undone.')) return;
    state = emptyState();
    storage.remove(key);
    for (const li of items) restore(li, {});
    for (const input of people) input.value = '';
    showNotice([]);
    render();
    cleared.textContent = 'All answers on this list have been cleared.';
  });
  window.addEventListener('beforeprint', render);

  /** Notices take the place of the note on saving, in the same space (see ToolIntro.astro). */
  function showNotice(lines: string[]): void {
    notice.replaceChildren(...lines.map((n) => Object.assign(document.createElement('p'), { className: 'nhsuk-body-s', textContent: n })));
    notice.hidden = lines.length === 0;
    status.classList.toggle('hub-tool__status--notice', lines.length > 0);
  }

  function render(): void {
    const result = summarise(kind, ids, state);
    const list = document.createElement('ul');
    for (const id of result.outstanding) list.append(Object.assign(document.createElement('li'), { textContent: text.get(id) ?? id }));
    summary.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: describeProgress(kind, result.complete.length, result.total) }),
      ...(result.outstanding.length
        ? [Object.assign(document.createElement('p'), { textContent: outstandingHeading(kind, result.outstanding.length) }), list]
        : []),
    );
    if (help) help.hidden = result.outstanding.length === 0;
    printRecord.textContent = recordLine(kind, settings.dataset.record!, state, formatDate(new Date()));
  }
}

/** What a control's current value means for the item's saved state. */
function change(target: HTMLInputElement | HTMLTextAreaElement): Partial<ItemState> {
  if (target.tagName === 'TEXTAREA') return { note: target.value };
  const input = target as HTMLInputElement;
  if (input.type === 'checkbox') return { checked: input.checked };
  if (input.type === 'date') return { done: input.value || undefined };
  if (input.type === 'radio') return { level: input.value as Level };
  return {};
}

/** Puts an item's saved answer (or nothing) into the controls the page was built with. */
function restore(li: HTMLLIElement, saved: ItemState): void {
  for (const input of li.querySelectorAll<HTMLInputElement>('input')) {
    if (input.type === 'checkbox') input.checked = saved.checked === true;
    else if (input.type === 'radio') input.checked = saved.level === input.value;
    else if (input.type === 'date') input.value = saved.done ?? '';
  }
  for (const area of li.querySelectorAll('textarea')) area.value = saved.note ?? '';
  for (const mirror of li.querySelectorAll('[data-note-print]')) mirror.textContent = saved.note ?? '';
}

/** localStorage, or a stand-in when the browser refuses it (private modes, full quota). */
function openStorage(): { available: boolean; read(k: string): string | null; write(k: string, v: string): void; remove(k: string): void } {
  try {
    const probe = '__bnnsg_probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return {
      available: true,
      read: (k) => localStorage.getItem(k),
      write: (k, v) => {
        try {
          localStorage.setItem(k, v);
        } catch {
          // Quota full: the page still works; the answers stay on screen for printing.
        }
      },
      remove: (k) => localStorage.removeItem(k),
    };
  } catch {
    return { available: false, read: () => null, write: () => undefined, remove: () => undefined };
  }
}
