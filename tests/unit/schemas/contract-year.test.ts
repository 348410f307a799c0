import { describe, expect, it } from 'vitest';
import { contractYearSchema } from '../../../src/schemas/contract-year';
import { contractYear } from '../fixtures';

function problems(input: unknown): string[] {
  const result = contractYearSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('contract years', () => {
  it('accepts a verified year with its address and changes', () => {
    expect(problems(contractYear())).toEqual([]);
    expect(contractYearSchema.parse(contractYear()).current).toBe(false);
  });

  it('accepts a year known only from reports, with no address, when notes say why and who', () => {
    expect(
      problems(
        contractYear({
          address: null,
          addressNote: 'Seen only in reports.',
          status: 'secondary',
          note: 'Reported by Pulse.',
          published: undefined,
          current: true,
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a year that is not written like 2026/27, or whose parts do not follow on', () => {
    expect(problems(contractYear({ year: '2026-27' }))).toEqual(['year: must be a contract year like "2026/27"']);
    expect(problems(contractYear({ year: '2026/28' }))).toEqual([
      'year: "2026/28" is not a contract year: the second part must be the year after the first, like "2026/27"',
    ]);
    expect(problems(contractYear({ year: 2026 }))).toEqual(['year: must be a contract year in quotes, like "2026/27"']);
  });

  it('asks why there is no address, and who reported a year that was not verified', () => {
    expect(problems(contractYear({ address: null, status: 'secondary' }))).toEqual([
      'addressNote: is missing: the address is null, so say why (for example, no published copy was found)',
      'note: is missing: a secondary contract year needs a note saying who reported it or what could not be checked',
    ]);
  });

  it('refuses an address that is not https', () => {
    expect(problems(contractYear({ address: 'http://www.england.nhs.uk/' }))).toEqual([
      'address: must be a full https:// address, or null with an addressNote saying why',
    ]);
  });

  it('lists the statuses an editor may use', () => {
    expect(problems(contractYear({ status: 'checked' }))).toEqual([
      'status: "checked" is not a known status. Use one of: verified, secondary, unconfirmed',
    ]);
  });

  it('needs at least one change, each with text and a source id', () => {
    expect(problems(contractYear({ changes: [] }))).toEqual(['changes: needs at least one change, each with text and source']);
    expect(problems(contractYear({ changes: undefined }))).toEqual([
      'changes: is missing: list what changed that year, each with text and source',
    ]);
    expect(problems(contractYear({ changes: [{ text: 'Short', source: 'Pulse 2026' }] }))).toEqual([
      'changes.0.text: is too short: say in a sentence what changed',
      'changes.0.source: must be lower-case letters, digits and single hyphens, like "lone-working"',
    ]);
  });

  it('takes current as true or false only', () => {
    expect(problems(contractYear({ current: 'yes' }))).toEqual(['current: must be true or false (or left out)']);
  });
});
