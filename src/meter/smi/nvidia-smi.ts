// nvidia-smi adapter: probe once (which fields this driver knows, which GPUs, whether power reads), then
// meter with ONE long-lived `--query-gpu … -lms N` child plus a per-process source (a long-lived
// `pmon -s u -d 1`, or `--query-compute-apps` polled at most once a second). Children dying is a warning
// and a gap, never an exception: the metered step must not notice. Parsing lives in nvidia-smi-parse.ts, the
// stream in child-stream.ts, the clock in smi-clock.ts, the integration in power-series.ts.
import { execFile, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { GpuInfo, GpuSample, SensorStatus } from '../../model/log.ts';
import {
  csvBounds,
  describePowerField,
  parseCsv,
  parseHelpQueryGpu,
  parseReading,
  PmonAggregator,
  PmonParser,
  readingAt,
  smiTimestampAt,
  type HelpQueryGpu,
  type PowerField,
  type ProcSnapshot,
} from './nvidia-smi-parse.ts';
import { ContextTenancy } from '../sampling/tenancy.ts';
import { SmTimeline } from '../sampling/sm-timeline.ts';
import { ClockMapper } from './smi-clock.ts';
import { INTEGRATION_METHOD, ReadingSeries } from '../sampling/power-series.ts';
import { startStream, stopStream, type Stream } from './child-stream.ts';
import type { GpuMeter, GpuMeterEvent, GpuProbe, HostPidMapper } from '../types.ts';

/** pmon -d 1: each sample averages the second before its line */
const PMON_PERIOD_MS = 1000;

export interface ProbeOptions {
  env?: NodeJS.ProcessEnv;
  /** per nvidia-smi call (a wedged driver can hang it), default 10 s */
  timeoutMs?: number;
}

/** Fields every driver since long before 2021 knows; used when --help-query-gpu itself fails. */
const BASIC_FIELDS = ['timestamp', 'uuid', 'index', 'name', 'driver_version', 'power.draw', 'power.limit', 'utilization.gpu'];
const POWER_PREFERENCE: PowerField[] = ['power.draw.instant', 'power.draw', 'power.draw.average'];

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** spawn error or timeout */
  error: string | null;
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(bin, args, { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
      let error: string | null = null;
      if (e && typeof e.code === 'string') error = `${e.code}: ${e.message}`;
      else if (e?.killed) error = `timed out after ${timeoutMs} ms`;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout: String(stdout), stderr: String(stderr), error });
    });
  });
}

/** First meaningful line of a failed call, for humans. */
function why(r: Ran): string {
  if (r.error) return r.error;
  const line = `${r.stdout}\n${r.stderr}`.split('\n').map((l) => l.trim()).find((l) => l !== '');
  return `exit ${r.code}${line ? `: ${line}` : ''}`;
}

/** An executable `name` on PATH, or null. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) {
        accessSync(p, constants.X_OK);
        return p;
      }
    } catch {
      /* not here */
    }
  }
  return null;
}

function unavailable(bin: string | null, detail: string, notes: string[] = []): GpuProbe {
  return { available: false, bin, gpus: [], fields: [], status: { kind: 'none', detail }, notes: [...notes, detail], per_process: 'none' };
}

/**
 * Probes nvidia-smi. `bin`: null = `nvidia-smi` on PATH, 'none' = disabled, else a path. Never throws.
 */
export async function probeNvidiaSmi(bin: string | null, opts: ProbeOptions = {}): Promise<GpuProbe> {
  const env = opts.env ?? process.env;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  if (bin === 'none') return unavailable(null, 'disabled');
  const exe = bin ?? findOnPath('nvidia-smi', env);
  if (!exe) return unavailable(null, 'nvidia-smi not found on PATH (no NVIDIA driver on this machine); GPU energy not measured');
  const notes: string[] = [];

  // pmon -c 1 needs about a second on real hardware: run it beside the help and GPU queries.
  const pmonP = run(exe, ['pmon', '-s', 'u', '-c', '1'], env, timeoutMs);
  const help = await run(exe, ['--help-query-gpu'], env, timeoutMs);
  if (help.error?.startsWith('ENOENT') || help.error?.startsWith('EACCES')) {
    await pmonP;
    return unavailable(exe, `nvidia-smi at ${exe} cannot be run (${help.error.split(':')[0]}); GPU energy not measured`);
  }
  let parsedHelp: HelpQueryGpu | null = help.code === 0 && !help.error ? parseHelpQueryGpu(help.stdout) : null;
  let known = new Set(parsedHelp?.canonical.keys() ?? []);
  if (!parsedHelp || known.size === 0) {
    parsedHelp = null;
    known = new Set(BASIC_FIELDS);
    notes.push(`nvidia-smi --help-query-gpu failed (${why(help)}); assuming only the basic fields ${BASIC_FIELDS.join(',')}`);
  }

  const infoFields = ['index', 'uuid', 'name', 'driver_version', 'power.limit', 'enforced.power.limit', 'power.default_limit', ...POWER_PREFERENCE, 'utilization.gpu', 'mig.mode.current'].filter((f) => known.has(f));
  const q = await run(exe, [`--query-gpu=${infoFields.join(',')}`, '--format=csv,nounits'], env, timeoutMs);
  const pmon = await pmonP;
  if (q.code !== 0 || q.error) return unavailable(exe, `nvidia-smi does not work here (${why(q)}); GPU energy not measured`, notes);
  const table = parseCsv(q.stdout, { help: parsedHelp });
  const rows = table.rows.filter((r) => r.uuid && /^(GPU|MIG)-/.test(r.uuid));
  if (rows.length === 0) return unavailable(exe, `nvidia-smi lists no GPU (${why(q)}); GPU energy not measured`, notes);

  const gpus: GpuInfo[] = rows.map((r, i) => {
    const limit = parseReading(r['enforced.power.limit']) ?? parseReading(r['power.limit']);
    const tdp = parseReading(r['power.default_limit']);
    const idx = parseReading(r.index);
    return {
      uuid: r.uuid!,
      index: idx !== null && Number.isInteger(idx) && idx >= 0 ? idx : i,
      name: r.name ?? 'unknown NVIDIA GPU',
      ...(r.driver_version ? { driver: r.driver_version } : {}),
      power_limit_w: limit !== null && limit > 0 ? limit : null,
      tdp_w: tdp !== null && tdp > 0 ? tdp : null,
    };
  });

  // MIG: power is per physical GPU, utilisation and pmon SM are not reported.
  for (const r of rows)
    if (r['mig.mode.current'] === 'Enabled')
      notes.push(`GPU ${r.index} (${r.uuid}) is in MIG mode: power is for the whole GPU; utilization.gpu and pmon SM% are not reported under MIG (the step's SM share there is unknown)`);

  // The first power field (instant preferred) that reads a number on at least one GPU.
  const power = POWER_PREFERENCE.find((f) => known.has(f) && rows.some((r) => parseReading(r[f]) !== null)) ?? null;
  const pmonOk = pmon.code === 0 && /^#\s*gpu\b.*\bpid\b/m.test(pmon.stdout);
  // --query-compute-apps only when pmon is unusable (one process fewer in the common case).
  const apps = pmonOk ? null : await run(exe, ['--query-compute-apps=pid,gpu_uuid,used_memory', '--format=csv,noheader,nounits'], env, timeoutMs);
  const perProcess: GpuProbe['per_process'] = pmonOk ? 'pmon' : apps && apps.code === 0 && !apps.error ? 'compute-apps' : 'none';
  if (perProcess !== 'pmon') notes.push(`nvidia-smi pmon unavailable (${why(pmon)}); ${perProcess === 'compute-apps' ? 'per-process GPU use from --query-compute-apps (which process holds a context; SM share unknown)' : `--query-compute-apps unavailable too (${apps ? why(apps) : '?'}): no per-process GPU share`}`);

  const fields = ['timestamp', 'uuid', ...(power ? [power] : []), ...(known.has('utilization.gpu') ? ['utilization.gpu'] : [])];
  const models = [...new Set(gpus.map((g) => g.name))].join(', ');
  const driver = gpus[0]?.driver ? `driver ${gpus[0].driver}, ` : '';
  let status: SensorStatus;
  if (power) {
    const missing = rows.filter((r) => parseReading(r[power]) === null);
    if (missing.length > 0)
      notes.push(`no ${power} reading on ${missing.map((r) => `GPU ${r.index} (${r[power]})`).join(', ')}: its intervals are gaps, estimate them from utilisation`);
    status = { kind: 'measured', sensor: 'nvidia-smi', detail: `nvidia-smi (${driver}${gpus.length} GPU: ${models}), ${describePowerField(power, parsedHelp)}` };
  } else {
    const seen = POWER_PREFERENCE.filter((f) => known.has(f)).map((f) => `${f} = ${rows[0]![f] ?? '?'}`).join(', ');
    status = {
      kind: 'estimated',
      detail: `nvidia-smi works (${driver}${gpus.length} GPU: ${models}) but reports no power (${seen || 'no power field known to this driver'}); GPU energy is estimated from utilization.gpu x power limit/TDP`,
    };
  }
  return { available: true, bin: exe, gpus, fields, status, notes, per_process: perProcess };
}

// ---------------------------------------------------------------- meter

export interface GpuMeterOptions {
  env?: NodeJS.ProcessEnv;
  /** an interval without readings holds the last one at most this long (default max(1000, 3 x interval)) */
  holdMs?: number;
  /** restarts of a stream that died (default 3, backing off 1 s, 2 s, 4 s) */
  restarts?: number;
  restartDelayMs?: number;
  /** host PID -> ours when the meter runs in a container (NSpid through the host's /proc; see procfs/nspid.ts) */
  hostPids?: HostPidMapper;
  /** per-process info older than this is unknown (default 3.5 s for pmon -d 1) */
  staleMs?: number;
  /**
   * start of the first interval (performance.now() ms; default: now). The sampler's origin, which precedes
   * the stream's start: the first reading is held back to it, as at any interval start without a reading.
   */
  since?: number;
}

interface GpuState {
  info: GpuInfo;
  power: ReadingSeries;
  util: ReadingSeries;
}

/**
 * The sampling method startSmiMeter will use, for the log header (which is written before the meter starts).
 * Same text as GpuMeter.method.
 */
export function gpuSamplingMethod(probe: GpuProbe, intervalMs: number, opts: Pick<GpuMeterOptions, 'holdMs'> = {}): string {
  const holdMs = opts.holdMs ?? Math.max(1000, 3 * intervalMs);
  const field = probe.fields.find((f) => f.startsWith('power.draw'));
  const p =
    field === 'power.draw.instant'
      ? 'power.draw.instant (instantaneous)'
      : field === 'power.draw'
        ? 'power.draw (a 1 s average on Ampere and newer GPUs, instantaneous on older ones)'
        : field === 'power.draw.average'
          ? 'power.draw.average (1 s average)'
          : 'no power field (utilisation only)';
  const pp =
    probe.per_process === 'pmon'
      ? 'per process: pmon -s u -d 1 stream (SM % of the tree\'s PIDs), each line placed on the second before it (the first also covers the time before it), the last held while the next is late'
      : probe.per_process === 'compute-apps'
        ? `per process: --query-compute-apps every ${Math.max(1000, intervalMs)} ms (contexts only, SM share unknown)`
        : 'no per-process source';
  return `nvidia-smi --query-gpu stream (one child, -lms ${Math.max(1, Math.round(intervalMs))}), ${p}; ${INTEGRATION_METHOD}; hold limit ${holdMs} ms; ${pp}`;
}

/**
 * Starts the GPU meter. Samples come from take(); warnings (a child died, a gap) go to onEvent.
 */
export function startSmiMeter(probe: GpuProbe, intervalMs: number, onEvent: (e: GpuMeterEvent) => void, opts: GpuMeterOptions = {}): GpuMeter {
  const env = opts.env ?? process.env;
  const holdMs = opts.holdMs ?? Math.max(1000, 3 * intervalMs);
  const maxRestarts = opts.restarts ?? 3;
  const restartDelay = opts.restartDelayMs ?? 1000;
  const gpus = probe.gpus.map((g) => ({ ...g }));
  const state = new Map<string, GpuState>(gpus.map((g) => [g.uuid, { info: g, power: new ReadingSeries(holdMs), util: new ReadingSeries(holdMs) }]));
  const byIndex = new Map(gpus.map((g) => [g.index, g.uuid]));
  const fields = probe.fields;
  const iTs = fields.indexOf('timestamp');
  const iUuid = fields.indexOf('uuid');
  const powerField = fields.find((f) => f.startsWith('power.draw'));
  const iPower = powerField ? fields.indexOf(powerField) : -1;
  const iUtil = fields.indexOf('utilization.gpu');
  const method = gpuSamplingMethod(probe, intervalMs, { holdMs });
  const say = (level: GpuMeterEvent['level'], message: string): void => {
    try {
      onEvent({ level, message });
    } catch {
      /* a failing listener must not stop the meter */
    }
  };

  let stopping = false;
  let last = Math.min(opts.since ?? Infinity, performance.now());
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!stopping) fn();
    }, ms);
    timers.add(t);
  };

  // ---- the power/utilisation stream
  const clock = new ClockMapper();
  let stream: Stream | null = null;
  let restarts = 0;
  let oddLines = 0;
  let lastOdd = '';
  let streamStartedAt = 0;
  const bounds = new Int32Array(2 * fields.length);
  const onQueryLine = (line: string, arrival: number, wall: number): void => {
    // fields located in place (csvBounds), not split into strings: some 80 lines a second at 10 Hz x 8 GPUs
    const n = csvBounds(line, bounds);
    const g = n === fields.length ? state.get(line.slice(bounds[2 * iUuid]!, bounds[2 * iUuid + 1]!)) : undefined;
    if (!g) {
      if (line.trim() !== '') {
        if (oddLines++ === 0) say('warning', `nvidia-smi stream printed an unexpected line: ${JSON.stringify(line.slice(0, 200))}`);
        lastOdd = line.trim().slice(0, 200);
      }
      return;
    }
    const t = clock.map(iTs >= 0 ? smiTimestampAt(line, bounds[2 * iTs]!, bounds[2 * iTs + 1]!) : null, arrival, wall);
    const w = iPower >= 0 ? readingAt(line, bounds[2 * iPower]!, bounds[2 * iPower + 1]!) : null;
    if (w !== null) g.power.push(t, w);
    const u = iUtil >= 0 ? readingAt(line, bounds[2 * iUtil]!, bounds[2 * iUtil + 1]!) : null;
    if (u !== null) g.util.push(t, u);
  };
  const startQuery = (): void => {
    streamStartedAt = performance.now();
    const args = [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits', '-lms', String(Math.max(1, Math.round(intervalMs)))];
    stream = startStream(probe.bin!, args, env, onQueryLine, (code, signal, error) => {
      if (stopping) return;
      const ran = ((performance.now() - streamStartedAt) / 1000).toFixed(1);
      const how = error ? `could not run (${error})` : signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const tail = lastOdd ? ` (last line: ${JSON.stringify(lastOdd)})` : '';
      if (restarts < maxRestarts) {
        const delay = restartDelay * 2 ** restarts;
        restarts++;
        say('warning', `nvidia-smi stream ${how} after ${ran} s${tail}; GPU readings missing until it restarts in ${delay} ms (attempt ${restarts}/${maxRestarts}); intervals without readings are gaps (null) after the ${holdMs} ms hold`);
        later(delay, () => {
          say('info', `nvidia-smi stream restarted (attempt ${restarts}/${maxRestarts})`);
          startQuery();
        });
      } else {
        say('warning', `nvidia-smi stream ${how} after ${ran} s${tail}; no restarts left: GPU power is a gap (null) for the rest of the run`);
      }
    });
  };
  if (probe.available && probe.bin && iUuid >= 0) startQuery();

  // ---- per-process source
  const uuidOfRow = (r: { gpu: number | null; uuid: string | null }): string | null => r.uuid ?? (r.gpu !== null ? (byIndex.get(r.gpu) ?? null) : null);
  const pmonAgg = new PmonAggregator(uuidOfRow);
  // each pmon sample (-d 1) is the average of the second before its line: placed there, the first one
  // also covering the time before it, the last one held while the next is late
  const timelines = new Map(gpus.map((g) => [g.uuid, new SmTimeline({ leadIn: true })]));
  // who holds a context on each GPU, from pmon's process rows or the compute-apps list: decides a sole
  // tenant (share 1) without looking at the SM figures
  const tenancy = new Map(gpus.map((g) => [g.uuid, new ContextTenancy()]));
  pmonAgg.onCommit = (snap, at) => {
    for (const [uuid, tl] of timelines) tl.addReading(at - PMON_PERIOD_MS, at, snap.get(uuid) ?? new Map());
    for (const [uuid, tn] of tenancy) tn.observe(at, (snap.get(uuid) ?? new Map()).keys());
  };
  let pmonStream: Stream | null = null;
  let drainedAt = -Infinity;
  let appsSnapshot: ProcSnapshot | null = null;
  let appsAt = -Infinity;
  let mode: GpuProbe['per_process'] = probe.available ? probe.per_process : 'none';
  const staleMs = opts.staleMs ?? 3500;

  let appsChild: ChildProcess | null = null;
  const pollApps = (): void => {
    const period = Math.max(1000, intervalMs);
    appsChild = execFile(probe.bin!, ['--query-compute-apps=pid,gpu_uuid,used_memory', '--format=csv,noheader,nounits'], { env, timeout: 5000 }, (err, stdout) => {
      appsChild = null;
      if (stopping) return;
      if (!err) {
        const snap: ProcSnapshot = new Map(gpus.map((g) => [g.uuid, new Map<number, number | null>()]));
        for (const r of parseCsv(String(stdout), { columns: ['pid', 'gpu_uuid', 'used_memory'] }).rows) {
          const pid = Number(r.pid);
          if (Number.isInteger(pid) && pid > 0) snap.get(r.gpu_uuid!)?.set(pid, null);
        }
        appsSnapshot = snap;
        appsAt = performance.now();
        for (const [uuid, tn] of tenancy) tn.observe(appsAt, (snap.get(uuid) ?? new Map()).keys());
      } else for (const tn of tenancy.values()) tn.observe(performance.now(), null);
      later(period, pollApps);
    });
  };
  const startPmon = (): void => {
    const parser = new PmonParser();
    // a pipe, not the FIFO drained at ticks: pmon lines carry no timestamp, their arrival places them
    // (one wake-up a second)
    pmonStream = startStream(probe.bin!, ['pmon', '-s', 'u', '-d', '1'], env, (line, arrival) => pmonAgg.push(parser.push(line), arrival), (code, signal, error) => {
      if (stopping) return;
      const how = error ? `could not run (${error})` : signal ? `was killed by ${signal}` : `exited with code ${code}`;
      say('warning', `nvidia-smi pmon ${how}; per-process GPU use now from --query-compute-apps polled every ${Math.max(1000, intervalMs)} ms (SM share unknown)`);
      mode = 'compute-apps';
      pollApps();
    }, { fifo: false });
  };
  if (mode === 'pmon') startPmon();
  else if (mode === 'compute-apps') pollApps();

  const mapper = opts.hostPids ?? null;
  const inTree = (pid: number, tree: ReadonlySet<number>): boolean => {
    if (tree.has(pid)) return true;
    const local = mapper?.map(pid) ?? null;
    return local !== null && tree.has(local);
  };

  /** sm/on of the tree on one GPU over (a, b]: pmon readings on the windows they cover, else the freshest compute-apps list. */
  const share = (uuid: string, a: number, now: number, tree: ReadonlySet<number>): { sm: number | null; on: boolean } => {
    if (mode === 'pmon') {
      const tl = timelines.get(uuid);
      return tl && now > a ? tl.tree(a, now, (pid) => inTree(pid, tree)) : { sm: null, on: false };
    }
    let snap: ProcSnapshot | null = null;
    let at = -Infinity;
    if (mode === 'compute-apps') {
      snap = appsSnapshot;
      at = appsAt;
    }
    if (!snap || now - at > staleMs) return { sm: null, on: false };
    const procs = snap.get(uuid);
    if (!procs) return { sm: null, on: false };
    let on = false;
    for (const pid of procs.keys()) if (inTree(pid, tree)) on = true;
    return { sm: null, on }; // compute-apps: who holds a context, not how much
  };

  return {
    gpus,
    method,
    take(nowMs: number, treePids: ReadonlySet<number>): GpuSample[] {
      // the lines nvidia-smi wrote since the last call; a batch of takes (the sampler builds a second of
      // intervals at once) drains once; pmon prints once a second: drained at most twice a second
      const real = performance.now();
      if (real - drainedAt >= 20) {
        drainedAt = real;
        stream?.drain();
      }
      pmonAgg.snapshot(real); // a block complete since its last row commits (onCommit places it)
      const a = last;
      const b = nowMs;
      if (b > a) last = b;
      const out: GpuSample[] = [];
      for (const g of state.values()) {
        const p = b > a ? g.power.integrate(a, b) : null;
        const util = b > a ? g.util.meanOfReadings(a, b) : null;
        g.util.trim(b);
        const s = share(g.info.uuid, a, b, treePids);
        timelines.get(g.info.uuid)?.trim(a);
        const tn = tenancy.get(g.info.uuid);
        const sole = s.on && b > a && mode !== 'none' && tn !== undefined && tn.sole(a, b, (pid) => inTree(pid, treePids));
        tn?.trim(a);
        const sample: GpuSample = {
          u: g.info.uuid,
          w: p ? round(p.mean, 3) : null,
          j: p ? round(p.integral, 6) : null,
          util: util === null ? null : round(util, 2),
          sm: s.sm,
          on: s.on,
        };
        if (sole) sample.sole = true;
        out.push(sample);
      }
      return out;
    },
    async stop(): Promise<void> {
      stopping = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      appsChild?.kill('SIGKILL');
      await Promise.all([stopStream(stream), stopStream(pmonStream)]);
    },
  };
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;
