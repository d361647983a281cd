// Power readings to interval energies: trapezoids, holds, gaps, and takes that add up to the whole run.
import { describe, expect, it } from 'vitest';
import { integrateReadings, ReadingSeries, type Reading } from '../../../src/meter/sampling/power-series.ts';

describe('integration', () => {
  const pts = (...xs: Array<[number, number]>): Reading[] => xs.map(([t, v]) => ({ t, v }));

  it('trapezoid inside, interpolation at the start, hold at the end', () => {
    // readings 100 W at 0 ms, 200 W at 1000 ms; interval [250, 1500]
    const r = integrateReadings(pts([0, 100], [1000, 200]), 250, 1500, 1000)!;
    // 250..1000: linear 125 -> 200 = 0.75 s x 162.5 W; 1000..1500: hold 200 W x 0.5 s
    expect(r.integral).toBeCloseTo(0.75 * 162.5 + 100, 9);
    expect(r.mean).toBeCloseTo(r.integral / 1.25, 9);
  });

  it('no reading: hold up to the limit, then a gap (null), never zero', () => {
    expect(integrateReadings(pts([0, 300]), 100, 900, 1000)!.integral).toBeCloseTo(240, 9);
    expect(integrateReadings(pts([0, 300]), 900, 1200, 1000)).toBeNull();
    expect(integrateReadings([], 0, 100, 1000)).toBeNull();
    expect(integrateReadings(pts([0, 300]), 100, 100, 1000)).toBeNull();
  });

  it('interval energies add up to the whole-run integral (no overlap, no loss)', () => {
    // readings every 100 ms of a ramp 100..199 W, plus a step; takes at irregular times
    const all: Reading[] = [];
    for (let i = 0; i < 100; i++) all.push({ t: i * 100 + 7, v: i < 50 ? 100 + i : 300 });
    const whole = integrateReadings(all, 7, 9907, 1000)!.integral;
    const series = new ReadingSeries(1000);
    let sum = 0;
    let a = 7;
    let k = 0;
    for (const b of [55, 130, 131, 400, 1234, 2500, 2501, 4999, 5003, 7000, 9907]) {
      while (k < all.length && all[k]!.t <= b) series.push(all[k]!.t, all[k++]!.v);
      sum += series.integrate(a, b)?.integral ?? NaN;
      a = b;
    }
    // holds at take times differ from the trapezoid only within one reading period at each take
    expect(Math.abs(sum - whole) / whole).toBeLessThan(0.005);
  });

  it('duplicated rows are ignored; out-of-order timestamps are kept monotone', () => {
    const s = new ReadingSeries(1000);
    s.push(0, 100);
    s.push(0, 100);
    s.push(500, 100);
    s.push(400, 300);
    expect(s.lastReading).toEqual({ t: 500, v: 300 });
    expect(s.meanOfReadings(-1, 500)).toBeCloseTo((100 + 100 + 300) / 3, 9);
    expect(s.meanOfReadings(500, 1400)).toBe(300);
    expect(s.meanOfReadings(500, 1600)).toBeNull();
  });
});
