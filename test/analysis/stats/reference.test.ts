// src/stats against SciPy 1.17 reference values (scripts/stats-reference.py -> test/fixtures/stats-reference.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fiellerRatio, mannWhitneyU, predictionTest, tQuantile, welchDf, welchTTest } from '../../../src/analysis/stats/index.ts';

interface Ref {
  scipy_version: string;
  welch: { name: string; x: number[]; y: number[]; t: number; df: number; p: number }[];
  mann_whitney: {
    name: string;
    x: number[];
    y: number[];
    method: 'exact' | 'asymptotic';
    use_continuity: boolean;
    u: number;
    p: number;
  }[];
  prediction: { name: string; x: number; sample: number[]; t: number; df: number; p: number }[];
  t_quantile: { p: number; df: number; q: number }[];
  fieller: {
    name: string;
    h: number;
    vh: number;
    b: number;
    vb: number;
    df: number;
    level: number;
    ratio: number;
    low: number;
    high: number;
    welch_p: number;
    head: number[];
    base: number[];
  }[];
}

const ref: Ref = JSON.parse(readFileSync(new URL('../../fixtures/stats-reference.json', import.meta.url), 'utf8'));
const REL = 1e-6;

function close(actual: number | undefined | null, expected: number, rel = REL): void {
  expect(actual).toBeTypeOf('number');
  const a = actual as number;
  const tol = Math.max(rel * Math.abs(expected), 1e-300);
  if (Math.abs(a - expected) > tol) {
    throw new Error(`expected ${expected}, got ${a} (relative error ${Math.abs(a - expected) / Math.abs(expected)})`);
  }
}

describe(`stats agree with SciPy ${ref.scipy_version} to 1e-6 relative`, () => {
  it('has cases for every test', () => {
    expect(ref.welch.length).toBeGreaterThanOrEqual(5);
    expect(ref.mann_whitney.filter((c) => c.method === 'exact').length).toBeGreaterThanOrEqual(5);
    expect(ref.mann_whitney.filter((c) => c.method === 'asymptotic').length).toBeGreaterThanOrEqual(5);
    expect(ref.prediction.length).toBeGreaterThanOrEqual(3);
  });

  for (const c of ref.welch) {
    it(`Welch: ${c.name}`, () => {
      const r = welchTTest(c.x, c.y);
      close(r?.t, c.t);
      close(r?.df, c.df);
      close(r?.p, c.p);
    });
  }

  for (const c of ref.mann_whitney) {
    it(`Mann-Whitney ${c.method}${c.use_continuity ? '' : ' (no continuity)'}: ${c.name}`, () => {
      const r = mannWhitneyU(c.x, c.y, { method: c.method, continuity: c.use_continuity });
      expect(r?.method).toBe(c.method);
      close(r?.u, c.u);
      close(r?.p, c.p);
    });
  }

  for (const c of ref.prediction) {
    it(`prediction interval: ${c.name}`, () => {
      const r = predictionTest(c.x, c.sample);
      close(r?.t, c.t);
      expect(r?.df).toBe(c.df);
      close(r?.p, c.p);
    });
  }

  for (const c of ref.t_quantile) {
    it(`t quantile p=${c.p} df=${c.df}`, () => close(tQuantile(c.p, c.df), c.q));
  }

  for (const c of ref.fieller) {
    it(`Fieller ratio CI (roots found by brentq): ${c.name}`, () => {
      close(welchDf(c.vh, c.head.length, c.vb, c.base.length), c.df);
      const r = fiellerRatio(c.h, c.vh, c.b, c.vb, c.df, c.level);
      close(r.ratio, c.ratio);
      close(r.low, c.low);
      close(r.high, c.high);
      // The CI excludes "no change" exactly when Welch's test is significant at the same level.
      expect(r.low! > 1 || r.high! < 1).toBe(c.welch_p < 1 - c.level);
    });
  }
});
