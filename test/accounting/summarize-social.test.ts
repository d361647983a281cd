// The social cost seam: summarize passes the run's country and CO2eq and stores what comes back.
import { describe, expect, it, vi } from 'vitest';

const calls: [string | undefined, number][] = [];
vi.mock('../../src/accounting/social-cost.ts', () => ({
  socialCostFor: (country: string | undefined, g: number) => {
    calls.push([country, g]);
    return country === 'USA'
      ? {
          country: 'USA',
          currency: 'USD',
          year: 2020,
          per_tonne: { median: 50, low: 0, high: 120 },
          cost: { median: (50 * g) / 1e6, low: 0, high: (120 * g) / 1e6 },
          source: 'test',
        }
      : undefined;
  },
}));

const { summarize } = await import('../../src/accounting/summarize.ts');
const { buildLog } = await import('../fakes/log-builder.ts');

describe('summarize: social cost of carbon', () => {
  it('asks for the header country and the computed CO2eq, and records the answer', () => {
    const s = summarize(buildLog({ seconds: 5, header: { carbon: { country: 'USA' } } }));
    expect(calls.at(-1)).toEqual(['USA', s.carbon.co2eq_g]);
    expect(s.carbon.co2eq_g).toBeGreaterThan(0);
    expect(s.carbon.social_cost?.cost.median).toBeCloseTo((50 * s.carbon.co2eq_g) / 1e6, 15);
  });
  it('leaves it out when none is known; falls back to the region id without a country', () => {
    const s = summarize(buildLog({ seconds: 5 }));
    expect(calls.at(-1)?.[0]).toBe('US-CAL-CISO');
    expect(s.carbon.social_cost).toBeUndefined();
    expect('social_cost' in s.carbon).toBe(false);
  });
});
