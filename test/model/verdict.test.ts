import { describe, expect, it } from 'vitest';
import { leadingVerdict, VERDICT_RANK, verdictOutput, type StepVerdict } from '../../src/model/verdict.ts';

describe('verdict', () => {
  it('ranks by the explicit order: a regression leads any mix, no baseline trails', () => {
    const all: StepVerdict[] = ['no_baseline', 'not_enough_data', 'no_significant_change', 'inconclusive', 'improvement', 'regression'];
    expect(leadingVerdict(all)).toBe('regression');
    expect(leadingVerdict(['no_baseline', 'inconclusive', 'improvement'])).toBe('improvement');
    expect(leadingVerdict(['not_enough_data', 'no_significant_change'])).toBe('no_significant_change');
    expect(leadingVerdict(['no_baseline'])).toBe('no_baseline');
    expect(leadingVerdict([])).toBeUndefined();
    // every verdict has its own rank
    expect(new Set(Object.values(VERDICT_RANK)).size).toBe(Object.keys(VERDICT_RANK).length);
  });
  it("spells the action output with spaces, as action.yml documents it", () => {
    expect(verdictOutput('no_significant_change')).toBe('no significant change');
    expect(verdictOutput('no_baseline')).toBe('no baseline');
  });
});
