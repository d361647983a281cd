// Accounting: a raw run log -> a `joulecheck/summary@1`. Pure (no I/O), so any log can be re-accounted
// later with another PUE or power model.
//
// Per sampling interval i (Henderson et al. 2020, eq. 1, applied per interval and summed):
//   machine_r,i   = energy of component r over the interval (measured, or estimated from utilisation)
//   attributed_i  = sum_r share_r,i * machine_r,i          (shares: src/accounting/attribution.ts)
//   total         = PUE * sum_i attributed_i
//   co2eq_g       = sum_i PUE * attributed_i [kWh] * intensity in force at the interval's midpoint
import type { PowerModel, SensorStatus } from '../model/log.ts';
import type { RunLog } from '../model/run-log.ts';
import { CPU_POLICY, DRAM_POLICY, GPU_EXCLUSIVE_POLICY, GPU_IDLE_POLICY, bridgeGaps, cpuShares, dramShare, gpuShareOf, type Gap } from './attribution.ts';
import { cpuUtil, describeModel, estimateModels, modelPower, type EstimateModels } from './estimate.ts';
import { gpuPowerModel } from './hardware.ts';
import { socialCostFor } from './social-cost.ts';
import { SUMMARY_SCHEMA, type Method, type Summary } from '../model/summary.ts';
import { VERSION } from '../model/version.ts';

export interface SummarizeOptions {
  /** re-account with this PUE instead of the header's (>= 1) */
  pue?: number;
  /** file name of the log, recorded in `log` */
  logName?: string;
  /** longest sensor gap bridged with neighbouring power, s (default DEFAULT_MAX_GAP_S) */
  maxGapS?: number;
  /** idle power measured before the run, for the active energy of measured components (else the model's idle term) */
  idle?: MeasuredIdle;
}

/** Idle power per component, W, measured with nothing of the step running (RAPL package, RAPL dram, each GPU by UUID). */
export interface MeasuredIdle {
  cpu?: number;
  dram?: number;
  gpu?: Readonly<Record<string, number>>;
  /** how it was measured, for methods.<c>.detail */
  source: string;
}

/** Gaps up to this long are bridged: a few missed nvidia-smi lines, not a dead sensor. */
export const DEFAULT_MAX_GAP_S = 5;

const J_PER_KWH = 3.6e6;

type Comp = 'cpu' | 'dram' | 'gpu';

function fmtS(x: number): string {
  return x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2);
}

function gapWarnings(what: string, gaps: Gap[], t: Float64Array, n: number, dt: Float64Array): string[] {
  const out: string[] = [];
  const bridged = gaps.filter((g) => g.bridged);
  if (bridged.length > 0) {
    const secs = bridged.reduce((a, g) => a + g.seconds, 0);
    out.push(`${what}: ${bridged.length} gap(s) without readings, ${fmtS(secs)} s in all, bridged with the neighbouring power`);
  }
  for (const g of gaps) {
    if (g.bridged) continue;
    const start = t[g.from]! - dt[g.from]!;
    const end = t[g.to - 1]!;
    out.push(
      `${what}: ${fmtS(g.seconds)} s gap without readings (t = ${fmtS(start)}-${fmtS(end)} s) left out of the energy` +
        (g.from === 0 && g.to === n ? ' (no reading at all)' : ''),
    );
  }
  return out;
}

function method(status: SensorStatus, detail: string[]): Method {
  const m: Method = { kind: status.kind };
  if (status.sensor !== undefined) m.sensor = status.sensor;
  if (status.model !== undefined) m.model = status.model;
  const d = [status.detail, ...detail].filter((x): x is string => !!x);
  if (d.length) m.detail = d.join('; ');
  return m;
}

function estimatedMethod(status: SensorStatus, model: PowerModel, derived: boolean, extra: string[]): Method {
  const m = method({ ...status, model: model.model }, [
    `estimated: ${describeModel(model)}${derived ? ' (model derived at summarize time: the log header carried none)' : ''}`,
    ...extra,
  ]);
  return m;
}

/** Per-interval arrays of one accounting pass: energies in J, shares 0..1. */
interface HostEnergy {
  eCpu: Float64Array;
  eDram: Float64Array;
  sCpu: Float64Array;
  sDram: Float64Array;
}

interface GpuEnergy {
  names: string[];
  /** each GPU's UUID, in the order of `names` */
  uuids: string[];
  e: Float64Array[];
  share: Float64Array[];
  models: (PowerModel | undefined)[];
  /** per GPU: intervals where the step was its sole tenant, and intervals where it held a context */
  soleIntervals: number[];
  onIntervals: number[];
}

/** Context shared by the passes: the log column-wise (NaN encodes null), the sensor kinds, the models. */
interface Pass {
  log: RunLog;
  n: number;
  dt: Float64Array;
  kinds: Record<Comp, SensorStatus['kind']>;
  models: EstimateModels | null;
  maxGapS: number;
  exclusive: boolean;
  warnings: string[];
  idle?: MeasuredIdle;
}

/** CPU package and DRAM: machine energy per interval (measured, or the model at the interval's utilisation) and the tree's shares. */
function hostEnergy(p: Pass): HostEnergy {
  const { log, n, dt, kinds, models } = p;
  const c = log.columns;
  const eCpu = new Float64Array(n);
  const eDram = new Float64Array(n);
  const sCpu = cpuShares(c.tree, c.busy, c.t, n);
  const sDram = new Float64Array(n);
  const memTotal = log.header.host.mem_total_bytes;
  for (let i = 0; i < n; i++) {
    const busy = c.busy[i]!;
    sDram[i] = dramShare(c.rss[i]!, c.used[i]!);
    if (kinds.cpu === 'measured') eCpu[i] = c.pkg[i]!;
    else if (kinds.cpu === 'estimated') eCpu[i] = modelPower(models!.cpu, cpuUtil(busy, c.total[i]!)) * dt[i]!;
    if (kinds.dram === 'measured') eDram[i] = c.dram[i]!;
    else if (kinds.dram === 'estimated') eDram[i] = modelPower(models!.dram, memTotal > 0 ? c.used[i]! / memTotal : 0) * dt[i]!;
  }
  if (kinds.cpu === 'measured') p.warnings.push(...gapWarnings('CPU (RAPL package)', bridgeGaps(eCpu, dt, p.maxGapS), c.t, n, dt));
  if (kinds.dram === 'measured') p.warnings.push(...gapWarnings('DRAM (RAPL)', bridgeGaps(eDram, dt, p.maxGapS), c.t, n, dt));
  return { eCpu, eDram, sCpu, sDram };
}

/** GPUs, identified by uuid: the header's first (in its order), then any only the samples name. */
function gpuEnergy(p: Pass): GpuEnergy {
  const { log, n, dt, kinds, models, exclusive } = p;
  const h = log.header;
  const c = log.columns;
  const out: GpuEnergy = { names: [], uuids: [], e: [], share: [], models: [], soleIntervals: [], onIntervals: [] };
  if (kinds.gpu === 'none') return out;
  const byUuid = new Map(c.gpus.map((g) => [g.u, g]));
  const order: { u: string; name: string }[] = h.host.gpus.map((g) => ({ u: g.uuid, name: `GPU ${g.index} (${g.name})` }));
  const inHeader = new Set(order.map((o) => o.u));
  for (const g of c.gpus) if (!inHeader.has(g.u)) order.push({ u: g.u, name: `GPU ${g.u} (not in the header)` });
  for (const { u, name } of order) {
    const col = byUuid.get(u);
    const e = new Float64Array(n).fill(NaN); // absent from a sample = no reading = gap
    const sh = new Float64Array(n);
    // a GPU only the samples name (not in the header) is estimated with the generic model, labelled
    const m = models?.gpu.get(u) ?? h.estimate?.gpu ?? (kinds.gpu === 'estimated' ? gpuPowerModel(`unknown GPU ${u}`) : undefined);
    let sole = 0;
    let held = 0;
    if (col !== undefined) {
      const { w, j, util, sm, on } = col;
      for (let i = 0; i < n; i++) {
        const o = on[i]!;
        if (o === 0) {
          // absent from this sample: energy is a gap (bridged below); the share carries over from
          // the interval before, the best knowledge of who used the GPU
          if (i > 0) sh[i] = sh[i - 1]!;
          continue;
        }
        const d = dt[i]!;
        const ut = util[i]!;
        if (kinds.gpu === 'measured') {
          const jj = j[i]!;
          e[i] = jj === jj ? jj : w[i]! * d; // NaN (null) j: from mean power, NaN again if that is null too
        } else {
          e[i] = ut === ut && m !== undefined ? modelPower(m, ut / 100) * d : NaN;
        }
        sh[i] = exclusive ? 1 : gpuShareOf(ut, sm[i]!, o >= 2, o === 3);
        if (o >= 2) held++;
        if (o === 3) sole++;
      }
    }
    out.soleIntervals.push(sole);
    out.onIntervals.push(held);
    out.names.push(name);
    out.uuids.push(u);
    out.e.push(e);
    out.share.push(sh);
    out.models.push(m);
  }
  for (let k = 0; k < out.e.length; k++) {
    p.warnings.push(...gapWarnings(out.names[k]!, bridgeGaps(out.e[k]!, dt, p.maxGapS), c.t, n, dt));
  }
  return out;
}

interface Attribution {
  machine: Record<Comp, number>;
  attributed: Record<Comp, number>;
  /** attributed energy per interval, before PUE (carbon weighs each interval by its own intensity) */
  perInterval: Float64Array;
}

/** Henderson eq. 1 per interval: share_r,i * machine_r,i, summed over resources and intervals. */
function attribute(n: number, host: HostEnergy, gpu: GpuEnergy): Attribution {
  const machine = { cpu: 0, dram: 0, gpu: 0 };
  const attributed = { cpu: 0, dram: 0, gpu: 0 };
  const perInterval = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = host.eCpu[i]!;
    const m = host.eDram[i]!;
    const ac = host.sCpu[i]! * c;
    const am = host.sDram[i]! * m;
    let mg = 0;
    let ag = 0;
    for (let k = 0; k < gpu.e.length; k++) {
      const e = gpu.e[k]![i]!;
      mg += e;
      ag += gpu.share[k]![i]! * e;
    }
    machine.cpu += c;
    machine.dram += m;
    machine.gpu += mg;
    attributed.cpu += ac;
    attributed.dram += am;
    attributed.gpu += ag;
    perInterval[i] = ac + am + ag;
  }
  return { machine, attributed, perInterval };
}

/** Linux reports process CPU time in USER_HZ clock ticks, 100 a second on every architecture it runs on. */
const TICKS_PER_S = 100;

interface Active {
  active: Record<Comp, number>;
  idleW: { cpu: number; dram: number; gpu: number[]; measured: { cpu: boolean; dram: boolean; gpu: boolean[] } };
  cpuTimeS: number;
  /** the meter's own CPU time over the run, when the footer records it */
  meterCpuS?: number;
  gpuSmS: number;
  otherCpu: number;
  otherGpu: number | null;
}

/**
 * The step's active energy: its share of each interval's energy above the machine's idle power (the power
 * model's idle term), so that other load does not move it: with power linear in utilisation,
 * share x (E - idle x dt) = the step's own ticks x the per-tick power, whoever else ran. Also the step's
 * own resource use and the other processes' load, both over the whole run.
 */
function activeEnergy(p: Pass, host: HostEnergy, gpu: GpuEnergy): Active {
  const { log, n, dt } = p;
  const c = log.columns;
  const all = p.models ?? estimateModels(log.header);
  const byUuid = new Map(c.gpus.map((g) => [g.u, g]));
  const measured = p.idle;
  const gpuMeasured = gpu.uuids.map((u) => (p.kinds.gpu === 'measured' ? measured?.gpu?.[u] : undefined));
  const gpuIdle = gpu.models.map(
    (m, k) => gpuMeasured[k] ?? (m ?? all.gpu.get(log.header.host.gpus[k]?.uuid ?? '') ?? all.gpu.values().next().value)?.idle_w ?? 0,
  );
  // a measured component's idle as measured before the run where given; an estimated one's is its model's
  const cpuMeasured = p.kinds.cpu === 'measured' ? measured?.cpu : undefined;
  const dramMeasured = p.kinds.dram === 'measured' ? measured?.dram : undefined;
  const idleW = {
    cpu: p.kinds.cpu === 'none' ? 0 : (cpuMeasured ?? all.cpu.idle_w),
    dram: p.kinds.dram === 'none' ? 0 : (dramMeasured ?? all.dram.idle_w),
    gpu: gpuIdle,
    measured: { cpu: cpuMeasured !== undefined, dram: dramMeasured !== undefined, gpu: gpuMeasured.map((x) => x !== undefined) },
  };
  const active = { cpu: 0, dram: 0, gpu: 0 };
  const ncpu = log.header.host.logical_cpus;
  const cpuPerTick = p.kinds.cpu === 'estimated' && ncpu > 0 ? (all.cpu.max_w - all.cpu.idle_w) / (TICKS_PER_S * ncpu) : 0;
  let tree = 0;
  let busy = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = dt[i]!;
    // estimated: the model's energy above idle per busy tick is its slope per CPU-second, so the step's
    // share of it is its own CPU time at that rate. Its own ticks, not its share of the machine's: /proc/stat
    // samples the CPUs at each timer tick while a process's time is exact, so in a short interval the
    // tree's ticks can exceed the machine's busy ticks, and the share (capped at 1) would lose them.
    active.cpu += cpuPerTick > 0 ? c.tree[i]! * cpuPerTick : host.sCpu[i]! * Math.max(0, host.eCpu[i]! - idleW.cpu * d);
    active.dram += host.sDram[i]! * Math.max(0, host.eDram[i]! - idleW.dram * d);
    for (let k = 0; k < gpu.e.length; k++) {
      const e = gpu.e[k]![i]!;
      if (e === e) active.gpu += gpu.share[k]![i]! * Math.max(0, e - idleW.gpu[k]! * d);
    }
    tree += c.tree[i]!;
    busy += c.busy[i]!;
    total += c.total[i]!;
  }
  // SM-seconds of the step, and the GPU time other processes kept busy (utilisation beyond the step's SM)
  let smS = 0;
  let otherS = 0;
  let gpuS = 0;
  for (const g of byUuid.values()) {
    for (let i = 0; i < n; i++) {
      if (g.on[i] === 0) continue;
      const d = dt[i]!;
      const sm = g.sm[i]!;
      const ut = g.util[i]!;
      if (sm === sm) smS += (Math.min(100, sm) / 100) * d;
      if (ut === ut) {
        otherS += (Math.max(0, ut - (sm === sm ? sm : g.on[i]! >= 2 ? ut : 0)) / 100) * d;
        gpuS += d;
      }
    }
  }
  // busy ticks that are neither the step's nor the meter's own (the footer records the meter's CPU time)
  const meterTicks = (log.footer?.meter_cpu_s ?? 0) * TICKS_PER_S;
  const otherCpu = total > 0 ? Math.min(1, Math.max(0, busy - Math.min(tree, busy) - meterTicks) / total) : 0;
  return {
    active,
    idleW,
    cpuTimeS: tree / TICKS_PER_S,
    ...(log.footer?.meter_cpu_s !== undefined ? { meterCpuS: log.footer.meter_cpu_s } : {}),
    gpuSmS: smS,
    otherCpu,
    otherGpu: gpuS > 0 ? Math.min(1, otherS / gpuS) : null,
  };
}

/** Carbon: per interval at the intensity in force at its midpoint (readings hold from their t on). */
function carbonOf(log: RunLog, n: number, dt: Float64Array, pue: number, perInterval: Float64Array, total: number): { carbon: Summary['carbon']; seconds: number } {
  const base = log.header.carbon;
  const T = log.columns.t;
  const readings = [...log.intensities].sort((a, b) => a.t - b.t);
  let co2 = 0;
  let iTime = 0;
  let tSum = 0;
  let r = -1;
  const usedSources = new Set<string>();
  let usedHeader = false;
  let realtime = false;
  for (let i = 0; i < n; i++) {
    const mid = T[i]! - dt[i]! / 2;
    while (r + 1 < readings.length && readings[r + 1]!.t <= mid) r++;
    let g: number;
    if (r >= 0) {
      const rd = readings[r]!;
      g = rd.g_per_kwh;
      usedSources.add(rd.source);
      if (rd.kind === 'realtime') realtime = true;
    } else {
      g = base.intensity_g_per_kwh;
      usedHeader = true;
    }
    co2 += ((pue * perInterval[i]!) / J_PER_KWH) * g;
    iTime += g * dt[i]!;
    tSum += dt[i]!;
  }
  const varying = usedSources.size > 0;
  const intensity = varying && tSum > 0 ? iTime / tSum : base.intensity_g_per_kwh;
  const totalKwh = total / J_PER_KWH;
  if (!varying) co2 = totalKwh * base.intensity_g_per_kwh; // the same sum, without per-interval rounding
  const carbon: Summary['carbon'] = {
    region: base.region,
    intensity_g_per_kwh: intensity,
    intensity_kind: varying && realtime ? 'realtime' : base.intensity_kind,
    source: varying
      ? [...(usedHeader ? [base.source] : []), ...usedSources].join('; ') +
        (realtime ? ' (per-interval real-time readings; intensity shown is the time-weighted mean)' : '')
      : base.source,
    co2eq_g: co2 > 0 ? co2 : 0,
  };
  if (base.name !== undefined) carbon.name = base.name;
  if (base.country !== undefined) carbon.country = base.country;
  if (base.year !== undefined) carbon.year = base.year;
  if (base.warning !== undefined) carbon.warning = base.warning;
  if (varying && totalKwh > 0) {
    // energy-weighted intensity: what co2eq_g / total kWh equals when the intensity varied
    carbon.effective_intensity_g_per_kwh = co2 / totalKwh;
  }
  const social = socialCostFor(base.country ?? base.region, carbon.co2eq_g);
  if (social !== undefined) carbon.social_cost = social;
  return { carbon, seconds: tSum };
}

/** Duration and end, from the footer or (a meter that died) the last sample; warnings about the log itself. */
function timing(log: RunLog, n: number, warnings: string[]): { duration: number; endedAt: string | null } {
  const h = log.header;
  const lastT = n > 0 ? log.columns.t[n - 1]! : 0;
  const duration = log.footer ? log.footer.duration_s : lastT;
  let endedAt: string | null = log.footer?.ended_at ?? null;
  if (!log.footer) {
    const start = Date.parse(h.started_at);
    if (Number.isFinite(start)) endedAt = new Date(start + lastT * 1000).toISOString();
    warnings.push(
      'the log has no footer: the meter was stopped before the end (killed or crashed); duration and end are taken from the last sample and the exit code is unknown',
    );
  }
  if (log.torn) warnings.push('the last line of the log was torn (the meter died mid-write) and was skipped');
  const intervalS = h.interval_ms / 1000;
  if (n === 0) warnings.push('the log has no samples: no energy could be measured');
  if (duration < 2 * intervalS) {
    warnings.push(
      `the step lasted ${fmtS(duration)} s, shorter than 2 sampling intervals (2 x ${h.interval_ms} ms): its energy cannot be measured reliably; use a shorter --interval-ms or a longer step`,
    );
  }
  for (const e of log.events) if (e.level === 'warning') warnings.push(`t = ${fmtS(e.t)} s: ${e.message}`);
  return { duration, endedAt };
}

/** How each component was obtained and attributed, for `methods`. */
function methodsOf(log: RunLog, models: EstimateModels | null, gpu: GpuEnergy, exclusive: boolean, idleW: Active['idleW'], idleSource?: string): Summary['methods'] {
  const h = log.header;
  const gpuModels = gpu.models;
  // the GPUs the step had to itself: share 1 there, not from samples
  const sole = gpu.names.flatMap((name, k) => {
    const s = gpu.soleIntervals[k]!;
    if (s === 0) return [];
    const held = gpu.onIntervals[k]!;
    return [s === held ? `${name} sole tenant` : `${name} sole tenant in ${s} of ${held} intervals with a context`];
  });
  const how = (m: boolean): string => (m ? `measured before the run: ${idleSource ?? 'measured'}` : "the power model's idle term");
  const above = (w: number, m: boolean): string => `active energy: the share of the energy above an idle ${Math.round(w * 100) / 100} W (${how(m)})`;
  const cpuDetail = [`attribution: ${CPU_POLICY}; exited children: ${h.attribution.children}`, above(idleW.cpu, idleW.measured.cpu)];
  const dramDetail = [`attribution: ${DRAM_POLICY}`, above(idleW.dram, idleW.measured.dram)];
  const gpuDetail = [
    exclusive
      ? `attribution: ${GPU_EXCLUSIVE_POLICY}`
      : `attribution: ${GPU_IDLE_POLICY}` + (h.attribution.gpu_idle && h.attribution.gpu_idle !== GPU_IDLE_POLICY ? ` (the meter recorded: ${h.attribution.gpu_idle})` : ''),
    ...(h.gpu_sampling ? [`sampling: ${h.gpu_sampling.method}; per process: ${h.gpu_sampling.per_process}`] : []),
    ...(sole.length > 0 && !exclusive ? [`sole tenant (share 1, every process holding a context is the step's): ${sole.join(', ')}`] : []),
    ...(idleW.gpu.length > 0
      ? [`active energy: the share of the energy above each GPU's idle (${idleW.gpu.map((w, k) => `${Math.round(w * 10) / 10} W, ${how(idleW.measured.gpu[k]!)}`).join('; ')})`]
      : []),
  ];
  const methodFor = (c: Comp, detail: string[]): Method => {
    const st = h.sensors[c];
    if (st.kind === 'estimated' && models) {
      if (c === 'gpu') {
        const ms = [...new Set(gpuModels.filter((m): m is PowerModel => !!m))];
        const first = ms[0] ?? models.gpu.values().next().value;
        if (first) return estimatedMethod(st, first, models.derived.gpu, [...ms.slice(1).map((m) => `also ${describeModel(m)}`), ...detail]);
      } else return estimatedMethod(st, models[c], models.derived[c], detail);
    }
    if (st.kind === 'none') return method(st, []);
    return method(st, detail);
  };
  return { cpu: methodFor('cpu', cpuDetail), dram: methodFor('dram', dramDetail), gpu: methodFor('gpu', gpuDetail) };
}

export function summarize(log: RunLog, opts: SummarizeOptions = {}): Summary {
  const h = log.header;
  const pue = opts.pue ?? h.pue;
  if (typeof pue !== 'number' || !Number.isFinite(pue) || pue < 1) {
    throw new RangeError(`PUE must be a number >= 1, got ${String(pue)}`);
  }
  const n = log.columns.n;
  const warnings: string[] = [];
  const kinds: Record<Comp, SensorStatus['kind']> = { cpu: h.sensors.cpu.kind, dram: h.sensors.dram.kind, gpu: h.sensors.gpu.kind };
  // gpu-attribution exclusive: the step is credited the whole energy of the GPUs it sees, and says so
  const exclusive = h.attribution.gpu_mode === 'exclusive';
  if (exclusive && h.sensors.gpu.kind !== 'none') {
    warnings.push('GPU attribution is exclusive: the step is credited the whole energy of every GPU it can see (its per-process share was not used)');
  }
  const anyEstimated = kinds.cpu === 'estimated' || kinds.dram === 'estimated' || kinds.gpu === 'estimated';
  const models: EstimateModels | null = anyEstimated ? estimateModels(h) : null;
  const dt = log.columns.dt.subarray(0, n);
  const pass: Pass = { log, n, dt, kinds, models, maxGapS: opts.maxGapS ?? DEFAULT_MAX_GAP_S, exclusive, warnings, ...(opts.idle ? { idle: opts.idle } : {}) };

  const host = hostEnergy(pass);
  const gpu = gpuEnergy(pass);
  const { machine, attributed, perInterval } = attribute(n, host, gpu);
  const act = activeEnergy(pass, host, gpu);
  const total = pue * (attributed.cpu + attributed.dram + attributed.gpu);
  const { carbon, seconds } = carbonOf(log, n, dt, pue, perInterval, total);
  const { duration, endedAt } = timing(log, n, warnings);

  const sumMachine = machine.cpu + machine.dram + machine.gpu;
  const durForPower = duration > 0 ? duration : seconds;
  const summary: Summary = {
    schema: SUMMARY_SCHEMA,
    // the accounting code's version (a re-accounted old log carries the version that computed it)
    tool: { name: 'joulecheck', version: VERSION },
    label: h.label,
    repeat: h.repeat,
    command: h.command,
    started_at: h.started_at,
    ended_at: endedAt,
    duration_s: duration,
    exit_code: log.footer?.exit_code ?? null,
    signal: log.footer?.signal ?? null,
    pue,
    energy_j: {
      machine: { cpu: nonneg(machine.cpu), dram: nonneg(machine.dram), gpu: nonneg(machine.gpu) },
      attributed: { cpu: nonneg(attributed.cpu), dram: nonneg(attributed.dram), gpu: nonneg(attributed.gpu) },
      total: nonneg(total),
      active: {
        cpu: nonneg(act.active.cpu),
        dram: nonneg(act.active.dram),
        gpu: nonneg(act.active.gpu),
        total: nonneg(pue * (act.active.cpu + act.active.dram + act.active.gpu)),
      },
    },
    usage: { cpu_time_s: nonneg(act.cpuTimeS), gpu_sm_s: nonneg(act.gpuSmS), ...(act.meterCpuS !== undefined ? { meter_cpu_s: nonneg(act.meterCpuS) } : {}) },
    other_load: { cpu: act.otherCpu, gpu: act.otherGpu },
    methods: methodsOf(log, models, gpu, exclusive, act.idleW, opts.idle?.source),
    carbon,
    power_w: {
      mean: durForPower > 0 ? nonneg(total / durForPower) : 0,
      machine_mean: durForPower > 0 ? nonneg(sumMachine / durForPower) : 0,
    },
    host: {
      hostname: h.host.hostname,
      cpu_model: h.host.cpu_model,
      logical_cpus: h.host.logical_cpus,
      gpus: h.host.gpus.map((g) => (g.driver !== undefined ? { uuid: g.uuid, name: g.name, driver: g.driver } : { uuid: g.uuid, name: g.name })),
    },
    samples: n,
    interval_ms: h.interval_ms,
    warnings,
  };
  if (h.git) summary.git = h.git;
  // one node of a multi-node run: the merge needs its name and whether its log ended with a footer
  if (h.node) summary.node = { name: h.node.name, run_id: h.node.run_id, footer: log.footer !== null };
  if (opts.logName !== undefined) summary.log = opts.logName;
  return summary;
}

/** Energies are sums of non-negative readings; clamp float dust and never let NaN through. */
function nonneg(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}
