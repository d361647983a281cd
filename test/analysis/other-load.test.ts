// Other load on the runner in comparisons: which energy an A/B verdict is about (active by default, the
// attributed beside it), pairs whose runs ran beside different load flagged, a verdict those pairs alone
// decide held back as inconclusive, and the independent comparison's warning. Values are built by hand.
import { describe, expect, it } from 'vitest';
import { type AbRunInput, comparePaired } from '../../src/analysis/compare-paired.ts';
import { compareSummaries } from '../../src/analysis/compare.ts';
import { flaggedPairs, OTHER_LOAD_THRESHOLD, otherLoadGap, otherLoadWarning } from '../../src/analysis/other-load.ts';
import { Comparison } from '../../src/model/comparison.ts';
import type { Summary } from '../../src/model/summary.ts';
import { pairTable, renderComparisonMarkdown } from '../../src/render/markdown.ts';
import { fakeSummary } from './compare-fixtures.ts';

interface RunSpec {
  /** attributed total, J */
  attributed: number;
  /** active total, J; undefined: an older summary without it */
  active?: number;
  /** other processes' share of the machine's CPU time */
  load?: number;
  gpuLoad?: number | null;
}

function summary(r: RunSpec, repeat: number): Summary {
  const s = fakeSummary({ energy: r.attributed, repeat });
  const a = s.energy_j.attributed;
  const k = r.active !== undefined ? r.active / s.energy_j.total : 0;
  return {
    ...s,
    energy_j: {
      ...s.energy_j,
      ...(r.active !== undefined ? { active: { cpu: a.cpu * k, dram: a.dram * k, gpu: a.gpu * k, total: r.active } } : {}),
    },
    ...(r.load !== undefined ? { other_load: { cpu: r.load, gpu: r.gpuLoad ?? null } } : {}),
  };
}

/** ABBA: pair i runs B H when i is even (0-based), H B when odd. */
function session(pairs: readonly { base: RunSpec; head: RunSpec }[]): AbRunInput[] {
  const runs: AbRunInput[] = [];
  const n = { base: 0, head: 0 };
  pairs.forEach((p, i) => {
    for (const side of i % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
      n[side]++;
      runs.push({ side, n: n[side], warmup: false, summary: summary(p[side], n[side]), file: `${side}/train-${n[side]}.summary.json` });
    }
  });
  return runs;
}

// small deterministic noise, the same pattern on both metrics
const wobble = (i: number) => 1 + 0.003 * Math.sin(1.7 * i + 0.4);

/**
 * Ten pairs of the same work (active 50 kJ on both sides). In pairs 2, 4, 6, 7, 9, 10 the head run ran
 * beside a neighbour (other load 0.5 against 0.02): there its attributed energy is 30 % lower (the
 * neighbour took part of the idle power), its active energy unmoved.
 */
function neighbourSession(headFactor = 1) {
  const busy = new Set([1, 3, 5, 6, 8, 9]);
  return session(
    Array.from({ length: 10 }, (_, i) => {
      const w = wobble(i);
      const b = { attributed: 100_000 * w, active: 50_000 * w, load: 0.02 };
      const h = busy.has(i)
        ? { attributed: 70_000 * headFactor * w, active: 50_000 * headFactor * w * wobble(i + 5), load: 0.5 }
        : { attributed: 100_000 * headFactor * w * wobble(i + 5), active: 50_000 * headFactor * w * wobble(i + 5), load: 0.03 };
      return { base: b, head: h };
    }),
  );
}

describe('which energy an A/B verdict is about', () => {
  it('the active energy by default, the attributed beside it; the attributed when asked for', () => {
    const runs = session(
      Array.from({ length: 6 }, (_, i) => ({
        base: { attributed: 100_000 * wobble(i), active: 40_000 * wobble(i) },
        head: { attributed: 150_000 * wobble(i), active: 60_000 * wobble(i + 3) },
      })),
    );
    const c = comparePaired(runs, { order: 'abba', warmup: 0 });
    expect(() => Comparison.parse(c)).not.toThrow();
    expect(c.headline.metric).toBe('energy_active');
    expect(c.ab!.metric).toBe('active');
    const active = c.metrics.find((m) => m.id === 'energy_active')!;
    expect(active.verdict).toBe('regression');
    expect(active.change!.relative).toBeCloseTo(0.5, 2);
    expect(c.metrics.some((m) => m.id === 'energy_total')).toBe(true);
    // Holm over every metric shown, the active energy among them
    const family = c.metrics.filter((m) => m.id !== 'co2eq' && m.primary);
    expect(family.map((m) => m.id)).toContain('energy_active');
    expect(active.p_adjusted!).toBeGreaterThanOrEqual(active.primary!.p);

    const md = renderComparisonMarkdown(c);
    expect(md).toMatch(/\*\*Active energy regression: \+50(\.\d)?%\*\*/);
    expect(md).toMatch(/The verdict is on the \*\*active energy\*\*.*Attributed energy .*: \+50(\.\d)?%/);
    expect(pairTable(c)).toMatch(/Base active energy/);

    const att = comparePaired(runs, { order: 'abba', warmup: 0, metric: 'attributed' });
    expect(att.headline.metric).toBe('energy_total');
    expect(att.ab!.metric).toBe('attributed');
    expect(renderComparisonMarkdown(att)).toMatch(/The verdict is on the \*\*attributed energy\*\*.*active energy .*: \+50(\.\d)?%/);
  });

  it('summaries without the active energy (older versions): the attributed decides, with a warning', () => {
    const runs = session(Array.from({ length: 4 }, (_, i) => ({ base: { attributed: 100_000 * wobble(i) }, head: { attributed: 100_000 * wobble(i + 2) } })));
    const c = comparePaired(runs, { order: 'abba', warmup: 0 });
    expect(c.headline.metric).toBe('energy_total');
    expect(c.ab!.metric).toBe('attributed');
    expect(c.warnings.join('\n')).toMatch(/no active energy .*the verdict is on the attributed energy/);
  });
});

describe('other load on the runner in an A/B', () => {
  it('flags pairs whose runs differ in other load by more than the threshold, and shows the load per run', () => {
    expect(OTHER_LOAD_THRESHOLD).toBe(0.1);
    const s = (load: number, gpu: number | null = null) => summary({ attributed: 1, load, gpuLoad: gpu }, 1);
    expect(flaggedPairs([{ base: s(0.02), head: s(0.11) }, { base: s(0.02), head: s(0.13) }, { base: s(0.4, 0), head: s(0.4, 0.3) }])).toEqual([1, 2]);
    expect(otherLoadGap({ cpu: 0.1, gpu: null }, { cpu: 0.15, gpu: 0.9 })).toBeCloseTo(0.05, 12);
    expect(otherLoadGap(undefined, { cpu: 0, gpu: null })).toBeUndefined();

    const c = comparePaired(neighbourSession(), { order: 'abba', warmup: 0 });
    expect(c.ab!.other_load).toEqual({ threshold: 0.1, flagged_pairs: [2, 4, 6, 7, 9, 10] });
    expect(c.ab!.runs.find((r) => r.side === 'head' && r.pair === 2)!.other_load).toEqual({ cpu: 0.5, gpu: null });
    const w = c.warnings.find((x) => x.startsWith('Other load on the runner'))!;
    expect(w).toMatch(/in 6 of 10 pairs/);
    // pair 2 runs H B: head run 2 and base run 2
    expect(w).toMatch(/pair 2 \(base run 2: 2 % CPU; head run 2: 50 % CPU\)/);
    const table = pairTable(c)!;
    expect(table).toMatch(/Other load, CPU % \(B \/ H\)/);
    expect(table).toMatch(/\| 2 +\| H B .*\| 2 \/ 50 ⚠ differs/);
    expect(table).toMatch(/\| 1 +\| B H .*\| 2 \/ 3 +\|/);
  });

  it('the same work beside a neighbour in some head runs: no verdict on the active energy moves, and the attributed "improvement" is held back', () => {
    const runs = neighbourSession();
    const active = comparePaired(runs, { order: 'abba', warmup: 0 });
    const a = active.metrics.find((m) => m.id === 'energy_active')!;
    expect(['no_significant_change', 'inconclusive']).toContain(a.verdict);
    expect(Math.abs(a.change!.relative)).toBeLessThan(0.01);

    const att = comparePaired(runs, { order: 'abba', warmup: 0, metric: 'attributed' });
    const e = att.metrics.find((m) => m.id === 'energy_total')!;
    // over every pair the attributed energy falls by about 19 %: an improvement, decided by the flagged pairs
    expect(e.held_by_other_load).toEqual({ pairs: [2, 4, 6, 7, 9, 10], verdict_all_pairs: 'improvement', verdict_unflagged: expect.not.stringMatching(/improvement/) });
    expect(e.verdict).toBe('inconclusive');
    expect(att.headline.verdict).toBe('inconclusive');
    expect(e.notes.join('\n')).toMatch(/inconclusive: other load on the runner/);
    const md = renderComparisonMarkdown(att);
    expect(md).toMatch(/\*\*Energy change inconclusive: other load on the runner\*\*.*over every pair improvement, but pairs 2, 4, 6, 7, 9, 10/);
    expect(att.warnings.join('\n')).toMatch(/Those pairs decided .*Energy \(total, incl\. PUE\).*: inconclusive: other load on the runner/);
  });

  it('a real change seen in the pairs without other load too is kept', () => {
    const c = comparePaired(neighbourSession(1.5), { order: 'abba', warmup: 0 });
    const a = c.metrics.find((m) => m.id === 'energy_active')!;
    expect(a.verdict).toBe('regression');
    expect(a.held_by_other_load).toBeUndefined();
    expect(a.change!.ci_low!).toBeLessThanOrEqual(0.5);
    expect(a.change!.ci_high!).toBeGreaterThanOrEqual(0.5);
    expect(c.warnings.join('\n')).toMatch(/in 6 of 10 pairs/);
  });
});

describe('the meter\'s resolution', () => {
  // a 0.25 s step: CPU time 25 or 26 ticks, at 2.76 J per CPU second (PUE 1.2), nothing else active
  const tickRun = (ticks: number, repeat: number): Summary => {
    const s = fakeSummary({ energy: 100, repeat });
    const cpu = (ticks / 100) * 2.76;
    return { ...s, energy_j: { ...s.energy_j, active: { cpu, dram: 0, gpu: 0, total: 1.2 * cpu } }, usage: { cpu_time_s: ticks / 100, gpu_sm_s: 0 } };
  };
  it('one tick more on every head run (4 % of a 0.25 s step) is not a regression: below what the meter resolves', async () => {
    const { tickQuantum } = await import('../../src/analysis/compare-paired.ts');
    const runs: AbRunInput[] = [];
    for (let i = 0; i < 6; i++) {
      runs.push({ side: 'base', n: i + 1, warmup: false, summary: tickRun(i % 2 ? 25 : 26, i + 1) });
      runs.push({ side: 'head', n: i + 1, warmup: false, summary: tickRun(i % 2 ? 26 : 27, i + 1) });
    }
    const c = comparePaired(runs, { order: 'abba', warmup: 0 });
    const a = c.metrics.find((m) => m.id === 'energy_active')!;
    expect(a.change!.relative).toBeGreaterThan(0.03);
    expect(a.p_adjusted!).toBeLessThan(0.05);
    expect(a.verdict).not.toBe('regression');
    expect(a.notes.join('\n')).toMatch(/the meter cannot resolve it here: one 10 ms tick of CPU time is 3\.\d % of the runs' active energy/);
    expect(tickQuantum(runs.filter((r) => r.side === 'base').map((b, i) => ({ base: b, head: runs.filter((r) => r.side === 'head')[i]! })))).toBeCloseTo(1 / 26, 2);
    // ten times the work: the same one-tick difference is 0.4 %, and a real 10 % change stays a regression
    const long: AbRunInput[] = [];
    for (let i = 0; i < 6; i++) {
      long.push({ side: 'base', n: i + 1, warmup: false, summary: tickRun(250 + (i % 2), i + 1) });
      long.push({ side: 'head', n: i + 1, warmup: false, summary: tickRun(275 + (i % 2), i + 1) });
    }
    expect(comparePaired(long, { order: 'abba', warmup: 0 }).metrics.find((m) => m.id === 'energy_active')!.verdict).toBe('regression');
  });
});

describe('other load in the independent comparison', () => {
  const runs = (loads: number[], energy = 100_000) =>
    loads.map((load, i) => summary({ attributed: energy * wobble(i), active: energy * 0.4 * wobble(i), load }, i + 1));
  it('warns when the baseline ran beside other load than the head', () => {
    const w = otherLoadWarning(runs([0.02, 0.03, 0.02]), runs([0.45, 0.5, 0.55]));
    expect(w).toMatch(/the head runs ran beside more of it .*2 % of the machine's CPU time busy over the base runs, 50 % over the head runs/);
    expect(otherLoadWarning(runs([0.02, 0.03]), runs([0.05, 0.04]))).toBeNull();
    // older summaries: nothing to say
    expect(otherLoadWarning([fakeSummary({ energy: 1 })], runs([0.5]))).toBeNull();
    const c = compareSummaries(runs([0.02, 0.03, 0.02, 0.01]), runs([0.45, 0.5, 0.55]));
    expect(c.warnings.some((x) => x.startsWith('Other load on the runner: the head runs'))).toBe(true);
  });
  it('by GPU time when that differs more', () => {
    const g = (cpu: number, gpu: number) => summary({ attributed: 1, load: cpu, gpuLoad: gpu }, 1);
    expect(otherLoadWarning([g(0.1, 0.6)], [g(0.1, 0.0)])).toMatch(/the base runs .*60 % of the machine's GPU time busy over the base runs, 0 % over the head runs/);
  });
});
