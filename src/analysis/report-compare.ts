// The comparisons the reporting side renders: the head against the base branch's runs, and (beside a
// same-job A/B) the base-branch runs as context. Pure: an input the engine refuses becomes a reason,
// not an exception, because "no usable baseline" is a report of its own.
import type { Summary } from '../model/summary.ts';
import { compareSummaries, CompareInputError, type Comparison } from './compare.ts';

/** The comparison, or why there is none. */
export type BaseComparison = { comparison: Comparison; reason?: undefined } | { comparison: null; reason: string };

export interface CompareOptions {
  alpha: number;
  minEffect: number;
}

/** The head against the base branch; `noBaseline` says why when there are no base runs. */
export function compareWithBaseline(base: readonly Summary[], head: readonly Summary[], o: CompareOptions & { noBaseline: string }): BaseComparison {
  if (base.length === 0) return { comparison: null, reason: o.noBaseline };
  try {
    return { comparison: compareSummaries(base, head, { alpha: o.alpha, minEffect: o.minEffect, label: head[0]?.label }) };
  } catch (err) {
    if (err instanceof CompareInputError) return { comparison: null, reason: err.message };
    throw err;
  }
}

/** Base-branch runs beside an A/B, as context; null when either side has none. Any failure is a reason. */
export function contextComparison(base: readonly Summary[], head: readonly Summary[], o: CompareOptions): BaseComparison | null {
  if (base.length === 0 || head.length === 0) return null;
  try {
    return { comparison: compareSummaries(base, head, { alpha: o.alpha, minEffect: o.minEffect, label: head[0]?.label }) };
  } catch (err) {
    return { comparison: null, reason: err instanceof Error ? err.message : String(err) };
  }
}
