// Descriptive statistics. Two-pass variance: energies are large (1e5..1e8 J) with small spread, where the
// one-pass sum-of-squares formula loses most of its digits.

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample variance (n - 1 denominator); NaN for fewer than 2 values. */
export function variance(xs: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const m = mean(xs);
  let ss = 0;
  let c = 0;
  for (const x of xs) {
    const d = x - m;
    ss += d * d;
    c += d;
  }
  // Compensation term (Chan et al.): removes the rounding error left in m.
  return (ss - (c * c) / n) / (n - 1);
}

/** Sample standard deviation; NaN for fewer than 2 values. */
export function sd(xs: readonly number[]): number {
  return Math.sqrt(variance(xs));
}
