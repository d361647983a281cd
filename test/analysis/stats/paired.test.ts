// Properties of the paired statistics that reference values alone do not pin down.
import { describe, expect, it } from 'vitest';
import { logRatios, pairedChange, pairedTTest } from '../../../src/analysis/stats/paired.ts';
import { pairsNeeded } from '../../../src/analysis/stats/paired-power.ts';
import { signedRankCounts, wilcoxonSignedRank } from '../../../src/analysis/stats/wilcoxon.ts';
import { mulberry32 } from '../../fakes/prng.ts';

describe('log ratios', () => {
  it('refuses unequal lengths and non-positive values, naming the pair', () => {
    expect(() => logRatios([1, 2], [1])).toThrow(/differ in length/);
    expect(() => logRatios([1, 0], [1, 2])).toThrow(/pair 2/);
  });
  it('mirrors when base and head swap', () => {
    const d = logRatios([100, 200, 300], [110, 190, 330]);
    const e = logRatios([110, 190, 330], [100, 200, 300]);
    d.forEach((x, i) => expect(x).toBeCloseTo(-e[i]!, 14));
    const a = pairedTTest(d)!;
    const b = pairedTTest(e)!;
    expect(a.t).toBeCloseTo(-b.t, 12);
    expect(a.p).toBeCloseTo(b.p, 12);
  });
});

describe('paired t', () => {
  it('does not apply below 2 pairs or without spread', () => {
    expect(pairedTTest([0.1])).toBeNull();
    expect(pairedTTest([0.05, 0.05, 0.05])).toBeNull();
  });
  it('gives a zero-width interval at the common ratio when every pair has the same ratio', () => {
    const c = pairedChange(logRatios([10, 20, 40], [11, 22, 44]))!;
    expect(c.relative).toBeCloseTo(0.1, 12);
    expect(c.ci_low).toBeCloseTo(0.1, 12);
    expect(c.ci_high).toBeCloseTo(0.1, 12);
  });
});

describe('Wilcoxon signed-rank', () => {
  it('counts 2^n sign patterns, symmetric around n(n+1)/4', () => {
    for (const n of [1, 5, 12, 30]) {
      const c = signedRankCounts(n);
      expect(c.reduce((a, b) => a + b, 0)).toBe(2 ** n);
      for (let k = 0; k < c.length; k++) expect(c[k]).toBe(c[c.length - 1 - k]);
    }
  });
  it('exact p of all-positive n differences is 2 / 2^n', () => {
    for (const n of [3, 6, 10]) {
      const r = wilcoxonSignedRank(Array.from({ length: n }, (_, i) => i + 1))!;
      expect(r.method).toBe('exact');
      expect(r.w).toBe(0);
      expect(r.p).toBeCloseTo(2 / 2 ** n, 15);
    }
  });
  it("'auto' switches to the normal approximation with ties or zeros", () => {
    expect(wilcoxonSignedRank([1, 2, 3, 4])!.method).toBe('exact');
    expect(wilcoxonSignedRank([1, 2, 2, 4])!.method).toBe('asymptotic');
    expect(wilcoxonSignedRank([0, 1, 2, 3, 4])!.method).toBe('asymptotic');
  });
  it('says nothing when every difference is 0', () => {
    expect(wilcoxonSignedRank([0, 0, 0])).toBeNull();
  });
  it('exact p-values are valid: P(p <= a) <= a under the null (simulated)', () => {
    const rnd = mulberry32(7);
    let rejections = 0;
    const trials = 4000;
    for (let k = 0; k < trials; k++) {
      const d = Array.from({ length: 8 }, () => rnd() - 0.5);
      if (wilcoxonSignedRank(d)!.p <= 0.05) rejections++;
    }
    // exact size at n = 8 is 0.039 (P(W <= 3) * 2); 4000 trials: 3 SE is about 0.009
    expect(rejections / trials).toBeLessThan(0.05);
    expect(rejections / trials).toBeGreaterThan(0.025);
  });
});

describe('pairs needed', () => {
  it('grows with the spread and shrinks with the effect, never below 2', () => {
    const a = pairsNeeded(0.02, 0.02, 0.05);
    expect(pairsNeeded(0.04, 0.02, 0.05)).toBeGreaterThan(a);
    expect(pairsNeeded(0.02, 0.04, 0.05)).toBeLessThan(a);
    expect(pairsNeeded(0, 0.02, 0.05)).toBe(2);
    expect(pairsNeeded(0.02, 0, 0.05)).toBe(Infinity);
  });
  it('matches the textbook one-sample figure: sigma = delta, 80 % power, alpha 0.05 -> 8 + 2 = 10', () => {
    // (1.959964 + 0.841621)^2 = 7.849; + 1.959964^2 / 2 = 1.921 -> 9.77 -> 10
    expect(pairsNeeded(0.03, 0.03, 0.05)).toBe(10);
  });
  it('has about the power it promises (simulated paired t at the estimated n)', () => {
    const rnd = mulberry32(11);
    const sigma = 0.02;
    const delta = 0.015;
    const n = pairsNeeded(sigma, delta, 0.05);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    let hits = 0;
    const trials = 2000;
    for (let k = 0; k < trials; k++) {
      const d = Array.from({ length: n }, () => delta + sigma * normal());
      if (pairedTTest(d)!.p < 0.05) hits++;
    }
    expect(hits / trials).toBeGreaterThan(0.76);
    expect(hits / trials).toBeLessThan(0.9);
  });
});
