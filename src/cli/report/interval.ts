/** z for a two-sided 95% interval. */
const Z = 1.959963984540054;

/** Wilson score interval for x successes in n trials. */
export function wilson(x: number, n: number): [number, number] {
  const p = x / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * The difference of two proportions `x1/n1 − x2/n2` with a 95% interval: Newcombe's hybrid score
 * interval (method 10 in Newcombe 1998, "Interval estimation for the difference between
 * independent proportions", Stat Med 17:873), built from the two Wilson intervals. Chosen over
 * Wald because Wald's coverage falls well short of 95% when a rate is near 0 or a group is small
 * — the usual case for a 10% control group and contact rates of a few percent.
 * `null` when either group is empty.
 */
export function differenceInterval(x1: number, n1: number, x2: number, n2: number): { estimate: number; low: number; high: number } | null {
  if (!n1 || !n2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilson(x1, n1);
  const [l2, u2] = wilson(x2, n2);
  const d = p1 - p2;
  return { estimate: d, low: d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), high: d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2) };
}
