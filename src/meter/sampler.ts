// The sampler: every interval_ms (monotonic clock, drift-free schedule) it reads RAPL, /proc and the GPU
// stream and appends one RAW `sample` line to the run log; sensor gaps become `event` lines; a real-time
// carbon provider, when configured, adds `intensity` lines. No attribution here: summarize does it, so a
// log can be re-accounted later.
//
// The sensors are injected (MeterContext, built once per invocation by src/run/context.ts), so this module
// does no discovery and is the same for the CLI, the action and the benchmark.
import type { CarbonProvider } from '../inputs.ts';
import type { GpuSample, LogFooter, LogHeader, LogSample } from '../log/schema.ts';
import { openLogWriter, type LogWriter } from '../log/writer.ts';
import { startIntensityPoller, type IntensityPoller } from '../carbon/poller.ts';
import { ProcTree } from './procfs.ts';
import type { GpuMeter, GpuMeterEvent, RaplMeter } from './types.ts';

/** Everything a run log header says that does not change between repeats, plus sensor factories. */
export interface MeterContext {
  /** header fields shared by all repeats (label/repeat/command/started_at are per run) */
  header: Omit<LogHeader, 'type' | 'label' | 'repeat' | 'command' | 'started_at'>;
  /** null: no readable RAPL (the header says why) */
  openRapl: (() => RaplMeter) | null;
  /** null: no usable nvidia-smi */
  startGpu: ((intervalMs: number, onEvent: (e: GpuMeterEvent) => void) => GpuMeter | Promise<GpuMeter>) | null;
  realtime: { provider: CarbonProvider; token: string | null; zone: string; pollMs: number; baseUrl?: string } | null;
}

export interface SamplerRun {
  rootPid: number;
  logPath: string;
  label: string;
  repeat: number;
  command: string[];
  /** pids whose subtrees are not metered (the meter itself when attached to a tree that contains it) */
  exclude?: number[];
}

export interface Sampler {
  readonly logPath: string;
  readonly startedAt: Date;
  readonly samples: number;
  /** true while the metered root process exists */
  rootAlive(): boolean;
  /** final partial sample, stop sensors, footer, close. Idempotent. */
  stop(end: { exitCode: number | null; signal: string | null }): Promise<LogFooter>;
  /** last resort from a process 'exit' handler: flush and write the footer synchronously */
  emergencyFooterSync(end: { exitCode: number | null; signal: string | null }): void;
  event(level: 'info' | 'warning', message: string): void;
}

const round = (v: number, d = 6): number => Math.round(v * 10 ** d) / 10 ** d;

/** Samples are built and written in batches this often (ms); each tick only reads. */
const BATCH_MS = 1000;

export async function startSampler(ctx: MeterContext, run: SamplerRun): Promise<Sampler> {
  const intervalMs = ctx.header.interval_ms;
  // the header must be the log's first line, and it names the GPU sampling method of the running meter:
  // start the GPU stream first and hold its early events until the header is written
  let writer: LogWriter | null = null;
  const early: Array<{ level: 'info' | 'warning'; message: string; at: number }> = [];
  const t0 = performance.now();
  const since = (now: number): number => Math.max(0, (now - t0) / 1000);
  // set once the batch exists: an event first writes the samples read before it (the log stays in time order)
  let flushPending: (() => void) | null = null;
  const eventAt = (at: number, level: 'info' | 'warning', message: string): void => {
    if (!writer) {
      early.push({ level, message, at });
      return;
    }
    try {
      flushPending?.();
      writer.event({ type: 'event', t: round(since(at)), level, message });
    } catch {
      // the log is closed: nothing left to tell
    }
  };
  const event = (level: 'info' | 'warning', message: string): void => eventAt(performance.now(), level, message);

  const proc = new ProcTree({ rootPid: run.rootPid, exclude: run.exclude, rescanMs: Math.max(2000, intervalMs), idleMaxMs: Math.max(10_000, intervalMs) });
  let rapl: RaplMeter | null = null;
  if (ctx.openRapl) {
    try {
      rapl = ctx.openRapl();
      rapl.read(); // prime: the first read returns zeros
    } catch (err) {
      event('warning', `RAPL could not be opened (${msg(err)}); CPU and DRAM energy estimated`);
      rapl = null;
    }
  }
  let gpu: GpuMeter | null = null;
  if (ctx.startGpu) {
    try {
      gpu = await ctx.startGpu(intervalMs, (e) => event(e.level, e.message));
    } catch (err) {
      event('warning', `nvidia-smi stream could not be started (${msg(err)}); GPU energy not measured`);
      gpu = null;
    }
  }
  try {
    // flushed at the ticks (flushIfDue), not by a timer of its own: one wake-up a second fewer
    writer = openLogWriter(run.logPath, { timer: false });
  } catch (err) {
    await gpu?.stop();
    proc.close();
    rapl?.close?.();
    throw err;
  }
  const log: LogWriter = writer;
  const startedAt = new Date(Date.now() - (performance.now() - t0));
  const header: LogHeader = {
    type: 'header',
    ...ctx.header,
    ...(ctx.header.gpu_sampling && gpu ? { gpu_sampling: { ...ctx.header.gpu_sampling, method: gpu.method } } : {}),
    label: run.label,
    repeat: run.repeat,
    command: run.command,
    started_at: startedAt.toISOString(),
  };
  writer.header(header);
  for (const e of early.splice(0)) writer.event({ type: 'event', t: round(since(e.at)), level: e.level, message: e.message });

  let poller: IntensityPoller | null = null;
  if (ctx.realtime) {
    let failing = false;
    const annual = ctx.header.carbon;
    const intensity = (g_per_kwh: number, source: string, kind: 'realtime' | 'annual'): void =>
      safe(() => {
        flushPending?.(); // the samples read before it first: the log stays in time order
        log.intensity({ type: 'intensity', t: round(since(performance.now())), g_per_kwh, source, kind });
      });
    poller = startIntensityPoller({
      provider: ctx.realtime.provider,
      token: ctx.realtime.token,
      zone: ctx.realtime.zone,
      intervalMs: ctx.realtime.pollMs,
      baseUrl: ctx.realtime.baseUrl,
      onReading: (r) => {
        failing = false;
        intensity(r.g_per_kwh, r.source, 'realtime');
      },
      onFailure: (message) => {
        event('warning', `real-time carbon intensity (${ctx.realtime!.provider}): ${message}`);
        if (!failing) {
          failing = true;
          intensity(annual.intensity_g_per_kwh, annual.source, 'annual');
        }
      },
    });
  }

  let samples = 0;
  let lastNow = t0;
  let raplGap = false;
  // per GPU: gap state; no gap is reported before its first reading (the stream is still starting)
  const gpuGap = new Map<string, boolean>();
  let stopped = false;
  let footer: LogFooter | null = null;
  let k = 0;
  let timer: NodeJS.Timeout | null = null;

  // Each tick only READS (the counters must be read when they are due); building the samples — the GPU
  // readings (drained from the nvidia-smi FIFO and integrated per interval at their own timestamps) and the
  // log lines — waits for the batch, once a second. The meter's CPU time is part of what it measures, and
  // running that code once a second, hot, costs a fraction of running it cold at every wake-up (measured in
  // bench/meter.bench.ts). A crash loses at most the last batch plus the writer's flush interval.
  const pending: Array<{ now: number; s: LogSample }> = [];
  let batchAt = t0;
  let building = false;

  const buildPending = (): void => {
    if (building) return;
    building = true;
    try {
      for (let e = pending.shift(); e; e = pending.shift()) {
        const s = e.s;
        if (gpu) {
          let gpus: GpuSample[] | undefined;
          try {
            // the tree as it is at the batch (members change at the 2 s rescan; pmon itself is 1 s old)
            gpus = gpu.take(e.now, proc.pids);
          } catch (err) {
            eventAt(e.now, 'warning', `GPU reading failed (${msg(err)})`);
            gpus = undefined;
          }
          for (const g of gpus ?? []) {
            const gap = g.w === null;
            if (!gpuGap.has(g.u)) {
              if (!gap) gpuGap.set(g.u, false);
              continue;
            }
            if (gap !== gpuGap.get(g.u)) {
              eventAt(e.now, gap ? 'warning' : 'info', gap ? `GPU ${g.u}: no power reading (gap)` : `GPU ${g.u}: power readings resumed`);
              gpuGap.set(g.u, gap);
            }
          }
          if (gpus) s.gpu = gpus;
        }
        log.sample(s);
        samples++;
      }
      log.flushIfDue();
    } finally {
      building = false;
    }
  };
  flushPending = buildPending;

  const takeSample = (now: number, final = false): void => {
    const dt = (now - lastNow) / 1000;
    if (dt <= 0) return;
    lastNow = now;
    const p = proc.sample(final);
    let pkg: number | null = null;
    let dram: number | null = null;
    if (rapl) {
      try {
        const r = rapl.read();
        pkg = r.pkg;
        dram = r.dram;
        if (raplGap) eventAt(now, 'info', 'RAPL readings resumed');
        raplGap = false;
      } catch (err) {
        if (!raplGap) eventAt(now, 'warning', `RAPL read failed (${msg(err)}): gap, pkg/dram null until it recovers`);
        raplGap = true;
      }
    }
    pending.push({
      now,
      s: {
        type: 'sample',
        t: round(since(now)),
        dt: round(dt),
        pkg,
        dram,
        busy: p.busy,
        total: p.total,
        tree: p.tree,
        rss: p.rss,
        used: p.used,
        procs: p.pids.size,
      },
    });
    if (final || now - batchAt >= BATCH_MS) {
      batchAt = now;
      buildPending();
    }
  };

  const tick = (): void => {
    timer = null;
    if (stopped) return;
    try {
      takeSample(performance.now());
    } catch (err) {
      event('warning', `sampling failed (${msg(err)}); sample skipped`);
    }
    schedule();
  };
  // drift-free: tick k is due at t0 + k*interval; a late tick skips the missed slots (dt says how long)
  const schedule = (): void => {
    const now = performance.now();
    k++;
    let due = t0 + k * intervalMs;
    if (due <= now) {
      k = Math.floor((now - t0) / intervalMs) + 1;
      due = t0 + k * intervalMs;
    }
    timer = setTimeout(tick, due - now);
  };
  schedule();

  const footerOf = (end: { exitCode: number | null; signal: string | null }): LogFooter => ({
    type: 'footer',
    ended_at: new Date().toISOString(),
    duration_s: round(since(performance.now())),
    exit_code: end.exitCode,
    signal: end.signal,
    samples,
  });

  return {
    logPath: run.logPath,
    startedAt,
    get samples() {
      return samples;
    },
    rootAlive: () => proc.rootAlive(),
    event,
    stop: async (end) => {
      if (footer) return footer;
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      // the last partial interval (the command ended between ticks), reading every member: exact totals
      try {
        takeSample(performance.now(), true);
      } catch (err) {
        event('warning', `final sample failed (${msg(err)})`);
      }
      try {
        buildPending(); // also when the final sample had no time left (dt 0)
      } catch (err) {
        event('warning', `writing the last samples failed (${msg(err)})`);
      }
      footer = footerOf(end);
      // sensors are stopped AFTER the footer's time is taken: their shutdown is not the command's time
      await Promise.allSettled([gpu?.stop(), poller?.stop()]);
      proc.close();
      rapl?.close?.();
      log.footer(footer);
      await log.close();
      return footer;
    },
    emergencyFooterSync: (end) => {
      if (footer) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      try {
        buildPending(); // the samples read since the last batch
      } catch {
        // write what can be written
      }
      footer = footerOf(end);
      try {
        log.footer(footer);
        log.flushSync();
      } catch {
        // nothing more can be done while the process exits
      }
    },
  };
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // log closed
  }
}

function msg(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
