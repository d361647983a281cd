// Confidence interval for a ratio of two independent means, rho = mean(head) / mean(base), by Fieller's
// theorem (Fieller 1954): the set of rho for which head - rho * base is not significantly different from 0,
//   (h - rho b)^2 <= q^2 (vh + rho^2 vb),   q = t_{1 - (1 - level)/2, df},
// with vh, vb the variances of the two means. Why Fieller and not the delta method or a log-ratio: it is
// exact under normality, asymmetric as a ratio's interval should be, and — using the SAME Welch df as the
// t-test — the interval excludes rho = 1 exactly when Welch's two-sided p < 1 - level. So the change's CI
// shown next to a verdict can never contradict its test. (Log-ratio Welch would give the ratio of
// GEOMETRIC means; the delta method is symmetric and poor for small n.) When the base mean is itself not
// distinguishable from 0 the set is unbounded: the bounds are then null, never Infinity.
import { tQuantile } from './dist.ts';

export interface RatioInterval {
  /** point estimate h / b */
  ratio: number;
  /** null when the interval is unbounded */
  low: number | null;
  high: number | null;
}

/**
 * @param h   mean of the numerator sample (head)
 * @param vh  variance of that mean (s_h^2 / n_h; for a single run judged against the base, s_b^2)
 * @param b   mean of the denominator sample (base), must be > 0
 * @param vb  variance of that mean (s_b^2 / n_b)
 * @param df  degrees of freedom for the t quantile (Welch–Satterthwaite, or n_b - 1)
 */
export function fiellerRatio(h: number, vh: number, b: number, vb: number, df: number, level = 0.95): RatioInterval {
  const ratio = h / b;
  if (!(b > 0) || !Number.isFinite(ratio)) return { ratio, low: null, high: null };
  if (vh === 0 && vb === 0) return { ratio, low: ratio, high: ratio };
  const q = tQuantile(1 - (1 - level) / 2, df);
  const q2 = q * q;
  const a = b * b - q2 * vb; // coefficient of rho^2 (sign flipped: the inequality is a <= quadratic)
  if (!(a > 0)) return { ratio, low: null, high: null };
  const disc = b * b * vh + h * h * vb - q2 * vh * vb;
  if (!(disc >= 0)) return { ratio, low: null, high: null };
  const half = q * Math.sqrt(disc);
  return { ratio, low: (h * b - half) / a, high: (h * b + half) / a };
}
