// Paired statistics against SciPy 1.17 reference values
// (scripts/paired-stats-reference.py -> test/fixtures/paired-stats-reference.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logRatios, pairedChange, pairedTTest } from '../../../src/analysis/stats/paired.ts';
import { orderTrend } from '../../../src/analysis/stats/trend.ts';
import { wilcoxonSignedRank } from '../../../src/analysis/stats/wilcoxon.ts';

interface Ref {
  scipy_version: string;
  zero_method: string;
  correction: boolean;
  paired: {
    name: string;
    base: number[];
    head: number[];
    t: number;
    df: number;
    p: number;
    wilcoxon_w: number;
    wilcoxon_p: number;
    wilcoxon_method: 'exact' | 'asymptotic';
    relative: number;
    ci_level: number;
    ci_low: number;
    ci_high: number;
  }[];
  wilcoxon: { name: string; d: number[]; method: 'exact' | 'asymptotic'; w: number; p: number }[];
  trend: { name: string; y: number[]; slope: number; intercept: number; r: number; p: number }[];
}

const ref: Ref = JSON.parse(readFileSync(new URL('../../fixtures/paired-stats-reference.json', import.meta.url), 'utf8'));
const REL = 1e-6;

function close(actual: number | undefined | null, expected: number, rel = REL): void {
  expect(actual).toBeTypeOf('number');
  const a = actual as number;
  const tol = Math.max(rel * Math.abs(expected), 1e-300);
  if (Math.abs(a - expected) > tol) {
    throw new Error(`expected ${expected}, got ${a} (relative error ${Math.abs(a - expected) / Math.abs(expected)})`);
  }
}

describe(`paired statistics agree with SciPy ${ref.scipy_version} to 1e-6 relative`, () => {
  it('uses the defaults it claims (zero_method wilcox, no continuity correction) and covers both methods', () => {
    expect(ref.zero_method).toBe('wilcox');
    expect(ref.correction).toBe(false);
    expect(ref.paired.length).toBeGreaterThanOrEqual(6);
    expect(ref.wilcoxon.filter((c) => c.method === 'exact').length).toBeGreaterThanOrEqual(4);
    expect(ref.wilcoxon.filter((c) => c.method === 'asymptotic').length).toBeGreaterThanOrEqual(4);
  });

  for (const c of ref.paired) {
    it(`paired t (ttest_rel), Wilcoxon ('auto') and the change's CI: ${c.name}`, () => {
      const d = logRatios(c.base, c.head);
      const t = pairedTTest(d);
      close(t?.t, c.t);
      expect(t?.df).toBe(c.df);
      close(t?.p, c.p);
      const w = wilcoxonSignedRank(d);
      expect(w?.method).toBe(c.wilcoxon_method);
      close(w?.w, c.wilcoxon_w);
      close(w?.p, c.wilcoxon_p);
      const ch = pairedChange(d, c.ci_level)!;
      close(ch.relative, c.relative);
      close(ch.ci_low, c.ci_low);
      close(ch.ci_high, c.ci_high);
      // the interval excludes "no change" exactly when the t-test is significant at its level
      expect(ch.ci_low > 0 || ch.ci_high < 0).toBe(c.p < 1 - c.ci_level);
    });
  }

  for (const c of ref.wilcoxon) {
    it(`Wilcoxon ${c.method}: ${c.name}`, () => {
      const r = wilcoxonSignedRank(c.d, { method: c.method });
      expect(r?.method).toBe(c.method);
      if (c.w === 0) expect(r?.w).toBe(0);
      else close(r?.w, c.w);
      close(r?.p, c.p);
    });
  }

  for (const c of ref.trend) {
    it(`trend with run order (linregress): ${c.name}`, () => {
      const r = orderTrend(c.y)!;
      close(r.slope, c.slope);
      close(r.intercept, c.intercept);
      close(r.r, c.r);
      close(r.p, c.p);
    });
  }
});
