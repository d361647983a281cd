// Properties and edge cases of src/stats that reference values alone do not pin down.
import { describe, expect, it } from 'vitest';
import {
  exactUCounts,
  fiellerRatio,
  holm,
  mannWhitneyU,
  mean,
  minRunsForRankTest,
  powerAt,
  predictionTest,
  runsPerSide,
  sd,
  variance,
  welchTTest,
} from '../../../src/analysis/stats/index.ts';
import { mulberry32 } from '../../fakes/prng.ts';

describe('descriptive', () => {
  it('keeps its digits on large values with a tiny spread', () => {
    const xs = [1e9 + 1, 1e9 + 2, 1e9 + 3];
    expect(mean(xs)).toBe(1e9 + 2);
    expect(variance(xs)).toBeCloseTo(1, 12);
  });
  it('is NaN, not a made-up number, below 2 values', () => {
    expect(variance([5])).toBeNaN();
    expect(sd([])).toBeNaN();
  });
});

describe('Welch', () => {
  it('does not apply below 2 runs or without any spread', () => {
    expect(welchTTest([1], [1, 2])).toBeNull();
    expect(welchTTest([5, 5, 5], [5, 5])).toBeNull();
    expect(welchTTest([5, 5, 5], [6, 6])).toBeNull();
  });
  it('is antisymmetric', () => {
    const a = welchTTest([1, 2, 3.5], [2, 4, 4.5, 6])!;
    const b = welchTTest([2, 4, 4.5, 6], [1, 2, 3.5])!;
    expect(a.t).toBeCloseTo(-b.t, 12);
    expect(a.p).toBeCloseTo(b.p, 12);
  });
});

describe('Mann-Whitney', () => {
  it('exact counts form the whole permutation distribution, symmetric about n1 n2 / 2', () => {
    for (const [n1, n2] of [
      [1, 1],
      [3, 4],
      [5, 5],
      [8, 2],
      [25, 25],
    ] as const) {
      const c = exactUCounts(n1, n2);
      let total = 0;
      for (const v of c) total += v;
      let binom = 1;
      for (let i = 1; i <= n1; i++) binom = (binom * (n2 + i)) / i;
      expect(total).toBeCloseTo(binom, 0);
      for (let u = 0; u <= n1 * n2; u++) expect(c[u]).toBe(c[n1 * n2 - u]);
    }
  });
  it('auto uses the exact distribution without ties and the tie-corrected approximation with them', () => {
    expect(mannWhitneyU([1, 2, 3], [4, 5, 6])?.method).toBe('exact');
    expect(mannWhitneyU([1, 2, 2], [2, 5, 6])?.method).toBe('asymptotic');
    const big = Array.from({ length: 30 }, (_, i) => i);
    expect(mannWhitneyU(big, big.map((v) => v + 100))?.method).toBe('asymptotic');
  });
  it('does not apply when every value is the same', () => {
    expect(mannWhitneyU([3, 3], [3, 3, 3])).toBeNull();
  });
  it('p stays within (0, 1]', () => {
    const r = mannWhitneyU([1, 4], [2, 3])!;
    expect(r.p).toBe(1);
  });
});

describe('prediction interval', () => {
  it('needs 3 base runs with some spread', () => {
    expect(predictionTest(10, [9, 11])).toBeNull();
    expect(predictionTest(10, [9, 9, 9])).toBeNull();
    expect(predictionTest(10, [9, 10, 11])?.df).toBe(2);
  });
});

describe('Fieller', () => {
  it('is a point when neither side has spread, and unbounded (null) when the base mean is not distinguishable from 0', () => {
    expect(fiellerRatio(110, 0, 100, 0, 3)).toEqual({ ratio: 1.1, low: 1.1, high: 1.1 });
    const r = fiellerRatio(10, 4, 1, 4, 2);
    expect(r.low).toBeNull();
    expect(r.high).toBeNull();
  });
  it('brackets the estimate', () => {
    const r = fiellerRatio(105, 1, 100, 1, 10);
    expect(r.low!).toBeLessThan(1.05);
    expect(r.high!).toBeGreaterThan(1.05);
  });
});

describe('Holm', () => {
  it('matches a hand-worked example', () => {
    // sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 -> max(0.06, 0.04) = 0.06
    const adj = holm([0.01, 0.04, 0.03, 0.005]);
    expect(adj[0]).toBeCloseTo(0.03, 15);
    expect(adj[1]).toBeCloseTo(0.06, 15);
    expect(adj[2]).toBeCloseTo(0.06, 15);
    expect(adj[3]).toBeCloseTo(0.02, 15);
  });
  it('never lowers a p-value and caps at 1', () => {
    const ps = [0.5, 0.9, 0.01, 0.2];
    const adj = holm(ps);
    adj.forEach((a, i) => {
      expect(a).toBeGreaterThanOrEqual(ps[i]!);
      expect(a).toBeLessThanOrEqual(1);
    });
    expect(holm([])).toEqual([]);
    expect(holm([0.3])).toEqual([0.3]);
  });
});

describe('runs needed', () => {
  it('gives the textbook 17 per side for a one-sigma difference at alpha 0.05, power 0.8', () => {
    // G*Power / Cohen (1988) for d = 1: 17 per group (t-test); normal approximation 16 + Guenther's correction.
    expect(runsPerSide(1, 1, 0.05)).toBe(17);
    // d = 0.5: 64 per group
    expect(runsPerSide(1, 0.5, 0.05)).toBe(64);
  });
  it('reaches the requested power at the suggested n', () => {
    const n = runsPerSide(2, 1.3, 0.05);
    expect(powerAt(n, 2, 1.3, 0.05)).toBeGreaterThanOrEqual(0.8);
    expect(powerAt(n - 2, 2, 1.3, 0.05)).toBeLessThan(0.8);
  });
  it('falls back to the rank test without spread', () => {
    expect(minRunsForRankTest(0.05)).toBe(4); // 2 / C(8, 4) = 0.029
    expect(minRunsForRankTest(0.01)).toBe(5); // 2 / C(10, 5) = 0.0079
    expect(runsPerSide(0, 1, 0.05)).toBe(4);
  });
});

describe('Fieller interval and the tests agree (random data)', () => {
  // Deterministic PRNG (mulberry32) and Box-Muller normals.
  const rand = mulberry32(12345);
  const normal = (m: number, s: number) => m + s * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const sample = (n: number, m: number, s: number) => Array.from({ length: n }, () => normal(m, s));

  it('the Welch-df Fieller CI excludes ratio 1 exactly when Welch p < 1 - level', () => {
    for (let i = 0; i < 300; i++) {
      const nb = 2 + Math.floor(rand() * 8);
      const nh = 2 + Math.floor(rand() * 8);
      const b = sample(nb, 100, 1 + rand() * 5);
      const h = sample(nh, 100 + normal(0, 4), 1 + rand() * 5);
      const level = [0.9, 0.95, 0.99][i % 3]!;
      const w = welchTTest(h, b)!;
      const vh = variance(h) / nh;
      const vb = variance(b) / nb;
      const r = fiellerRatio(mean(h), vh, mean(b), vb, w.df, level);
      if (r.low === null || r.high === null) continue;
      if (Math.abs(w.p - (1 - level)) < 1e-9) continue; // on the boundary either is right
      expect(r.low > 1 || r.high < 1).toBe(w.p < 1 - level);
    }
  });

  it('the prediction Fieller CI excludes ratio 1 exactly when the prediction test rejects', () => {
    for (let i = 0; i < 200; i++) {
      const n = 3 + Math.floor(rand() * 8);
      const b = sample(n, 100, 1 + rand() * 3);
      const x = normal(100, 6);
      const p = predictionTest(x, b)!;
      const s2 = variance(b);
      const r = fiellerRatio(x, s2, mean(b), s2 / n, n - 1, 0.95);
      if (r.low === null || r.high === null) continue;
      expect(r.low > 1 || r.high < 1).toBe(p.p < 0.05);
    }
  });
});
