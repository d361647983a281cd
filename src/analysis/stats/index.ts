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
export { logRatios, type PairedChange, pairedChange, pairedTTest, type PairedTResult } from './paired.ts';
export { MAX_PAIRS_ESTIMATE, PAIRED_POWER, pairsNeeded } from './paired-power.ts';
export { orderTrend, type TrendResult } from './trend.ts';
export { signedRankCounts, WILCOXON_EXACT_MAX, type WilcoxonMethod, type WilcoxonResult, wilcoxonSignedRank } from './wilcoxon.ts';
