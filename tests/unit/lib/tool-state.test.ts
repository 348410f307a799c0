import { describe, expect, it } from 'vitest';
import { emptyState, loadState, serialise, setItem, storageKey, summarise } from '../../../src/lib/tool-state';

const ids = ['take-referrals', 'assess-needs', 'plan'];

describe('loadState', () => {
  it('starts empty, without a notice, when nothing was saved', () => {
    expect(loadState(null, ids)).toEqual({ state: emptyState() });
  });

  it('reads back what it saved', () => {
    let state = setItem(emptyState(), 'plan', { checked: true, note: 'In the JD, section 3' });
    state = { ...state, people: { linkWorker: 'A. Person' } };
    expect(loadState(serialise(state), ids)).toEqual({ state });
  });

  it('resets unreadable data with a notice and keeps a copy', () => {
    const loaded = loadState('{"version":1,"items":{', ids);
    expect(loaded.state).toEqual(emptyState());
    expect(loaded.notice).toBe(
      'Your saved answers for this list could not be read, so the list has started again. A copy of the old data is kept in this browser.',
    );
    expect(loaded.backup).toBe('{"version":1,"items":{');
  });

  it('resets data of the wrong shape or an older version, saying which', () => {
    expect(loadState('[1,2,3]', ids).notice).toMatch(/could not be read/);
    expect(loadState('{"version":0,"items":{}}', ids).notice).toMatch(/^Your saved answers were from an older version of this list/);
  });

  it('keeps every answer it can still read and says how many it dropped', () => {
    const raw = JSON.stringify({
      version: 1,
      items: {
        'take-referrals': { checked: true },
        'assess-needs': { checked: 'yes' },
        'removed-item': { checked: true },
        plan: { done: '2026-11-23', note: 'Met the clinical director' },
      },
    });
    const loaded = loadState(raw, ids);
    expect(loaded.state.items).toEqual({
      'take-referrals': { checked: true },
      plan: { done: '2026-11-23', note: 'Met the clinical director' },
    });
    expect(loaded.notice).toBe(
      '2 saved answers could not be used (the list may have changed since you saved) and were removed. Everything else you saved is below.',
    );
    expect(loaded.backup).toBe(raw);
  });

  it('rejects a badly formed date and an unknown confidence level', () => {
    const raw = JSON.stringify({ version: 1, items: { plan: { done: '23/11/2026' }, 'assess-needs': { level: 'expert' } } });
    expect(loadState(raw, ids).state.items).toEqual({});
  });
});

describe('setItem', () => {
  it('stores only what the reader filled in, and forgets emptied items', () => {
    let state = setItem(emptyState(), 'plan', { checked: true });
    expect(state.items).toEqual({ plan: { checked: true } });
    state = setItem(state, 'plan', { checked: false, note: '' });
    expect(state.items).toEqual({});
  });
});

describe('summarise', () => {
  const state = {
    ...emptyState(),
    items: {
      'take-referrals': { checked: true, done: '2026-11-01', level: 'confident' as const },
      'assess-needs': { level: 'partly' as const },
    },
  };

  it('counts ticked items for the ARRS checklist', () => {
    expect(summarise('coverage', ids, state)).toEqual({ total: 3, complete: ['take-referrals'], outstanding: ['assess-needs', 'plan'] });
  });

  it('counts dated items for induction, and confident ones for the self-check', () => {
    expect(summarise('sign-off', ids, state).complete).toEqual(['take-referrals']);
    expect(summarise('self-check', ids, state).outstanding).toEqual(['assess-needs', 'plan']);
  });
});

describe('storageKey', () => {
  it('is versioned and names the tool and page', () => {
    expect(storageKey('coverage', 'social-prescribing-link-worker/arrs-requirements')).toBe(
      'bnnsg-training-hub:coverage:social-prescribing-link-worker/arrs-requirements:v1',
    );
  });
});
