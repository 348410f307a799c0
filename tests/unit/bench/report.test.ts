import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  buildBudgets,
  category,
  checkBudgets,
  median,
  pair,
  parseTimeV,
  summarise,
  table,
  weightGrowth,
  type PageWeight,
  type Resource,
} from '../../../tests/bench/report';

const res = (url: string, cat: Resource['category'], bytes: number, gzipBytes: number): Resource => ({
  url: `http://127.0.0.1:1234${url}`,
  category: cat,
  bytes,
  gzipBytes,
});

/** A page with the given HTML+CSS+JS gzip size and script bytes. */
function page(path: string, criticalGzip: number, js = 0): PageWeight {
  return summarise(path, 200, [res(path, 'html', criticalGzip * 3, criticalGzip - js), ...(js ? [res('/a.js', 'js', js, js)] : [])], 0);
}

describe('category', () => {
  it('puts each of Chromium’s resource types in a budget bucket', () => {
    expect(['document', 'stylesheet', 'script', 'font', 'image', 'fetch', 'xhr', 'other'].map(category)).toEqual([
      'html', 'css', 'js', 'fonts', 'images', 'other', 'other', 'other',
    ]);
  });
});

describe('summarise', () => {
  it('adds bytes by bucket, counts requests and counts HTML+CSS+JS as the critical part', () => {
    const p = summarise(
      '/x/',
      200,
      [res('/x/', 'html', 1000, 300), res('/a.css', 'css', 5000, 1000), res('/i.svg', 'images', 400, 250), res('/s.js', 'js', 200, 100)],
      50,
    );
    expect(p.requests).toBe(4);
    expect(p.byCategory.css).toEqual({ raw: 5000, gzip: 1000 });
    expect(p.total).toEqual({ raw: 6600, gzip: 1650 });
    expect(p.critical).toEqual({ raw: 6200, gzip: 1400 });
    expect(p.jsBeforeInteraction).toBe(250); // the script file and the inline script
    expect(p.resources.map((r) => r.url)).toEqual(['/x/', '/a.css', '/i.svg', '/s.js']);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('parseTimeV', () => {
  it('reads peak memory and wall time from GNU time -v', () => {
    const text = [
      '\tCommand being timed: "astro build"',
      '\tUser time (seconds): 4.94',
      '\tSystem time (seconds): 1.47',
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:06.96',
      '\tMaximum resident set size (kbytes): 681984',
    ].join('\n');
    expect(parseTimeV(text)).toEqual({ maxRssKb: 681984, wallSeconds: 6.96, cpuSeconds: 4.94 + 1.47 });
    expect(parseTimeV(text.replace('0:06.96', '1:02:03')).wallSeconds).toBe(3723);
  });

  it('says so when the text is something else', () => {
    expect(() => parseTimeV('time: command not found')).toThrow(/Not a report of time -v/);
  });
});

describe('weightGrowth', () => {
  it('finds the page that grew most, matched by address', () => {
    const growth = weightGrowth([page('/a/', 10_000), page('/b/', 10_000)], [page('/a/', 10_500), page('/b/', 12_000)]);
    expect(growth).toMatchObject({ path: '/b/', from: 10_000, to: 12_000 });
    expect(growth!.ratio).toBeCloseTo(1.2);
    expect(weightGrowth([page('/a/', 1)], [page('/z/', 1)])).toBeNull();
  });
});

describe('checkBudgets', () => {
  const fast = { cold: { medianMs: 30, worstMs: 60 }, warm: { medianMs: 20, worstMs: 40 } };
  const search = { real: fast, atThousand: null };

  it('passes a home page 10% heavier at 100 roles, and Lighthouse 100 in every category', () => {
    const results = checkBudgets({
      contentPages: [page('/', 9_000)],
      topicPagesReal: [page('/t/', 13_000)],
      topicPagesAtThousand: null,
      thousandBuild: null,
      starlightBuild: null,
      search,
      homeReal: page('/', 10_000),
      homeAtThousand: page('/', 11_000),
      lighthouse: [{ path: '/', form: 'desktop', scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } }],
    });
    expect(results.slice(7).map((r) => [r.name, r.pass, r.actual])).toEqual([
      ['Home page weight, 1 -> 100 roles', true, '+10.0% (10.0 KB -> 11.0 KB)'],
      ['Lighthouse, each kind of page, mobile and desktop', true, '100 x4 on all 1 runs'],
    ]);
  });

  it('passes a light site and reports what was not measured', () => {
    const results = checkBudgets({
      contentPages: [page('/', 6_000), page('/t/', 9_500)],
      topicPagesReal: [page('/t/', 13_000)],
      topicPagesAtThousand: null,
      thousandBuild: null,
      starlightBuild: null,
      search,
    });
    expect(results.map((r) => r.pass)).toEqual([true, true, null, null, null, null, null, null, null]);
    expect(results[0]!.actual).toContain('/t/');
    expect(results[5]!.actual).toBe('not measured (real site: worst 60 ms, median 30 ms)');
  });

  it('fails each budget just past its limit', () => {
    const results = checkBudgets({
      contentPages: [page('/t/', 14_001), page('/s/', 5_000, 10)],
      topicPagesReal: [page('/t/', 10_000)],
      topicPagesAtThousand: [page('/t/', 11_001)],
      thousandBuild: { wallMs: 22_001, peakBytes: 1_100_000_001 },
      starlightBuild: { wallMs: 20_000, peakBytes: 1_000_000_000 },
      search: { real: fast, atThousand: { cold: { medianMs: 50, worstMs: 101 }, warm: { medianMs: 50, worstMs: 101 } } },
      homeReal: page('/', 10_000),
      homeAtThousand: page('/', 11_001),
      lighthouse: [{ path: '/', form: 'mobile', scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 } }],
    });
    expect(results.map((r) => r.pass)).toEqual([false, false, false, false, false, false, false, false, false]);
    expect(results[7]!.actual).toBe('+10.0% (10.0 KB -> 11.0 KB)');
    expect(results[8]!.actual).toBe('below: / mobile performance 99');
    expect(results[1]!.actual).toBe('/s/: 10 B');
  });

  it('passes each budget at its limit', () => {
    const results = checkBudgets({
      contentPages: [page('/t/', 14_000)],
      topicPagesReal: [page('/t/', 10_000)],
      topicPagesAtThousand: [page('/t/', 11_000)],
      thousandBuild: { wallMs: 22_000, peakBytes: 1_100_000_000 },
      starlightBuild: { wallMs: 20_000, peakBytes: 1_000_000_000 },
      search: { real: fast, atThousand: { cold: { medianMs: 50, worstMs: 100 }, warm: { medianMs: 50, worstMs: 100 } } },
    });
    expect(results.map((r) => r.pass)).toEqual([true, true, true, true, true, true, true, null, null]);
  });

  it('judges search at 1,000 pages cold and warm apart, showing the real site beside it', () => {
    const results = checkBudgets({
      contentPages: [page('/t/', 9_000)],
      topicPagesReal: [page('/t/', 9_000)],
      topicPagesAtThousand: null,
      thousandBuild: null,
      starlightBuild: null,
      search: { real: fast, atThousand: { cold: { medianMs: 70, worstMs: 140 }, warm: { medianMs: 30, worstMs: 90 } } },
    });
    expect(results.slice(5, 7).map((r) => [r.name, r.pass, r.actual])).toEqual([
      ['Search at 1,000 pages, first query on a fresh page (worst)', false, 'worst 140 ms, median 70 ms (real site: worst 60 ms, median 30 ms)'],
      ['Search at 1,000 pages, later queries (worst)', true, 'worst 90 ms, median 30 ms (real site: worst 40 ms, median 20 ms)'],
    ]);
  });
});

describe('buildBudgets', () => {
  const starlight = { wallMs: 24_000, peakBytes: 1_360_000_000 };

  it('is 1.1 times Starlight’s time and memory (issue #17), and 14 KB for a content page', () => {
    expect(BUDGETS.buildVsStarlight).toBe(1.1);
    expect(BUDGETS.contentPageGzipBytes).toBe(14_000);
  });

  it('passes a build faster and lighter than Starlight’s, showing both figures and the ratio', () => {
    expect(buildBudgets({ wallMs: 16_800, peakBytes: 1_200_000_000 }, starlight)).toEqual([
      { name: '1,000-page build time', limit: '<= 1.1 x Starlight\'s', actual: 'ours 16.8 s, Starlight 24.0 s, ratio 0.70', pass: true },
      { name: '1,000-page build peak memory', limit: '<= 1.1 x Starlight\'s', actual: 'ours 1.20 GB, Starlight 1.36 GB, ratio 0.88', pass: true },
    ]);
  });

  it('passes up to 1.1 times Starlight’s and fails time and memory apart past it', () => {
    const atLimit = buildBudgets({ wallMs: 26_400, peakBytes: 1_496_000_000 }, starlight);
    expect(atLimit.map((b) => [b.pass, b.actual])).toEqual([
      [true, 'ours 26.4 s, Starlight 24.0 s, ratio 1.10'],
      [true, 'ours 1.50 GB, Starlight 1.36 GB, ratio 1.10'],
    ]);
    expect(buildBudgets({ wallMs: 26_401, peakBytes: 1_000_000_000 }, starlight).map((b) => b.pass)).toEqual([false, true]);
    expect(buildBudgets({ wallMs: 16_000, peakBytes: 1_496_000_001 }, starlight).map((b) => b.pass)).toEqual([true, false]);
  });

  it('judges nothing when either build was not measured', () => {
    for (const [ours, theirs] of [[null, starlight], [starlight, null], [null, null]] as const) {
      expect(buildBudgets(ours, theirs).map((b) => [b.pass, b.actual])).toEqual([
        [null, 'not measured'],
        [null, 'not measured'],
      ]);
    }
  });
});

describe('table and cells', () => {
  it('pads columns, right-aligning figures', () => {
    expect(table(['Page', 'Size'], [['Home', '1.5 KB'], ['Sources', '12.0 KB']]).split('\n')).toEqual([
      'Page     Size',
      '-------  -------',
      'Home      1.5 KB',
      'Sources  12.0 KB',
    ]);
  });

  it('writes raw / gzip in KB, or a dash for nothing', () => {
    expect(pair({ raw: 51_848, gzip: 7_971 })).toBe('51.8 / 8.0');
    expect(pair({ raw: 0, gzip: 0 })).toBe('-');
  });
});
