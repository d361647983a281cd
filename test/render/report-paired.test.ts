// The reporting side's rendering of a same-job A/B: the A/B decides; base-branch history is one line of context.
import { contextComparison } from '../../src/analysis/report-compare.ts';
import { describe, expect, it } from 'vitest';
import { type AbRunInput, comparePaired } from '../../src/analysis/compare-paired.ts';
import { renderPaired } from '../../src/render/report.ts';
import { fakeSummary } from '../analysis/compare-fixtures.ts';

function session(pairs: [number, number][]): AbRunInput[] {
  return pairs.flatMap(([b, h], i) => [
    { side: 'base' as const, n: i + 1, warmup: false, summary: fakeSummary({ energy: b }) },
    { side: 'head' as const, n: i + 1, warmup: false, summary: fakeSummary({ energy: h }) },
  ]);
}

describe('renderPaired', () => {
  const cmp = comparePaired(session([[100_000, 110_000], [101_000, 111_500], [99_000, 108_700], [100_500, 110_800]]), { order: 'abba', warmup: 1, runner: 'r1' });
  it("takes the verdict and outputs from the A/B", () => {
    const r = renderPaired(cmp, {});
    expect(r.verdict).toBe('regression');
    expect(r.energyChangePct).toBeCloseTo(cmp.metrics[0]!.change!.relative * 100, 10);
    expect(r.markdown).toMatch(/same-job A\/B, 4 pairs, ABBA, on r1/);
    expect(r.markdown).not.toMatch(/Context only/);
  });
  it('shows base-branch history as context only, even when it disagrees', () => {
    const base = [1, 2, 3].map((i) => fakeSummary({ energy: 120_000 + i * 100, repeat: i }));
    const head = [1, 2, 3].map((i) => fakeSummary({ energy: 110_000 + i * 100, repeat: i }));
    const r = renderPaired(cmp, { context: { against: contextComparison(base, head, { alpha: 0.05, minEffect: 0.02 }), line: '' } });
    expect(r.verdict).toBe('regression');
    expect(r.markdown).toMatch(/Context only \(the A\/B above decides\): against 3 base-branch run\(s\) from other workflow runs, energy improvement \(−8\.3%\)/);
  });
});
