import { describe, expect, it } from 'vitest';
import { Comparison } from '../../src/model/comparison.ts';
import { CompareInputError, compareSummaries } from '../../src/analysis/compare.ts';
import { mannWhitneyU, welchTTest } from '../../src/analysis/stats/index.ts';
import { BASE10, BASE_SHA, fakeSummary, HEAD_PLUS5, HEAD_SHA, scale, side } from './compare-fixtures.ts';
import { mulberry32 } from '../fakes/prng.ts';

function metric(c: Comparison, id: string) {
  const m = c.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
}

/** Every number in the output is finite; JSON round-trips through the schema to the same object. */
function assertClean(c: Comparison): void {
  const json = JSON.stringify(c);
  expect(json).not.toMatch(/NaN|Infinity/);
  expect(Comparison.parse(JSON.parse(json))).toEqual(c);
}

describe('compareSummaries', () => {
  it('flags a 5% energy regression over 10 vs 10 runs, with all tests and a CI around the change', () => {
    const c = compareSummaries(side(BASE10, { sha: BASE_SHA }), side(HEAD_PLUS5, { sha: HEAD_SHA }));
    assertClean(c);
    const e = metric(c, 'energy_total');
    expect(e.verdict).toBe('regression');
    expect(c.headline).toEqual({ metric: 'energy_total', verdict: 'regression' });
    expect(e.base.n).toBe(10);
    expect(e.head.values).toEqual(HEAD_PLUS5);
    const w = welchTTest(HEAD_PLUS5, BASE10)!;
    expect(e.tests.welch!.p).toBeCloseTo(w.p, 12);
    expect(e.tests.mann_whitney!.u).toBe(mannWhitneyU(HEAD_PLUS5, BASE10)!.u);
    expect(e.tests.mann_whitney!.method).toBe('exact');
    expect(e.tests.prediction).toBeUndefined();
    expect('prediction' in e.tests).toBe(false);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b);
    expect(e.change!.relative).toBeCloseTo(sum(HEAD_PLUS5) / sum(BASE10) - 1, 12);
    expect(e.change!.ci_low!).toBeLessThan(e.change!.relative);
    expect(e.change!.ci_high!).toBeGreaterThan(e.change!.relative);
    expect(e.change!.ci_low!).toBeGreaterThan(0);
    expect(e.p_adjusted!).toBeGreaterThanOrEqual(e.primary!.p);
    expect(c.base.shas).toEqual([BASE_SHA]);
    expect(c.head.shas).toEqual([HEAD_SHA]);
    expect(c.metrics.map((m) => m.id)).toEqual([
      'energy_total',
      'energy_cpu',
      'energy_dram',
      'energy_gpu',
      'co2eq',
      'duration',
      'power_mean',
    ]);
    // same duration: the change is all power
    expect(c.explanation!.duration_term_j).toBe(0);
    expect(c.explanation!.power_relative).toBeGreaterThan(0.04);
    expect(metric(c, 'duration').verdict).toBe('no_significant_change');
  });

  it('calls an improvement an improvement', () => {
    const c = compareSummaries(side(BASE10), side(scale(BASE10, 0.9)));
    expect(c.headline.verdict).toBe('improvement');
    expect(metric(c, 'energy_total').change!.relative).toBeCloseTo(-0.1, 12);
  });

  it('needs |change| >= min-effect: a significant 1% change is "no significant change" (equivalence)', () => {
    const head = scale(BASE10, 1.01).map((x, i) => x + (i % 2 ? 30 : -30));
    const c = compareSummaries(side(BASE10), side(head), { minEffect: 0.05 });
    const e = metric(c, 'energy_total');
    expect(e.primary!.p).toBeLessThan(0.05);
    expect(e.verdict).toBe('no_significant_change');
    expect(e.change!.ci_low!).toBeGreaterThanOrEqual(-0.05);
    expect(e.change!.ci_high!).toBeLessThanOrEqual(0.05);
  });

  it('says inconclusive, with runs needed, when noise hides a possible change', () => {
    const base = [100000, 130000, 90000, 120000];
    const head = [105000, 140000, 95000, 125000];
    const c = compareSummaries(side(base), side(head));
    const e = metric(c, 'energy_total');
    expect(e.verdict).toBe('inconclusive');
    expect(e.runs_needed!.per_side).toBeGreaterThan(4);
    expect(e.runs_needed!.more_base).toBe(e.runs_needed!.per_side - 4);
    expect(e.runs_needed!.goal).toBe('detect');
  });

  it('uses the prediction interval for 1 head run against >= 3 base runs', () => {
    const c = compareSummaries(side(BASE10.slice(0, 5)), side([200000]));
    const e = metric(c, 'energy_total');
    expect(e.tests.prediction!.df).toBe(4);
    expect(e.tests.prediction!.t).toBeGreaterThan(0);
    expect(e.tests.welch).toBeUndefined();
    expect(e.tests.mann_whitney).toBeUndefined();
    expect(e.change!.method).toBe('fieller-prediction');
    expect(e.verdict).toBe('regression');
  });

  it('also judges 1 base run against >= 3 head runs, the sign still head minus base', () => {
    const c = compareSummaries(side([150000]), side(BASE10.slice(0, 4)));
    const e = metric(c, 'energy_total');
    expect(e.tests.prediction!.t).toBeGreaterThan(0);
    expect(e.change!.relative).toBeGreaterThan(0);
  });

  it('reports "not enough data" for 1 vs 1 and 1 vs 2, with no test at all', () => {
    for (const [b, h] of [
      [[180000], [190000]],
      [[180000], [190000, 191000]],
      [[180000, 181000], [190000]],
    ]) {
      const c = compareSummaries(side(b!), side(h!));
      assertClean(c);
      const e = metric(c, 'energy_total');
      expect(e.verdict).toBe('not_enough_data');
      expect(c.headline.verdict).toBe('not_enough_data');
      expect(e.tests).toEqual({});
      expect('p_adjusted' in e).toBe(false);
    }
  });

  it('copes with identical values (zero variance): no NaN, no test that cannot be computed', () => {
    const same = compareSummaries(side([5000, 5000, 5000]), side([5000, 5000]));
    assertClean(same);
    const e = metric(same, 'energy_total');
    expect(e.tests.welch).toBeUndefined();
    expect(e.tests.mann_whitney).toBeUndefined();
    expect(e.change).toMatchObject({ relative: 0, ci_low: 0, ci_high: 0, method: 'point' });
    expect(e.verdict).toBe('no_significant_change');

    const shifted = compareSummaries(side([5000, 5000, 5000, 5000]), side([6000, 6000, 6000, 6000]));
    assertClean(shifted);
    const s = metric(shifted, 'energy_total');
    expect(s.tests.welch).toBeUndefined();
    expect(s.tests.mann_whitney!.method).toBe('asymptotic');
    expect(s.primary!.test).toBe('mann_whitney');

    const flatBase = compareSummaries(side([5000, 5000, 5000]), side([6000]));
    assertClean(flatBase);
    expect(metric(flatBase, 'energy_total').tests.prediction).toBeUndefined();
  });

  it('says "no significant change" when energy is 0 on both sides, and leaves out CO2eq at 0 g/kWh', () => {
    const c = compareSummaries(side([0, 0, 0], { intensity: 0 }), side([0, 0], { intensity: 0 }));
    assertClean(c);
    expect(metric(c, 'energy_total').verdict).toBe('no_significant_change');
    expect(c.metrics.some((m) => m.id === 'co2eq')).toBe(false);
  });

  it('skips a component that is 0 on both sides', () => {
    const c = compareSummaries(side(BASE10, { gpuShare: 0 }), side(HEAD_PLUS5, { gpuShare: 0 }));
    expect(c.metrics.some((m) => m.id === 'energy_gpu')).toBe(false);
    expect(c.metrics.some((m) => m.id === 'energy_cpu')).toBe(true);
  });

  it('applies Holm across the metrics and does not count CO2eq twice', () => {
    const c = compareSummaries(side(BASE10), side(HEAD_PLUS5));
    const family = c.metrics.filter((m) => m.p_adjusted !== undefined && m.id !== 'co2eq');
    const ps = family.map((m) => m.primary!.p).sort((a, b) => a - b);
    const smallest = family.find((m) => m.primary!.p === ps[0])!;
    expect(smallest.p_adjusted).toBeCloseTo(Math.min(1, ps[0]! * family.length), 12);
    expect(metric(c, 'co2eq').p_adjusted).toBe(metric(c, 'energy_total').p_adjusted);
  });

  it('restates CO2eq at one intensity when the grid moved between runs, and says so', () => {
    const c = compareSummaries(side(BASE10, { intensity: 400 }), side(BASE10, { intensity: 200 }));
    expect(c.carbon.restated).toBe(true);
    expect(c.carbon.intensity_g_per_kwh).toBe(200);
    expect(metric(c, 'co2eq').change!.relative).toBeCloseTo(0, 12);
    expect(c.warnings.join('\n')).toMatch(/different carbon intensities/);
  });

  it('warns when base and head are not like for like', () => {
    const head = side(HEAD_PLUS5).map((s) => ({
      ...s,
      methods: { ...s.methods, gpu: { kind: 'estimated' as const, model: 'tdp-linear' } },
      host: { ...s.host!, gpus: [{ uuid: 'GPU-9', name: 'NVIDIA A100-SXM4-40GB', driver: '535.1' }] },
    }));
    const c = compareSummaries(side(BASE10), head);
    const w = c.warnings.join('\n');
    expect(w).toMatch(/different hardware/);
    expect(w).toMatch(/GPU energy is measured \(nvidia-smi\) on base but estimated \(tdp-linear\) on head/);
  });

  it('warns when the command differs', () => {
    const c = compareSummaries(side(BASE10), side(BASE10, {}, { command: ['python', 'train.py', '--epochs', '3'] }));
    expect(c.warnings.join('\n')).toMatch(/command differs between base \(python train\.py\) and head \(python train\.py --epochs 3\)/);
  });

  it('warns when a step is too short for the sampling interval', () => {
    const c = compareSummaries(side([10, 11, 12], { duration: 0.5 }), side([10, 11, 12], { duration: 0.5 }));
    expect(c.warnings.join('\n')).toMatch(/too short/);
  });

  it('rejects mixed labels unless one is picked, empty sides and bad options', () => {
    const base = [...side(BASE10.slice(0, 3)), ...side(BASE10.slice(0, 2), { label: 'eval' })];
    const head = side(HEAD_PLUS5.slice(0, 3));
    expect(() => compareSummaries(base, head)).toThrow(CompareInputError);
    expect(() => compareSummaries(base, head)).toThrow(/mix labels.*'train' \(3\), 'eval' \(2\).*--label/);
    const c = compareSummaries(base, head, { label: 'train' });
    expect(c.base.n).toBe(3);
    expect(() => compareSummaries(base, head, { label: 'eval' })).toThrow(/no head runs with label 'eval'/);
    expect(() => compareSummaries([], head)).toThrow(/no base runs/);
    expect(() => compareSummaries(base, head, { label: 'train', alpha: 1.5 })).toThrow(/alpha/);
    expect(() => compareSummaries(base, head, { label: 'train', minEffect: -1 })).toThrow(/min-effect/);
  });

  it('handles a component that is 0 on base only without a NaN', () => {
    const c = compareSummaries(side(BASE10.slice(0, 4), { gpuShare: 0 }), side(BASE10.slice(0, 4), { gpuShare: 0.5 }));
    assertClean(c);
    const g = metric(c, 'energy_gpu');
    expect(g.change).toBeUndefined();
    expect(g.verdict).toBe('regression');
  });

  it('keeps the run references in order with the values', () => {
    const base = BASE10.slice(0, 3).map((e, i) => fakeSummary({ energy: e, repeat: i + 1, sha: BASE_SHA }));
    const c = compareSummaries(base, side(HEAD_PLUS5.slice(0, 3)), { files: { base: ['a', 'b', 'c'] } });
    expect(c.base.runs.map((r) => [r.repeat, r.file])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });
});

describe('verdicts never contradict their row (random comparisons)', () => {
  const rand = mulberry32(777);
  it('holds for 80 random base/head sets of 1..7 runs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      const nb = 1 + Math.floor(rand() * 7);
      const nh = 1 + Math.floor(rand() * 7);
      const cv = [0, 0.005, 0.02, 0.1][i % 4]!;
      const shift = [0, 0.01, 0.05, -0.08, 0.3][Math.floor(rand() * 5)]!;
      const gen = (n: number, m: number) =>
        Array.from({ length: n }, () => Math.max(1, Math.round(m * (1 + cv * (rand() * 2 - 1) * 1.7))));
      const minEffect = [0, 0.02, 0.05][i % 3]!;
      const c = compareSummaries(side(gen(nb, 180000)), side(gen(nh, 180000 * (1 + shift))), { minEffect });
      assertClean(c);
      expect(c.headline.verdict).toBe(metric(c, 'energy_total').verdict);
      for (const m of c.metrics) {
        seen.add(m.verdict);
        const ch = m.change;
        switch (m.verdict) {
          case 'regression':
          case 'improvement': {
            const sign = m.verdict === 'regression' ? 1 : -1;
            expect(m.p_adjusted!).toBeLessThan(c.alpha);
            if (ch) {
              expect(sign * ch.relative).toBeGreaterThanOrEqual(minEffect);
              if (ch.ci_low !== null && ch.ci_high !== null) expect(sign > 0 ? ch.ci_low > 0 : ch.ci_high < 0).toBe(true);
            }
            break;
          }
          case 'no_significant_change':
            expect(ch!.ci_low!).toBeGreaterThanOrEqual(-minEffect);
            expect(ch!.ci_high!).toBeLessThanOrEqual(minEffect);
            break;
          case 'not_enough_data':
            expect(m.tests).toEqual({});
            expect(Math.min(m.base.n, m.head.n) === 1 && Math.max(m.base.n, m.head.n) >= 3).toBe(false);
            expect(m.base.n >= 2 && m.head.n >= 2).toBe(false);
            break;
          case 'inconclusive':
            if (m.change) expect(m.runs_needed).toBeDefined();
            break;
        }
      }
    }
    expect([...seen].sort()).toEqual(['improvement', 'inconclusive', 'no_significant_change', 'not_enough_data', 'regression']);
  });
});
