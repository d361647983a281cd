// The fake NVML library (test/fakes/nvml/fake-nvml.c) for tests: built with gcc once per source version
// into a cache directory, and scenarios written in its tab-separated format. The code under test loads
// it through koffi exactly as it loads the real libnvidia-ml.so.1.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SOURCE = resolve(import.meta.dirname, 'nvml', 'fake-nvml.c');

/** The env var naming the scenario file. */
export const SCENARIO_ENV = 'JOULECHECK_FAKE_NVML';

/**
 * Path of the built fake library (libnvidia-ml.so.1). Throws, saying what to install, when gcc is missing:
 * a test needing it must fail, never skip.
 */
export function buildFakeNvml(cacheDir = join(tmpdir(), 'joulecheck-fake-nvml')): string {
  const src = readFileSync(SOURCE);
  const hash = createHash('sha256').update(src).update(process.arch).digest('hex').slice(0, 16);
  const dir = join(cacheDir, hash);
  const lib = join(dir, 'libnvidia-ml.so.1');
  if (existsSync(lib)) return lib;
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `libnvidia-ml.so.1.${process.pid}.tmp`);
  try {
    execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-Wall', '-Werror', '-o', tmp, SOURCE, '-lm'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('gcc not found: the fake NVML library (test/fakes/nvml/fake-nvml.c) is built with gcc; install it (apt-get install gcc)');
    throw new Error(`gcc failed to build the fake NVML library: ${e.stderr?.toString() ?? e.message}`);
  }
  renameSync(tmp, lib); // atomic: parallel test files never load a half-written library
  return lib;
}

export interface FakeGpu {
  uuid?: string;
  name?: string;
  counter?: boolean;
  power?: boolean;
  field?: boolean;
  mig?: boolean;
  /** null: NOT_SUPPORTED */
  persistence?: boolean | null;
  limit_w?: number;
  default_w?: number;
  base_w?: number;
  wave_w?: number;
  wave_period_ms?: number;
  wave_duty?: number;
  wave_phase_ms?: number;
  /** fixed utilisation %, default: the sum of its processes' SM % */
  util?: number;
  proc_util?: boolean;
  counter_ms?: number;
  avg_ms?: number;
  lost_after_s?: number;
  /** [seconds after t0, watts] */
  steps?: Array<[number, number]>;
}

export interface FakeProc {
  gpu: number;
  argv0?: string;
  pid?: number;
  sm: number;
  mem?: number;
  /** listed as a compute (C, default) or graphics (G) process */
  type?: 'C' | 'G';
  /** false: holds a context, never named by nvmlDeviceGetProcessUtilization */
  samples?: boolean;
  /** holds a context (and is sampled) only from / until this many seconds after t0 */
  from_s?: number;
  until_s?: number;
}

export interface FakeNvmlScenario {
  driver?: string;
  init?: number;
  /** epoch ms origin of the waveforms (default: the library's first nvmlInit_v2) */
  t0_ms?: number;
  sample_ms?: number;
  /** what nvmlDeviceGetProcessUtilization returns (see fake-nvml.c; default per-period) */
  proc_util_mode?: 'per-period' | 'aggregate' | 'stale' | 'over100';
  gpus: FakeGpu[];
  procs?: FakeProc[];
}

const b = (v: boolean): string => (v ? '1' : '0');

/** The scenario in the library's format. */
export function scenarioText(s: FakeNvmlScenario): string {
  const lines: string[] = [];
  if (s.driver) lines.push(`driver\t${s.driver}`);
  if (s.init !== undefined) lines.push(`init\t${s.init}`);
  if (s.t0_ms !== undefined) lines.push(`t0_us\t${Math.round(s.t0_ms * 1000)}`);
  if (s.sample_ms !== undefined) lines.push(`sample_ms\t${s.sample_ms}`);
  if (s.proc_util_mode !== undefined) lines.push(`proc_util_mode\t${s.proc_util_mode}`);
  s.gpus.forEach((g, i) => {
    const kv: string[] = [];
    for (const [k, v] of Object.entries(g)) {
      if (k === 'steps' || v === undefined) continue;
      if (k === 'persistence') kv.push(`persistence=${v === null ? -1 : b(v as boolean)}`);
      else kv.push(`${k}=${typeof v === 'boolean' ? b(v) : String(v)}`);
    }
    lines.push(['gpu', ...kv].join('\t'));
    for (const [t, w] of g.steps ?? []) lines.push(`step\t${i}\t${t}\t${w}`);
  });
  for (const p of s.procs ?? []) {
    const extra = [
      ...(p.type ? [`type=${p.type}`] : []),
      ...(p.samples === false ? ['samples=0'] : []),
      ...(p.from_s !== undefined ? [`from_s=${p.from_s}`] : []),
      ...(p.until_s !== undefined ? [`until_s=${p.until_s}`] : []),
    ];
    lines.push(['proc', String(p.gpu), p.argv0 !== undefined ? `argv0=${p.argv0}` : `pid=${p.pid}`, `sm=${p.sm}`, `mem=${p.mem ?? 1024}`, ...extra].join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** Writes the scenario to `path`; returns the env entry that points the library at it. */
export function writeScenario(path: string, s: FakeNvmlScenario): Record<string, string> {
  writeFileSync(path, scenarioText(s));
  return { [SCENARIO_ENV]: path };
}

/**
 * Exact energy (J) of a GPU's power between two epoch-ms instants, as the library integrates it:
 * base/steps plus the square wave. The truth tests compare against.
 */
export function exactEnergyJ(g: FakeGpu, t0Ms: number, fromMs: number, toMs: number): number {
  const base = (s: number): number => {
    let w = g.base_w ?? 100;
    let e = 0;
    let from = 0;
    if (s <= 0) return w * s;
    for (const [t, v] of g.steps ?? []) {
      if (t <= from) {
        w = v;
        continue;
      }
      if (t >= s) break;
      e += w * (t - from);
      from = t;
      w = v;
    }
    return e + w * (s - from);
  };
  const wave = (s: number): number => {
    const p = (g.wave_period_ms ?? 0) / 1000;
    if (!g.wave_w || !(p > 0)) return 0;
    const d = (g.wave_duty ?? 0.5) * p;
    const x0 = s - (g.wave_phase_ms ?? 0) / 1000;
    const x = x0 + Math.ceil(Math.max(0, -x0) / p + 1) * p; // whole periods added: x > 0, same phase
    const k = Math.floor(x / p);
    const r = x - k * p;
    return g.wave_w * (k * d + Math.min(r, d));
  };
  const e = (ms: number): number => base((ms - t0Ms) / 1000) + wave((ms - t0Ms) / 1000);
  return e(toMs) - e(fromMs);
}
