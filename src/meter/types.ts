// The seams between sensors (adapters that read the OS) and the sampler (which writes raw samples).
// Sensors return RAW per-interval quantities; attribution and estimation happen in summarize.
import type { GpuInfo, GpuSample, RaplZone, SensorStatus } from '../model/log.ts';

/** Result of probing /sys/class/powercap (or a configured root). */
export interface RaplDiscovery {
  root: string;
  /** every zone found; `counted` says which are summed (no double counting) */
  zones: RaplZone[];
  cpu: SensorStatus;
  dram: SensorStatus;
  /** why zones were skipped, permission problems with the exact fix for the runner user */
  notes: string[];
}

/** Energy counters of the counted RAPL zones, read as deltas. */
export interface RaplMeter {
  /** Joules since the previous call (first call primes and returns zeros); wraps handled; null = not measured. */
  read(): { pkg: number | null; dram: number | null };
  /** releases open files (optional: injected test meters hold none) */
  close?(): void;
  /**
   * The open counters as plain data for resumeRapl() in another thread of this process (the tick worker);
   * this meter is spent afterwards. Absent on injected meters, which are then read on the main thread.
   */
  handOver?(): RaplState;
}

/** Result of probing nvidia-smi. */
export interface GpuProbe {
  /** false when disabled ('none'), not found, or failing; status says why */
  available: boolean;
  bin: string | null;
  gpus: GpuInfo[];
  /** query-gpu fields this driver supports and that the stream will ask for */
  fields: string[];
  status: SensorStatus;
  notes: string[];
  per_process: 'pmon' | 'compute-apps' | 'none';
}

export interface GpuMeterEvent {
  level: 'info' | 'warning';
  message: string;
}

/** A running GPU meter: one long-lived `--query-gpu ... -lms N` child (+ a per-process source). */
export interface GpuMeter {
  readonly gpus: GpuInfo[];
  /** sampling method, for the log header */
  readonly method: string;
  /**
   * Per-GPU readings over the interval since the previous call, ending at `nowMs`
   * (performance.now() clock). `treePids` are host PIDs of the step's process tree.
   * A GPU without readings in the interval yields w/j null (a gap), never zero.
   */
  take(nowMs: number, treePids: ReadonlySet<number>): GpuSample[];
  /**
   * The run's last interval has been taken: findings summed over the whole run (entries dropped, samples
   * that never named the step) are said now, while the log still takes events. Idempotent; stop() calls it.
   */
  finish?(): void;
  stop(): Promise<void>;
  /**
   * Hands the reads due at every tick to the sampler's ticks (the tick worker): the meter stops its own
   * timer and from now on learns its readings only through `ingest`. Absent on meters that have no
   * per-tick reads (the nvidia-smi stream paces itself).
   */
  takeOverReads?(): GpuTickTakeover;
}

/** A GPU meter's per-tick reads, run where the ticks run. */
export interface GpuTickReads {
  /** reads every GPU once (never throws for a failing call: its return code is a reading) */
  read(): void;
  /** the raw readings since the previous take (a flat list of numbers, see src/meter/nvml/tick-reads.ts) */
  take(): number[];
}

export interface GpuTickTakeover {
  /** reads in this thread (the fallback when the ticks run on the main thread) */
  local: GpuTickReads;
  /** the same reads as plain data, resumed in the tick worker */
  state: GpuTickState;
  /** the readings of a batch, from whichever thread read them */
  ingest(reads: readonly number[]): void;
}

/** One sample of the machine and the step's process tree from /proc. */
export interface ProcSample {
  /** /proc/stat deltas since previous call (clock ticks, all CPUs) */
  busy: number;
  total: number;
  /** CPU ticks of the tree since the previous call, exited children included */
  tree: number;
  /** resident bytes of the tree, bytes in use on the machine */
  rss: number;
  used: number;
  /** PIDs currently in the tree (host PIDs) */
  pids: Set<number>;
}

/** One counted zone's energy_uj counter as plain data. */
export interface RaplCounter {
  path: string;
  /** the open energy_uj, re-read with pread (-1: closed, opened at the next read) */
  fd: number;
  range: number;
  prev: number | null;
  prevAt: number;
  /** µJ read since the last emitted value of its component (carried across failed reads) */
  pending: number;
}

/** An open RAPL meter as plain data (structured-clonable, fds included) for another thread of this process. */
export interface RaplState {
  pkg: { cs: RaplCounter[]; first: boolean };
  dram: { cs: RaplCounter[]; first: boolean };
}

/** What one GPU's per-tick reads are (the probe's findings, as plain data for the worker). */
export interface NvmlTickDevice {
  index: number;
  uuid: string;
  counter: boolean;
  power: boolean;
  /** power from NVML_FI_DEV_POWER_INSTANT (else nvmlDeviceGetPowerUsage) */
  instant: boolean;
  util: boolean;
}

/** The per-tick reads as plain data, to resume them in the tick worker. */
export interface NvmlTickState {
  kind: 'nvml';
  lib: string;
  devices: NvmlTickDevice[];
}

/** What one AMD GPU's per-tick reads are (the probe's findings, as plain data for the worker). */
export interface AmdTickDevice {
  index: number;
  uuid: string;
  counter: boolean;
  power: boolean;
  busy: boolean;
}

/** The AMD per-tick reads as plain data: which library (AMD SMI or ROCm SMI), where, which GPUs. */
export interface AmdTickState {
  kind: 'amd';
  lib: 'amdsmi' | 'rocm-smi';
  path: string;
  devices: AmdTickDevice[];
}

/** A GPU meter's per-tick reads as plain data, by vendor. */
export type GpuTickState = NvmlTickState | AmdTickState;

/**
 * Maps a PID as the GPU driver reports it (the host's PID namespace) to ours, or null (another container's,
 * gone). The caller builds it from procfs (`procfs/nspid.ts`), so no GPU sensor reads /proc itself.
 */
export interface HostPidMapper {
  map(hostPid: number): number | null;
}
