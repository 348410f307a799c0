import { describe, expect, it } from 'vitest';
import {
  currentYear,
  formatPagesBehind,
  newestFirst,
  pagesBehind,
  standing,
  startOf,
  yearSlug,
} from '../../../src/lib/contract-years';

const page = (file: string, year: string) => ({ file, title: file, address: `/${file}/`, year });

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

  it('lists only the pages behind the current year, longest behind first', () => {
    const due = pagesBehind([page('b', '2023/24'), page('now', '2026/27'), page('a', '2021/22')], '2026/27');
    expect(due.map((p) => [p.file, p.yearsBehind])).toEqual([
      ['a', 5],
      ['b', 3],
    ]);
  });

  it('formats the build warning, and nothing when every page is current', () => {
    expect(formatPagesBehind(pagesBehind([page('funding', '2021/22')], '2026/27'))).toBe(
      '1 page states rules checked against an older contract year than the current one (2026/27):\n' +
        '  funding (/funding/): checked against 2021/22, not yet against 2026/27',
    );
    expect(formatPagesBehind(pagesBehind([page('funding', '2026/27')], '2026/27'))).toBe('');
  });
});
