import { describe, expect, it } from 'vitest';
import { SocialCost } from '../../src/model/summary.ts';
import { socialCostFor } from '../../src/accounting/social-cost.ts';

const usd = (x: number) => `$${x.toFixed(2)}`;

describe('socialCostFor', () => {
  it("reproduces Henderson et al. 2020's USA statement: 8.021 kg -> $0.38 ($0.00, $0.95)", () => {
    const s = socialCostFor('USA', 8021)!;
    expect(SocialCost.parse(s)).toEqual(s);
    expect(`${usd(s.cost.median)} (${usd(s.cost.low)}, ${usd(s.cost.high)})`).toBe('$0.38 ($0.00, $0.95)');
    // and agrees with Ricke et al.'s rounded USA median of about 48 $/t within the statement's rounding
    expect(Math.abs(s.per_tonne.median - 48)).toBeLessThan(1);
    expect(s.substitute_for).toBeUndefined();
    expect(s.currency).toBe('USD');
    expect(s.year).toBe(2005);
  });

  it('finds the USA figure from ISO-2, zone ids and cloud regions', () => {
    for (const c of ['US', 'us', 'US-CAL-CISO', 'US-STATE-TX', 'aws:us-west-2']) {
      const s = socialCostFor(c, 1e6)!;
      expect(s.country, c).toBe('USA');
      expect(s.substitute_for, c).toBeUndefined();
      expect(s.cost.median).toBeCloseTo(s.per_tonne.median, 10); // 1 t
    }
  });

  it('uses the global SCC as a labelled substitute for a country without its own figure', () => {
    const s = socialCostFor('DE', 2_000_000)!;
    expect(s.country).toBe('GLOBAL');
    expect(s.substitute_for).toBe('DE');
    expect(s.per_tonne).toEqual({ median: 417, low: 177, high: 805 }); // Ricke et al. 2018 abstract
    expect(s.cost.median).toBeCloseTo(834, 9);
    expect(s.cost.low).toBeCloseTo(354, 9);
    expect(s.cost.high).toBeCloseTo(1610, 9);
    expect(s.source).toMatch(/Ricke/);
    expect(socialCostFor(undefined, 10)?.substitute_for).toBe('unknown country');
  });

  it('gives the world-average zone the global figure as its own', () => {
    const s = socialCostFor('WORLD', 1e6)!;
    expect(s.country).toBe('GLOBAL');
    expect(s.substitute_for).toBeUndefined();
  });

  it('returns undefined rather than NaN for unusable amounts', () => {
    for (const g of [Number.NaN, -1, Number.POSITIVE_INFINITY]) expect(socialCostFor('US', g)).toBeUndefined();
    expect(socialCostFor('US', 0)?.cost).toEqual({ median: 0, low: 0, high: 0 });
  });
});
