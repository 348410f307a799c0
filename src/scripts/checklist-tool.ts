import {
  LEVELS,
  emptyState,
  loadState,
  serialise,
  setItem,
  summarise,
  type ItemState,
  type Level,
  type ToolKind,
  type ToolState,
} from '../lib/tool-state';
import { formatDate } from '../lib/dates';

/**
 * Turns a page's plain checklist into a tool: ticks and notes (ARRS), done dates and notes
 * (induction) or confidence choices (self-check), kept in this browser only.
 */

const LEVEL_LABELS: Record<Level, string> = { confident: 'Confident', partly: 'Partly', 'not-yet': 'Not yet' };

// One tool per page: its settings sit on the part drawn before the first group, its items are
// every checklist item on the page, and its summary follows the last group.
const settings = document.querySelector<HTMLElement>('[data-tool]');
if (settings) setUp(settings, document.querySelector('main')!);

function setUp(settings: HTMLElement, root: HTMLElement): void {
  const kind = settings.dataset.tool as ToolKind;
  const key = settings.dataset.storageKey!;
  const items = [...root.querySelectorAll<HTMLLIElement>('.hub-checklist li[data-item]')];
  const ids = items.map((li) => li.dataset.item!);
  const text = new Map(items.map((li) => [li.dataset.item!, li.textContent!.trim()]));
  const notice = root.querySelector<HTMLElement>('[data-tool-notice]')!;
  const summary = root.querySelector<HTMLElement>('[data-tool-summary]')!;
  const status = root.querySelector<HTMLElement>('[data-tool-status]')!;
  const printRecord = root.querySelector<HTMLElement>('[data-print-record]')!;
  const help = root.querySelector<HTMLElement>('[data-tool-help]');

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
  if (notices.length) {
    notice.replaceChildren(...notices.map((n) => Object.assign(document.createElement('p'), { textContent: n })));
    notice.hidden = false;
  }

  for (const li of items) enhance(li, kind, state.items[li.dataset.item!] ?? {});
  for (const input of root.querySelectorAll<HTMLInputElement>('[data-person]')) {
    input.value = state.people[input.dataset.person as 'linkWorker' | 'trainer'] ?? '';
  }
  for (const part of root.querySelectorAll<HTMLElement>('[data-tool-only]')) part.hidden = false;
  render();

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const person = target.dataset.person as 'linkWorker' | 'trainer' | undefined;
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
    for (const li of items) reset(li);
    for (const input of root.querySelectorAll<HTMLInputElement>('[data-person]')) input.value = '';
    notice.hidden = true;
    render();
    status.textContent = 'All answers on this list have been cleared.';
  });
  window.addEventListener('beforeprint', render);

  function render(): void {
    const result = summarise(kind, ids, state);
    const lines = describe(kind, result.complete.length, result.total);
    const list = document.createElement('ul');
    for (const id of result.outstanding) {
      const li = document.createElement('li');
      li.textContent = text.get(id) ?? id;
      list.append(li);
    }
    const heading = document.createElement('p');
    heading.textContent = outstandingHeading(kind, result.outstanding.length);
    summary.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: lines }),
      ...(result.outstanding.length ? [heading, list] : []),
    );
    if (help) help.hidden = result.outstanding.length === 0;
    printRecord.textContent = recordLine(kind, settings.dataset.record!, state);
  }
}

function describe(kind: ToolKind, done: number, total: number): string {
  if (kind === 'coverage') return `${done} of ${total} responsibilities are covered.`;
  if (kind === 'sign-off') return `${done} of ${total} induction items have a date done.`;
  return `You feel confident about ${done} of ${total}.`;
}

function outstandingHeading(kind: ToolKind, count: number): string {
  if (kind === 'coverage') return `Missing (${count}):`;
  if (kind === 'sign-off') return `Still to do (${count}):`;
  return `To work on (${count}):`;
}

function recordLine(kind: ToolKind, record: string, state: ToolState): string {
  const today = formatDate(new Date());
  if (kind === 'sign-off') {
    const who = state.people.linkWorker ? ` for ${state.people.linkWorker}` : '';
    const by = state.people.trainer ? `, with ${state.people.trainer}` : '';
    return `Induction record${who}${by}. ${record} Printed on ${today}.`;
  }
  return `${record} Record made on ${today}.`;
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

function enhance(li: HTMLLIElement, kind: ToolKind, saved: ItemState): void {
  const id = `${kind}-${li.dataset.item}`;
  const itemText = li.textContent!.trim();
  li.replaceChildren();
  li.classList.add('hub-tool__item');

  if (kind === 'coverage') {
    const box = el('div', { className: 'nhsuk-checkboxes__item' });
    const input = el('input', { className: 'nhsuk-checkboxes__input', type: 'checkbox', id, checked: saved.checked === true });
    const label = el('label', { className: 'nhsuk-label nhsuk-checkboxes__label', htmlFor: id, textContent: itemText });
    label.dataset.itemText = '';
    box.append(input, label);
    li.append(el('div', { className: 'nhsuk-checkboxes' }, box));
  } else if (kind === 'sign-off') {
    const textId = `${id}-text`;
    const text = el('p', { className: 'hub-tool__item-text', id: textId, textContent: itemText });
    text.dataset.itemText = '';
    li.append(text);
    const group = el('div', { className: 'nhsuk-form-group hub-tool__inline' });
    const input = el('input', { className: 'nhsuk-input nhsuk-input--width-10', type: 'date', id: `${id}-done`, value: saved.done ?? '' });
    input.setAttribute('aria-describedby', textId);
    group.append(el('label', { className: 'nhsuk-label', htmlFor: `${id}-done`, textContent: 'Date done' }), input);
    li.append(group);
  } else {
    const fieldset = el('fieldset', { className: 'nhsuk-fieldset' });
    const legend = el('legend', { className: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s', textContent: itemText });
    legend.dataset.itemText = '';
    fieldset.append(legend);
    const radios = el('div', { className: 'nhsuk-radios nhsuk-radios--inline nhsuk-radios--small' });
    for (const level of LEVELS) {
      const rid = `${id}-${level}`;
      const item = el('div', { className: 'nhsuk-radios__item' });
      item.append(
        el('input', { className: 'nhsuk-radios__input', type: 'radio', name: id, id: rid, value: level, checked: saved.level === level }),
        el('label', { className: 'nhsuk-label nhsuk-radios__label', htmlFor: rid, textContent: LEVEL_LABELS[level] }),
      );
      radios.append(item);
    }
    fieldset.append(radios);
    li.append(fieldset);
  }

  if (kind !== 'self-check') {
    const noteId = `${id}-note`;
    const details = el('div', { className: 'nhsuk-form-group hub-tool__note' });
    const textarea = el('textarea', { className: 'nhsuk-textarea', id: noteId, rows: 2, value: saved.note ?? '' });
    const label = el('label', { className: 'nhsuk-label', htmlFor: noteId });
    label.append('Notes', el('span', { className: 'nhsuk-u-visually-hidden', textContent: `: ${itemText}` }), ' (optional)');
    details.append(label, textarea);
    li.append(details, el('p', { className: 'hub-print-only hub-tool__note-print', textContent: saved.note ?? '' }));
    li.lastElementChild!.setAttribute('data-note-print', '');
  }
}

function reset(li: HTMLLIElement): void {
  for (const input of li.querySelectorAll<HTMLInputElement>('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = false;
    else input.value = '';
  }
  for (const area of li.querySelectorAll('textarea')) area.value = '';
  for (const mirror of li.querySelectorAll('[data-note-print]')) mirror.textContent = '';
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
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
