// Small hand-made inputs for report tests (independent of the accounting code under test elsewhere).
import { SUMMARY_SCHEMA, type Summary } from '../../src/report/summary-schema.ts';

export function makeSummary(over: {
  label?: string;
  repeat?: number;
  total_j: number;
  intensity?: number;
  region?: string;
  pue?: number;
  duration_s?: number;
  gpu_j?: number;
}): Summary {
  const intensity = over.intensity ?? 200;
  const pue = over.pue ?? 1.2;
  const gpu = over.gpu_j ?? 0;
  const attributedCpu = over.total_j / pue - gpu;
  return {
    schema: SUMMARY_SCHEMA,
    tool: { name: 'joulecheck', version: '0.1.0' },
    label: over.label ?? 'train',
    repeat: over.repeat ?? 1,
    command: ['python', 'train.py'],
    started_at: '2026-11-23T07:00:00.000Z',
    ended_at: '2026-11-23T07:10:00.000Z',
    duration_s: over.duration_s ?? 600,
    exit_code: 0,
    signal: null,
    pue,
    energy_j: {
      machine: { cpu: attributedCpu * 2, dram: 0, gpu: gpu * 1.5 },
      attributed: { cpu: attributedCpu, dram: 0, gpu },
      total: over.total_j,
    },
    methods: {
      cpu: { kind: 'measured', sensor: 'rapl' },
      dram: { kind: 'none', detail: 'no dram zone (AMD)' },
      gpu: gpu > 0 ? { kind: 'measured', sensor: 'nvidia-smi' } : { kind: 'none' },
    },
    carbon: {
      region: over.region ?? 'US-CAL-CISO',
      intensity_g_per_kwh: intensity,
      intensity_kind: 'annual',
      source: 'test data',
      co2eq_g: (over.total_j / 3.6e6) * intensity,
    },
  };
}
