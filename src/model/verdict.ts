// The verdict of a comparison, one typed value end to end: the JSON value in comparison.json, the
// action's `verdict` output, the label in reports, and the rank that picks the headline of many steps.
import { z } from 'zod';

/** What a comparison can conclude (the value written in comparison.json). */
export const Verdict = z.enum(['regression', 'improvement', 'no_significant_change', 'inconclusive', 'not_enough_data']);
export type Verdict = z.infer<typeof Verdict>;

/** What a report can say about one step: a comparison's verdict, or that there was nothing to compare with. */
export type StepVerdict = Verdict | 'no_baseline';

/**
 * Which verdict leads when several steps are reported together, most urgent first: a regression before
 * an improvement, an open question before a settled one, and no data last. An explicit order, never the
 * position of a word in some list of strings.
 */
export const VERDICT_RANK: Readonly<Record<StepVerdict, number>> = {
  regression: 0,
  improvement: 1,
  inconclusive: 2,
  no_significant_change: 3,
  not_enough_data: 4,
  no_baseline: 5,
};

/** The most urgent of several verdicts (undefined for none). */
export function leadingVerdict<V extends StepVerdict>(verdicts: Iterable<V>): V | undefined {
  let best: V | undefined;
  for (const v of verdicts) if (best === undefined || VERDICT_RANK[v] < VERDICT_RANK[best]) best = v;
  return best;
}

/** The action output's spelling (action.yml): words separated by spaces, e.g. `no significant change`. */
export function verdictOutput(v: StepVerdict): string {
  return v.replace(/_/g, ' ');
}
