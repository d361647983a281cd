// Paired analysis of base/head runs interleaved on one machine: per pair the log ratio ln(head / base);
// the paired t-test is the one-sample t-test of those log ratios against 0 (scipy.stats.ttest_rel on the
// logs), and the relative change is the back-transformed mean log ratio, exp(mean) - 1 — the ratio of the
// geometric means — with its t confidence interval exp(mean -/+ q se) - 1. Logs, not differences: energy
// noise is multiplicative (a 2 % jitter is 2 % on a long step and on a short one), and a ratio's log is
// symmetric, so head/base and base/head give mirrored answers. The CI excludes 0 exactly when the t-test's
// two-sided p < 1 - level: the change shown can never contradict its test.
import { mean, sd } from './descriptive.ts';
import { tQuantile, tTwoSidedP } from './dist.ts';

export interface PairedTResult {
  t: number;
  df: number;
  p: number;
}

export interface PairedChange {
  /** exp(mean log ratio) - 1 */
  relative: number;
  ci_low: number;
  ci_high: number;
  level: number;
}

/** ln(head_i / base_i) per pair; throws on a value that is not positive (no log ratio of 0 J). */
export function logRatios(base: readonly number[], head: readonly number[]): number[] {
  if (base.length !== head.length) throw new RangeError(`paired samples differ in length (${base.length} base, ${head.length} head)`);
  return base.map((b, i) => {
    const h = head[i]!;
    if (!(b > 0) || !(h > 0) || !Number.isFinite(b) || !Number.isFinite(h)) {
      throw new RangeError(`pair ${i + 1}: log ratio needs positive finite values, got base ${b}, head ${h}`);
    }
    return Math.log(h / b);
  });
}

/**
 * One-sample t-test of the differences against 0 (t > 0 when head is larger). Null below 2 pairs or when
 * all differences are equal (no spread: t is 0/0 or infinite, not a number to report).
 */
export function pairedTTest(d: readonly number[]): PairedTResult | null {
  const n = d.length;
  if (n < 2) return null;
  const s = sd(d);
  if (!(s > 0) || !Number.isFinite(s)) return null;
  const t = mean(d) / (s / Math.sqrt(n));
  const df = n - 1;
  return { t, df, p: tTwoSidedP(t, df) };
}

/** Back-transformed mean log ratio with its t interval (null below 2 pairs); zero width without spread. */
export function pairedChange(d: readonly number[], level = 0.95): PairedChange | null {
  const n = d.length;
  if (n < 2) return null;
  const m = mean(d);
  const s = sd(d);
  const half = s > 0 ? tQuantile(1 - (1 - level) / 2, n - 1) * (s / Math.sqrt(n)) : 0;
  return { relative: Math.expm1(m), ci_low: Math.expm1(m - half), ci_high: Math.expm1(m + half), level };
}
