// Welch's unequal-variance t-test with the Welch–Satterthwaite degrees of freedom (Welch 1947).
// Matches scipy.stats.ttest_ind(x, y, equal_var=False): t > 0 when mean(x) > mean(y).
import { mean, variance } from './descriptive.ts';
import { tTwoSidedP } from './dist.ts';

export interface TTestResult {
  t: number;
  df: number;
  /** two-sided */
  p: number;
}

/**
 * Welch's t-test of x against y. Returns null when it does not apply: a side with fewer than 2 values,
 * or both sides without spread (zero variance: the statistic is 0/0 or infinite, not a number to report).
 */
export function welchTTest(x: readonly number[], y: readonly number[]): TTestResult | null {
  const nx = x.length;
  const ny = y.length;
  if (nx < 2 || ny < 2) return null;
  const vx = variance(x) / nx;
  const vy = variance(y) / ny;
  const se2 = vx + vy;
  if (!(se2 > 0) || !Number.isFinite(se2)) return null;
  const t = (mean(x) - mean(y)) / Math.sqrt(se2);
  const df = (se2 * se2) / ((vx * vx) / (nx - 1) + (vy * vy) / (ny - 1));
  if (!Number.isFinite(t) || !Number.isFinite(df)) return null;
  return { t, df, p: tTwoSidedP(t, df) };
}

/** Welch–Satterthwaite df of var(a)/na + var(b)/nb given the two variance terms (already divided by n). */
export function welchDf(va: number, na: number, vb: number, nb: number): number {
  const s = va + vb;
  return (s * s) / ((va * va) / (na - 1) + (vb * vb) / (nb - 1));
}
