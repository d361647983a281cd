// Same-job A/B comparison: base and head interleaved on one machine, analysed as pairs. Per metric the
// per-pair log ratio ln(head / base): paired t-test and Wilcoxon signed-rank on those, Holm across the
// metrics, the change as the back-transformed mean log ratio with its t CI, and the same verdict rule as
// the independent comparison (significant AND at least the minimum effect; equivalence; not enough data;
// inconclusive with the pairs that would likely settle it, from the paired SD). Drift checks: the machine
// state recorded before each run (one side systematically hotter, lower clocks, higher idle power) and a
// trend of the pair differences with run order. Pure: no I/O.
import {
  type Comparison,
  type AbRun,
  type MachineState,
  type Metric,
  type MetricId,
  type Verdict,
} from '../model/comparison.ts';
import type { Summary } from '../model/summary.ts';
import {
  COMPONENT_METRICS,
  CompareInputError,
  contextWarnings,
  decide,
  DEFAULT_ALPHA,
  DEFAULT_MIN_EFFECT,
  finishComparison,
  METRICS,
  type MetricDef,
  sideContext,
} from './compare.ts';
import { describeFlagged, flaggedPairs, OTHER_LOAD_THRESHOLD } from './other-load.ts';
import { holm, mean, sd } from './stats/index.ts';
import { logRatios, pairedChange, pairedTTest } from './stats/paired.ts';
import { MAX_PAIRS_ESTIMATE, PAIRED_POWER, pairsNeeded } from './stats/paired-power.ts';
import { orderTrend } from './stats/trend.ts';
import { wilcoxonSignedRank } from './stats/wilcoxon.ts';

export type AbOrder = 'abba' | 'alternate';

/** One metered run of an A/B session, in run order. */
export interface AbRunInput {
  side: 'base' | 'head';
  /** the run's number on its side: `<side>/<label>-<n>.*` */
  n: number;
  warmup: boolean;
  summary: Summary;
  file?: string;
  state?: MachineState;
}

export interface PairedOptions {
  alpha?: number;
  minEffect?: number;
  order: AbOrder;
  /** warm-up runs per side */
  warmup: number;
  /** where it ran, e.g. "ubuntu-latest (Linux X64)" */
  runner?: string;
  /** which energy decides (default active: other load on the runner does not move it) */
  metric?: AbMetric;
  /** other-load difference (share of the machine) above which a pair is flagged; default OTHER_LOAD_THRESHOLD */
  otherLoadThreshold?: number;
}

export type AbMetric = 'active' | 'attributed';

/** Drift thresholds: a systematic difference of at least this much between the sides is worth a warning. */
export const DRIFT = { tempC: 2, clockRel: 0.01, idleRel: 0.05, sameSign: 0.8 } as const;

/** Pairs the measured runs: the k-th measured base run with the k-th measured head run. */
export function pairRuns(runs: readonly AbRunInput[]): { base: AbRunInput; head: AbRunInput }[] {
  const b = runs.filter((r) => r.side === 'base' && !r.warmup);
  const h = runs.filter((r) => r.side === 'head' && !r.warmup);
  if (b.length !== h.length) throw new CompareInputError(`unpaired runs: ${b.length} measured base runs, ${h.length} head runs`);
  return b.map((base, i) => ({ base, head: h[i]! }));
}

type PairedAnalysis = {
  base: Metric['base'];
  head: Metric['head'];
  pairs: { base: number; head: number }[];
  change?: Metric['change'];
  tests: Metric['tests'];
  primary?: Metric['primary'];
  notes: string[];
  enough: boolean;
  sigmaD?: number;
  d?: number[];
};

function sideStats(values: number[]): Metric['base'] {
  return {
    n: values.length,
    mean: values.length > 0 ? finite(mean(values)) : null,
    sd: values.length > 1 ? finite(sd(values)) : null,
    values,
  };
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function analysePairs(pairs: { base: number; head: number }[], level: number): PairedAnalysis {
  const b = pairs.map((p) => p.base);
  const h = pairs.map((p) => p.head);
  const notes: string[] = [];
  const tests: Metric['tests'] = {};
  const out: PairedAnalysis = { base: sideStats(b), head: sideStats(h), pairs, tests, notes, enough: pairs.length >= 2 };
  if (b.every((v) => v === 0) && h.every((v) => v === 0)) {
    out.change = { relative: 0, ci_low: 0, ci_high: 0, level, method: 'point' };
    notes.push('0 on both sides');
    return out;
  }
  if (pairs.some((p) => !(p.base > 0) || !(p.head > 0))) {
    notes.push('a run has 0 for this metric: no log ratio, no paired test');
    out.enough = false;
    return out;
  }
  const d = logRatios(b, h);
  out.d = d;
  if (pairs.length < 2) {
    out.change = { relative: Math.expm1(d[0]!), ci_low: null, ci_high: null, level, method: 'point' };
    return out;
  }
  const t = pairedTTest(d);
  if (t) tests.paired_t = t;
  else notes.push('every pair has the same ratio (no spread): the paired t-test does not apply');
  const w = wilcoxonSignedRank(d);
  if (w) tests.wilcoxon = w;
  out.primary = t ? { test: 'paired_t', p: t.p } : w ? { test: 'wilcoxon', p: w.p } : undefined;
  const c = pairedChange(d, level)!;
  out.change = { ...c, method: 'paired-log-t' };
  out.sigmaD = sd(d);
  if (pairs.length < 6 && w?.method === 'exact') {
    const floor = 2 / 2 ** pairs.length;
    if (floor >= 0.05) notes.push(`with ${pairs.length} pairs the signed-rank test cannot go below p = ${floor.toPrecision(2)}`);
  }
  return out;
}

function pairsNeededFor(a: PairedAnalysis, alpha: number, minEffect: number): Metric['runs_needed'] {
  if (a.sigmaD === undefined || !Number.isFinite(a.sigmaD) || !a.change) return undefined;
  const rel = Math.abs(a.change.relative);
  const goal = rel >= minEffect ? 'detect' : 'equivalence';
  const effect = goal === 'detect' ? rel : minEffect - rel;
  // the test is on log ratios: the effect as a log, from the side where it is smallest
  const delta = goal === 'detect' ? Math.abs(Math.log1p(a.change.relative)) : Math.log1p(minEffect) - Math.abs(Math.log1p(a.change.relative));
  const est = pairsNeeded(a.sigmaD, delta, alpha, PAIRED_POWER);
  const capped = !(est <= MAX_PAIRS_ESTIMATE);
  const n = a.pairs.length;
  const total = Math.max(capped ? MAX_PAIRS_ESTIMATE : est, n + 1);
  return { per_side: total, capped, more_base: total - n, more_head: total - n, effect: Number.isFinite(effect) ? effect : 0, power: PAIRED_POWER, goal };
}

function stateOf(r: AbRunInput, key: keyof MachineState): number | undefined {
  const v = r.state?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Warnings about machine state: one side systematically hotter, at lower clocks, at higher idle power. */
export function stateWarnings(pairs: readonly { base: AbRunInput; head: AbRunInput }[]): string[] {
  const w: string[] = [];
  const diffs = (key: keyof MachineState, relative: boolean) =>
    pairs.flatMap((p) => {
      const b = stateOf(p.base, key);
      const h = stateOf(p.head, key);
      if (b === undefined || h === undefined) return [];
      return relative ? (b > 0 ? [h / b - 1] : []) : [h - b];
    });
  const systematic = (ds: number[], threshold: number) => {
    if (ds.length < 2) return null;
    const m = mean(ds);
    const same = ds.filter((x) => Math.sign(x) === Math.sign(m) && x !== 0).length;
    return Math.abs(m) >= threshold && same >= DRIFT.sameSign * ds.length ? { m, same, n: ds.length } : null;
  };
  const temp = systematic(diffs('gpu_temp_c', false), DRIFT.tempC);
  if (temp) {
    w.push(
      `The ${temp.m > 0 ? 'head' : 'base'} runs started on a hotter GPU (${Math.abs(temp.m).toFixed(1)} °C on average, ` +
        `${temp.same} of ${temp.n} pairs): temperature moves power and clocks, so part of the difference may be the machine's.`,
    );
  }
  const clock = systematic(diffs('sm_clock_mhz', true), DRIFT.clockRel);
  if (clock) {
    w.push(
      `The ${clock.m < 0 ? 'head' : 'base'} runs started at lower SM clocks (${(Math.abs(clock.m) * 100).toFixed(1)} % on average, ` +
        `${clock.same} of ${clock.n} pairs): throttling on one side is not the change's doing.`,
    );
  }
  const idle = systematic(diffs('idle_w', true), DRIFT.idleRel);
  if (idle) {
    w.push(
      `The machine drew more power before the ${idle.m > 0 ? 'head' : 'base'} runs (idle ${(Math.abs(idle.m) * 100).toFixed(1)} % higher on average, ` +
        `${idle.same} of ${idle.n} pairs): something else was running or the machine had not settled.`,
    );
  }
  return w;
}

/** Warning when the energy log ratios trend with run order (a drift the order did not cancel). */
export function trendWarning(d: readonly number[] | undefined, alpha: number): string | null {
  if (!d || d.length < 4) return null;
  const t = orderTrend(d);
  if (!t || !(t.p < alpha)) return null;
  return (
    `The pair differences trend with run order (energy ratio ${t.slope > 0 ? '+' : '−'}${(Math.abs(Math.expm1(t.slope)) * 100).toFixed(1)} % per pair, ` +
    `p = ${t.p.toPrecision(2)}): the machine drifted in a way the interleaving did not cancel; more warm-up runs or a quieter machine may help.`
  );
}

/** The paired comparison of an A/B session. Throws CompareInputError for input that cannot be compared. */
export function comparePaired(runs: readonly AbRunInput[], opts: PairedOptions): Comparison {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  const minEffect = opts.minEffect ?? DEFAULT_MIN_EFFECT;
  if (!(alpha > 0 && alpha < 1)) throw new CompareInputError(`alpha must be between 0 and 1 (exclusive), got ${alpha}`);
  if (!(minEffect >= 0 && Number.isFinite(minEffect))) {
    throw new CompareInputError(`min-effect must be a non-negative fraction such as 0.02, got ${minEffect}`);
  }
  const pairs = pairRuns(runs);
  if (pairs.length === 0) throw new CompareInputError('no measured pairs: nothing to compare');
  const base = pairs.map((p) => p.base.summary);
  const head = pairs.map((p) => p.head.summary);
  const labels = [...new Set([...base, ...head].map((s) => s.label))];
  if (labels.length > 1) throw new CompareInputError(`the runs mix labels (${labels.join(', ')})`);

  // CO2eq at one intensity for both sides (head's mean): only energy moves it, as in the independent design.
  const intensities = [...new Set([...base, ...head].map((s) => s.carbon.intensity_g_per_kwh))];
  const restated = intensities.length > 1;
  const intensity = restated ? mean(head.map((s) => s.carbon.intensity_g_per_kwh)) : intensities[0]!;
  const level = 1 - alpha;

  const fam = { intensity, level, alpha, minEffect };
  const all = decideFamily(pairs, fam);
  // Pairs whose runs ran beside different other load: a verdict they decide is held back (inconclusive)
  const threshold = opts.otherLoadThreshold ?? OTHER_LOAD_THRESHOLD;
  const flagged = flaggedPairs(pairs.map((p) => ({ base: p.base.summary, head: p.head.summary })), threshold);
  const unflagged = flagged.length > 0 ? decideFamily(pairs.filter((_, i) => !flagged.includes(i)), fam) : null;

  const metrics: Metric[] = all.map(({ def, a, p, verdict: v, familySize }) => {
    let verdict = v;
    const notes = [...a.notes];
    let held: Metric['held_by_other_load'];
    if (unflagged && (v === 'regression' || v === 'improvement' || v === 'no_significant_change')) {
      const vu = unflagged.find((m) => m.def.id === def.id)?.verdict ?? 'not_enough_data';
      if (vu !== v) {
        held = { pairs: flagged.map((i) => i + 1), verdict_all_pairs: v, verdict_unflagged: vu };
        verdict = 'inconclusive';
        notes.push(
          `inconclusive: other load on the runner: over every pair ${v.replace(/_/g, ' ')}, over the ${pairs.length - flagged.length} pair(s) ` +
            `whose runs ran beside similar load ${vu.replace(/_/g, ' ')}`,
        );
      }
    }
    if (def.id === 'co2eq') notes.push(`at one intensity for both sides (${Math.round(intensity * 10) / 10} g/kWh); tested as the energy total`);
    if (a.primary && p !== undefined && a.primary.p < alpha && p >= alpha) {
      notes.push(`p = ${a.primary.p.toPrecision(2)} before, ${p.toPrecision(2)} after Holm's correction across ${familySize} metrics`);
    }
    const rn = verdict === 'inconclusive' ? pairsNeededFor(a, alpha, minEffect) : undefined;
    return {
      id: def.id,
      name: def.name,
      unit: def.unit,
      base: a.base,
      head: a.head,
      ...(a.change ? { change: a.change } : {}),
      tests: a.tests,
      ...(a.primary ? { primary: a.primary } : {}),
      ...(p !== undefined ? { p_adjusted: p } : {}),
      verdict,
      ...(rn ? { runs_needed: rn } : {}),
      pairs: a.pairs,
      ...(held ? { held_by_other_load: held } : {}),
      notes,
    };
  });
  const energy = metrics.find((m) => m.id === 'energy_total');
  if (!energy) throw new CompareInputError('the runs have no energy total to compare');
  const wanted = opts.metric ?? 'active';
  const active = metrics.find((m) => m.id === 'energy_active');
  // the active energy decides when asked for and every pair has it (summaries of older versions do not)
  const useActive = wanted === 'active' && active !== undefined && active.pairs?.length === pairs.length;
  const headlineMetric: MetricId = useActive ? 'energy_active' : 'energy_total';

  const b = sideContext(base, pairs.map((p) => p.base.file ?? ''));
  const h = sideContext(head, pairs.map((p) => p.head.file ?? ''));
  const warnings = contextWarnings(base, head, b, h);
  if (wanted === 'active' && !useActive) {
    warnings.push('Some runs have no active energy (summaries from an older joulecheck): the verdict is on the attributed energy.');
  }
  if (flagged.length > 0) {
    const named = flagged.map((i) => {
      const p = pairs[i]!;
      return describeFlagged(i + 1, { n: p.base.n, s: p.base.summary }, { n: p.head.n, s: p.head.summary });
    });
    const heldIds = metrics.filter((m) => m.held_by_other_load).map((m) => m.name);
    warnings.push(
      `Other load on the runner: in ${flagged.length} of ${pairs.length} pairs the two runs ran beside load that differs by more than ` +
        `${Math.round(threshold * 100)} points of the machine: ${named.join('; ')}.` +
        (heldIds.length > 0
          ? ` Those pairs decided ${heldIds.join(', ')}: inconclusive: other load on the runner (the other pairs alone do not reach the verdict).`
          : ' The pairs without them reach the same verdicts.'),
    );
  }
  const energyD = all.find((m) => m.def.id === headlineMetric)?.a.d;
  const trend = trendWarning(energyD, alpha);
  if (trend) warnings.push(trend);
  warnings.push(...stateWarnings(pairs));
  if (opts.order === 'alternate' && pairs.length >= 2) {
    warnings.push('Order B H B H …: a steady drift of the machine biases every pair the same way; ABBA cancels a linear drift.');
  }
  if (restated) {
    warnings.push(
      `The runs used different carbon intensities (${intensities.map((x) => Math.round(x * 10) / 10).join(', ')} g/kWh); ` +
        `CO2eq is restated at ${Math.round(intensity * 10) / 10} g/kWh for both sides.`,
    );
  }

  const pairIndex = new Map<AbRunInput, number>();
  pairs.forEach((p, i) => {
    pairIndex.set(p.base, i + 1);
    pairIndex.set(p.head, i + 1);
  });
  const abRuns: AbRun[] = runs.map((r, position) => ({
    side: r.side,
    n: r.n,
    position: position + 1,
    warmup: r.warmup,
    pair: pairIndex.get(r) ?? null,
    ...(r.file ? { file: r.file } : {}),
    started_at: r.summary.started_at,
    exit_code: r.summary.exit_code,
    ...(r.state && Object.keys(r.state).length ? { state: r.state } : {}),
    ...(r.summary.other_load ? { other_load: r.summary.other_load } : {}),
  }));

  return finishComparison(
    {
    design: 'paired',
    label: labels[0]!,
    alpha,
    min_effect: minEffect,
    confidence: level,
    carbon: { region: [...new Set(head.map((s) => s.carbon.region))].join(', '), intensity_g_per_kwh: intensity, restated },
    base: b,
    head: h,
    metrics,
    warnings,
    ab: {
      order: opts.order,
      pairs: pairs.length,
      warmup: opts.warmup,
      ...(opts.runner ? { runner: opts.runner } : {}),
      metric: useActive ? 'active' : 'attributed',
      other_load: { threshold, flagged_pairs: flagged.map((i) => i + 1) },
      runs: abRuns,
    },
    },
    headlineMetric,
  );
}

/** The active energy: the step's share of the energy above idle (PUE included), what other load does not move. */
export const ENERGY_ACTIVE: MetricDef = {
  id: 'energy_active',
  name: 'Energy (active, incl. PUE)',
  unit: 'J',
  get: (s) => s.energy_j.active?.total,
};

/** The metrics of a paired comparison: the active energy first, then the independent comparison's. */
export const PAIRED_METRICS: readonly MetricDef[] = [ENERGY_ACTIVE, ...METRICS];

interface Decided {
  def: MetricDef;
  a: PairedAnalysis;
  p: number | undefined;
  verdict: Verdict;
  familySize: number;
}

/** Every metric over these pairs: analysed, Holm across the metrics shown, decided. */
function decideFamily(
  pairs: readonly { base: AbRunInput; head: AbRunInput }[],
  o: { intensity: number; level: number; alpha: number; minEffect: number },
): Decided[] {
  const analysed: { def: MetricDef; a: PairedAnalysis }[] = [];
  for (const def of PAIRED_METRICS) {
    const vals = pairs.map((p) => ({ base: def.get(p.base.summary, o.intensity), head: def.get(p.head.summary, o.intensity) }));
    // a pair missing the metric on one side is left out of that metric (said in its notes)
    const ok = vals.filter((v): v is { base: number; head: number } => Number.isFinite(v.base) && Number.isFinite(v.head));
    if ((COMPONENT_METRICS.has(def.id) || def.id === 'co2eq') && ok.every((v) => v.base === 0 && v.head === 0)) continue;
    if (ok.length === 0) continue;
    const a = analysePairs(ok, o.level);
    if (ok.length < vals.length) a.notes.push(`${vals.length - ok.length} pair(s) without this metric left out`);
    analysed.push({ def, a });
  }
  // Holm across the metrics shown; CO2eq at one intensity is the energy total times a constant: same test.
  const family = analysed.filter((m) => m.def.id !== 'co2eq' && m.a.primary);
  const adjusted = holm(family.map((m) => m.a.primary!.p));
  const pAdj = new Map<MetricId, number>(family.map((m, i) => [m.def.id, adjusted[i]!]));
  const energyP = pAdj.get('energy_total');
  if (energyP !== undefined && analysed.some((m) => m.def.id === 'co2eq' && m.a.primary)) pAdj.set('co2eq', energyP);
  // CPU time is counted in 10 ms ticks: a change smaller than a tick or two of the runs' CPU time is below
  // what the meter resolves, whatever the tests say (short steps: one tick is 4 % of a 0.25 s step)
  const q = tickQuantum(pairs);
  return analysed.map(({ def, a }) => {
    const p = pAdj.get(def.id);
    const floor = def.id === 'energy_active' ? RESOLUTION_TICKS * q : 0;
    if (floor > o.minEffect) a.notes.push(`below ${pctText(floor)} the meter cannot resolve it here: one 10 ms tick of CPU time is ${pctText(q)} of the runs' active energy`);
    return { def, a, p, verdict: decide(a, p, o.alpha, Math.max(o.minEffect, floor)), familySize: family.length };
  });
}

/** Ticks of CPU time a change must exceed to be resolved (each side of a pair may be off by one). */
export const RESOLUTION_TICKS = 1.5;

const pctText = (x: number): string => `${(x * 100).toFixed(1)} %`;

/**
 * The share of a run's active energy that one CPU tick (10 ms) stands for, the mean over the runs: the
 * CPU part of the active energy per CPU second, a hundredth of it, over the total. 0 when unknown.
 */
export function tickQuantum(pairs: readonly { base: AbRunInput; head: AbRunInput }[]): number {
  const qs = pairs.flatMap((p) =>
    [p.base.summary, p.head.summary].flatMap((s) => {
      const act = s.energy_j.active;
      const cpuS = s.usage?.cpu_time_s;
      if (!act || !(act.total > 0) || !(cpuS !== undefined && cpuS > 0)) return [];
      // PUE x the CPU part's energy per tick, over the PUE total
      const perTick = (s.pue * act.cpu) / (cpuS * 100);
      return [perTick / act.total];
    }),
  );
  return qs.length ? mean(qs) : 0;
}
