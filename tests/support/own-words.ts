/**
 * Finds runs of words a page shares with another text (the hub's earlier page), so the site
 * says things in its own words. Pure string work; the test over the built pages uses it.
 */

/** Lower-case words with punctuation dropped: "‘What matters’ to them," → what matters to them. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Every run of at least `length` words that appears in both texts, longest first, each as a
 * phrase. Overlapping windows are joined, so a copied sentence is reported once, whole.
 */
export function sharedRuns(text: string, original: string, length = 12): string[] {
  const theirs = new Set<string>();
  const o = words(original);
  for (let i = 0; i + length <= o.length; i++) theirs.add(o.slice(i, i + length).join(' '));
  const ours = words(text);
  const runs: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + length <= ours.length; i++) {
    if (!theirs.has(ours.slice(i, i + length).join(' '))) continue;
    if (start >= 0 && i <= end) {
      end = i + length;
    } else {
      if (start >= 0) runs.push(ours.slice(start, end).join(' '));
      start = i;
      end = i + length;
    }
  }
  if (start >= 0) runs.push(ours.slice(start, end).join(' '));
  return runs.sort((a, b) => b.length - a.length);
}
