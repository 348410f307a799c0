import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../src/lib/latest-only';

/** A task whose runs finish when the test says so, recording what each run saw. */
function controlledTask() {
  const runs: { n: number; finish: () => void; staleAtEnd?: boolean }[] = [];
  let n = 0;
  const task = (stale: () => boolean) =>
    new Promise<void>((resolve) => {
      const run: (typeof runs)[number] = { n: ++n, finish: () => ((run.staleAtEnd = stale()), resolve()) };
      runs.push(run);
    });
  return { runs, task };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('latestOnly', () => {
  it('runs a request at once when nothing is running', async () => {
    const { runs, task } = controlledTask();
    const request = latestOnly(task);
    const done = request();
    await settle();
    expect(runs).toHaveLength(1);
    runs[0]!.finish();
    await done;
    expect(runs[0]!.staleAtEnd).toBe(false);
  });

  it('runs only the newest of the requests made during a run, after it', async () => {
    const { runs, task } = controlledTask();
    const request = latestOnly(task);
    const done = request();
    await settle();
    request();
    request();
    request();
    await settle();
    expect(runs).toHaveLength(1); // no second search while the first is going
    runs[0]!.finish();
    await settle();
    expect(runs).toHaveLength(2); // the 3 later requests make one run
    runs[1]!.finish();
    await done;
    expect(runs.map((r) => r.staleAtEnd)).toEqual([true, false]);
  });

  it('tells a run it is stale as soon as a newer request comes', async () => {
    const seen: boolean[] = [];
    let later: () => void = () => {};
    const request = latestOnly(async (stale) => {
      seen.push(stale());
      if (seen.length === 1) {
        later();
        seen.push(stale());
      }
    });
    later = () => void request();
    await request();
    expect(seen).toEqual([false, true, false]);
  });

  it('starts again after an error, and passes the error on', async () => {
    let fail = true;
    let runs = 0;
    const request = latestOnly(async () => {
      runs++;
      if (fail) throw new Error('Pagefind did not load');
    });
    await expect(request()).rejects.toThrow('Pagefind did not load');
    fail = false;
    await expect(request()).resolves.toBeUndefined();
    expect(runs).toBe(2);
  });
});

describe('latestOnly, overtaken', () => {
  it('resolves `overtaken` when a newer request comes, so a run can stop waiting', async () => {
    const order: string[] = [];
    const never = new Promise<void>(() => {});
    let first = true;
    const request = latestOnly(async (_stale, overtaken) => {
      if (!first) return void order.push('second run');
      first = false;
      await Promise.race([never, overtaken]); // a download that will not finish
      order.push('first run gave up');
    });
    const done = request();
    await settle();
    request();
    await done;
    expect(order).toEqual(['first run gave up', 'second run']);
  });
});
