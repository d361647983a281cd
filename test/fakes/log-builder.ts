// Synthetic, realistic run logs (`joulecheck/log@1`) for tests and benchmarks.
//
//   makeHeader(overrides?: DeepPartialHeader, gpus = 0): LogHeader
//       a valid header: Xeon Gold 6248 host, measured RAPL cpu+dram, `gpus` H100s (uuids gpuUuid(i),
//       power limit 700 W, measured by nvidia-smi; kind 'none' when 0), PUE 1.2, 200 g/kWh,
//       interval 100 ms; overrides merge one level deep (e.g. { sensors: { gpu: {...} } })
//   makeSample(overrides?: Partial<LogSample>): LogSample
//       one valid sample (t 0.1, dt 0.1, idle machine) to tweak in hand-computed tests
//   synthSamples(opts: SynthOptions): Generator<LogSample>
//       a stream of samples: `seconds` of run at `hz`, `gpus` GPUs, deterministic for a `seed`
//   buildLog(opts: SynthOptions): RunLog
//       header + samples (+ intensities) + footer in memory, as readRunLog returns it
//   writeSyntheticLog(path: string, opts: SynthOptions): Promise<{ path: string; samples: number; bytes: number }>
//       streams the same log to disk through the real writer (src/log/writer.ts), never holding it in memory
//   gpuUuid(i: number): string   — the uuid of synthetic GPU i
//
// The profile: CPU utilisation oscillates 30-90 % (period 60 s) and the step owns 60 % of busy ticks;
// package power 40 W + 110 W x util; DRAM 8 W +- noise; tree RSS 6 GiB of 48 GiB used; each GPU runs at
// 70-100 % utilisation with the step owning 90 % of it and power 70 W + 630 W x util (an H100).
// Use `gapEvery` to drop GPU readings, `intensities` to add real-time readings.
import type { GpuSample, LogFooter, LogHeader, LogIntensity, LogSample } from '../../src/model/log.ts';
import { runLogFromSamples, type RunLog } from '../../src/model/run-log.ts';
import { openLogWriter } from '../../src/log/writer.ts';
import { mulberry32 } from './prng.ts';

export interface SynthOptions {
  /** run length, s (default 10) */
  seconds?: number;
  /** sampling rate, Hz (default 10) */
  hz?: number;
  /** number of GPUs (default 0) */
  gpus?: number;
  /** PRNG seed (default 1): same seed -> same log */
  seed?: number;
  /** header overrides (label, pue, sensors, carbon, ...) */
  header?: DeepPartialHeader;
  /** write a footer (default true) */
  footer?: boolean;
  /** every N-th interval, GPU 0 has no reading (w/j null) (default: never) */
  gapEvery?: number;
  /** real-time intensity readings to include */
  intensities?: LogIntensity[];
}

export type DeepPartialHeader = {
  [K in keyof LogHeader]?: LogHeader[K] extends object ? Partial<LogHeader[K]> : LogHeader[K];
};

export function gpuUuid(i: number): string {
  return `GPU-${(0x8f3a2b1c + i).toString(16)}-4d2e-11ef-9a1b-${(0x0242ac120000 + i).toString(16).padStart(12, '0')}`;
}

export function makeHeader(over: DeepPartialHeader = {}, gpus = 0): LogHeader {
  const base: LogHeader = {
    type: 'header',
    schema: 'joulecheck/log@1',
    tool: { name: 'joulecheck', version: '0.1.0' },
    label: 'train',
    repeat: 1,
    command: ['python', 'train.py'],
    started_at: '2026-11-23T07:00:00.000Z',
    interval_ms: 100,
    pue: 1.2,
    host: {
      hostname: 'runner-1',
      platform: 'linux',
      kernel: '6.8.0',
      arch: 'x64',
      cpu_model: 'Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz',
      logical_cpus: 8,
      mem_total_bytes: 64 * 2 ** 30,
      gpus: Array.from({ length: gpus }, (_, i) => ({
        uuid: gpuUuid(i),
        index: i,
        name: 'NVIDIA H100 80GB HBM3',
        driver: '590.48.01',
        power_limit_w: 700,
      })),
    },
    sensors: {
      cpu: { kind: 'measured', sensor: 'rapl' },
      dram: { kind: 'measured', sensor: 'rapl' },
      gpu: gpus > 0 ? { kind: 'measured', sensor: 'nvidia-smi' } : { kind: 'none', detail: 'no GPU' },
      notes: [],
    },
    attribution: { children: 'cutime+cstime of tree members', gpu_idle: 'whole GPU to the step when it holds a context' },
    carbon: { region: 'US-CAL-CISO', intensity_g_per_kwh: 200, intensity_kind: 'annual', source: 'test data 2026' },
  };
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    const cur = (base as Record<string, unknown>)[k];
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' ? { ...cur, ...v } : v;
  }
  return out as LogHeader;
}

export function makeSample(over: Partial<LogSample> = {}): LogSample {
  return { type: 'sample', t: 0.1, dt: 0.1, pkg: 5, dram: 1, busy: 0, total: 80, tree: 0, rss: 0, used: 1e9, procs: 1, ...over };
}


export function* synthSamples(opts: SynthOptions = {}): Generator<LogSample> {
  const seconds = opts.seconds ?? 10;
  const hz = opts.hz ?? 10;
  const gpus = opts.gpus ?? 0;
  const rnd = mulberry32(opts.seed ?? 1);
  const dt = 1 / hz;
  const n = Math.round(seconds * hz);
  const cpus = 8;
  const uuids = Array.from({ length: gpus }, (_, i) => gpuUuid(i));
  for (let i = 1; i <= n; i++) {
    const t = i * dt;
    const util = 0.6 + 0.3 * Math.sin((2 * Math.PI * t) / 60) + (rnd() - 0.5) * 0.05;
    const total = Math.round(cpus * 100 * dt); // USER_HZ 100
    const busy = Math.round(util * total);
    const tree = Math.round(busy * 0.6);
    const pkg = (40 + 110 * util) * dt;
    const s: LogSample = {
      type: 'sample',
      t,
      dt,
      pkg,
      dram: (8 + (rnd() - 0.5)) * dt,
      busy,
      total,
      tree,
      rss: 6 * 2 ** 30 + Math.round(rnd() * 2 ** 20),
      used: 48 * 2 ** 30,
      procs: 12,
    };
    if (gpus > 0) {
      const list: GpuSample[] = new Array(gpus);
      for (let k = 0; k < gpus; k++) {
        const gu = Math.round(70 + 30 * rnd());
        const w = 70 + 6.3 * gu;
        const gap = opts.gapEvery !== undefined && k === 0 && i % opts.gapEvery === 0;
        list[k] = { u: uuids[k]!, w: gap ? null : w, j: gap ? null : w * dt, util: gu, sm: Math.round(gu * 0.9), on: true };
      }
      s.gpu = list;
    }
    yield s;
  }
}

function footerFor(opts: SynthOptions, samples: number): LogFooter {
  const seconds = opts.seconds ?? 10;
  const start = Date.parse(String(opts.header?.started_at ?? '2026-11-23T07:00:00.000Z'));
  return {
    type: 'footer',
    ended_at: new Date(start + seconds * 1000).toISOString(),
    duration_s: seconds,
    exit_code: 0,
    signal: null,
    samples,
  };
}

export function buildLog(opts: SynthOptions = {}): RunLog {
  const header = makeHeader(opts.header, opts.gpus ?? 0);
  const samples = [...synthSamples(opts)];
  return runLogFromSamples({
    header,
    samples,
    intensities: opts.intensities ?? [],
    events: [],
    footer: opts.footer === false ? null : footerFor(opts, samples.length),
    torn: false,
  });
}

export async function writeSyntheticLog(
  path: string,
  opts: SynthOptions = {},
): Promise<{ path: string; samples: number; bytes: number }> {
  const { statSync, rmSync } = await import('node:fs');
  rmSync(path, { force: true }); // the writer appends: start from an empty file
  const w = openLogWriter(path, { fsyncOnClose: false, maxBufferBytes: 1 << 20 });
  w.header(makeHeader(opts.header, opts.gpus ?? 0));
  const readings = [...(opts.intensities ?? [])].sort((a, b) => a.t - b.t);
  let r = 0;
  let count = 0;
  for (const s of synthSamples(opts)) {
    while (r < readings.length && readings[r]!.t <= s.t) w.intensity(readings[r++]!);
    w.sample(s);
    count++;
  }
  if (opts.footer !== false) w.footer(footerFor(opts, count));
  await w.close();
  return { path, samples: count, bytes: statSync(path).size };
}
