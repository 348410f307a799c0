import { describe, expect, it } from 'vitest';
import { VERIFICATIONS } from '../../../src/schemas/enums';
import { SOURCE_GROUPS, sourceGroup } from '../../../src/lib/source-groups';

describe('source groups', () => {
  it('give every way of checking a page of its own, with a distinct address', () => {
    expect(SOURCE_GROUPS.map((g) => g.verification).sort()).toEqual([...VERIFICATIONS].sort());
    expect(new Set(SOURCE_GROUPS.map((g) => g.slug)).size).toBe(SOURCE_GROUPS.length);
    for (const g of SOURCE_GROUPS) expect(g.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('find the group for a source from how it was checked', () => {
    expect(sourceGroup('verified').slug).toBe('checked');
    expect(sourceGroup('secondary').slug).toBe('reported');
    expect(sourceGroup('unconfirmed').slug).toBe('to-be-confirmed');
  });

  it('name the way of checking when there is no page for it', () => {
    expect(() => sourceGroup('guessed' as never)).toThrow('No sources page for verification "guessed"');
  });
});
