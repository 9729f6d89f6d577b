// Figures the browser benchmarks print: medians with their spread, and a markdown table.

const sorted = (xs) => xs.filter(Number.isFinite).sort((p, q) => p - q);

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return !s.length ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(xs, p) {
  const s = sorted(xs);
  return s.length ? s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}

export const fixed = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** "median [min…max]", or "–" when nothing was measured. */
export function spread(xs, d = 0) {
  const s = sorted(xs);
  return s.length ? `${fixed(median(s), d)} [${fixed(s[0], d)}…${fixed(s[s.length - 1], d)}]` : '–';
}

/** A markdown table, the first column left-aligned and the others right-aligned. */
export function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join(' | ') + ' |';
  return [line(head), '|' + w.map((n, i) => (i ? '-'.repeat(n + 1) + ':' : '-'.repeat(n + 2))).join('|') + '|', ...rows.map(line)].join('\n');
}
