// Comparison format `joulecheck/comparison@1` (docs/architecture.md, formats): what `joulecheck compare --format json`
// prints and what the PR comment is rendered from. Contract fields: per metric `base` and `head` (`n`,
// `mean`, `sd`, `values`), `change` (`relative`, `ci_low`, `ci_high`), `tests.welch` (`t`, `df`, `p`),
// `tests.mann_whitney` (`u`, `p`, `method`), `tests.prediction` (`t`, `df`, `p`), `p_adjusted`, `verdict`.
// A test that does not apply is ABSENT, never 0; every number is finite (no NaN, no Infinity).
import { z } from 'zod';
import { Verdict } from './verdict.ts';
import { ComponentKind } from './log.ts';

export const COMPARISON_SCHEMA = 'joulecheck/comparison@1';

const num = () => z.number().finite();
const prob = () => z.number().min(0).max(1);

export const MetricId = z.enum([
  'energy_total',
  /** design "paired": the active energy (summary energy_j.active.total), what other load does not move */
  'energy_active',
  'energy_cpu',
  'energy_dram',
  'energy_gpu',
  'co2eq',
  'duration',
  'power_mean',
]);
export type MetricId = z.infer<typeof MetricId>;

export { Verdict } from './verdict.ts';

export const SideStats = z.object({
  n: z.number().int().nonnegative(),
  /** null when n = 0 */
  mean: num().nullable(),
  /** sample standard deviation (n - 1); null when n < 2 */
  sd: num().nullable(),
  /** one value per run, in the order of the side's `runs` */
  values: z.array(num()),
});
export type SideStats = z.infer<typeof SideStats>;

export const TTest = z.object({ t: num(), df: num().positive(), p: prob() });

export const Metric = z.object({
  id: MetricId,
  name: z.string(),
  unit: z.enum(['J', 'g', 's', 'W']),
  base: SideStats,
  head: SideStats,
  /** head / base - 1 with its confidence interval; absent when the base mean is 0 or a side has no runs */
  change: z
    .object({
      relative: num(),
      /** null: unbounded (the base mean is not distinguishable from 0) or not estimable from one run each */
      ci_low: num().nullable(),
      ci_high: num().nullable(),
      level: prob(),
      /** paired-log-t: exp(mean log ratio) - 1 with the t interval of the mean log ratio */
      method: z.enum(['fieller-welch', 'fieller-prediction', 'paired-log-t', 'point']),
    })
    .optional(),
  tests: z.object({
    welch: TTest.optional(),
    mann_whitney: z.object({ u: num().nonnegative(), p: prob(), method: z.enum(['exact', 'asymptotic']) }).optional(),
    prediction: TTest.optional(),
    /** design "paired": one-sample t-test of the per-pair log ratios ln(head / base) (scipy ttest_rel on logs) */
    paired_t: TTest.optional(),
    /** design "paired": Wilcoxon signed-rank on the same log ratios; w = min(R+, R-), zeros dropped (scipy's 'wilcox') */
    wilcoxon: z.object({ w: num().nonnegative(), p: prob(), method: z.enum(['exact', 'asymptotic']) }).optional(),
  }),
  /** the test the verdict rests on and its unadjusted p */
  primary: z.object({ test: z.enum(['welch', 'mann_whitney', 'prediction', 'paired_t', 'wilcoxon']), p: prob() }).optional(),
  /** Holm-adjusted p of the primary test across the compared metrics */
  p_adjusted: prob().optional(),
  verdict: Verdict,
  /** for an inconclusive verdict: runs per side that would likely settle it (80% power) */
  runs_needed: z
    .object({
      per_side: z.number().int().positive(),
      /** more runs than that (per_side is a cap) */
      capped: z.boolean(),
      more_base: z.number().int().nonnegative(),
      more_head: z.number().int().nonnegative(),
      /** relative effect the estimate is for */
      effect: num(),
      power: prob(),
      goal: z.enum(['detect', 'equivalence']),
    })
    .optional(),
  /** design "paired": one entry per measured pair, in run order (the tests are on these values' log ratios) */
  pairs: z.array(z.object({ base: num(), head: num() })).optional(),
  /**
   * design "paired": the verdict was held back to inconclusive because the pairs whose runs ran beside
   * different other load decided it (the pairs without them alone do not reach it)
   */
  held_by_other_load: z
    .object({
      /** 1-based pairs whose runs' other load differs by more than the threshold */
      pairs: z.array(z.number().int().positive()),
      /** the verdict over every pair, and over the pairs not flagged */
      verdict_all_pairs: Verdict,
      verdict_unflagged: Verdict,
    })
    .optional(),
  notes: z.array(z.string()),
});
export type Metric = z.infer<typeof Metric>;

export const RunRef = z.object({
  repeat: z.number().int(),
  label: z.string(),
  sha: z.string().optional(),
  started_at: z.string(),
  exit_code: z.number().int().nullable(),
  hostname: z.string().optional(),
  /** file the summary was read from, when known */
  file: z.string().optional(),
});
export type RunRef = z.infer<typeof RunRef>;

const MethodSummary = z.object({
  /** kinds seen over the side's runs (one unless they differ) */
  kinds: z.array(ComponentKind),
  sensors: z.array(z.string()),
  models: z.array(z.string()),
});

export const SideContext = z.object({
  n: z.number().int().nonnegative(),
  shas: z.array(z.string()),
  refs: z.array(z.string()),
  labels: z.array(z.string()),
  runs: z.array(RunRef),
  methods: z.object({ cpu: MethodSummary, dram: MethodSummary, gpu: MethodSummary }),
  hardware: z.object({
    cpu_models: z.array(z.string()),
    gpus: z.array(z.string()),
    drivers: z.array(z.string()),
    /** node counts of the side's runs; present only when some run was multi-node */
    nodes: z.array(z.number().int().positive()).optional(),
  }),
  regions: z.array(z.string()),
  intensities_g_per_kwh: z.array(num().nonnegative()),
  pues: z.array(num()),
  tool_versions: z.array(z.string()),
});
export type SideContext = z.infer<typeof SideContext>;

/** Machine state read just before a run (what the sensors give; absent fields were not available). */
export const MachineState = z.object({
  /** hottest GPU, degrees C */
  gpu_temp_c: num().optional(),
  /** lowest current SM clock over the GPUs, MHz */
  sm_clock_mhz: num().nonnegative().optional(),
  /** machine power with nothing of ours running (RAPL package + dram, and GPUs), W */
  idle_w: num().nonnegative().optional(),
});
export type MachineState = z.infer<typeof MachineState>;

/** One metered run of a same-job A/B session, in run order. */
export const AbRun = z.object({
  side: z.enum(['base', 'head']),
  /** number on its side: files `<side>/<label>-<n>.*` */
  n: z.number().int().positive(),
  /** 1-based position in the whole session */
  position: z.number().int().positive(),
  /** warm-up: metered and kept, left out of the statistics */
  warmup: z.boolean(),
  /** the pair it belongs to (1-based), null for a warm-up */
  pair: z.number().int().positive().nullable(),
  file: z.string().optional(),
  started_at: z.string(),
  exit_code: z.number().int().nullable(),
  state: MachineState.optional(),
  /** other processes' share of the machine's CPU time (and of its GPUs' time) over the run, from its summary */
  other_load: z.object({ cpu: prob(), gpu: prob().nullable() }).optional(),
});
export type AbRun = z.infer<typeof AbRun>;

export const Design = z.enum(['independent', 'paired']);
export type Design = z.infer<typeof Design>;

export const Comparison = z.object({
  schema: z.literal(COMPARISON_SCHEMA),
  /** independent: two samples (`compare`); paired: base and head interleaved in one job (`ab`). Files
   * written before the field existed are independent. */
  design: Design.default('independent'),
  tool: z.object({ name: z.literal('joulecheck'), version: z.string() }),
  label: z.string(),
  alpha: z.number().gt(0).lt(1),
  min_effect: z.number().min(0),
  confidence: prob(),
  /** the decision, taken from the energy total's row (CO2eq also moves with the grid) */
  headline: z.object({ metric: MetricId, verdict: Verdict }),
  /** energy change explained as mean power vs duration: dE ~ dP t + P dt (+ dP dt), in J */
  explanation: z
    .object({
      power_relative: num(),
      duration_relative: num(),
      power_term_j: num(),
      duration_term_j: num(),
      interaction_j: num(),
    })
    .optional(),
  carbon: z.object({
    region: z.string(),
    intensity_g_per_kwh: num().nonnegative(),
    /** true when runs used different intensities and CO2eq was restated at this one for both sides */
    restated: z.boolean(),
  }),
  base: SideContext,
  head: SideContext,
  metrics: z.array(Metric),
  warnings: z.array(z.string()),
  /** design "paired": how the session ran */
  ab: z
    .object({
      order: z.enum(['abba', 'alternate']),
      pairs: z.number().int().positive(),
      /** warm-up runs per side */
      warmup: z.number().int().nonnegative(),
      runner: z.string().optional(),
      /** which energy the verdict is about: active (default; absent in older files: attributed) or attributed */
      metric: z.enum(['active', 'attributed']).optional(),
      /** pairs whose two runs' other load differs by more than `threshold` (a share of the machine) */
      other_load: z.object({ threshold: prob(), flagged_pairs: z.array(z.number().int().positive()) }).optional(),
      runs: z.array(AbRun),
    })
    .optional(),
});
export type Comparison = z.infer<typeof Comparison>;
