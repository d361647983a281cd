// One tick of the sampler: the reads that must happen when they are due (the step's tree and the machine
// from /proc, the RAPL counters, a GPU meter's per-tick reads such as NVML's energy counters), kept as raw
// records. Everything that can wait (turning GPU readings into intervals, log lines) is done by the
// sampler once a second. Runs in the tick worker (src/meter/sampling/tick-worker.ts) or, for
// injected sensors and as a fallback, on the main thread (src/meter/sampling/ticks.ts).
import type { LogSample } from '../../model/log.ts';
import type { ProcTree } from '../sensors.ts';
import type { GpuTickReads, RaplMeter } from '../types.ts';

/** A sample as read at a tick (no GPU readings yet), or an event at a tick; `now` is the sampler's clock (ms). */
export type TickRecord =
  | { now: number; sample: LogSample }
  | { now: number; event: { level: 'info' | 'warning'; message: string } };

/** What a batch of ticks delivers to the sampler. */
export interface TickBatch {
  records: TickRecord[];
  /** the tree's live pids when they changed since the previous batch (null: unchanged) */
  pids: ReadonlySet<number> | readonly number[] | null;
  /** the last batch of the run (the final, full sample is in it) */
  final: boolean;
  /** the GPU meter's per-tick readings (GpuTickReads.take), when the ticks read the GPUs */
  gpu: number[] | null;
}

const round = (v: number, d = 6): number => Math.round(v * 10 ** d) / 10 ** d;

/**
 * The drift-free schedule: tick k is due at t0 + k x interval. Returns the next tick's k after tick `k`; a
 * late tick skips the slots already missed (its dt says how long it covers), it never shifts the grid.
 */
export function nextTick(t0: number, intervalMs: number, k: number, now: number): number {
  const next = k + 1;
  return t0 + next * intervalMs > now ? next : Math.floor((now - t0) / intervalMs) + 1;
}

export class TickReader {
  private readonly proc: ProcTree;
  private readonly rapl: RaplMeter | null;
  private readonly gpu: GpuTickReads | null;
  private readonly t0: number;
  private lastNow: number;
  private raplGap = false;
  private records: TickRecord[] = [];
  private sentMembership = -1;
  private gpuFailed = false;

  /** `t0`: the run's time origin, also the start of the first interval */
  constructor(proc: ProcTree, rapl: RaplMeter | null, t0: number, gpu: GpuTickReads | null = null) {
    this.proc = proc;
    this.rapl = rapl;
    this.gpu = gpu;
    this.t0 = t0;
    this.lastNow = t0;
  }

  /** Reads one interval ending at `now`. `final`: rescan and read every member (exact totals at the end). */
  read(now: number, final = false): void {
    const dt = (now - this.lastNow) / 1000;
    if (dt <= 0) return;
    this.lastNow = now;
    try {
      const p = this.proc.sample(final);
      let pkg: number | null = null;
      let dram: number | null = null;
      if (this.rapl) {
        try {
          const r = this.rapl.read();
          pkg = r.pkg;
          dram = r.dram;
          if (this.raplGap) this.event(now, 'info', 'RAPL readings resumed');
          this.raplGap = false;
        } catch (err) {
          if (!this.raplGap) this.event(now, 'warning', `RAPL read failed (${msg(err)}): gap, pkg/dram null until it recovers`);
          this.raplGap = true;
        }
      }
      this.records.push({
        now,
        sample: {
          type: 'sample',
          t: round(Math.max(0, (now - this.t0) / 1000)),
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
    } catch (err) {
      this.event(now, 'warning', `${final ? 'final sample' : 'sampling'} failed (${msg(err)}); sample skipped`);
    }
    // after the counters that must be read when due; each GPU reading carries its own time
    if (this.gpu) {
      try {
        this.gpu.read();
        this.gpuFailed = false;
      } catch (err) {
        if (!this.gpuFailed) this.event(now, 'warning', `GPU reads failed (${msg(err)}): gaps until they recover`);
        this.gpuFailed = true;
      }
    }
  }

  event(now: number, level: 'info' | 'warning', message: string): void {
    this.records.push({ now, event: { level, message } });
  }

  /** The records read since the previous take, and the pids when they changed (copied: `copyPids`). */
  take(final: boolean, copyPids: boolean): TickBatch {
    const records = this.records;
    this.records = [];
    let pids: TickBatch['pids'] = null;
    if (this.proc.membershipVersion !== this.sentMembership) {
      this.sentMembership = this.proc.membershipVersion;
      pids = copyPids ? [...this.proc.pids] : this.proc.pids;
    }
    return { records, pids, final, gpu: this.gpu ? this.gpu.take() : null };
  }

  close(): void {
    this.proc.close();
    this.rapl?.close?.();
  }
}

function msg(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
