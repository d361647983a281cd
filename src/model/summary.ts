// Summary format `joulecheck/summary@1`, one file per run: `<out>/<label>-<n>.summary.json`.
// The field paths (docs/architecture.md, formats) are a contract read by other tools: add fields, rename none.
import { z } from 'zod';
import { ComponentKind } from './log.ts';
import { MultiNodeFields } from './nodes.ts';

export const SUMMARY_SCHEMA = 'joulecheck/summary@1';

const finite = () => z.number().finite();
const energy = () => z.number().finite().nonnegative();

export const ComponentEnergy = z.object({ cpu: energy(), dram: energy(), gpu: energy() });
export type ComponentEnergy = z.infer<typeof ComponentEnergy>;

export const Method = z.object({
  kind: ComponentKind,
  sensor: z.string().optional(),
  model: z.string().optional(),
  detail: z.string().optional(),
});
export type Method = z.infer<typeof Method>;

export const SocialCost = z.object({
  country: z.string(),
  currency: z.string(),
  /** currency year of the figures, e.g. 2020 (Ricke et al. 2018 report 2005 USD) */
  year: z.number().int(),
  per_tonne: z.object({ median: finite(), low: finite(), high: finite() }),
  /** social cost of this run's CO2eq: per_tonne x co2eq_g / 1e6 */
  cost: z.object({ median: finite(), low: finite(), high: finite() }),
  source: z.string(),
  /** set when the country has no own figure and another was used instead (never a silent substitute) */
  substitute_for: z.string().optional(),
});
export type SocialCost = z.infer<typeof SocialCost>;

export const Summary = z.object({
  schema: z.literal(SUMMARY_SCHEMA),
  tool: z.object({ name: z.literal('joulecheck'), version: z.string() }),
  label: z.string(),
  repeat: z.number().int().positive(),
  command: z.array(z.string()),
  started_at: z.string(),
  ended_at: z.string().nullable(),
  duration_s: energy(),
  exit_code: z.number().int().nullable(),
  signal: z.string().nullable(),
  pue: z.number().finite().min(1),
  energy_j: z.object({
    /** whole machine per component over the run, before PUE */
    machine: ComponentEnergy,
    /** the step's share (Henderson et al. 2020 eq. 1), before PUE */
    attributed: ComponentEnergy,
    /** PUE x sum of attributed: the headline figure */
    total: energy(),
    /**
     * the step's share of the energy above the machine's idle power, before PUE, and its PUE total: what
     * the step's own work cost, which other load on the machine does not move (absent in older summaries)
     */
    active: ComponentEnergy.extend({ total: energy() }).optional(),
  }),
  /** the step's own resource use (absent in older summaries) */
  usage: z
    .object({
      cpu_time_s: energy(),
      gpu_sm_s: energy(),
      /** the meter's own CPU time over the run (every thread of its process): left out of other load */
      meter_cpu_s: energy().optional(),
    })
    .optional(),
  /** other processes' load over the run, as a share 0..1 of the machine's CPU time and of its GPUs' time (absent in older summaries) */
  other_load: z.object({ cpu: z.number().finite().min(0).max(1), gpu: z.number().finite().min(0).max(1).nullable() }).optional(),
  methods: z.object({ cpu: Method, dram: Method, gpu: Method }),
  carbon: z.object({
    region: z.string(),
    name: z.string().optional(),
    country: z.string().optional(),
    /** the intensity used (time-weighted mean when real-time readings varied) */
    intensity_g_per_kwh: z.number().finite().nonnegative(),
    intensity_kind: z.enum(['annual', 'realtime', 'default', 'override']),
    source: z.string(),
    year: z.number().int().optional(),
    co2eq_g: energy(),
    /** co2eq_g / total kWh: differs from intensity_g_per_kwh (time-weighted) when real-time readings varied */
    effective_intensity_g_per_kwh: z.number().finite().nonnegative().optional(),
    warning: z.string().optional(),
    social_cost: SocialCost.optional(),
  }),
  /** mean attributed power over the run incl. PUE (total / duration), W */
  power_w: z.object({ mean: energy(), machine_mean: energy() }).optional(),
  host: z
    .object({
      hostname: z.string(),
      cpu_model: z.string(),
      logical_cpus: z.number().int().positive(),
      gpus: z.array(z.object({ uuid: z.string(), name: z.string(), driver: z.string().optional() })),
    })
    .optional(),
  samples: z.number().int().nonnegative().optional(),
  interval_ms: z.number().positive().optional(),
  /** things a reader must know: gaps, torn log, step shorter than the interval, fallbacks */
  warnings: z.array(z.string()).optional(),
  git: z.object({ sha: z.string().optional(), ref: z.string().optional() }).optional(),
  /** the raw log this summary was computed from (file name, relative to the summary) */
  log: z.string().optional(),
  // multi-node runs (src/model/nodes.ts): nodes, node_count, incomplete, missing_nodes, node
  ...MultiNodeFields,
});
export type Summary = z.infer<typeof Summary>;
