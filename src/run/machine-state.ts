// Machine state just before a run of an A/B session, from what the sensors give: the machine's power
// with nothing of ours running (RAPL package + dram over a short window), and per GPU its temperature,
// current SM clock and power draw (one `nvidia-smi --query-gpu` call). Used to warn when one side ran
// systematically hotter, at lower clocks, or on a busier machine. Best effort: a sensor that fails gives
// no field, never an error (the runs matter more than their context).
import { execFile } from 'node:child_process';
import type { MeasuredIdle } from '../accounting/summarize.ts';
import type { MachineState } from '../model/comparison.ts';
import type { MeterContext } from '../meter/sampling/sampler.ts';

export interface StateProbeOptions {
  /** RAPL window, ms (default 50): dozens of counter updates (about 1 ms apart), short next to a run */
  windowMs?: number;
  /** nvidia-smi binary; null: none (no GPU readings) */
  nvidiaSmi: string | null;
  env?: NodeJS.ProcessEnv;
  /** per nvidia-smi call, ms (default 5000) */
  timeoutMs?: number;
}

/**
 * Parses `temperature.gpu, clocks.sm, power.draw[, uuid]` CSV rows (noheader, nounits): hottest, slowest,
 * summed, and each GPU's power by UUID where the row names it.
 */
export function parseGpuState(csv: string): Pick<MachineState, 'gpu_temp_c' | 'sm_clock_mhz'> & { gpu_w?: number; per_gpu_w?: Record<string, number> } {
  const temps: number[] = [];
  const clocks: number[] = [];
  let watts = 0;
  let haveW = false;
  const perGpu: Record<string, number> = {};
  for (const line of csv.split('\n')) {
    const f = line.split(',').map((x) => x.trim());
    if (f.length < 3 || f[0] === '') continue;
    const [t, c, w] = f.map((x) => (/^[-+]?\d+(\.\d+)?$/.test(x!) ? Number(x) : NaN));
    if (Number.isFinite(t)) temps.push(t!);
    if (Number.isFinite(c)) clocks.push(c!);
    if (Number.isFinite(w)) {
      watts += w!;
      haveW = true;
      const uuid = f[3];
      if (uuid && /^(GPU|MIG)-[0-9A-Za-z-]+$/.test(uuid)) perGpu[uuid] = w!;
    }
  }
  return {
    ...(temps.length ? { gpu_temp_c: Math.max(...temps) } : {}),
    ...(clocks.length ? { sm_clock_mhz: Math.min(...clocks) } : {}),
    ...(haveW ? { gpu_w: watts } : {}),
    ...(Object.keys(perGpu).length ? { per_gpu_w: perGpu } : {}),
  };
}

function queryGpus(bin: string, env: NodeJS.ProcessEnv | undefined, timeoutMs: number): Promise<string | null> {
  return new Promise((res) => {
    execFile(
      bin,
      ['--query-gpu=temperature.gpu,clocks.sm,power.draw,uuid', '--format=csv,noheader,nounits'],
      { env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
      (err, stdout) => res(err ? null : String(stdout)),
    );
  });
}

/** Reads the machine state now. Runs the RAPL window and the GPU query side by side. */
export async function probeMachineState(ctx: MeterContext, opts: StateProbeOptions): Promise<MachineState> {
  return (await probeMachine(ctx, opts)).state;
}

/**
 * The machine state and the idle power per component behind it (RAPL package, RAPL dram, each GPU by UUID),
 * for the active energy of the runs that follow.
 */
export async function probeMachine(ctx: MeterContext, opts: StateProbeOptions): Promise<{ state: MachineState; idle: Omit<MeasuredIdle, 'source'> }> {
  const windowMs = opts.windowMs ?? 50;
  const parts: Omit<MeasuredIdle, 'source'> = {};
  const rapl = (async (): Promise<number | undefined> => {
    if (!ctx.openRapl) return undefined;
    let meter;
    try {
      meter = ctx.openRapl();
      meter.read(); // primes
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, windowMs));
      const e = meter.read();
      const dt = (performance.now() - t0) / 1000;
      if (e.pkg === null && e.dram === null) return undefined;
      const j = (e.pkg ?? 0) + (e.dram ?? 0);
      if (dt > 0 && e.pkg !== null && e.pkg >= 0) parts.cpu = e.pkg / dt;
      if (dt > 0 && e.dram !== null && e.dram >= 0) parts.dram = e.dram / dt;
      return dt > 0 && j >= 0 ? j / dt : undefined;
    } catch {
      return undefined;
    } finally {
      meter?.close?.();
    }
  })();
  const gpu = opts.nvidiaSmi
    ? queryGpus(opts.nvidiaSmi, opts.env, opts.timeoutMs ?? 5000).then((o) => (o === null ? {} : parseGpuState(o)))
    : Promise.resolve({});
  const [cpuW, g] = await Promise.all([rapl, gpu]);
  const { gpu_w, per_gpu_w, ...gpuState } = g as ReturnType<typeof parseGpuState>;
  if (per_gpu_w) parts.gpu = per_gpu_w;
  const idle = cpuW !== undefined || gpu_w !== undefined ? (cpuW ?? 0) + (gpu_w ?? 0) : undefined;
  return { state: { ...gpuState, ...(idle !== undefined ? { idle_w: Math.round(idle * 1000) / 1000 } : {}) }, idle: parts };
}
