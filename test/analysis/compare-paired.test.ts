// The paired (same-job A/B) comparison: verdicts, the file format, drift warnings, and its error rates on
// simulated pairs (false alarms under no change; a true change found).
import { describe, expect, it } from 'vitest';
import { type AbRunInput, comparePaired, pairRuns, stateWarnings, trendWarning } from '../../src/analysis/compare-paired.ts';
import { CompareInputError } from '../../src/analysis/compare.ts';
import { Comparison } from '../../src/model/comparison.ts';
import { mulberry32 } from '../fakes/prng.ts';
import { fakeSummary } from './compare-fixtures.ts';

type Pair = { base: number; head: number; bDur?: number; hDur?: number };

/** Runs in ABBA order (B H, H B, ...) with `warmup` warm-up runs per side first. */
function session(pairs: readonly Pair[], warmup = 0, state?: (side: 'base' | 'head', pair: number) => AbRunInput['state']): AbRunInput[] {
  const runs: AbRunInput[] = [];
  const count = { base: 0, head: 0 };
  const add = (side: 'base' | 'head', energy: number, duration: number, isWarm: boolean, pair: number) => {
    count[side]++;
    runs.push({
      side,
      n: count[side],
      warmup: isWarm,
      summary: fakeSummary({ energy, duration, repeat: count[side] }),
      file: `${side}/train-${count[side]}.summary.json`,
      ...(state && !isWarm ? { state: state(side, pair) } : {}),
    });
  };
  for (let w = 0; w < warmup; w++) {
    add('base', 1, 600, true, 0);
    add('head', 1, 600, true, 0);
  }
  pairs.forEach((p, i) => {
    const sides: ('base' | 'head')[] = i % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
    for (const s of sides) add(s, s === 'base' ? p.base : p.head, (s === 'base' ? p.bDur : p.hDur) ?? 600, false, i);
  });
  return runs;
}

const normal = (rnd: () => number) => () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

/** n pairs sharing a per-pair machine level (drift), each run with its own relative noise. */
function simulate(seed: number, n: number, change: number, noise: number, drift = 0.05): Pair[] {
  const z = normal(mulberry32(seed));
  return Array.from({ length: n }, () => {
    const level = 100_000 * (1 + drift * z());
    const dur = 600 * (1 + 0.5 * drift * z());
    return {
      base: level * (1 + noise * z()),
      head: level * (1 + change) * (1 + noise * z()),
      bDur: dur * (1 + noise * z()),
      hDur: dur * (1 + change) * (1 + noise * z()),
    };
  });
}

describe('comparePaired', () => {
  it('writes joulecheck/comparison@1 with design paired, paired tests, the pairs in run order and the session', () => {
    const pairs = [
      { base: 100_000, head: 110_500 },
      { base: 104_000, head: 114_000 },
      { base: 98_000, head: 108_400 },
      { base: 101_000, head: 111_900 },
    ];
    const c = Comparison.parse(JSON.parse(JSON.stringify(comparePaired(session(pairs, 1), { order: 'abba', warmup: 1, runner: 'test-runner' }))));
    expect(c.design).toBe('paired');
    const e = c.metrics.find((m) => m.id === 'energy_total')!;
    expect(e.pairs).toEqual(pairs);
    expect(e.tests.paired_t?.df).toBe(3);
    expect(e.tests.wilcoxon?.method).toBe('exact');
    expect(e.tests.welch).toBeUndefined();
    expect(e.change?.method).toBe('paired-log-t');
    const gm = Math.exp(pairs.reduce((a, p) => a + Math.log(p.head / p.base), 0) / pairs.length) - 1;
    expect(e.change?.relative).toBeCloseTo(gm, 12);
    expect(e.verdict).toBe('regression');
    expect(c.headline.verdict).toBe('regression');
    expect(c.ab?.pairs).toBe(4);
    expect(c.ab?.runner).toBe('test-runner');
    // warm-ups are in the session, marked, not in the statistics
    expect(c.ab?.runs.filter((r) => r.warmup).map((r) => [r.side, r.n, r.pair])).toEqual([
      ['base', 1, null],
      ['head', 1, null],
    ]);
    expect(c.ab?.runs.filter((r) => !r.warmup).map((r) => `${r.side[0]}${r.pair}`).join(' ')).toBe('b1 h1 h2 b2 b3 h3 h4 b4');
    expect(e.base.n).toBe(4);
  });

  it("sets 'independent' in what compare writes, and reads older files without the field as independent", async () => {
    const { compareSummaries } = await import('../../src/analysis/compare.ts');
    const c = compareSummaries([fakeSummary({ energy: 1 }), fakeSummary({ energy: 2 })], [fakeSummary({ energy: 1 }), fakeSummary({ energy: 2 })]);
    expect(c.design).toBe('independent');
    const { design: _d, ...old } = c;
    expect(Comparison.parse(old).design).toBe('independent');
  });

  it('needs 2 pairs for a test; 1 pair is not enough data', () => {
    const c = comparePaired(session([{ base: 100, head: 150 }]), { order: 'abba', warmup: 0 });
    expect(c.headline.verdict).toBe('not_enough_data');
  });

  it('calls a tight interval inside the minimum effect an equivalence result', () => {
    const pairs = Array.from({ length: 8 }, (_, i) => ({ base: 100_000 + i * 1000, head: (100_000 + i * 1000) * (1 + (i % 2 ? 0.002 : -0.001)) }));
    expect(comparePaired(session(pairs), { order: 'abba', warmup: 0 }).headline.verdict).toBe('no_significant_change');
  });

  it('says how many more pairs would likely settle an inconclusive result, from the paired SD', () => {
    const pairs = [
      { base: 100_000, head: 104_000 },
      { base: 100_000, head: 99_000 },
      { base: 100_000, head: 106_000 },
    ];
    const e = comparePaired(session(pairs), { order: 'abba', warmup: 0 }).metrics.find((m) => m.id === 'energy_total')!;
    expect(e.verdict).toBe('inconclusive');
    expect(e.runs_needed?.per_side).toBeGreaterThan(3);
    expect(e.runs_needed?.more_head).toBe(e.runs_needed!.per_side - 3);
    expect(e.runs_needed?.more_base).toBe(e.runs_needed?.more_head);
  });

  it('refuses unpaired sessions', () => {
    const runs = session([{ base: 1, head: 2 }]);
    expect(() => pairRuns(runs.slice(0, 1))).toThrow(CompareInputError);
  });
});

describe('drift warnings', () => {
  it('warns when one side ran systematically hotter, at lower clocks, or after a busier machine', () => {
    const pairs = simulate(1, 6, 0, 0.01);
    const hot = session(pairs, 0, (side) => ({ gpu_temp_c: side === 'head' ? 71 : 64, sm_clock_mhz: side === 'head' ? 1700 : 1980, idle_w: side === 'head' ? 150 : 120 }));
    const w = stateWarnings(pairRuns(hot));
    expect(w.join('\n')).toMatch(/head runs started on a hotter GPU \(7\.0 °C/);
    expect(w.join('\n')).toMatch(/head runs started at lower SM clocks \(14\.1 %/);
    expect(w.join('\n')).toMatch(/more power before the head runs/);
    const c = comparePaired(hot, { order: 'abba', warmup: 0 });
    expect(c.warnings.some((x) => /hotter GPU/.test(x))).toBe(true);
    expect(c.ab?.runs[0]?.state?.gpu_temp_c).toBe(64);
  });
  it('stays quiet when the state differs in both directions or by little', () => {
    const calm = session(simulate(2, 6, 0, 0.01), 0, (side, pair) => ({ gpu_temp_c: 60 + (pair % 2 === 0 ? (side === 'head' ? 3 : 0) : side === 'base' ? 3 : 0), sm_clock_mhz: 1980 - (side === 'head' ? 5 : 0) }));
    expect(stateWarnings(pairRuns(calm))).toEqual([]);
  });
  it('warns when the pair differences trend with run order, not when they alternate', () => {
    expect(trendWarning([0.0, 0.01, 0.02, 0.031, 0.04, 0.052], 0.05)).toMatch(/trend with run order \(energy ratio \+1\.0 % per pair/);
    expect(trendWarning([0.01, -0.01, 0.012, -0.009, 0.011, -0.01], 0.05)).toBeNull();
  });
  it('ABBA cancels a linear drift that alternate order turns into a false change', () => {
    // energy grows 1 % per run position; no true change
    const drifted = (order: 'abba' | 'alternate') => {
      const runs: AbRunInput[] = [];
      let pos = 0;
      for (let i = 0; i < 6; i++) {
        const sides: ('base' | 'head')[] = order === 'abba' && i % 2 === 1 ? ['head', 'base'] : ['base', 'head'];
        for (const side of sides) runs.push({ side, n: i + 1, warmup: false, summary: fakeSummary({ energy: 100_000 * (1 + 0.01 * pos++) }) });
      }
      return comparePaired(runs, { order, warmup: 0 }).metrics.find((m) => m.id === 'energy_total')!;
    };
    expect(Math.abs(drifted('abba').change!.relative)).toBeLessThan(0.002);
    expect(drifted('alternate').change!.relative).toBeGreaterThan(0.008);
  });
});

describe('error rates on simulated pairs', () => {
  it('reports regressions at most at the nominal rate when nothing changed (many seeds)', () => {
    const seeds = 1000;
    const alpha = 0.05;
    let regressions = 0;
    let rawRejections = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const c = comparePaired(session(simulate(seed, 6, 0, 0.02)), { order: 'abba', warmup: 0, alpha, minEffect: 0 });
      if (c.headline.verdict === 'regression') regressions++;
      const e = c.metrics.find((m) => m.id === 'energy_total')!;
      if (e.primary!.p < alpha) rawRejections++;
    }
    // one-sided share of a two-sided test: about alpha / 2; 3 SE of a binomial at 1000 trials is ~0.014
    expect(regressions / seeds).toBeLessThanOrEqual(alpha);
    // the raw paired t-test is not anti-conservative either: about alpha of all no-change sessions
    expect(rawRejections / seeds).toBeLessThanOrEqual(alpha + 0.021);
    expect(rawRejections / seeds).toBeGreaterThan(alpha - 0.021);
  });

  it('finds a true 5 % change with 6 pairs at 2 % noise', () => {
    // "2 % noise": the SD of a pair's ratio head/base (each run's own jitter 2 % / sqrt 2), the spread the
    // paired test works with. The verdict also pays Holm's correction across the metrics shown.
    const seeds = 300;
    let found = 0;
    let covered = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const c = comparePaired(session(simulate(10_000 + seed, 6, 0.05, 0.02 / Math.SQRT2)), { order: 'abba', warmup: 0 });
      if (c.headline.verdict === 'regression') found++;
      const e = c.metrics.find((m) => m.id === 'energy_total')!.change!;
      if (e.ci_low! <= 0.05 && 0.05 <= e.ci_high!) covered++;
    }
    expect(found / seeds).toBeGreaterThanOrEqual(0.8);
    // the 95 % CI of the change contains the true 5 % about 95 % of the time
    expect(covered / seeds).toBeGreaterThan(0.91);
  });
});
