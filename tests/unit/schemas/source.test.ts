import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/schemas/source';
import { glossarySchema } from '../../../src/schemas/glossary';
import { roleSchema } from '../../../src/schemas/role';
import { supervisionSource } from '../fixtures';

function problems(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const verified = supervisionSource;

describe('sources', () => {
  it('accepts a verified source with its address', () => {
    expect(problems(sourceSchema, verified)).toEqual([]);
  });

  it('accepts an unconfirmed source with no address when it says why', () => {
    expect(
      problems(sourceSchema, { ...verified, address: null, verification: 'unconfirmed', note: 'No published copy found.' }),
    ).toEqual([]);
  });

  it('refuses a verified source without an address unless a note says why', () => {
    expect(problems(sourceSchema, { ...verified, address: null })).toEqual([
      'address: is null, but verification is "verified": give the address it was seen at, or a note saying why there is none',
    ]);
    expect(problems(sourceSchema, { ...verified, address: null, note: 'Checked; the address was not recorded.' })).toEqual([]);
  });

  it('refuses an address that is not https', () => {
    expect(problems(sourceSchema, { ...verified, address: 'http://www.england.nhs.uk/' })).toEqual([
      'address: must be a full https:// address, or null if none was found',
    ]);
  });

  it('asks for a note on any source that is not verified', () => {
    expect(problems(sourceSchema, { ...verified, verification: 'secondary' })).toEqual([
      'note: is missing: a secondary source needs a note saying what could not be checked',
    ]);
  });

  it('records when a source was last seen, as a day', () => {
    expect(problems(sourceSchema, { ...verified, accessed: '2026-12-01' })).toEqual([]);
    expect(sourceSchema.parse({ ...verified, accessed: new Date('2026-12-01') }).accessed).toEqual(new Date('2026-12-01'));
    expect(sourceSchema.parse({ ...verified, accessed: '2026-12-01' }).accessed).toEqual(new Date('2026-12-01'));
    expect(sourceSchema.parse(verified).accessed).toBeUndefined();
  });

  it('refuses a last-seen date that is not a real YYYY-MM-DD day', () => {
    expect(problems(sourceSchema, { ...verified, accessed: '1 Dec 2026' })).toEqual([
      'accessed: "1 Dec 2026" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23',
    ]);
    expect(problems(sourceSchema, { ...verified, accessed: '2026-02-30' })).toEqual([
      'accessed: "2026-02-30" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23',
    ]);
  });

  it('lists the verification values when one is unknown', () => {
    expect(problems(sourceSchema, { ...verified, verification: 'checked' })).toEqual([
      'verification: "checked" is not a known verification. Use one of: verified, secondary, unconfirmed',
    ]);
  });
});

describe('glossary', () => {
  it('accepts a term and rejects one without a definition', () => {
    const term = { id: 'arrs', abbreviation: 'ARRS', expansion: 'Additional Roles Reimbursement Scheme', definition: 'How PCNs are paid back for the staff in additional roles.' };
    expect(problems(glossarySchema, term)).toEqual([]);
    expect(problems(glossarySchema, { ...term, definition: '' })).toEqual(['definition: needs a plain definition of a sentence or more']);
  });
});

describe('roles', () => {
  it('accepts a role and rejects an over-long summary', () => {
    const role = { name: 'Social prescribing link worker', abbreviation: 'SPLW', summary: 'A non-clinical role in primary care.' };
    expect(problems(roleSchema, role)).toEqual([]);
    expect(problems(roleSchema, { ...role, summary: 'x'.repeat(201) })).toEqual(['summary: is too long: keep it to 200 characters']);
  });
});
