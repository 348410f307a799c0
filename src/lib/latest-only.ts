/**
 * Runs `task` for the newest request only. Search answers as the reader types, but Pagefind
 * runs one search at a time: starting one per keystroke would queue them, and the answer to
 * the last key would wait behind searches for words nobody wants any more. So while a run is
 * in progress, requests only count; when it ends, the newest of them runs, once.
 *
 * A run learns that a newer request has come from `stale()`, so it can stop before doing more
 * work, and from `overtaken`, which resolves at that moment: a run waiting on something slow
 * whose result it would drop anyway (such as downloads) can race it against `overtaken` and
 * return, letting the newer run start at once.
 *
 * The returned function resolves when every requested run has finished (or one has thrown).
 */
export function latestOnly(task: (stale: () => boolean, overtaken: Promise<void>) => Promise<void>): () => Promise<void> {
  let requested = 0;
  let running: Promise<void> | undefined;
  let overtake: (() => void) | undefined;
  return () => {
    requested++;
    overtake?.();
    running ??= (async () => {
      await Promise.resolve(); // so a request made from inside `task` finds this run already under way
      try {
        for (let ran = 0; ran < requested; ) {
          const ticket = (ran = requested);
          const overtaken = new Promise<void>((resolve) => (overtake = resolve));
          await task(() => ticket !== requested, overtaken);
        }
      } finally {
        running = undefined;
        overtake = undefined;
      }
    })();
    return running;
  };
}
