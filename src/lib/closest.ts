/**
 * The candidate nearest to `word` by edit distance, if it is close enough to be a typo: at most
 * a third of the longer word's length (at least 1) — `ofers` → `offers`, `idleSecs` → `idleSeconds`.
 * Powers "did you mean" in config errors.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d <= Math.max(1, Math.floor(Math.max(w.length, c.length) / 3)) && d < bestD) (bestD = d), (best = c);
  }
  return best;
}

/** Levenshtein distance, a row at a time: `row[j]` is the distance from the first `i` letters of `a` to the first `j` of `b`. */
function distance(a: string, b: string): number {
  let row = [...Array(b.length + 1).keys()];
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++) next.push(Math.min(row[j + 1]! + 1, next[j]! + 1, row[j]! + +(a[i] != b[j])));
    row = next;
  }
  return row[b.length]!;
}
