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

/** Levenshtein distance, one row of memory. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
