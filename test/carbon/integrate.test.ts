import { describe, expect, it } from 'vitest';
import { co2eqOverIntervals } from '../../src/carbon/integrate.ts';

const KWH = 3.6e6;

describe('co2eqOverIntervals', () => {
  it('uses the fallback before the first reading and each reading from its time on', () => {
    // 3 intervals of 10 s, 1 kWh each; reading 100 g/kWh from t=10, 300 from t=25 (mid third interval)
    const iv = [10, 20, 30].map((t) => ({ t, dt: 10, joules: KWH }));
    const r = co2eqOverIntervals(iv, [{ t: 25, g_per_kwh: 300 }, { t: 10, g_per_kwh: 100 }], 500);
    // [0,10]: 500; [10,20]: 100; [20,25]: 0.5 kWh x 100; [25,30]: 0.5 kWh x 300
    expect(r.co2eq_g).toBeCloseTo(500 + 100 + 50 + 150, 9);
    expect(r.kwh).toBeCloseTo(3, 12);
    expect(r.mean_g_per_kwh).toBeCloseTo(800 / 3, 9);
    expect(r.covered).toBeCloseTo(2 / 3, 12);
  });

  it('equals energy x annual intensity without readings, and never yields NaN', () => {
    const r = co2eqOverIntervals([{ t: 1, dt: 1, joules: 7.2e6 }], [], 250);
    expect(r.co2eq_g).toBeCloseTo(500, 9);
    expect(r.covered).toBe(0);
    const empty = co2eqOverIntervals([], [], 250);
    expect(empty).toEqual({ co2eq_g: 0, kwh: 0, mean_g_per_kwh: 250, covered: 0 });
    // bad intervals and readings are skipped, not propagated
    const skipped = co2eqOverIntervals(
      [{ t: 1, dt: 0, joules: 1 }, { t: 2, dt: 1, joules: Number.NaN }, { t: 3, dt: 1, joules: KWH }],
      [{ t: 0, g_per_kwh: Number.NaN }],
      100,
    );
    expect(skipped.co2eq_g).toBeCloseTo(100, 9);
    expect(() => co2eqOverIntervals([], [], -1)).toThrow(/fallback intensity/);
  });
});
