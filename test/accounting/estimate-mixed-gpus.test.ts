// Mixed GPU models on one machine: each GPU is estimated with its own model's figures, never the first
// GPU's for all; and exclusive attribution credits the whole energy of the visible GPUs.
import { describe, expect, it } from 'vitest';
import { estimateModels } from '../../src/accounting/estimate.ts';
import { gpuPowerModel } from '../../src/accounting/hardware.ts';
import { summarize } from '../../src/accounting/summarize.ts';
import type { LogHeader, LogSample } from '../../src/model/log.ts';
import { runLogFromSamples } from '../../src/model/run-log.ts';
import { gpuUuid, makeHeader, makeSample } from '../fakes/log-builder.ts';

const H100 = { uuid: gpuUuid(0), index: 0, name: 'NVIDIA H100 80GB HBM3', power_limit_w: 700 };
const T4 = { uuid: gpuUuid(1), index: 1, name: 'Tesla T4', power_limit_w: 70 };

function mixedHeader(estimate: LogHeader['estimate']) {
  return makeHeader({
    host: { ...makeHeader().host, gpus: [H100, T4] },
    sensors: { cpu: { kind: 'none' }, dram: { kind: 'none' }, gpu: { kind: 'estimated', model: 'power-limit-linear' }, notes: [] },
    ...(estimate ? { estimate } : {}),
  });
}

describe('mixed GPU models', () => {
  it('the per-GPU models of the header, else each GPU\'s own (an older header recorded only the first GPU\'s)', () => {
    const h100 = gpuPowerModel(H100.name, 700);
    const t4 = gpuPowerModel(T4.name, 70);
    const withPer = estimateModels(mixedHeader({ gpu: h100, gpus: { [H100.uuid]: h100, [T4.uuid]: t4 } }));
    expect(withPer.gpu.get(T4.uuid)).toEqual(t4);
    const old = estimateModels(mixedHeader({ gpu: h100 }));
    expect(old.gpu.get(H100.uuid)).toEqual(h100);
    expect(old.gpu.get(T4.uuid)!.max_w).toBe(70); // derived from the T4's own limit, not the H100's 700 W
  });

  it('summarize: each GPU\'s estimated energy from its own model', () => {
    const h100 = gpuPowerModel(H100.name, 700);
    const t4 = gpuPowerModel(T4.name, 70);
    const h = mixedHeader({ gpu: h100, gpus: { [H100.uuid]: h100, [T4.uuid]: t4 } });
    const samples: LogSample[] = Array.from({ length: 10 }, (_, i) =>
      makeSample({ t: (i + 1) * 0.1, dt: 0.1, gpu: [H100, T4].map((g) => ({ u: g.uuid, w: null, j: null, util: 100, sm: 100, on: true })) }),
    );
    const s = summarize(runLogFromSamples({ header: h, samples, intensities: [], events: [], footer: null, torn: false }));
    // 1 s at full utilisation: max_w of each, in joules
    expect(s.energy_j.machine.gpu).toBeCloseTo(700 + 70, 6);
  });
});

describe('gpu-attribution exclusive', () => {
  it('credits the whole GPU energy even when no process of the step is seen, and says so', () => {
    const h = makeHeader({ attribution: { children: 'x', gpu_idle: 'exclusive', gpu_mode: 'exclusive' } }, 1);
    const gpu = [{ u: gpuUuid(0), w: 300, j: 30, util: 100, sm: 0, on: false }];
    const samples: LogSample[] = Array.from({ length: 10 }, (_, i) => makeSample({ t: (i + 1) * 0.1, dt: 0.1, gpu }));
    const s = summarize(runLogFromSamples({ header: h, samples, intensities: [], events: [], footer: null, torn: false }));
    expect(s.energy_j.machine.gpu).toBeCloseTo(300, 6);
    expect(s.energy_j.attributed.gpu).toBeCloseTo(300, 6);
    expect(s.methods.gpu.detail).toMatch(/attribution: exclusive/);
    expect(s.warnings!.join('\n')).toMatch(/GPU attribution is exclusive/);
    const p = summarize(runLogFromSamples({ header: makeHeader({}, 1), samples, intensities: [], events: [], footer: null, torn: false }));
    expect(p.energy_j.attributed.gpu).toBe(0);
  });
});
