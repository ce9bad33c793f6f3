/**
 * How many typing mistakes a word may carry and still count as another word.
 * Short words must be exact: one changed letter turns "south" into "youth"
 * and "army" into "arms". Longer words are distinctive enough to forgive
 * one mistake from six letters and two from nine ("adolesent", "partial
 * hospitilization").
 */
export function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}

/**
 * Whether `a` can be turned into `b` with at most `max` single-letter edits
 * (insert, delete, replace, or swap two neighbours). Whole words only: this is
 * what keeps "eating" from matching inside "betting", which a substring
 * matcher such as Fuse's Bitap allows.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > max) return false;
  if (max === 0) return false;
  return editDistance(a, b, max) <= max;
}

/** Optimal string alignment distance, abandoned as soon as it must exceed `max` (returns max + 1). */
export function editDistance(a: string, b: string, max: number): number {
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}
