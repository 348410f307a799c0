// How fast this machine is running right now: the time of a fixed piece of work, and how much of
// the last minute tasks spent waiting for the disk. Build and search times on a shared virtual
// machine change by half from one hour to the next with no change to the site (1 December 2026:
// the same commit built 1,000 pages in 12.8 s at 18:39, and in 15.8 to 20.5 s at 19:10 with the
// JavaScript work as fast); these figures say which runs can be compared.
import { existsSync, readFileSync } from 'node:fs';

/**
 * Milliseconds for a fixed mix of the work a build does (JSON, regular expressions, sorting,
 * string building) on one thread; the median of 5 runs after one to warm up. Lower is faster.
 */
export function referenceMs(): number {
  referenceWork(); // once first, so the figure is not the compiler warming up
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    referenceWork();
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

function referenceWork(): void {
  const items = Array.from({ length: 40_000 }, (_, i) => ({ id: `page-${(i * 7919) % 40_000}`, title: `Topic ${i} for link workers`, n: i }));
  const text = JSON.stringify(items);
  const back = JSON.parse(text) as typeof items;
  const words = text.match(/[A-Za-z]+-?\d*/g) ?? [];
  back.sort((a, b) => a.id.localeCompare(b.id));
  if (back.length !== items.length || words.length === 0) throw new Error('The reference work went wrong');
}

/**
 * Percentage of the last minute in which some task waited for the disk (Linux's pressure stall
 * information), or null where the system does not say.
 */
export function ioWaitPercent(): number | null {
  const file = '/proc/pressure/io';
  if (!existsSync(file)) return null;
  const avg60 = /^some .*\bavg60=([\d.]+)/m.exec(readFileSync(file, 'utf8'))?.[1];
  return avg60 === undefined ? null : Number(avg60);
}
