import { describe, expect, it } from 'vitest';
import {
  currentYear,
  newestFirst,
  standing,
  startOf,
  yearSlug,
} from '../../../src/lib/contract-years';

describe('contract years', () => {
  it('reads the first calendar year and refuses anything else', () => {
    expect(startOf('2026/27')).toBe(2026);
    expect(() => startOf('2026')).toThrow('"2026" is not a contract year like "2026/27"');
  });

  it('sorts newest first and names the file of a year', () => {
    const years = [{ year: '2019/20' }, { year: '2026/27' }, { year: '2022/23' }];
    expect(newestFirst(years).map((y) => y.year)).toEqual(['2026/27', '2022/23', '2019/20']);
    expect(yearSlug('2026/27')).toBe('2026-27');
  });

  it('finds the one current year, and none when none or several are marked', () => {
    expect(currentYear([{ year: '2025/26', current: false }, { year: '2026/27', current: true }])).toBe('2026/27');
    expect(currentYear([{ year: '2025/26', current: false }])).toBeUndefined();
    expect(currentYear([{ year: '2025/26', current: true }, { year: '2026/27', current: true }])).toBeUndefined();
  });

  it('says whether a page is on the current year or behind it, and by how much', () => {
    expect(standing('2026/27', '2026/27')).toEqual({ kind: 'current', checkedAgainst: '2026/27' });
    expect(standing('2021/22', '2026/27')).toEqual({
      kind: 'behind',
      checkedAgainst: '2021/22',
      current: '2026/27',
      yearsBehind: 5,
    });
  });
});
