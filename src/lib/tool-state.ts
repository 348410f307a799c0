import * as z from 'zod/mini';

/**
 * What a checklist tool keeps in the reader's browser, and how it is read back. Saved data is
 * never trusted: it may be from an older version of the list, edited by hand, or cut short.
 * Whatever can still be read is kept; the rest is dropped, and the reader is told.
 */

/** Bump when the saved shape changes; older data is then reset with a notice. */
export const STATE_VERSION = 1;

export const LEVELS = ['confident', 'partly', 'not-yet'] as const;
export type Level = (typeof LEVELS)[number];

const itemSchema = z.strictObject({
  checked: z.optional(z.boolean()),
  note: z.optional(z.string().check(z.maxLength(5000))),
  /** The date an induction item was done, YYYY-MM-DD as a date input gives it. */
  done: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  level: z.optional(z.enum(LEVELS)),
});
export type ItemState = z.infer<typeof itemSchema>;

const peopleSchema = z.strictObject({
  linkWorker: z.optional(z.string().check(z.maxLength(200))),
  trainer: z.optional(z.string().check(z.maxLength(200))),
});

const savedSchema = z.object({
  version: z.number(),
  items: z.record(z.string(), z.unknown()),
  people: z.optional(z.unknown()),
});

export interface ToolState {
  version: typeof STATE_VERSION;
  items: Record<string, ItemState>;
  people: z.infer<typeof peopleSchema>;
}

export interface Loaded {
  state: ToolState;
  /** A sentence for the reader when anything saved could not be used. */
  notice?: string;
  /** The saved text, kept aside when it had to be reset, so nothing is lost for good. */
  backup?: string;
}

export function emptyState(): ToolState {
  return { version: STATE_VERSION, items: {}, people: {} };
}

/** Reads what was saved for a list whose items have `itemIds`. */
export function loadState(raw: string | null, itemIds: readonly string[]): Loaded {
  if (raw === null || raw === '') return { state: emptyState() };

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return reset(raw, 'Your saved answers for this list could not be read, so the list has started again.');
  }
  const saved = savedSchema.safeParse(parsed);
  if (!saved.success) {
    return reset(raw, 'Your saved answers for this list could not be read, so the list has started again.');
  }
  if (saved.data.version !== STATE_VERSION) {
    return reset(raw, 'Your saved answers were from an older version of this list, so the list has started again.');
  }

  const known = new Set(itemIds);
  const state = emptyState();
  let dropped = 0;
  for (const [id, value] of Object.entries(saved.data.items)) {
    const item = itemSchema.safeParse(value);
    if (known.has(id) && item.success) state.items[id] = item.data;
    else dropped += 1;
  }
  const people = peopleSchema.safeParse(saved.data.people ?? {});
  if (people.success) state.people = people.data;
  else dropped += 1;

  if (dropped === 0) return { state };
  const what = dropped === 1 ? '1 saved answer' : `${dropped} saved answers`;
  return {
    state,
    notice: `${what} could not be used (the list may have changed since you saved) and ${dropped === 1 ? 'was' : 'were'} removed. Everything else you saved is below.`,
    backup: raw,
  };
}

function reset(raw: string, notice: string): Loaded {
  return { state: emptyState(), notice: `${notice} A copy of the old data is kept in this browser.`, backup: raw };
}

export function serialise(state: ToolState): string {
  return JSON.stringify(state);
}

/** Drops items with nothing in them, so an untouched item is not stored at all. */
export function setItem(state: ToolState, id: string, change: Partial<ItemState>): ToolState {
  const merged: ItemState = { ...state.items[id], ...change };
  for (const key of Object.keys(merged) as (keyof ItemState)[]) {
    if (merged[key] === undefined || merged[key] === '' || merged[key] === false) delete merged[key];
  }
  const items = { ...state.items };
  if (Object.keys(merged).length) items[id] = merged;
  else delete items[id];
  return { ...state, items };
}

/** The browser storage key for one list: versioned, and distinct per page. */
export function storageKey(tool: string, page: string): string {
  return `bnnsg-training-hub:${tool}:${page}:v${STATE_VERSION}`;
}

export interface Summary {
  total: number;
  /** Items ticked (coverage), dated (sign-off) or rated confident (self-check). */
  complete: string[];
  /** Items not yet done, or rated partly or not yet. */
  outstanding: string[];
}

export type ToolKind = 'coverage' | 'sign-off' | 'self-check';

export function summarise(kind: ToolKind, itemIds: readonly string[], state: ToolState): Summary {
  const isComplete = (item: ItemState | undefined): boolean => {
    if (kind === 'coverage') return item?.checked === true;
    if (kind === 'sign-off') return Boolean(item?.done);
    return item?.level === 'confident';
  };
  const complete = itemIds.filter((id) => isComplete(state.items[id]));
  return { total: itemIds.length, complete, outstanding: itemIds.filter((id) => !complete.includes(id)) };
}
