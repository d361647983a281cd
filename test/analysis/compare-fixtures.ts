// Summaries for the compare/markdown tests: realistic defaults, values chosen per test.
import type { Summary } from '../../src/model/summary.ts';

export interface FakeRun {
  energy: number;
  duration?: number;
  sha?: string;
  label?: string;
  repeat?: number;
  gpuShare?: number;
  intensity?: number;
}

export function fakeSummary(r: FakeRun, over: Partial<Summary> = {}): Summary {
  const duration = r.duration ?? 600;
  const pue = 1.2;
  const attributedTotal = r.energy / pue;
  const gpuShare = r.gpuShare ?? 0.7;
  const intensity = r.intensity ?? 250;
  const s: Summary = {
    schema: 'joulecheck/summary@1',
    tool: { name: 'joulecheck', version: '0.1.0' },
    label: r.label ?? 'train',
    repeat: r.repeat ?? 1,
    command: ['python', 'train.py'],
    started_at: '2026-11-23T07:00:00.000Z',
    ended_at: '2026-11-23T07:10:00.000Z',
    duration_s: duration,
    exit_code: 0,
    signal: null,
    pue,
    energy_j: {
      machine: { cpu: attributedTotal, dram: attributedTotal * 0.1, gpu: attributedTotal },
      attributed: {
        cpu: attributedTotal * (1 - gpuShare) * 0.8,
        dram: attributedTotal * (1 - gpuShare) * 0.2,
        gpu: attributedTotal * gpuShare,
      },
      total: r.energy,
    },
    methods: {
      cpu: { kind: 'measured', sensor: 'rapl' },
      dram: { kind: 'measured', sensor: 'rapl' },
      gpu: { kind: 'measured', sensor: 'nvidia-smi' },
    },
    carbon: {
      region: 'DE',
      intensity_g_per_kwh: intensity,
      intensity_kind: 'annual',
      source: 'test',
      co2eq_g: (r.energy / 3.6e6) * intensity,
    },
    power_w: { mean: duration > 0 ? r.energy / duration : 0, machine_mean: 400 },
    host: {
      hostname: 'runner-1',
      cpu_model: 'AMD EPYC 7V13',
      logical_cpus: 16,
      gpus: [{ uuid: 'GPU-1', name: 'NVIDIA H100 80GB HBM3', driver: '550.54' }],
    },
    samples: duration * 10,
    interval_ms: 100,
    ...(r.sha ? { git: { sha: r.sha } } : {}),
    ...over,
  };
  return s;
}

/** One summary per energy value, repeats numbered from 1. */
export function side(energies: readonly number[], extra: Omit<FakeRun, 'energy'> = {}, over: Partial<Summary> = {}): Summary[] {
  return energies.map((energy, i) => fakeSummary({ ...extra, energy, repeat: i + 1 }, over));
}

export const BASE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const HEAD_SHA = 'f0e1d2c3b4a5968778695a4b3c2d1e0f98765432';

/** base ~ 180 kJ with ~1% noise, deterministic */
export const BASE10 = [180100, 179400, 181200, 178900, 180600, 179800, 181000, 180300, 179100, 180700];
export const HEAD_PLUS5 = [189500, 188300, 190100, 188800, 189900, 189200, 190400, 188600, 189700, 189000];
export const scale = (xs: readonly number[], f: number) => xs.map((x) => x * f);
