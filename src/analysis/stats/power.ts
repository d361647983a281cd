// "How many more runs would likely settle it": normal-approximation sample size for a two-sided
// two-sample comparison with equal n per side (e.g. Chow, Shao & Wang, Sample Size Calculations in
// Clinical Research, 3.2), plus Guenther's (1981) correction z_{a/2}^2 / 4 for using a t-test:
//   n = 2 (z_{1-a/2} + z_{power})^2 (sigma / delta)^2 + z_{1-a/2}^2 / 4.
// It is an estimate from the spread seen so far, stated as such, not a promise.
import { normalCdf, normalQuantile } from './dist.ts';

export const DEFAULT_POWER = 0.8;
export const MAX_RUNS_ESTIMATE = 1000;

/** Runs per side to detect a difference `delta` (same unit as sigma) with the given power. */
export function runsPerSide(sigma: number, delta: number, alpha: number, power = DEFAULT_POWER): number {
  if (!(delta > 0) || !Number.isFinite(sigma) || sigma < 0) return Infinity;
  if (sigma === 0) return minRunsForRankTest(alpha);
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const n = 2 * ((za + zb) * (sigma / delta)) ** 2 + (za * za) / 4;
  return Math.max(2, Math.ceil(n));
}

/** Approximate power of the two-sided two-sample test with n per side (normal approximation). */
export function powerAt(n: number, sigma: number, delta: number, alpha: number): number {
  if (!(sigma > 0) || !(n > 0)) return delta > 0 ? 1 : 0;
  const za = normalQuantile(1 - alpha / 2);
  const shift = delta / (sigma * Math.sqrt(2 / n));
  return normalCdf(shift - za) + normalCdf(-shift - za);
}

/**
 * Without spread the parametric tests say nothing; the exact rank test with n per side and complete
 * separation reaches p = 2 / C(2n, n). The smallest n where that is below alpha.
 */
export function minRunsForRankTest(alpha: number): number {
  let c = 2; // C(2, 1)
  for (let n = 1; n < 64; n++) {
    if (2 / c < alpha) return Math.max(2, n);
    c = (c * (2 * n + 1) * (2 * n + 2)) / ((n + 1) * (n + 1)); // C(2n+2, n+1) from C(2n, n)
  }
  return 64;
}
