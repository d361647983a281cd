// The sampler: every interval_ms (monotonic clock, drift-free schedule) it reads RAPL, /proc and the GPU
// stream and appends one RAW `sample` line to the run log; sensor gaps become `event` lines; a real-time
// carbon provider, when configured, adds `intensity` lines. No attribution here: summarize does it, so a
// log can be re-accounted later.
//
// The reads at each tick run in the tick worker thread (src/meter/sampling/ticks.ts says why); this module opens
// and primes the sensors, builds the samples from the worker's batches once a second and writes the log.
//
// The sensors are injected (MeterContext, built once per invocation by src/run/meter-context.ts), so this module
// does no discovery and is the same for the CLI, the action and the benchmark.
import type { CarbonProvider } from '../../carbon/providers/types.ts';
import type { GpuSample, LogEvent, LogFooter, LogHeader, LogIntensity } from '../../model/log.ts';
import { openLogWriter, type LogWriter } from '../../log/writer.ts';
import { startIntensityPoller, type IntensityPoller } from '../../carbon/poller.ts';
import { ProcTree } from '../sensors.ts';
import type { GpuMeter, GpuMeterEvent, RaplMeter } from '../types.ts';
import type { TickBatch } from './tick-reader.ts';
import { startTicks, type TickSource } from './ticks.ts';

/** Everything a run log header says that does not change between repeats, plus sensor factories. */
export interface MeterContext {
  /** header fields shared by all repeats (label/repeat/command/started_at are per run) */
  header: Omit<LogHeader, 'type' | 'label' | 'repeat' | 'command' | 'started_at'>;
  /** null: no readable RAPL (the header says why) */
  openRapl: (() => RaplMeter) | null;
  /** null: no usable nvidia-smi */
  /** `since`: the sampler's origin (performance.now()), where the first GPU interval starts */
  startGpu: ((intervalMs: number, onEvent: (e: GpuMeterEvent) => void, since: number) => GpuMeter | Promise<GpuMeter>) | null;
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
  /** pids that are not metered themselves but whose descendants are (see ProcTreeOptions.through) */
  through?: number[];
  /** the root was spawned for this run: its CPU time from its start counts (see ProcTreeOptions.countFromStart) */
  fromStart?: boolean;
}

export interface Sampler {
  readonly logPath: string;
  readonly startedAt: Date;
  readonly samples: number;
  /** resolves once the metered root process is gone (or the sampling ended: see `failure`) */
  readonly rootGone: Promise<void>;
  /** why the sampling ended early (the tick worker died), null while it runs or when it ended normally */
  readonly failure: string | null;
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
  const t0 = performance.now();
  // the meter's own CPU time from here (process.cpuUsage: every thread, the tick worker's included)
  const cpu0 = process.cpuUsage();
  const since = (now: number): number => Math.max(0, (now - t0) / 1000);
  // Lines of the main thread (sensor callbacks, the carbon poller, callers) wait here until the batch of
  // samples read before them is written: the log stays in time order. Before the writer exists (the
  // header must be the log's first line, and it names the GPU method of the running meter) they wait too.
  const queue: Array<{ at: number; line: LogEvent | LogIntensity }> = [];
  let writer: LogWriter | null = null;
  let closed = false;
  const event = (level: 'info' | 'warning', message: string): void => {
    if (closed) return;
    const at = performance.now();
    queue.push({ at, line: { type: 'event', t: round(since(at)), level, message } });
  };
  const writeLine = (line: LogEvent | LogIntensity): void => {
    if (line.type === 'event') writer!.event(line);
    else writer!.intensity(line);
  };
  /** the queued lines up to `at` (all of them: Infinity) */
  const writeQueued = (at: number): void => {
    while (queue.length > 0 && queue[0]!.at <= at) writeLine(queue.shift()!.line);
  };

  // the sensors are opened and primed here, at t0; the ticks (in the tick worker) go on from this state
  const proc = ProcTree.open({
    rootPid: run.rootPid,
    exclude: run.exclude,
    through: run.through,
    countFromStart: run.fromStart === true,
    rescanMs: Math.max(2000, intervalMs),
    idleMaxMs: Math.max(10_000, intervalMs),
  });
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
      gpu = await ctx.startGpu(intervalMs, (e) => event(e.level, e.message), t0);
    } catch (err) {
      event('warning', `nvidia-smi stream could not be started (${msg(err)}); GPU energy not measured`);
      gpu = null;
    }
  }
  try {
    // flushed at the batches (flushIfDue), not by a timer of its own: no wake-ups of its own
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

  let samples = 0;
  // per GPU: gap state; no gap is reported before its first reading (the stream is still starting)
  const gpuGap = new Map<string, boolean>();
  let treePids: ReadonlySet<number> = new Set();
  let footer: LogFooter | null = null;

  // A batch: the ticks only READ (the counters must be read when they are due); the GPU readings (drained
  // from the nvidia-smi FIFO and integrated per interval at their own timestamps) and the log lines are
  // built here, once a second, hot. A crash loses at most the last batch plus the writer's flush interval.
  const onBatch = (b: TickBatch): void => {
    if (footer) return;
    if (b.gpu && gpuTicks) {
      try {
        gpuTicks.ingest(b.gpu);
      } catch (err) {
        log.event({ type: 'event', t: round(since(performance.now())), level: 'warning', message: `GPU readings failed (${msg(err)})` });
      }
    }
    // The batch's pids are the members at its END, but its records span the second before: a member that
    // left during it (the root exiting ends the last batch with an empty tree) was one for the records
    // before it left. The batch's GPU readings are taken with the members before AND after it; a process
    // that left uses no GPU afterwards, so counting it there adds nothing.
    let batchTree = treePids;
    if (b.pids) {
      const next: ReadonlySet<number> = b.pids instanceof Set ? b.pids : new Set(b.pids);
      batchTree = treePids.size === 0 ? next : new Set([...treePids, ...next]);
      treePids = next;
    }
    for (const r of b.records) {
      writeQueued(r.now);
      if ('event' in r) {
        log.event({ type: 'event', t: round(since(r.now)), level: r.event.level, message: r.event.message });
        continue;
      }
      const s = r.sample;
      if (gpu) {
        let gpus: GpuSample[] | undefined;
        try {
          // the tree as it was at the batch (members change at the 2 s rescan; pmon itself is 1 s old)
          gpus = gpu.take(r.now, batchTree);
        } catch (err) {
          log.event({ type: 'event', t: s.t, level: 'warning', message: `GPU reading failed (${msg(err)})` });
          gpus = undefined;
        }
        for (const g of gpus ?? []) {
          const gap = g.w === null;
          if (!gpuGap.has(g.u)) {
            if (!gap) gpuGap.set(g.u, false);
            continue;
          }
          if (gap !== gpuGap.get(g.u)) {
            log.event({ type: 'event', t: s.t, level: gap ? 'warning' : 'info', message: gap ? `GPU ${g.u}: no power reading (gap)` : `GPU ${g.u}: power readings resumed` });
            gpuGap.set(g.u, gap);
          }
        }
        if (gpus) s.gpu = gpus;
      }
      log.sample(s);
      samples++;
    }
    if (b.final) writeQueued(Infinity);
    log.flushIfDue();
  };
  const safeBatch = (b: TickBatch): void => {
    try {
      onBatch(b);
    } catch {
      // the log is closed (a batch racing the end): nothing left to write
    }
  };

  // a GPU meter with per-tick reads (NVML) has them done by the ticks: no timer of its own on this thread
  const gpuTicks = gpu?.takeOverReads?.() ?? null;
  const ticks: TickSource = await startTicks({
    proc, rapl, gpu: gpuTicks ? { local: gpuTicks.local, state: gpuTicks.state } : null, t0, intervalMs, batchMs: BATCH_MS, onBatch: safeBatch,
  });
  const startNote = ticks.note;
  if (startNote) event('info', startNote);
  // a note that came later: the worker died, the sampling ended early
  const failure = (): string | null => (ticks.note !== startNote ? ticks.note : null);

  let poller: IntensityPoller | null = null;
  if (ctx.realtime) {
    let failing = false;
    const annual = ctx.header.carbon;
    const intensity = (g_per_kwh: number, source: string, kind: 'realtime' | 'annual'): void => {
      if (closed) return;
      const at = performance.now();
      queue.push({ at, line: { type: 'intensity', t: round(since(at)), g_per_kwh, source, kind } });
    };
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

  const footerOf = (end: { exitCode: number | null; signal: string | null }): LogFooter => ({
    type: 'footer',
    ended_at: new Date().toISOString(),
    duration_s: round(since(performance.now())),
    exit_code: end.exitCode,
    signal: end.signal,
    samples,
    meter_cpu_s: meterCpuS(cpu0),
  });

  let stopping: Promise<LogFooter> | null = null;
  return {
    logPath: run.logPath,
    startedAt,
    get samples() {
      return samples;
    },
    rootGone: ticks.rootGone,
    get failure() {
      return failure();
    },
    event,
    stop: (end) =>
      (stopping ??= (async () => {
        // the last partial interval (the command ended between ticks), reading every member: exact totals
        await ticks.stop();
        // the last interval is taken: the GPU meter's run-wide findings, while the log still takes events
        try {
          gpu?.finish?.();
        } catch (err) {
          event('warning', `GPU meter could not finish (${msg(err)})`);
        }
        const failed = failure();
        if (failed) event('warning', failed);
        try {
          writeQueued(Infinity);
        } catch {
          // the log refuses lines: the footer below fails the same way and says so
        }
        const f = footerOf(end);
        footer = f;
        closed = true;
        // sensors are stopped AFTER the footer's time is taken: their shutdown is not the command's time
        await Promise.allSettled([gpu?.stop(), poller?.stop()]);
        log.footer(f);
        await log.close();
        return f;
      })()),
    emergencyFooterSync: (end) => {
      if (footer) return;
      try {
        ticks.flushSync(); // the samples read since the last batch
        writeQueued(Infinity);
      } catch {
        // write what can be written
      }
      footer = footerOf(end);
      closed = true;
      try {
        log.footer(footer);
        log.flushSync();
      } catch {
        // nothing more can be done while the process exits
      }
    },
  };
}

/** CPU seconds this process used since `from` (µs resolution, kept to the µs). */
function meterCpuS(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return round((u.user + u.system) / 1e6);
}

function msg(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
