// The AMD GPU meter: every GPU's energy accumulator (and power, busy %) at the sampling interval, the
// processes using each GPU once a second; take() turns them into per-interval readings for the sampler,
// with the same rules as NVIDIA's meter (src/meter/nvml/meter.ts): sole tenant from the process lists
// alone; else the step's part of the per-process activity the library reports (ROCm SMI: CU occupancy;
// AMD SMI: GFX engine time); else a split by the processes holding the GPU, said as such.
import type { GpuInfo, GpuSample, SensorStatus } from '../../model/log.ts';
import { CounterSeries } from '../sampling/counter-series.ts';
import { ReadingSeries } from '../sampling/power-series.ts';
import { SmTimeline } from '../sampling/sm-timeline.ts';
import { ContextTenancy } from '../sampling/tenancy.ts';
import type { AmdTickDevice, GpuMeter, GpuMeterEvent, GpuTickTakeover, HostPidMapper } from '../types.ts';
import { amdNote, AMD_LIB_TITLE, AMD_NOT_SUPPORTED, AMD_SUCCESS } from './errors.ts';
import type { AmdGpuProbe, AmdSession } from './probe.ts';
import { AmdTickReads, READ_KIND, READ_STRIDE } from './tick-reads.ts';

export interface AmdMeterOptions {
  hostPids?: HostPidMapper;
  /** start of the first interval (performance.now() ms; default: now) */
  since?: number;
  /** power/busy readings hold at most this long in an interval without one (default max(1000, 3 x interval)) */
  holdMs?: number;
  /**
   * processes are polled this often, on a timer of the meter's own (default 250 ms: a list is a snapshot,
   * so its period is the resolution of the share at a process's start and end)
   */
  procPollMs?: number;
  /** stop() also shuts the library down (default true) */
  closeSession?: boolean;
}

const DEFAULT_PROC_POLL_MS = 250;

/** A 32-bit accumulator (older firmware) wraps at 2^32 counts; a 64-bit one never does in practice. */
const WRAP32 = 2 ** 32;

const CALLS = {
  amdsmi: { energy: 'amdsmi_get_energy_count', power: 'amdsmi_get_power_info', busy: 'amdsmi_get_gpu_activity', procs: 'amdsmi_get_gpu_process_list' },
  'rocm-smi': { energy: 'rsmi_dev_energy_count_get', power: 'rsmi_dev_power_ave_get', busy: 'rsmi_dev_busy_percent_get', procs: 'rsmi_compute_process_info_get' },
} as const;

export function amdEnergyMethod(g: AmdGpuProbe): 'energy counter' | 'polled power' | 'none' {
  return g.energyCounter ? 'energy counter' : g.powerReadable ? 'polled power' : 'none';
}

export function amdGpuInfo(s: AmdSession): GpuInfo[] {
  return s.probe.gpus.map((g) => ({ uuid: g.uuid, index: g.index, name: g.name, power_limit_w: g.powerLimitW, tdp_w: g.defaultLimitW }));
}

/** measured with sensor 'amdsmi' | 'rocm-smi', or null when no GPU reads energy or power. */
export function amdSensorStatus(s: AmdSession): SensorStatus | null {
  const kind = s.probe.kind;
  if (!s.probe.ok || !kind) return null;
  const gpus = s.probe.gpus;
  const by = (m: string): AmdGpuProbe[] => gpus.filter((g) => amdEnergyMethod(g) === m);
  const counter = by('energy counter');
  const polled = by('polled power');
  const none = by('none');
  if (counter.length === 0 && polled.length === 0) return null;
  const list = (gs: AmdGpuProbe[]): string => gs.map((g) => `GPU ${g.index}`).join(', ');
  const models = [...new Set(gpus.map((g) => g.name))].join(', ');
  const parts: string[] = [];
  if (counter.length > 0) parts.push(`energy counter (${CALLS[kind].energy})${polled.length + none.length > 0 ? ` on ${list(counter)}` : ''}`);
  if (polled.length > 0) parts.push(`polled power on ${list(polled)} (no energy counter: ${CALLS[kind].power} integrated by trapezoid)`);
  if (none.length > 0) parts.push(`no energy or power on ${list(none)} (gaps)`);
  const parted = gpus.filter((g) => g.partition);
  if (parted.length > 0) parts.push(`compute partitions on ${list(parted)} (${[...new Set(parted.map((g) => g.partition))].join(', ')}): energy may be the whole GPU's, the step's share uncertain`);
  return { kind: 'measured', sensor: kind, detail: `${AMD_LIB_TITLE[kind]} (${s.probe.lib}; ${gpus.length} GPU: ${models}), ${parts.join('; ')}` };
}

export function amdSamplingMethod(s: AmdSession, intervalMs: number, opts: Pick<AmdMeterOptions, 'holdMs' | 'procPollMs'> = {}): string {
  const kind = s.probe.kind ?? 'rocm-smi';
  const holdMs = opts.holdMs ?? Math.max(1000, 3 * intervalMs);
  const procPoll = opts.procPollMs ?? DEFAULT_PROC_POLL_MS;
  const c = CALLS[kind];
  const any = (m: string): boolean => s.probe.gpus.some((g) => amdEnergyMethod(g) === m);
  const parts = [`${AMD_LIB_TITLE[kind]} through koffi (${s.probe.lib}), every GPU read every ${Math.round(intervalMs)} ms`];
  if (any('energy counter')) parts.push(`energy counter: interval energy = difference of ${c.energy} (accumulator x counter_resolution µJ, 32-bit wraps unwrapped, each value placed at the driver's own timestamp) interpolated at the interval ends`);
  if (any('polled power')) parts.push(`polled power (GPUs without the counter): ${c.power} integrated by trapezoid, last reading held at most ${holdMs} ms`);
  const activity = kind === 'amdsmi' ? 'each process\'s GFX engine time (amdsmi_proc_info_t engine_usage.gfx) over the poll' : 'each process\'s CU occupancy (rsmi_compute_process_info_by_pid_get)';
  parts.push(`per process every ${procPoll} ms: ${c.procs} lists the processes using each GPU, each list a snapshot covering half the time to the polls beside it (sole tenant: every one of them is the step's); else the step's share of the GPU's busy % is its part of ${activity}; where no process reports activity, a split by the number of processes holding the GPU`);
  return parts.join('; ');
}

interface DevState {
  g: AmdGpuProbe;
  counter: CounterSeries | null;
  /** an energy reading waiting for its driver timestamp (the next reading of the batch) */
  pending: { t: number; raw: number } | null;
  /** our clock minus the driver's, ms: the smallest seen (the freshest read) */
  clockOffset: number;
  /** energy readings (J, unwrapped) not yet placed on our clock */
  unplaced: Array<{ t: number; tsMs: number | null; j: number }>;
  prevRaw: number | null;
  wrapOffset: number;
  wraps: number;
  power: ReadingSeries;
  busy: ReadingSeries;
  timeline: SmTimeline;
  tenancy: ContextTenancy;
  holders: Set<number>;
  prevBusyNs: Map<number, number>;
  /** the previous poll's processes and their activity */
  lastList: Array<[number, number | null]> | null;
  reported: Set<string>;
}

export function startAmdMeter(s: AmdSession, intervalMs: number, onEvent: (e: GpuMeterEvent) => void, opts: AmdMeterOptions = {}): GpuMeter {
  const lib = s.lib;
  const kind = s.probe.kind ?? 'rocm-smi';
  const c = CALLS[kind];
  const holdMs = opts.holdMs ?? Math.max(1000, 3 * intervalMs);
  const procPollMs = opts.procPollMs ?? DEFAULT_PROC_POLL_MS;
  const gpus = amdGpuInfo(s);
  const method = amdSamplingMethod(s, intervalMs, { holdMs, procPollMs });
  const say = (level: GpuMeterEvent['level'], message: string): void => {
    try {
      onEvent({ level, message });
    } catch {
      /* a failing listener must not stop the meter */
    }
  };
  const states: DevState[] = s.probe.gpus.map((g) => ({
    g,
    counter: g.energyCounter ? new CounterSeries({ extendMs: holdMs }) : null,
    pending: null,
    clockOffset: Infinity,
    unplaced: [],
    prevRaw: null,
    wrapOffset: 0,
    wraps: 0,
    power: new ReadingSeries(holdMs),
    busy: new ReadingSeries(holdMs),
    // every poll is a complete list: the first covers the time before it, and past the latest only the
    // latest one's processes are held (one absent from it has left)
    timeline: new SmTimeline({ leadIn: true, holdSpanMs: 0 }),
    tenancy: new ContextTenancy(),
    holders: new Set(),
    prevBusyNs: new Map(),
    lastList: null,
    reported: new Set(),
  }));
  const byIndex = new Map(states.map((st) => [st.g.index, st]));
  const where = (st: DevState): string => `GPU ${st.g.index} (${st.g.uuid})`;
  const failed = (st: DevState | null, call: string, rc: number): void => {
    const key = `${st?.g.index ?? '*'}:${call}:${rc}`;
    const set = st?.reported ?? globalReported;
    if (set.has(key)) return;
    set.add(key);
    say('warning', amdNote(kind, call, rc, st ? where(st) : null, lib?.statusString(rc) ?? null) + (rc === AMD_NOT_SUPPORTED ? '' : '; readings missing while it fails (gaps)'));
  };
  const globalReported = new Set<string>();

  const tickDevices: AmdTickDevice[] = states.map((st) => ({
    index: st.g.index, uuid: st.g.uuid, counter: st.counter !== null, power: st.g.powerReadable, busy: st.g.busyReadable,
  }));
  const local = lib ? new AmdTickReads(lib, tickDevices, () => performance.now()) : null;
  let lastRead = -Infinity;
  const ingestEnergy = (st: DevState, t: number, tsMs: number | null, v: number): void => {
    if (st.prevRaw !== null && v < st.prevRaw) {
      // a 32-bit accumulator near its top that comes back small wrapped; any other fall is a reset
      // (driver reload), which the counter series drops
      if (st.prevRaw < WRAP32 && st.prevRaw - v > WRAP32 / 2) {
        st.wrapOffset += WRAP32;
        st.wraps++;
      } else st.wrapOffset = 0;
    }
    st.prevRaw = v;
    st.unplaced.push({ t, tsMs, j: ((v + st.wrapOffset) * st.g.resolutionUj) / 1e6 });
  };
  const place = (st: DevState): void => {
    for (const r of st.unplaced) st.counter?.push(r.tsMs === null ? r.t : Math.min(r.t, r.tsMs + st.clockOffset), r.j);
    st.unplaced = [];
  };
  const ingest = (reads: readonly number[]): void => {
    for (let o = 0; o + READ_STRIDE <= reads.length; o += READ_STRIDE) {
      const st = states[reads[o]!];
      if (!st) continue;
      const k = reads[o + 1]!;
      const t = reads[o + 2]!;
      const rc = reads[o + 3]!;
      const v = reads[o + 4]!;
      if (k === READ_KIND.energy) {
        if (rc !== AMD_SUCCESS) failed(st, c.energy, rc);
        else st.pending = { t, raw: v };
        continue;
      }
      if (k === READ_KIND.energyTs) {
        const p = st.pending;
        st.pending = null;
        if (rc !== AMD_SUCCESS || !p) continue;
        // the accumulator's value is the driver's at its own timestamp, which may be older than the read
        // (firmware updates it every few ms; a busy host reads it late): placed there when the intervals
        // are taken, through the smallest offset between the two clocks seen by then
        const tsMs = v > 0 ? v / 1e6 : null;
        if (tsMs !== null) st.clockOffset = Math.min(st.clockOffset, p.t - tsMs);
        ingestEnergy(st, p.t, tsMs, p.raw);
      } else if (k === READ_KIND.power) {
        if (rc === AMD_SUCCESS) st.power.push(t, v);
        else failed(st, c.power, rc);
      } else if (k === READ_KIND.busy) {
        if (rc === AMD_SUCCESS) st.busy.push(t, v);
        else failed(st, c.busy, rc);
      }
    }
  };
  const readAll = (): void => {
    if (!local) return;
    lastRead = performance.now();
    local.read();
    ingest(local.take());
  };
  let external = false;

  let lastProcPoll = -Infinity;
  let prevPollT: number | null = null;
  let activityKind: 'cu' | 'engine' | 'holders' | null = null;
  const pollProcs = (): void => {
    if (!lib) return;
    const t = performance.now();
    const from = prevPollT ?? t;
    lastProcPoll = t;
    prevPollT = t;
    const r = lib.processes();
    if (r.rc !== AMD_SUCCESS) {
      failed(null, c.procs, r.rc);
      for (const st of states) st.tenancy.observe(t, null);
      return;
    }
    const per = new Map<DevState, Array<[number, number | null]>>();
    for (const st of states) per.set(st, []);
    let kindNow: 'cu' | 'engine' | 'holders' = 'holders';
    for (const u of r.value) if (u.cu !== null) kindNow = 'cu';
    if (kindNow === 'holders') for (const u of r.value) if (u.busyNs !== null) kindNow = 'engine';
    for (const u of r.value) {
      const st = byIndex.get(u.device);
      if (!st) continue;
      let v: number | null;
      if (kindNow === 'cu') v = u.cu ?? 0;
      else if (kindNow === 'engine') {
        const prev = st.prevBusyNs.get(u.pid);
        st.prevBusyNs.set(u.pid, u.busyNs ?? 0);
        // engine ns over the poll's wall ns, as %; a process's first poll has no difference yet: held out
        v = prev !== undefined && t > from ? Math.min(100, Math.max(0, (((u.busyNs ?? 0) - prev) / ((t - from) * 1e6)) * 100)) : null;
      } else v = 1; // one share per process holding the GPU
      per.get(st)!.push([u.pid, v]);
    }
    if (kindNow !== activityKind) {
      activityKind = kindNow;
      const what = kindNow === 'cu' ? 'CU occupancy per process' : kindNow === 'engine' ? 'GFX engine time per process' : 'no per-process activity: the GPU is split by the number of processes holding it';
      if (r.value.length > 0) say('info', `${AMD_LIB_TITLE[kind]} ${c.procs}: ${what}`);
    }
    // a list is a snapshot: the time between two polls goes half to each (a process seen at the second
    // poll but not the first arrived somewhere in between, on average half-way)
    const mid = (from + t) / 2;
    for (const [st, list] of per) {
      st.holders = new Set(list.map(([pid]) => pid));
      st.tenancy.observe(t, st.holders);
      if (st.lastList && t > from) st.timeline.addReading(from, mid, st.lastList);
      st.timeline.addReading(st.lastList ? mid : from, t, list);
      st.lastList = list;
    }
  };

  readAll();
  pollProcs();
  // the lists on their own timer: the sampler's batches come once a second, too coarse for a snapshot
  const procTimer = setInterval(pollProcs, procPollMs);
  procTimer.unref();
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
    timer.unref();
  };
  const tick = (): void => {
    timer = null;
    if (stopped || external) return;
    readAll();
    schedule();
  };
  schedule();

  const mapper = opts.hostPids ?? null;
  const inTreeOf = (tree: ReadonlySet<number>) => (pid: number): boolean => {
    if (tree.has(pid)) return true;
    const m = mapper?.map(pid) ?? null;
    return m !== null && tree.has(m);
  };
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    for (const st of states) if (st.wraps > 0) say('info', `${where(st)}: the energy accumulator wrapped ${st.wraps} time(s) at 2^32 counts during the run (unwrapped)`);
  };

  return {
    gpus,
    method,
    take(nowMs: number, treePids: ReadonlySet<number>): GpuSample[] {
      if (!external && nowMs > lastRead) readAll();
      if (nowMs > lastProcPoll) pollProcs(); // the last interval (the timer polls the rest)
      const a = last;
      const b = nowMs;
      if (b > a) last = b;
      const inTree = inTreeOf(treePids);
      const out: GpuSample[] = [];
      for (const st of states) {
        place(st);
        let j: number | null = null;
        let w: number | null = null;
        if (b > a) {
          const p = st.power.integrate(a, b);
          if (st.counter) {
            j = st.counter.energy(a, b);
            st.counter.trim(b);
            w = j !== null ? j / ((b - a) / 1000) : p ? p.mean : null;
          } else if (p) {
            j = p.integral;
            w = p.mean;
          }
        }
        st.power.trim(b);
        const util = b > a ? st.busy.meanOfReadings(a, b) : null;
        st.busy.trim(b);
        let sm: number | null = null;
        let on = false;
        if (b > a) {
          const mine = st.timeline.tree(a, b, inTree);
          const all = st.timeline.tree(a, b, () => true);
          on = mine.on;
          // the step's part of the activity of every process on the GPU, applied to the GPU's busy %
          if (util !== null && mine.sm !== null && all.sm !== null) sm = all.sm > 0 ? (util * mine.sm) / all.sm : mine.on ? null : 0;
          st.timeline.trim(a);
        }
        let held = false;
        for (const pid of st.holders) if (inTree(pid)) held = true;
        // not for a partition: its lists are its own, the energy perhaps the whole GPU's
        const sole = b > a && !st.g.partition && st.tenancy.sole(a, b, inTree);
        st.tenancy.trim(a);
        on ||= held || sole;
        out.push({
          u: st.g.uuid,
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
          return { local, state: { kind: 'amd', lib: kind, path: s.probe.lib!, devices: tickDevices }, ingest };
        }
      : undefined,
    async stop(): Promise<void> {
      finish();
      stopped = true;
      if (timer) clearTimeout(timer);
      clearInterval(procTimer);
      if (opts.closeSession !== false) s.close();
    },
  };
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;
