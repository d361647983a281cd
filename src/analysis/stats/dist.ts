// Distribution functions. CDFs and quantiles come from @stdlib (well-kept, tested against reference
// values); only the tail bookkeeping lives here: a two-sided p is 2 * cdf(-|x|), never 2 * (1 - cdf(|x|)),
// so small p-values keep their relative accuracy instead of cancelling to 0.
import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tCdfImpl from '@stdlib/stats-base-dists-t-cdf';
import tQuantileImpl from '@stdlib/stats-base-dists-t-quantile';

/** Student's t CDF with `df` degrees of freedom (df may be fractional, as in Welch's test). */
export function tCdf(x: number, df: number): number {
  return tCdfImpl(x, df);
}

/** Student's t quantile: the x with tCdf(x, df) = p. */
export function tQuantile(p: number, df: number): number {
  return tQuantileImpl(p, df);
}

/** Standard normal CDF. */
export function normalCdf(x: number): number {
  return normalCdfImpl(x, 0, 1);
}

/** Standard normal quantile. */
export function normalQuantile(p: number): number {
  return normalQuantileImpl(p, 0, 1);
}

/** Two-sided p-value of a t statistic. */
export function tTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Two-sided p-value of a z statistic. */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
