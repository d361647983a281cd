// Small hand-made inputs for report tests (independent of the accounting code under test elsewhere).
import type { CommandIO } from '../../src/cli/types.ts';
import type { LogHeader, LogSample } from '../../src/model/log.ts';
import { runLogFromSamples, type RunLog } from '../../src/model/run-log.ts';
import { SUMMARY_SCHEMA, type Summary } from '../../src/model/summary.ts';

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


/** A hand-made run log: constant-ish power with a known shape, `gpus` GPUs, samples every `dt` s. */
export function makeLog(opts: {
  label?: string;
  repeat?: number;
  samples: number;
  dt?: number;
  gpus?: number;
  /** package power, W; a function of the sample index */
  pkgW?: (i: number) => number | null;
  gpuW?: (i: number, g: number) => number | null;
  hostname?: string;
  /** false: the meter died before writing its footer */
  footer?: boolean;
}): RunLog {
  const dt = opts.dt ?? 0.1;
  const nG = opts.gpus ?? 0;
  const uuids = Array.from({ length: nG }, (_, g) => `GPU-${g}0000000-0000-0000-0000-000000000000`);
  const header: LogHeader = {
    type: 'header',
    schema: 'joulecheck/log@1',
    tool: { name: 'joulecheck', version: '0.1.0' },
    label: opts.label ?? 'train',
    repeat: opts.repeat ?? 1,
    command: ['python', 'train.py'],
    started_at: '2026-11-23T07:00:00.000Z',
    interval_ms: dt * 1000,
    pue: 1.2,
    host: {
      hostname: opts.hostname ?? 'runner-1',
      platform: 'linux',
      arch: 'x64',
      cpu_model: 'Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz',
      logical_cpus: 80,
      mem_total_bytes: 256e9,
      gpus: uuids.map((u, index) => ({ uuid: u, index, name: 'NVIDIA H100 80GB HBM3', driver: '550.54.15' })),
    },
    sensors: {
      cpu: { kind: 'measured', sensor: 'rapl', detail: 'intel-rapl:0 package-0' },
      dram: { kind: 'none', detail: 'no dram zone under /sys/class/powercap' },
      gpu: nG > 0 ? { kind: 'measured', sensor: 'nvidia-smi' } : { kind: 'none', detail: 'nvidia-smi not found on PATH' },
      notes: ['psys zone not counted: it contains package'],
    },
    gpu_sampling: nG > 0 ? { method: 'nvidia-smi --query-gpu stream, power.draw.instant', fields: ['power.draw.instant'], interval_ms: 100, per_process: 'pmon' } : undefined,
    attribution: { children: 'cutime+cstime of tree members', gpu_idle: 'idle power of a GPU held by the step is attributed to it' },
    carbon: { region: 'US-CAL-CISO', intensity_g_per_kwh: 200, intensity_kind: 'annual', source: 'test data' },
  };
  const pkgW = opts.pkgW ?? (() => 100);
  const gpuW = opts.gpuW ?? (() => 300);
  const samples: LogSample[] = [];
  for (let i = 0; i < opts.samples; i++) {
    const p = pkgW(i);
    samples.push({
      type: 'sample',
      t: (i + 1) * dt,
      dt,
      pkg: p === null ? null : p * dt,
      dram: null,
      busy: 400,
      total: 800,
      tree: 100,
      rss: 1e9,
      used: 4e9,
      procs: 3,
      ...(nG > 0
        ? {
            gpu: uuids.map((u, g) => {
              const w = gpuW(i, g);
              return { u, w, j: w === null ? null : w * dt, util: 80, sm: 40, on: true };
            }),
          }
        : {}),
    });
  }
  const duration = opts.samples * dt;
  const footer = opts.footer === false ? null : {
    type: 'footer' as const,
    ended_at: new Date(Date.parse(header.started_at) + duration * 1000).toISOString(),
    duration_s: duration,
    exit_code: 0,
    signal: null,
    samples: opts.samples,
  };
  return runLogFromSamples({ header, samples, intensities: [], events: [], footer, torn: false });
}

/** Serializes a log as NDJSON (header, samples, optional footer). */
export function logText(log: RunLog): string {
  const lines: unknown[] = [log.header, ...log.samples];
  if (log.footer) lines.push(log.footer);
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

/** A CommandIO that records what a command writes. */
export function capture(cwd: string): { io: CommandIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: {} },
    out: () => out,
    err: () => err,
  };
}
