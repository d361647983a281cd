import { describe, expect, it } from 'vitest';
import { cpuUtil, describeModel, dramPowerModel, DRAM_W_PER_GB, estimateModels, modelPower } from '../../src/accounting/estimate.ts';
import { summarize } from '../../src/accounting/summarize.ts';
import { buildLog, makeHeader } from '../fakes/log-builder.ts';

const m = { model: 'tdp-linear', idle_w: 30, max_w: 130, source: 'test' };

describe('linear power model', () => {
  it('P = idle + (max - idle) * util, util clamped, unknown = idle', () => {
    expect(modelPower(m, 0)).toBe(30);
    expect(modelPower(m, 0.25)).toBe(55);
    expect(modelPower(m, 1)).toBe(130);
    expect(modelPower(m, 1.7)).toBe(130);
    expect(modelPower(m, -1)).toBe(30);
    expect(modelPower(m, Number.NaN)).toBe(30);
  });
  it('cpu utilisation is busy/total, 0 without ticks', () => {
    expect(cpuUtil(200, 800)).toBe(0.25);
    expect(cpuUtil(0, 0)).toBe(0);
    expect(cpuUtil(900, 800)).toBe(1);
  });
  it('dram: 0.375 W per GB installed, constant', () => {
    const d = dramPowerModel(64e9);
    expect(DRAM_W_PER_GB).toBe(0.375);
    expect(d.idle_w).toBeCloseTo(24, 12);
    expect(d.max_w).toBeCloseTo(24, 12);
    expect(d.source).toMatch(/codecarbon/);
    expect(describeModel(m)).toBe('tdp-linear: P = 30 W + (130 - 30) W x utilisation; test');
  });
  it('models come from the header, else from the host (per GPU, power limit first)', () => {
    const h = makeHeader({ estimate: { cpu: m } }, 2);
    const e = estimateModels(h);
    expect(e.cpu).toBe(m);
    expect(e.derived).toEqual({ cpu: false, dram: true, gpu: true });
    expect(e.gpu.size).toBe(2);
    expect([...e.gpu.values()][0]).toMatchObject({ model: 'power-limit-linear', max_w: 700, idle_w: 70 });
    expect(e.dram.max_w).toBeCloseTo(0.375 * (64 * 2 ** 30) / 1e9, 9);
  });
});

describe('estimated CPU over a synthetic profile', () => {
  it('integrates the model per interval (checked against an independent sum)', () => {
    const log = buildLog({
      seconds: 30,
      hz: 10,
      header: {
        sensors: { cpu: { kind: 'estimated' }, dram: { kind: 'none' }, gpu: { kind: 'none' }, notes: [] },
        estimate: { cpu: m },
        pue: 1,
      },
    });
    let machine = 0;
    let attributed = 0;
    for (const s of log.samples) {
      const u = s.total > 0 ? s.busy / s.total : 0;
      const e = (30 + 100 * u) * s.dt;
      machine += e;
      attributed += e * Math.min(1, s.tree / s.busy);
    }
    const r = summarize(log);
    expect(r.energy_j.machine.cpu).toBeCloseTo(machine, 6);
    expect(r.energy_j.attributed.cpu).toBeCloseTo(attributed, 6);
    expect(r.energy_j.total).toBeCloseTo(attributed, 6);
    expect(r.methods.cpu).toMatchObject({ kind: 'estimated', model: 'tdp-linear' });
    expect(r.methods.dram).toEqual({ kind: 'none' });
  });
});
