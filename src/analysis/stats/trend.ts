// Least-squares trend of values against their order (1, 2, ..., n) with the two-sided t-test of the
// slope, df = n - 2 (scipy.stats.linregress). Used on the per-pair log ratios: interleaving cancels a
// drift the order was designed for (linear, with ABBA); a trend left in the pair differences says the
// machine drifted in a way the design did not cancel.
import { tTwoSidedP } from './dist.ts';

export interface TrendResult {
  slope: number;
  intercept: number;
  /** Pearson correlation of value and order */
  r: number;
  p: number;
  df: number;
}

/** Null below 3 values or when every value is equal (no trend to test). */
export function orderTrend(ys: readonly number[]): TrendResult | null {
  const n = ys.length;
  if (n < 3) return null;
  const mx = (n + 1) / 2;
  let my = 0;
  for (const y of ys) my += y;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  ys.forEach((y, i) => {
    const dx = i + 1 - mx;
    const dy = y - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  });
  if (!(syy > 0)) return null;
  const slope = sxy / sxx;
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const df = n - 2;
  // |r| = 1: a perfect line, p = 0 (scipy gives 0 too)
  const p = Math.abs(r) === 1 ? 0 : tTwoSidedP(r * Math.sqrt(df / ((1 - r) * (1 + r))), df);
  return { slope, intercept: my - slope * mx, r, p, df };
}
