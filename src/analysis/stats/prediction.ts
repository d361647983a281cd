// Prediction-interval test for a single new observation against a sample of n >= 3 (normal model):
//   t = (x - mean) / (s * sqrt(1 + 1/n)),  df = n - 1.
// A single head run carries no estimate of its own spread, so it borrows the sample's: the question is
// "would this run be surprising as one more run of the base?". Two-sided; t > 0 when x > mean.
import { mean, sd } from './descriptive.ts';
import { tTwoSidedP } from './dist.ts';
import type { TTestResult } from './welch.ts';

export const PREDICTION_MIN_N = 3;

/** Returns null when the sample has fewer than 3 values or no spread. */
export function predictionTest(x: number, sample: readonly number[]): TTestResult | null {
  const n = sample.length;
  if (n < PREDICTION_MIN_N || !Number.isFinite(x)) return null;
  const s = sd(sample);
  if (!(s > 0) || !Number.isFinite(s)) return null;
  const t = (x - mean(sample)) / (s * Math.sqrt(1 + 1 / n));
  const df = n - 1;
  return { t, df, p: tTwoSidedP(t, df) };
}
