// The NVML GPU meter: reads every GPU's energy counter (and power, utilisation) at the sampling interval,
// and per-process SM samples once a second; take() turns them into per-interval readings for the sampler.
// The interval reads (tick-reads.ts) run on a drift-free timer of this meter's own until the sampler takes
// them over (takeOverReads) into its tick worker, which wakes at every tick anyway; the per-process polls
// stay here, run from take() once a second. All reads are synchronous FFI calls of a few microseconds;
// a failing call is a note (what the code means, what to do) and a gap, never a throw.
import type { GpuInfo, GpuSample, SensorStatus } from '../../model/log.ts';
import { ReadingSeries } from '../sampling/power-series.ts';
import { SmConsistency } from '../sampling/sm-consistency.ts';
import { SmTimeline } from '../sampling/sm-timeline.ts';
import { ContextTenancy } from '../sampling/tenancy.ts';
import type { GpuMeter, GpuMeterEvent, GpuTickTakeover, HostPidMapper } from '../types.ts';
import type { ProcSample } from './binding.ts';
import { CounterSeries } from '../sampling/counter-series.ts';
import { nvmlNote, NVML_ERROR_FUNCTION_NOT_FOUND, NVML_ERROR_GPU_IS_LOST, NVML_ERROR_NOT_SUPPORTED, NVML_SUCCESS } from './errors.ts';
import type { NvmlDevice, NvmlSession } from './probe.ts';
import { NvmlTickReads, READ_KIND, READ_STRIDE } from './tick-reads.ts';
import type { NvmlTickDevice } from '../types.ts';

export interface NvmlMeterOptions {
  /** host PID -> ours when the meter runs in a container (NSpid through the host's /proc; see procfs/nspid.ts) */
  hostPids?: HostPidMapper;
  /** start of the first interval (performance.now() ms; default: now) */
  since?: number;
  /** power/utilisation readings hold at most this long in an interval without one (default max(1000, 3 x interval)) */
  holdMs?: number;
  /** per-process samples and compute processes are polled this often (default 1000 ms) */
  procPollMs?: number;
  /** stop() also shuts NVML down (default true) */
  closeSession?: boolean;
}

/** A per-process sample without a predecessor covers this long before its timestamp (NVML: 1/6 s to 1 s). */
const DEFAULT_SAMPLE_PERIOD_MS = 1000 / 6;

/** A per-process sample stamped later than now by more than this is not real (clocks read a little apart). */
const FUTURE_TOLERANCE_US = 1_000_000;

/** How each GPU's energy is obtained. */
export function gpuEnergyMethod(d: NvmlDevice): 'energy counter' | 'polled power' | 'none' {
  return d.probe.energyCounter ? 'energy counter' : d.probe.powerReadable ? 'polled power' : 'none';
}

function powerSource(d: NvmlDevice): string {
  return d.instantField ? 'NVML_FI_DEV_POWER_INSTANT (instantaneous)' : 'nvmlDeviceGetPowerUsage (a 1 s average on Ampere and newer)';
}

/** GpuInfo (log header) of each GPU NVML answered for. */
export function nvmlGpuInfo(s: NvmlSession): GpuInfo[] {
  return s.devices.map((d) => ({
    uuid: d.probe.uuid,
    index: d.probe.index,
    name: d.probe.name,
    ...(s.probe.driver ? { driver: s.probe.driver } : {}),
    power_limit_w: d.powerLimitW,
    tdp_w: d.defaultLimitW,
  }));
}

/**
 * The GPU sensor status with NVML: measured (sensor 'nvml', the detail names "energy counter" or
 * "polled power" per GPU), or null when no GPU reads energy or power (the next method in the chain).
 */
export function nvmlSensorStatus(s: NvmlSession): SensorStatus | null {
  if (!s.probe.ok) return null;
  const by = (m: string): NvmlDevice[] => s.devices.filter((d) => gpuEnergyMethod(d) === m);
  const counter = by('energy counter');
  const polled = by('polled power');
  const none = by('none');
  if (counter.length === 0 && polled.length === 0) return null;
  const list = (ds: NvmlDevice[]): string => ds.map((d) => `GPU ${d.probe.index}`).join(', ');
  const models = [...new Set(s.devices.map((d) => d.probe.name))].join(', ');
  const parts: string[] = [];
  if (counter.length > 0) parts.push(`energy counter (nvmlDeviceGetTotalEnergyConsumption)${polled.length + none.length > 0 ? ` on ${list(counter)}` : ''}`);
  if (polled.length > 0) parts.push(`polled power on ${list(polled)} (no energy counter: ${powerSource(polled[0]!)} integrated by trapezoid)`);
  if (none.length > 0) parts.push(`no energy or power on ${list(none)} (gaps)`);
  const mig = s.devices.filter((d) => d.probe.mig);
  if (mig.length > 0) parts.push(`MIG on ${list(mig)}: energy of the whole GPU, the step's share unknown`);
  return { kind: 'measured', sensor: 'nvml', detail: `NVML (${s.probe.driver ? `driver ${s.probe.driver}, ` : ''}${s.devices.length} GPU: ${models}), ${parts.join('; ')}` };
}

/** The sampling method for the log header (same text as GpuMeter.method). */
export function nvmlSamplingMethod(s: NvmlSession, intervalMs: number, opts: Pick<NvmlMeterOptions, 'holdMs' | 'procPollMs'> = {}): string {
  const holdMs = opts.holdMs ?? Math.max(1000, 3 * intervalMs);
  const procPoll = opts.procPollMs ?? 1000;
  const any = (m: string): boolean => s.devices.some((d) => gpuEnergyMethod(d) === m);
  const parts = [`NVML through koffi (${s.probe.lib}), every GPU read every ${Math.round(intervalMs)} ms`];
  if (any('energy counter')) parts.push('energy counter: interval energy = difference of nvmlDeviceGetTotalEnergyConsumption (mJ) interpolated at the interval ends');
  if (any('polled power')) parts.push(`polled power (GPUs without the counter): ${powerSource(s.devices.find((d) => gpuEnergyMethod(d) === 'polled power')!)} integrated by trapezoid, last reading held at most ${holdMs} ms`);
  parts.push(`power shown (w): mean of ${s.devices.some((d) => d.instantField) ? 'NVML_FI_DEV_POWER_INSTANT' : 'nvmlDeviceGetPowerUsage'} readings`);
  parts.push(`per process: nvmlDeviceGetProcessUtilization every ${procPoll} ms, each timestamped sample placed on the window it covers (the time since the previous call's newest sample or the process's previous sample, whichever is later; entries that cannot be real dropped and said), the last one held while a reading is late; contexts from nvmlDeviceGetComputeRunningProcesses_v3 and nvmlDeviceGetGraphicsRunningProcesses_v3 at the same polls (sole tenant: every process holding a context over an interval is the step's)`);
  return parts.join('; ');
}

interface Dropped {
  n: number;
  pids: Set<number>;
  smMin: number;
  smMax: number;
}

/** The dropped entries of one reason, for humans: how many, which pids, which SM values. */
function describeDrop(why: string, d: Dropped): string {
  const pids = [...d.pids].filter((p) => p !== 0);
  const list = pids.length === 0 ? '' : `; pid ${pids.slice(0, 4).join(', ')}${pids.length > 4 ? ` and ${pids.length - 4} more` : ''}`;
  const sm = d.smMin === d.smMax ? `${d.smMin}` : `${d.smMin}-${d.smMax}`;
  return `${d.n} with ${why} (SM ${sm} %${list})`;
}

interface DevState {
  d: NvmlDevice;
  counter: CounterSeries | null;
  power: ReadingSeries;
  util: ReadingSeries;
  timeline: SmTimeline;
  procUtil: boolean;
  lastSeenUs: number;
  lastSample: Map<number, number>;
  periodMs: number;
  /** the processes holding a context (compute and graphics) at the latest poll */
  compute: Set<number>;
  tenancy: ContextTenancy;
  consistency: SmConsistency;
  /** entries dropped over the run, by reason */
  drops: Map<string, Dropped>;
  /** entries returned over the run */
  entries: number;
  /** a process of the tree held a context in some interval / a per-process sample named one */
  treeHeld: boolean;
  treeSampled: boolean;
  /** what nvmlDeviceGetProcessUtilization returned: one entry per process per call, or one per driver period */
  shape: 'per-call aggregate' | 'per-period samples' | null;
  lost: boolean;
  reported: Set<string>;
}

export function startNvmlMeter(s: NvmlSession, intervalMs: number, onEvent: (e: GpuMeterEvent) => void, opts: NvmlMeterOptions = {}): GpuMeter {
  const nvml = s.lib;
  const holdMs = opts.holdMs ?? Math.max(1000, 3 * intervalMs);
  const procPollMs = opts.procPollMs ?? 1000;
  const gpus = nvmlGpuInfo(s);
  const method = nvmlSamplingMethod(s, intervalMs, { holdMs, procPollMs });
  const say = (level: GpuMeterEvent['level'], message: string): void => {
    try {
      onEvent({ level, message });
    } catch {
      /* a failing listener must not stop the meter */
    }
  };
  const states: DevState[] = s.devices.map((d) => ({
    d,
    counter: d.probe.energyCounter ? new CounterSeries() : null,
    power: new ReadingSeries(holdMs),
    util: new ReadingSeries(holdMs),
    timeline: new SmTimeline({ holdSpanMs: 2 * procPollMs }),
    procUtil: !d.probe.mig,
    lastSeenUs: 0,
    lastSample: new Map(),
    periodMs: DEFAULT_SAMPLE_PERIOD_MS,
    compute: new Set(),
    tenancy: new ContextTenancy(),
    consistency: new SmConsistency(),
    drops: new Map(),
    entries: 0,
    treeHeld: false,
    treeSampled: false,
    shape: null,
    lost: false,
    reported: new Set(),
  }));

  const where = (st: DevState): string => `GPU ${st.d.probe.index} (${st.d.probe.uuid})`;
  /** A failed call: said once per GPU, call and code; GPU_IS_LOST ends that GPU's readings. */
  const failed = (st: DevState, call: string, rc: number): void => {
    if (rc === NVML_ERROR_GPU_IS_LOST) st.lost = true;
    const key = `${call}:${rc}`;
    if (st.reported.has(key)) return;
    st.reported.add(key);
    const tail = st.lost ? '; its energy is a gap from here on' : rc === NVML_ERROR_NOT_SUPPORTED ? '' : '; readings missing while it fails (gaps)';
    say('warning', nvmlNote(call, rc, where(st), nvml?.errorString(rc) ?? null) + tail);
  };

  // the reads due at every interval: here on this meter's own timer, or, once the sampler takes them
  // over (takeOverReads), where its ticks run; either way they arrive through ingest()
  const tickDevices: NvmlTickDevice[] = states.map((st) => ({
    index: st.d.probe.index,
    uuid: st.d.probe.uuid,
    counter: st.counter !== null,
    power: st.d.probe.powerReadable,
    instant: st.d.instantField,
    util: !st.d.probe.mig,
  }));
  const local = nvml ? new NvmlTickReads(nvml, states.map((st) => st.d.handle), tickDevices, () => performance.now()) : null;
  let lastRead = -Infinity;
  const ingest = (reads: readonly number[]): void => {
    for (let o = 0; o + READ_STRIDE <= reads.length; o += READ_STRIDE) {
      const st = states[reads[o]!];
      if (!st || st.lost) continue;
      const kind = reads[o + 1]!;
      const t = reads[o + 2]!;
      const rc = reads[o + 3]!;
      const v = reads[o + 4]!;
      if (kind === READ_KIND.energy) {
        if (rc === NVML_SUCCESS) st.counter?.push(t, v / 1000);
        else failed(st, 'nvmlDeviceGetTotalEnergyConsumption', rc);
      } else if (kind === READ_KIND.power) {
        if (rc === NVML_SUCCESS) st.power.push(t, v / 1000);
        else failed(st, st.d.instantField ? 'nvmlDeviceGetFieldValues(NVML_FI_DEV_POWER_INSTANT)' : 'nvmlDeviceGetPowerUsage', rc);
      } else if (kind === READ_KIND.util) {
        if (rc === NVML_SUCCESS) st.util.push(t, v);
        else failed(st, 'nvmlDeviceGetUtilizationRates', rc);
      }
    }
  };
  const readAll = (): void => {
    if (!local) return;
    lastRead = performance.now();
    local.read();
    ingest(local.take());
  };
  /** true once the sampler's ticks read the GPUs: no reads of this meter's own from then on */
  let external = false;

  let lastProcPoll = -Infinity;
  // no sample covers time before the meter started
  const start = Math.min(opts.since ?? Infinity, performance.now());
  const pollProcs = (): void => {
    if (!nvml) return;
    const t = performance.now();
    lastProcPoll = t;
    const offset = Date.now() - t; // epoch ms - perf ms, read with the poll
    for (const st of states) {
      if (st.lost) continue;
      const h = st.d.handle;
      if (st.procUtil) {
        const r = nvml.processUtilization(h, st.lastSeenUs);
        if (r.rc === NVML_SUCCESS) {
          const L = st.lastSeenUs;
          const nowUs = Date.now() * 1000;
          // drivers pad the buffer with unused (pid 0) or stale entries, and garbage SM values occur:
          // such entries are dropped, never placed, and counted for the run (said once, at finish)
          const kept: ProcSample[] = [];
          st.entries += r.samples.length;
          for (const x of r.samples) {
            const why = x.pid === 0 ? 'pid 0' : x.sm > 100 ? 'SM above 100 %' : x.timeStampUs > nowUs + FUTURE_TOLERANCE_US ? 'timestamp in the future' : x.timeStampUs <= L ? 'timestamp at or before lastSeenTimeStamp' : null;
            if (why === null) {
              kept.push(x);
              continue;
            }
            const d = st.drops.get(why) ?? { n: 0, pids: new Set<number>(), smMin: Infinity, smMax: -Infinity };
            d.n++;
            d.pids.add(x.pid);
            d.smMin = Math.min(d.smMin, x.sm);
            d.smMax = Math.max(d.smMax, x.sm);
            st.drops.set(why, d);
          }
          // the sampling period: the smallest gap between distinct timestamps seen
          const stamps = [...new Set(kept.map((x) => x.timeStampUs))].sort((a, b) => a - b);
          for (let i = 1; i < stamps.length; i++) {
            const g = (stamps[i]! - stamps[i - 1]!) / 1000;
            if (g > 1 && g < st.periodMs) st.periodMs = g;
          }
          // the driver's shape: several samples of one pid in one call are per-period samples, else
          // each entry aggregates the time since lastSeenTimeStamp; one rule places both
          if (kept.length > 0) {
            const shape = new Set(kept.map((x) => x.pid)).size < kept.length ? 'per-period samples' : 'per-call aggregate';
            // per-period is certain once seen; aggregate is what a call with one entry per pid looks like
            if (st.shape === null || (shape === 'per-period samples' && st.shape !== shape)) {
              st.shape = shape;
              say('info', `${where(st)}: nvmlDeviceGetProcessUtilization returns ${shape === 'per-period samples' ? 'per-period samples (several per process per call)' : 'a per-call aggregate (one entry per process per call)'}`);
            }
          }
          const floor = L > 0 ? L / 1000 - offset : null;
          for (const x of [...kept].sort((a, b) => a.timeStampUs - b.timeStampUs)) {
            const to = x.timeStampUs / 1000 - offset;
            const prev = st.lastSample.get(x.pid);
            // a sample returned for lastSeenTimeStamp L covers the time since L (or since that pid's
            // previous sample, if later), whatever the gap; a pid absent from a call had no sample since L.
            // The first call (L = 0) has no such bound: one period before the stamp, not before the start
            const from = floor !== null
              ? Math.max(floor, prev ?? -Infinity)
              : Math.max(prev !== undefined && to - prev <= 2.5 * st.periodMs ? prev : to - st.periodMs, start);
            if (to > from) st.timeline.addSample(x.pid, from, to, x.sm);
            st.lastSample.set(x.pid, to);
          }
          for (const x of kept) if (x.timeStampUs > st.lastSeenUs) st.lastSeenUs = x.timeStampUs;
          // known up to the newest sample; after it the last samples are held until newer ones arrive or
          // the tree ends (a process that just exited may have no sample of its last moments yet)
          if (st.lastSeenUs > 0) st.timeline.setHorizon(st.lastSeenUs / 1000 - offset);
        } else {
          if (r.rc === NVML_ERROR_NOT_SUPPORTED) st.procUtil = false;
          failed(st, 'nvmlDeviceGetProcessUtilization', r.rc);
        }
      }
      // the contexts at this poll: compute and graphics (a library without the graphics call: compute only);
      // a failed list leaves the moment unknown, so no interval around it is a sole tenant's
      const c = nvml.computeProcesses(h);
      const g = nvml.graphicsProcesses(h);
      const gOk = g.rc === NVML_SUCCESS || g.rc === NVML_ERROR_FUNCTION_NOT_FOUND || g.rc === NVML_ERROR_NOT_SUPPORTED;
      if (c.rc !== NVML_SUCCESS) failed(st, 'nvmlDeviceGetComputeRunningProcesses_v3', c.rc);
      if (!gOk) failed(st, 'nvmlDeviceGetGraphicsRunningProcesses_v3', g.rc);
      if (c.rc === NVML_SUCCESS && gOk) {
        st.compute = new Set([...c.pids, ...g.pids].map((p) => p.pid));
        st.tenancy.observe(t, st.compute);
      } else {
        if (c.rc === NVML_SUCCESS) st.compute = new Set(c.pids.map((p) => p.pid));
        st.tenancy.observe(t, null);
      }
    }
  };

  // the first reads at once: the first interval starts at `since` (the sampler's origin, just before)
  readAll();
  pollProcs();
  let last = Math.min(opts.since ?? Infinity, performance.now());
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const origin = performance.now();
  let k = 0;
  const schedule = (): void => {
    if (stopped) return;
    const now = performance.now();
    k = Math.max(k + 1, Math.floor((now - origin) / intervalMs) + 1);
    timer = setTimeout(tick, origin + k * intervalMs - now);
    timer.unref(); // the command keeps the process alive, not the meter
  };
  const tick = (): void => {
    timer = null;
    if (stopped || external) return;
    readAll();
    schedule();
  };
  schedule();

  /** The SM samples of all processes against the GPU's utilisation: a sustained excess said once per GPU. */
  const checkSm = (st: DevState, a: number, b: number, allSm: number | null, util: number | null): void => {
    if (st.consistency.excess()) return;
    st.consistency.add(a, b, allSm, util);
    const x = st.consistency.excess();
    if (!x) return;
    say('warning', `${where(st)}: the per-process SM samples of all its processes add up to ${round(x.sm, 1)} % while the GPU's utilisation is ${round(x.util, 1)} % (mean over ${round((x.to - x.from) / 1000, 1)} s): the driver's per-process samples overcount, so a share computed from them is too high`);
  };

  let finished = false;
  /** The run's findings summed per GPU, said once: dropped entries, a step the samples never named. */
  function finish(): void {
    if (finished) return;
    finished = true;
    for (const st of states) {
      if (st.drops.size > 0) {
        const n = [...st.drops.values()].reduce((x, y) => x + y.n, 0);
        const why = [...st.drops].map(([k, d]) => describeDrop(k, d)).join('; ');
        say('warning', `${where(st)}: nvmlDeviceGetProcessUtilization returned ${n} of ${st.entries} entries over the run that cannot be real, dropped: ${why}; the step's SM share is from the rest`);
      }
      if (st.treeHeld && !st.treeSampled && st.procUtil && !st.d.probe.mig)
        say('warning', `${where(st)}: a process of the step held a context on it, but the per-process samples of nvmlDeviceGetProcessUtilization never named one of the step's processes during the run: its SM share could not be measured (the share is 1 where it was the sole tenant, else from the samples, which miss it)`);
    }
  }

  const mapper = opts.hostPids ?? null;
  const inTreeOf = (tree: ReadonlySet<number>) => (pid: number): boolean => {
    if (tree.has(pid)) return true;
    const local = mapper?.map(pid) ?? null;
    return local !== null && tree.has(local);
  };

  return {
    gpus,
    method,
    take(nowMs: number, treePids: ReadonlySet<number>): GpuSample[] {
      // an interval ending after the last read (the final one) is read now; per-process samples are
      // polled before the intervals that need them, at most every half poll period
      const real = performance.now();
      if (!external && nowMs > lastRead) readAll();
      if (real - lastProcPoll >= Math.min(500, procPollMs / 2) || nowMs > lastProcPoll) pollProcs();
      const a = last;
      const b = nowMs;
      if (b > a) last = b;
      const inTree = inTreeOf(treePids);
      const out: GpuSample[] = [];
      for (const st of states) {
        let j: number | null = null;
        let w: number | null = null;
        if (b > a) {
          const p = st.power.integrate(a, b);
          if (st.counter) {
            j = st.counter.energy(a, b);
            st.counter.trim(b);
            w = p ? p.mean : j !== null ? j / ((b - a) / 1000) : null;
          } else if (p) {
            j = p.integral;
            w = p.mean;
          }
        }
        const util = b > a && !st.d.probe.mig ? st.util.meanOfReadings(a, b) : null;
        st.util.trim(b);
        let sm: number | null = null;
        let on = false;
        if (b > a && st.procUtil && !st.d.probe.mig) {
          const r = st.timeline.tree(a, b, inTree);
          sm = r.sm;
          on = r.on;
          if (r.on) st.treeSampled = true;
          checkSm(st, a, b, st.timeline.tree(a, b, () => true).sm, util);
          st.timeline.trim(a);
        }
        let held = false;
        for (const pid of st.compute) if (inTree(pid)) held = true;
        if (held) st.treeHeld = true;
        // sole tenant from the context lists alone, never the samples; not under MIG, where the energy is
        // the whole GPU's and the parent's lists are not known to name every instance's processes
        const sole = b > a && !st.d.probe.mig && st.tenancy.sole(a, b, inTree);
        st.tenancy.trim(a);
        on ||= held || sole;
        out.push({
          u: st.d.probe.uuid,
          w: w === null ? null : round(w, 3),
          j: j === null ? null : round(j, 6),
          util: util === null ? null : round(util, 2),
          sm: sm === null ? null : round(sm, 2),
          on,
          ...(sole ? { sole: true } : {}),
        });
      }
      return out;
    },
    finish,
    takeOverReads: local
      ? (): GpuTickTakeover => {
          external = true;
          if (timer) clearTimeout(timer);
          timer = null;
          return { local, state: { kind: 'nvml', lib: s.probe.lib, devices: tickDevices }, ingest };
        }
      : undefined,
    async stop(): Promise<void> {
      finish();
      stopped = true;
      if (opts.closeSession !== false) s.close();
    },
  };
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;
