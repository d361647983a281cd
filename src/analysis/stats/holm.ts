// Holm's step-down correction (Holm 1979): controls the family-wise error rate under any dependence
// between the tests, which matters here — energy, its components, power and duration are correlated.
// Adjusted p_(i) = max_{j <= i} min(1, (m - j + 1) p_(j)) over the p-values sorted ascending.

/** Holm-adjusted p-values, in the input order. */
export function holm(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}
