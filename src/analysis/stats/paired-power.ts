// "How many more pairs would likely settle it": the normal-approximation sample size of a two-sided
// one-sample (paired) test, plus Guenther's (1981) correction z_{1-a/2}^2 / 2 for using a t-test:
//   n = ((z_{1-a/2} + z_{power}) * sigma_d / delta)^2 + z_{1-a/2}^2 / 2,
// with sigma_d the SD of the per-pair log ratios and delta the log of the relative effect to resolve.
// An estimate from the spread seen so far, stated as such, not a promise.
import { normalQuantile } from './dist.ts';

export const PAIRED_POWER = 0.8;
export const MAX_PAIRS_ESTIMATE = 1000;

/** Pairs needed to detect a mean log ratio of `delta` with the given power; Infinity when delta <= 0. */
export function pairsNeeded(sigmaD: number, delta: number, alpha: number, power = PAIRED_POWER): number {
  if (!(delta > 0) || !Number.isFinite(sigmaD) || sigmaD < 0) return Infinity;
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const n = ((za + zb) * (sigmaD / delta)) ** 2 + (za * za) / 2;
  return Math.max(2, Math.ceil(n));
}
