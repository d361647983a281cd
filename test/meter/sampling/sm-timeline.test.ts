// Per-process readings placed on the windows they cover; the counter series' interval energies.
import { describe, expect, it } from 'vitest';
import { SmTimeline } from '../../../src/meter/sampling/sm-timeline.ts';
import { CounterSeries } from '../../../src/meter/sampling/counter-series.ts';

const ours = (pid: number): boolean => pid === 7;

describe('SmTimeline', () => {
  it('pmon: a line covers the second before it; the first also the time before it; the last is held while the next is late', () => {
    const tl = new SmTimeline({ leadIn: true });
    tl.addReading(1500 - 1000, 1500, [[7, 80], [9, 20]]);
    // before the first line (the stream was starting): that line's share, not 0
    expect(tl.tree(0, 100, ours)).toEqual({ sm: 80, on: true });
    tl.addReading(1500, 2500, [[7, 40], [9, 60]]);
    // the second line's value applies to the second BEFORE it (1.5-2.5 s), not after it
    expect(tl.tree(1600, 2400, ours)).toEqual({ sm: 40, on: true });
    // straddling: half of each
    expect(tl.tree(1000, 2000, ours)).toEqual({ sm: 60, on: true });
    // after the last line (the next is late): held, never 0
    expect(tl.tree(2600, 3400, ours)).toEqual({ sm: 40, on: true });
    // a process absent from a line did not use the GPU in its second
    tl.addReading(2500, 3500, [[9, 100]]);
    expect(tl.tree(2600, 3400, ours)).toEqual({ sm: 0, on: false });
  });

  it('`-` for every process: unknown (null); beside a sampled one: 0', () => {
    const a = new SmTimeline();
    a.addReading(0, 1000, [[7, null]]);
    expect(a.tree(100, 900, ours)).toEqual({ sm: null, on: true });
    const b = new SmTimeline();
    b.addReading(0, 1000, [[7, null], [9, 50]]);
    expect(b.tree(100, 900, ours)).toEqual({ sm: 0, on: true });
  });

  it('NVML samples: each on its own window; the horizon says what is known', () => {
    const tl = new SmTimeline({ holdSpanMs: 500 });
    for (let t = 200; t <= 1000; t += 200) tl.addSample(7, t - 200, t, 100);
    tl.setHorizon(1000);
    expect(tl.tree(0, 1000, ours).sm).toBe(100);
    // past the horizon: the last sample is held
    expect(tl.tree(1000, 1100, ours).sm).toBe(100);
    // the source reported up to 3000 with no sample of ours after 1000: idle, not held
    tl.setHorizon(3000);
    expect(tl.tree(2000, 2500, ours)).toEqual({ sm: 0, on: false });
  });

  it('trim keeps what later intervals and the hold need', () => {
    const tl = new SmTimeline({ leadIn: true });
    tl.addReading(0, 1000, [[7, 30]]);
    tl.addReading(1000, 2000, [[7, 70]]);
    tl.trim(5000);
    expect(tl.tree(5000, 5100, ours).sm).toBe(70);
  });
});

describe('CounterSeries', () => {
  it('interval energies tile: their sum is the counter difference, whatever the read times', () => {
    const c = new CounterSeries();
    // 200 W: 0.2 J per ms, reads at irregular times
    for (const t of [0, 90, 230, 300, 410, 500]) c.push(t, 1000 + 0.2 * t);
    let sum = 0;
    for (let a = 0; a < 500; a += 100) {
      sum += c.energy(a, a + 100)!;
      c.trim(a + 100);
    }
    expect(sum).toBeCloseTo(100, 9);
  });

  it('before the first read: the first reads\' power extended back; after the last: unknown; a reset restarts', () => {
    const c = new CounterSeries();
    c.push(50, 10);
    c.push(150, 30); // 0.2 J/ms
    expect(c.energy(0, 150)).toBeCloseTo(30, 9);
    expect(c.energy(150, 200)).toBeNull();
    c.push(250, 5); // the driver reloaded: counter restarted
    expect(c.resets).toBe(1);
    expect(c.energy(250, 250.5)).toBeNull();
  });
});
