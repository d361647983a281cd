// Compare a PR's runs (head) with the base branch's (docs/compare.md): per metric Welch's t-test and
// Mann–Whitney U when both sides have >= 2 runs, the prediction-interval test for a single run against
// >= 3, the relative change with a Fieller CI, Holm across the metrics, and a verdict that needs both
// significance and |change| >= min-effect. Pure: no I/O, no @actions/*.
import { nodeCount, nodeNotes } from '../accounting/merge.ts';
import { DEFAULTS } from '../model/defaults.ts';
import {
  DEFAULT_POWER,
  fiellerRatio,
  holm,
  MAX_RUNS_ESTIMATE,
  mannWhitneyU,
  mean,
  PREDICTION_MIN_N,
  predictionTest,
  runsPerSide,
  sd,
  variance,
  welchDf,
  welchTTest,
} from './stats/index.ts';
import { VERSION } from '../model/version.ts';
import { otherLoadWarning } from './other-load.ts';
import {
  COMPARISON_SCHEMA,
  Comparison,
  type Metric,
  type MetricId,
  type RunRef,
  type SideContext,
  type SideStats,
  type Verdict,
} from '../model/comparison.ts';
import type { Summary } from '../model/summary.ts';

export type { Comparison, Metric, MetricId, Verdict } from '../model/comparison.ts';

export interface CompareOptions {
  /** significance level for the Holm-adjusted p-values (default 0.05); the CI level is 1 - alpha */
  alpha?: number;
  /** smallest relative change that counts, e.g. 0.02 for 2% (default 0.02) */
  minEffect?: number;
  /** keep only summaries with this label (required when the inputs mix labels) */
  label?: string;
  /** file each summary was read from, same order as the arrays; shown per run */
  files?: { base?: readonly string[]; head?: readonly string[] };
}

export const DEFAULT_ALPHA: number = DEFAULTS.alpha.value;
export const DEFAULT_MIN_EFFECT: number = DEFAULTS['min-effect'].value;
/** A step shorter than this many sampling intervals is measured too coarsely to compare. */
export const MIN_INTERVALS = 10;

/** Input that cannot be compared (mixed labels, an empty side, bad options): a message for the user. */
export class CompareInputError extends Error {
  override name = 'CompareInputError';
}

export interface MetricDef {
  id: MetricId;
  name: string;
  unit: Metric['unit'];
  get: (s: Summary, kwhIntensity: number) => number | undefined;
}

const J_PER_KWH = 3.6e6;

export const METRICS: readonly MetricDef[] = [
  { id: 'energy_total', name: 'Energy (total, incl. PUE)', unit: 'J', get: (s) => s.energy_j.total },
  { id: 'energy_cpu', name: 'CPU energy (attributed)', unit: 'J', get: (s) => s.energy_j.attributed.cpu },
  { id: 'energy_dram', name: 'DRAM energy (attributed)', unit: 'J', get: (s) => s.energy_j.attributed.dram },
  { id: 'energy_gpu', name: 'GPU energy (attributed)', unit: 'J', get: (s) => s.energy_j.attributed.gpu },
  { id: 'co2eq', name: 'CO2eq', unit: 'g', get: (s, i) => (s.energy_j.total / J_PER_KWH) * i },
  { id: 'duration', name: 'Duration', unit: 's', get: (s) => s.duration_s },
  {
    id: 'power_mean',
    name: 'Mean power',
    unit: 'W',
    get: (s) => s.power_w?.mean ?? (s.duration_s > 0 ? s.energy_j.total / s.duration_s : undefined),
  },
];

export const COMPONENT_METRICS: ReadonlySet<MetricId> = new Set(['energy_cpu', 'energy_dram', 'energy_gpu']);

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function sideStats(values: number[]): SideStats {
  return {
    n: values.length,
    mean: values.length > 0 ? finiteOrNull(mean(values)) : null,
    sd: values.length > 1 ? finiteOrNull(sd(values)) : null,
    values,
  };
}

/** Enough runs for some test: both sides >= 2, or one run against >= 3. */
export function enoughRuns(nb: number, nh: number): boolean {
  if (nb >= 2 && nh >= 2) return true;
  return Math.min(nb, nh) === 1 && Math.max(nb, nh) >= PREDICTION_MIN_N;
}

type Analysis = Omit<Metric, 'id' | 'name' | 'unit' | 'verdict' | 'p_adjusted' | 'runs_needed'> & {
  enough: boolean;
  /** relative spread used for the runs-needed estimate, when there is one */
  sigmaRel?: number;
};

function analyse(base: number[], head: number[], level: number): Analysis {
  const nb = base.length;
  const nh = head.length;
  const notes: string[] = [];
  const tests: Metric['tests'] = {};
  let primary: Metric['primary'];
  const mb = nb > 0 ? mean(base) : NaN;
  const mh = nh > 0 ? mean(head) : NaN;
  const vb = variance(base);
  const vh = variance(head);
  let change: Metric['change'];
  let sigmaRel: number | undefined;

  if (nb >= 2 && nh >= 2) {
    const w = welchTTest(head, base);
    if (w) tests.welch = w;
    else notes.push('no spread on either side (identical values): Welch\'s t-test does not apply');
    const u = mannWhitneyU(head, base);
    if (u) tests.mann_whitney = u;
    primary = w ? { test: 'welch', p: w.p } : u ? { test: 'mann_whitney', p: u.p } : undefined;
    sigmaRel = mb > 0 ? Math.sqrt((vb + vh) / 2) / mb : undefined;
    if (mb > 0) {
      const varMeanH = vh / nh;
      const varMeanB = vb / nb;
      if (varMeanH + varMeanB === 0) {
        change = { relative: mh / mb - 1, ci_low: mh / mb - 1, ci_high: mh / mb - 1, level, method: 'point' };
      } else {
        const r = fiellerRatio(mh, varMeanH, mb, varMeanB, welchDf(varMeanH, nh, varMeanB, nb), level);
        change = ciFrom(r, level, 'fieller-welch');
      }
    }
  } else if (enoughRuns(nb, nh)) {
    // One run against a sample: the single run borrows the sample's spread (prediction interval).
    const single = nh === 1;
    const sample = single ? base : head;
    const x = single ? head[0]! : base[0]!;
    const p = predictionTest(x, sample);
    if (p) {
      tests.prediction = single ? p : { ...p, t: -p.t };
      primary = { test: 'prediction', p: p.p };
    } else notes.push('the runs on one side are identical (no spread): no prediction interval');
    const s2 = single ? vb : vh;
    const n = sample.length;
    sigmaRel = mb > 0 ? Math.sqrt(s2) / mb : undefined;
    if (mb > 0) {
      if (s2 === 0) {
        change = { relative: mh / mb - 1, ci_low: mh / mb - 1, ci_high: mh / mb - 1, level, method: 'point' };
      } else {
        const r = single ? fiellerRatio(mh, s2, mb, s2 / n, n - 1, level) : fiellerRatio(mh, s2 / n, mb, s2, n - 1, level);
        change = ciFrom(r, level, 'fieller-prediction');
      }
    }
  } else if (nb > 0 && nh > 0 && mb > 0) {
    change = { relative: mh / mb - 1, ci_low: null, ci_high: null, level, method: 'point' };
  }
  if (nb > 0 && nh > 0 && mb === 0 && mh === 0) {
    // Nothing on either side (e.g. no sensor): no change, not an undefined one.
    change = { relative: 0, ci_low: 0, ci_high: 0, level, method: 'point' };
    notes.push('0 on both sides');
  } else if (nb > 0 && mb === 0) notes.push('the base mean is 0: no relative change');
  if (change && (change.ci_low === null || change.ci_high === null) && change.method !== 'point') {
    notes.push('the confidence interval is unbounded: the base runs vary too much to bound a ratio');
  }
  return {
    base: sideStats(base),
    head: sideStats(head),
    ...(change ? { change } : {}),
    tests,
    ...(primary ? { primary } : {}),
    notes,
    enough: enoughRuns(nb, nh),
    ...(sigmaRel !== undefined && Number.isFinite(sigmaRel) ? { sigmaRel } : {}),
  };
}

function ciFrom(
  r: { ratio: number; low: number | null; high: number | null },
  level: number,
  method: 'fieller-welch' | 'fieller-prediction',
): NonNullable<Metric['change']> {
  return {
    relative: r.ratio - 1,
    ci_low: r.low === null ? null : r.low - 1,
    ci_high: r.high === null ? null : r.high - 1,
    level,
    method,
  };
}

/** The verdict rule (docs/compare.md). Exported so the rendering and its tests use the same rule. */
export function decide(
  a: Pick<Analysis, 'enough' | 'change' | 'base' | 'head'>,
  pAdjusted: number | undefined,
  alpha: number,
  minEffect: number,
): Verdict {
  if (!a.enough) return 'not_enough_data';
  // Base mean 0 and head above it: an unbounded relative increase.
  const rel = a.change?.relative ?? ((a.head.mean ?? 0) > 0 && a.base.mean === 0 ? Infinity : undefined);
  if (pAdjusted !== undefined && pAdjusted < alpha && rel !== undefined && Math.abs(rel) >= minEffect) {
    return rel > 0 ? 'regression' : 'improvement';
  }
  const c = a.change;
  if (c && c.ci_low !== null && c.ci_high !== null && c.ci_low >= -minEffect && c.ci_high <= minEffect) {
    return 'no_significant_change';
  }
  return 'inconclusive';
}

function runsNeeded(a: Analysis, alpha: number, minEffect: number): Metric['runs_needed'] {
  if (a.sigmaRel === undefined || !a.change) return undefined;
  const rel = Math.abs(a.change.relative);
  const goal = rel >= minEffect ? 'detect' : 'equivalence';
  const effect = goal === 'detect' ? rel : minEffect - rel;
  const est = runsPerSide(a.sigmaRel, effect, alpha, DEFAULT_POWER);
  const capped = !(est <= MAX_RUNS_ESTIMATE);
  // Never "0 more": if the spread so far says the current n should do, a few more runs is the honest ask.
  const perSide = Math.max(capped ? MAX_RUNS_ESTIMATE : est, Math.max(a.base.n, a.head.n) + 1);
  return {
    per_side: perSide,
    capped,
    more_base: Math.max(0, perSide - a.base.n),
    more_head: Math.max(0, perSide - a.head.n),
    effect: Number.isFinite(effect) ? effect : 0,
    power: DEFAULT_POWER,
    goal,
  };
}

function describeMethod(kinds: string[], sensors: string[], models: string[]): string {
  return `${kinds.join('/')}${sensors.length ? ` (${sensors.join(', ')})` : models.length ? ` (${models.join(', ')})` : ''}`;
}

export function sideContext(runs: readonly Summary[], files: readonly string[] | undefined): SideContext {
  const methods = (c: 'cpu' | 'dram' | 'gpu') => ({
    kinds: uniq(runs.map((s) => s.methods[c].kind)),
    sensors: uniq(runs.flatMap((s) => (s.methods[c].sensor ? [s.methods[c].sensor] : []))),
    models: uniq(runs.flatMap((s) => (s.methods[c].model ? [s.methods[c].model] : []))),
  });
  const refs: RunRef[] = runs.map((s, i) => ({
    repeat: s.repeat,
    label: s.label,
    ...(s.git?.sha ? { sha: s.git.sha } : {}),
    started_at: s.started_at,
    exit_code: s.exit_code,
    ...(s.host?.hostname ? { hostname: s.host.hostname } : {}),
    ...(files?.[i] ? { file: files[i] } : {}),
  }));
  return {
    n: runs.length,
    shas: uniq(runs.flatMap((s) => (s.git?.sha ? [s.git.sha] : []))),
    refs: uniq(runs.flatMap((s) => (s.git?.ref ? [s.git.ref] : []))),
    labels: uniq(runs.map((s) => s.label)),
    runs: refs,
    methods: { cpu: methods('cpu'), dram: methods('dram'), gpu: methods('gpu') },
    hardware: {
      cpu_models: uniq(runs.flatMap((s) => (s.host ? [s.host.cpu_model] : []))),
      gpus: uniq(runs.flatMap((s) => (s.host ? [gpuList(s.host.gpus)] : []))).filter((g) => g !== ''),
      drivers: uniq(runs.flatMap((s) => s.host?.gpus.flatMap((g) => (g.driver ? [g.driver] : [])) ?? [])),
      ...(runs.some((s) => nodeCount(s) > 1) ? { nodes: uniq(runs.map(nodeCount)) } : {}),
    },
    regions: uniq(runs.map((s) => s.carbon.region)),
    intensities_g_per_kwh: uniq(runs.map((s) => s.carbon.intensity_g_per_kwh)),
    pues: uniq(runs.map((s) => s.pue)),
    tool_versions: uniq(runs.map((s) => s.tool.version)),
  };
}

/** "8x NVIDIA H100 80GB HBM3" style description of a run's GPUs. */
function gpuList(gpus: readonly { name: string }[]): string {
  const counts = new Map<string, number>();
  for (const g of gpus) counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
  return [...counts].map(([name, k]) => (k > 1 ? `${k}x ${name}` : name)).join(' + ');
}

function sameSet(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  const sa = new Set(a);
  return a.length > 0 && b.length > 0 ? sa.size === new Set(b).size && b.every((x) => sa.has(x)) : true;
}

export function contextWarnings(base: readonly Summary[], head: readonly Summary[], b: SideContext, h: SideContext): string[] {
  const w: string[] = [];
  const hw: string[] = [];
  if (!sameSet(b.hardware.cpu_models, h.hardware.cpu_models)) {
    hw.push(`CPU ${b.hardware.cpu_models.join(', ')} vs ${h.hardware.cpu_models.join(', ')}`);
  }
  if (!sameSet(b.hardware.gpus, h.hardware.gpus)) {
    hw.push(`GPU ${b.hardware.gpus.join(', ') || 'none'} vs ${h.hardware.gpus.join(', ') || 'none'}`);
  }
  if (!sameSet(b.hardware.drivers, h.hardware.drivers)) {
    hw.push(`driver ${b.hardware.drivers.join(', ')} vs ${h.hardware.drivers.join(', ')}`);
  }
  const nb = b.hardware.nodes ?? [1];
  const nh = h.hardware.nodes ?? [1];
  if (!sameSet(nb, nh)) hw.push(`${nb.join('/')} node(s) vs ${nh.join('/')} node(s)`);
  if (hw.length) w.push(`Base and head ran on different hardware (${hw.join('; ')}): not like for like.`);
  for (const [name, runs] of [['base', base], ['head', head]] as const) {
    for (const line of nodeNotes(runs).incomplete) w.push(`${name} ${line}: the comparison understates that side.`);
  }
  for (const side of [b, h]) {
    if (side.hardware.cpu_models.length > 1 || side.hardware.gpus.length > 1) {
      w.push(`The ${side === b ? 'base' : 'head'} runs themselves ran on different hardware: their spread includes it.`);
    }
  }
  for (const c of ['cpu', 'dram', 'gpu'] as const) {
    const mb = b.methods[c];
    const mh = h.methods[c];
    if (!sameSet(mb.kinds, mh.kinds) || !sameSet(mb.sensors, mh.sensors) || mb.kinds.length > 1 || mh.kinds.length > 1) {
      w.push(
        `${c.toUpperCase()} energy is ${describeMethod(mb.kinds, mb.sensors, mb.models)} on base but ` +
          `${describeMethod(mh.kinds, mh.sensors, mh.models)} on head: not like for like.`,
      );
    }
  }
  const cmd = (runs: readonly Summary[]) => uniq(runs.map((s) => s.command.join(' ')));
  if (!sameSet(cmd(base), cmd(head))) {
    const show = (xs: string[]) => xs.map((x) => (x.length > 80 ? `${x.slice(0, 79)}…` : x)).join(' | ');
    w.push(`The command differs between base (${show(cmd(base))}) and head (${show(cmd(head))}).`);
  }
  if (!sameSet(b.pues, h.pues)) w.push(`PUE differs (base ${b.pues.join(', ')}, head ${h.pues.join(', ')}): the totals include it.`);
  if (!sameSet(b.regions, h.regions)) {
    w.push(`Grid regions differ (base ${b.regions.join(', ')}, head ${h.regions.join(', ')}).`);
  }
  for (const [name, runs] of [
    ['base', base],
    ['head', head],
  ] as const) {
    const short = runs.filter((s) =>
      s.interval_ms !== undefined ? s.duration_s * 1000 < MIN_INTERVALS * s.interval_ms : s.duration_s < 1,
    );
    if (short.length) {
      const iv = short[0]!.interval_ms;
      w.push(
        `${short.length} ${name} run(s) lasted ${iv !== undefined ? `fewer than ${MIN_INTERVALS} sampling intervals (${iv} ms)` : 'under a second'}: ` +
          'the step is too short for the interval to measure its energy well.',
      );
    }
    const failed = runs.filter((s) => (s.exit_code !== null && s.exit_code !== 0) || s.signal !== null);
    if (failed.length) {
      w.push(`${failed.length} ${name} run(s) failed (${failed.map((s) => `#${s.repeat}: ${s.signal ?? `exit ${s.exit_code}`}`).join(', ')}): their energy is not of a complete step.`);
    }
    // The runs' own warnings, one line per distinct message with the runs it came from.
    const byMessage = new Map<string, number[]>();
    for (const s of runs) for (const m of s.warnings ?? []) byMessage.set(m, [...(byMessage.get(m) ?? []), s.repeat]);
    const own = [...byMessage].map(([m, reps]) => `${name} run${reps.length > 1 ? 's' : ''} ${reps.join(', ')}: ${m}`);
    w.push(...own.slice(0, 10));
    if (own.length > 10) w.push(`${own.length - 10} more ${name} run warning(s) left out.`);
  }
  if (!sameSet(b.tool_versions, h.tool_versions)) {
    w.push(`Summaries come from different joulecheck versions (base ${b.tool_versions.join(', ')}, head ${h.tool_versions.join(', ')}).`);
  }
  const key = (s: Summary) => `${s.label}\u0000${s.repeat}\u0000${s.started_at}\u0000${s.git?.sha ?? ''}`;
  const baseKeys = new Set(base.map(key));
  if (head.some((s) => baseKeys.has(key(s)))) w.push('Some runs appear on both sides (same label, repeat, start and commit).');
  return w;
}

/**
 * Compare base and head runs of one step. Throws CompareInputError for input that cannot be compared
 * (an empty side, mixed labels without opts.label, bad alpha/min-effect).
 */
export function compareSummaries(base: readonly Summary[], head: readonly Summary[], opts: CompareOptions = {}): Comparison {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  const minEffect = opts.minEffect ?? DEFAULT_MIN_EFFECT;
  if (!(alpha > 0 && alpha < 1)) throw new CompareInputError(`alpha must be between 0 and 1 (exclusive), got ${alpha}`);
  if (!(minEffect >= 0 && Number.isFinite(minEffect))) {
    throw new CompareInputError(`min-effect must be a non-negative fraction such as 0.02, got ${minEffect}`);
  }
  let baseFiles = opts.files?.base;
  let headFiles = opts.files?.head;
  if (opts.label !== undefined) {
    const keep = (s: Summary) => s.label === opts.label;
    baseFiles = baseFiles?.filter((_, i) => keep(base[i]!));
    headFiles = headFiles?.filter((_, i) => keep(head[i]!));
    base = base.filter(keep);
    head = head.filter(keep);
  }
  if (base.length === 0 || head.length === 0) {
    const side = base.length === 0 ? 'base' : 'head';
    throw new CompareInputError(
      `no ${side} runs${opts.label !== undefined ? ` with label '${opts.label}'` : ''}: nothing to compare`,
    );
  }
  const labels = uniq([...base, ...head].map((s) => s.label));
  if (labels.length > 1) {
    const count = (runs: readonly Summary[]) =>
      uniq(runs.map((s) => s.label))
        .map((l) => `'${l}' (${runs.filter((s) => s.label === l).length})`)
        .join(', ');
    throw new CompareInputError(
      `the summaries mix labels (base: ${count(base)}; head: ${count(head)}); pick one with --label`,
    );
  }

  // CO2eq at ONE stated intensity: the decision is on energy, and the grid must not move the comparison.
  const allIntensities = uniq([...base, ...head].map((s) => s.carbon.intensity_g_per_kwh));
  const restated = allIntensities.length > 1;
  const intensity = restated ? mean(head.map((s) => s.carbon.intensity_g_per_kwh)) : allIntensities[0]!;
  const region = uniq(head.map((s) => s.carbon.region)).join(', ');

  const level = 1 - alpha;
  const analysed: { def: MetricDef; a: Analysis }[] = [];
  for (const def of METRICS) {
    const pick = (runs: readonly Summary[]) =>
      runs.map((s) => def.get(s, intensity)).filter((v): v is number => v !== undefined && Number.isFinite(v));
    const b = pick(base);
    const h = pick(head);
    // A component (or CO2eq at an intensity of 0) that is 0 everywhere says nothing: left out.
    if ((COMPONENT_METRICS.has(def.id) || def.id === 'co2eq') && b.every((v) => v === 0) && h.every((v) => v === 0)) continue;
    analysed.push({ def, a: analyse(b, h, level) });
  }

  // Holm across the metrics shown. CO2eq at one intensity is energy times a constant — the same test —
  // so it shares the energy total's adjusted p instead of being counted twice.
  const family = analysed.filter((m) => m.def.id !== 'co2eq' && m.a.primary);
  const adjusted = holm(family.map((m) => m.a.primary!.p));
  const pAdj = new Map<MetricId, number>(family.map((m, i) => [m.def.id, adjusted[i]!]));
  const energyP = pAdj.get('energy_total');
  if (energyP !== undefined && analysed.some((m) => m.def.id === 'co2eq' && m.a.primary)) pAdj.set('co2eq', energyP);

  const metrics: Metric[] = analysed.map(({ def, a }) => {
    const p = pAdj.get(def.id);
    const verdict = decide(a, p, alpha, minEffect);
    const notes = [...a.notes];
    if (def.id === 'co2eq') {
      notes.push(`at one intensity for both sides (${round(intensity)} g/kWh); tested as the energy total`);
    }
    if (a.primary && p !== undefined && a.primary.p < alpha && p >= alpha) {
      notes.push(`p = ${a.primary.p.toPrecision(2)} before, ${p.toPrecision(2)} after Holm's correction across ${family.length} metrics`);
    }
    const rn = verdict === 'inconclusive' ? runsNeeded(a, alpha, minEffect) : undefined;
    const { enough: _e, sigmaRel: _s, ...rest } = a;
    return {
      id: def.id,
      name: def.name,
      unit: def.unit,
      ...rest,
      ...(p !== undefined ? { p_adjusted: p } : {}),
      verdict,
      ...(rn ? { runs_needed: rn } : {}),
      notes,
    };
  });

  const b = sideContext(base, baseFiles);
  const h = sideContext(head, headFiles);
  const warnings = contextWarnings(base, head, b, h);
  const load = otherLoadWarning(base, head);
  if (load) warnings.push(load);
  if (restated) {
    warnings.push(
      `The runs used different carbon intensities (${allIntensities.map(round).join(', ')} g/kWh); CO2eq is ` +
        `restated at ${round(intensity)} g/kWh (head's mean) for both sides so that only energy moves it.`,
    );
  }

  return finishComparison({
    design: 'independent',
    label: labels[0]!,
    alpha,
    min_effect: minEffect,
    confidence: level,
    carbon: { region, intensity_g_per_kwh: intensity, restated },
    base: b,
    head: h,
    metrics,
    warnings,
  });
}

/**
 * A comparison of either design from its parts: the fields every comparison carries (schema, tool, the
 * headline on energy, the power/duration explanation) added, then validated. The schema is the last guard
 * against a NaN or an Infinity reaching the JSON or the comment.
 */
export function finishComparison(
  parts: Omit<Comparison, 'schema' | 'tool' | 'headline' | 'explanation'>,
  headlineMetric: MetricId = 'energy_total',
): Comparison {
  const energy = parts.metrics.find((m) => m.id === headlineMetric);
  if (!energy) throw new Error(`a comparison needs the ${headlineMetric} metric`);
  const { design, label, alpha, min_effect, confidence, ...rest } = parts;
  const comparison: Comparison = {
    schema: COMPARISON_SCHEMA,
    design,
    tool: { name: 'joulecheck', version: VERSION },
    label,
    alpha,
    min_effect,
    confidence,
    headline: { metric: headlineMetric, verdict: energy.verdict },
    ...explain(parts.metrics),
    ...rest,
  };
  return positiveZero(Comparison.parse(comparison));
}

/** -0 prints as "−0.0%" and does not survive JSON; the comparison carries +0 only. */
export function positiveZero<T>(x: T): T {
  if (typeof x === 'number') return (x === 0 ? 0 : x) as T;
  if (Array.isArray(x)) return x.map(positiveZero) as T;
  if (x !== null && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, positiveZero(v)])) as T;
  }
  return x;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** dE ~ dP * t + P * dt + dP * dt from the mean power and duration of both sides. */
export function explain(metrics: readonly Metric[]): Pick<Comparison, 'explanation'> {
  const p = metrics.find((m) => m.id === 'power_mean');
  const t = metrics.find((m) => m.id === 'duration');
  const pb = p?.base.mean;
  const ph = p?.head.mean;
  const tb = t?.base.mean;
  const th = t?.head.mean;
  if (pb == null || ph == null || tb == null || th == null || !(pb > 0) || !(tb > 0)) return {};
  return {
    explanation: {
      power_relative: ph / pb - 1,
      duration_relative: th / tb - 1,
      power_term_j: (ph - pb) * tb,
      duration_term_j: pb * (th - tb),
      interaction_j: (ph - pb) * (th - tb),
    },
  };
}
