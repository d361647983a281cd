// Statistics for comparing runs: pure functions, no I/O.
export { mean, sd, variance } from './descriptive.ts';
export { normalCdf, normalQuantile, normalTwoSidedP, tCdf, tQuantile, tTwoSidedP } from './dist.ts';
export { holm } from './holm.ts';
export {
  EXACT_MAX_TOTAL,
  exactUCounts,
  type MannWhitneyMethod,
  type MannWhitneyOptions,
  type MannWhitneyResult,
  mannWhitneyU,
} from './mann-whitney.ts';
export { DEFAULT_POWER, MAX_RUNS_ESTIMATE, minRunsForRankTest, powerAt, runsPerSide } from './power.ts';
export { PREDICTION_MIN_N, predictionTest } from './prediction.ts';
export { fiellerRatio, type RatioInterval } from './ratio.ts';
export { type TTestResult, welchDf, welchTTest } from './welch.ts';
