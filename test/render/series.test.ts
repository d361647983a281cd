import { describe, expect, it } from 'vitest';
import { hasReadings, powerSeries } from '../../src/render/appendix/series.ts';
import { makeLog } from '../helpers/reports.ts';

describe('powerSeries', () => {
  it('gives machine power and the attributed share per interval', () => {
    const log = makeLog({ samples: 3, dt: 0.5, gpus: 2, pkgW: (i) => 100 + 10 * i, gpuW: (_i, g) => 200 + 100 * g });
    const s = powerSeries(log.header, log.samples);
    expect([...s.t]).toEqual([0.5, 1, 1.5]);
    // pkg J / dt back to W; the tree has 100 of 400 busy ticks -> share 0.25.
    expect([...s.cpu.machine]).toEqual([100, 110, 120]);
    expect(s.cpu.attributed[1]).toBeCloseTo(27.5, 12);
    // GPUs: 200 + 300 W; the step's SM 40 of util 80 -> half of each.
    expect(s.gpu.machine[0]).toBe(500);
    expect(s.gpu.attributed[0]).toBeCloseTo(250, 12);
    expect(s.cpu.kind).toBe('measured');
    // No DRAM sensor and no model: no readings, never zeros.
    expect(hasReadings(s.dram)).toBe(false);
    expect(Number.isNaN(s.dram.machine[0]!)).toBe(true);
  });

  it('keeps gaps as NaN and uses the model when a component is estimated', () => {
    const log = makeLog({ samples: 3, gpus: 1, pkgW: (i) => (i === 1 ? null : 50), gpuW: (i) => (i === 2 ? null : 100) });
    const s = powerSeries(log.header, log.samples);
    expect(Number.isNaN(s.cpu.machine[1]!)).toBe(true);
    expect(s.cpu.machine[2]).toBe(50);
    expect(Number.isNaN(s.gpu.machine[2]!)).toBe(true);

    const est = {
      ...log.header,
      sensors: { ...log.header.sensors, cpu: { kind: 'estimated' as const, model: 'tdp-linear' } },
      estimate: { cpu: { model: 'tdp-linear', idle_w: 20, max_w: 120, source: 'test' } },
    };
    const e = powerSeries(est, log.samples);
    // Estimated CPU: busy 400 of 800 ticks -> 20 + 100 * 0.5 = 70 W in every interval, RAPL ignored.
    expect([...e.cpu.machine]).toEqual([70, 70, 70]);
    expect(e.cpu.attributed[1]).toBeCloseTo(70 * 0.25, 12);
    expect(e.cpu.kind).toBe('estimated');
  });

  it('attributes a held GPU without SM data fully, and an unheld one not at all', () => {
    const log = makeLog({ samples: 1, gpus: 2 });
    const g = log.samples[0]!.gpu!;
    g[0] = { ...g[0]!, sm: null, on: true };
    g[1] = { ...g[1]!, sm: null, on: false };
    const s = powerSeries(log.header, log.samples);
    expect(s.gpu.machine[0]).toBe(600);
    expect(s.gpu.attributed[0]).toBe(300);
  });
});
