// The comment for a paired (same-job A/B) comparison: says what design it was, shows the pair table.
import { describe, expect, it } from 'vitest';
import { type AbRunInput, comparePaired } from '../../src/analysis/compare-paired.ts';
import { renderComparisonMarkdown } from '../../src/render/markdown.ts';
import { fakeSummary } from '../analysis/compare-fixtures.ts';

function runs(pairs: [number, number][], withState: boolean): AbRunInput[] {
  const out: AbRunInput[] = [];
  pairs.forEach(([b, h], i) => {
    const entries: AbRunInput[] = [
      { side: 'base', n: i + 1, warmup: false, summary: fakeSummary({ energy: b }), ...(withState ? { state: { gpu_temp_c: 60 + i, sm_clock_mhz: 1980, idle_w: 120 } } : {}) },
      { side: 'head', n: i + 1, warmup: false, summary: fakeSummary({ energy: h }), ...(withState ? { state: { gpu_temp_c: 61 + i, sm_clock_mhz: 1965, idle_w: 121 } } : {}) },
    ];
    out.push(...(i % 2 === 0 ? entries : entries.reverse()));
  });
  return out;
}

describe('renderComparisonMarkdown, design paired', () => {
  it('names the design, the pairs and the runner, and shows the pair table in run order', () => {
    const cmp = comparePaired(
      runs(
        [
          [360_000, 396_000],
          [362_000, 400_000],
          [358_000, 393_000],
        ],
        true,
      ),
      { order: 'abba', warmup: 1, runner: 'ubuntu-24.04 (Linux X64)' },
    );
    const md = renderComparisonMarkdown(cmp);
    expect(md).toMatch(/same-job A\/B, 3 pairs, ABBA, on ubuntu-24\.04 \(Linux X64\)/);
    expect(md).toMatch(/1 warm-up run per side left out/);
    expect(md).toMatch(/Energy regression: \+10%\*\* \(95% CI .*3 pairs\)/);
    expect(md).toMatch(/\| Pair \| Order \| Base energy \| Head energy \| Head \/ base \| GPU °C \(B \/ H\) \| SM MHz \(B \/ H\) \| Idle W \(B \/ H\) \|/);
    expect(md).toContain('| 1 | B H | 100 Wh | 110 Wh | +10% | 60 / 61 | 1980 / 1965 | 120 / 121 |');
    expect(md).toContain('| 2 | H B |');
    expect(md).toMatch(/Paired t-test \(log ratios\) \| Wilcoxon signed-rank/);
    expect(md).toMatch(/W = 0, p = 0\.25 \(exact\)/);
  });
  it('leaves the state columns out when nothing was read, and says "pairs" when inconclusive', () => {
    const md = renderComparisonMarkdown(
      comparePaired(
        runs(
          [
            [100_000, 104_000],
            [100_000, 99_000],
            [100_000, 106_000],
          ],
          false,
        ),
        { order: 'alternate', warmup: 0 },
      ),
    );
    expect(md).toMatch(/\| Pair \| Order \| Base energy \| Head energy \| Head \/ base \|\n/);
    expect(md).toMatch(/inconclusive.*about \d+ pairs \(\d+ more\) would likely settle it/);
    expect(md).toMatch(/same-job A\/B, 3 pairs, alternating ·/);
  });
});
