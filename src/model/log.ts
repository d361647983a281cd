// Run log format `joulecheck/log@1`: NDJSON, one object per line.
//   line 1: header   — who/what/where, sensors found and why others were not, accounting parameters
//   then:   sample   — one per sampling tick: RAW per-interval deltas (machine energy, CPU ticks, memory,
//                      per-GPU power/util/SM share of the step's tree). Attribution happens in summarize,
//                      never in the sampler, so a log can be re-accounted later (other PUE, other model).
//           intensity — a real-time carbon-intensity reading (from t on, until the next one)
//           event    — something the reader of the log must know (a sensor gap, a provider failure)
//   last:   footer   — end, exit code, signal. Missing when the meter itself was killed: readers cope.
//
// Field names are short on purpose: an hour at 10 Hz with 8 GPUs is ~36k sample lines per run.
import { z } from 'zod';
import { NodeIdentity } from './nodes.ts';

export const LOG_SCHEMA = 'joulecheck/log@1';

export const ComponentKind = z.enum(['measured', 'estimated', 'none']);
export type ComponentKind = z.infer<typeof ComponentKind>;

/** How one component (cpu, dram, gpu) is obtained for this run. */
export const SensorStatus = z.object({
  kind: ComponentKind,
  /** measured: 'rapl' | 'nvml' | 'nvidia-smi' | 'amdsmi' | 'rocm-smi' (mixed vendors: joined by '+') */
  sensor: z.string().optional(),
  /** estimated: model name, e.g. 'tdp-linear' */
  model: z.string().optional(),
  /** human-readable: why this sensor, or why none (e.g. the permission fix for RAPL) */
  detail: z.string().optional(),
});
export type SensorStatus = z.infer<typeof SensorStatus>;

export const RaplZone = z.object({
  /** powercap directory name, e.g. 'intel-rapl:0', 'intel-rapl:0:2', 'intel-rapl:a' */
  id: z.string(),
  /** content of the zone's `name` file, e.g. 'package-0', 'package-0-die-1', 'dram', 'psys' */
  name: z.string(),
  role: z.enum(['package', 'dram', 'psys', 'core', 'uncore', 'other']),
  max_energy_range_uj: z.number().nonnegative(),
  /** false for zones discovered but not summed (psys contains package; mmio duplicates package) */
  counted: z.boolean(),
});
export type RaplZone = z.infer<typeof RaplZone>;

export const GpuInfo = z.object({
  uuid: z.string(),
  index: z.number().int().nonnegative(),
  name: z.string(),
  driver: z.string().optional(),
  power_limit_w: z.number().positive().nullable().optional(),
  tdp_w: z.number().positive().nullable().optional(),
});
export type GpuInfo = z.infer<typeof GpuInfo>;

/** Linear power model used for an estimated component: P = idle_w + (max_w - idle_w) * utilisation. */
export const PowerModel = z.object({
  model: z.string(),
  idle_w: z.number().nonnegative(),
  max_w: z.number().positive(),
  /** where max_w came from, e.g. 'TDP of Intel Xeon Gold 6248 (codecarbon hardware_cpu_power.csv, 2026)' */
  source: z.string(),
});
export type PowerModel = z.infer<typeof PowerModel>;

export const CarbonContext = z.object({
  region: z.string(),
  name: z.string().optional(),
  country: z.string().optional(),
  intensity_g_per_kwh: z.number().nonnegative(),
  intensity_kind: z.enum(['annual', 'realtime', 'default', 'override']),
  source: z.string(),
  year: z.number().int().optional(),
  warning: z.string().optional(),
});
export type CarbonContext = z.infer<typeof CarbonContext>;

export const LogHeader = z.object({
  type: z.literal('header'),
  schema: z.literal(LOG_SCHEMA),
  tool: z.object({ name: z.literal('joulecheck'), version: z.string() }),
  label: z.string(),
  repeat: z.number().int().positive(),
  command: z.array(z.string()),
  started_at: z.string(),
  interval_ms: z.number().positive(),
  pue: z.number().min(1),
  host: z.object({
    hostname: z.string(),
    platform: z.string(),
    kernel: z.string().optional(),
    arch: z.string(),
    cpu_model: z.string(),
    logical_cpus: z.number().int().positive(),
    mem_total_bytes: z.number().nonnegative(),
    gpus: z.array(GpuInfo),
  }),
  sensors: z.object({
    cpu: SensorStatus,
    dram: SensorStatus,
    gpu: SensorStatus,
    /** why sensors were not used, permission fixes, container notes */
    notes: z.array(z.string()),
  }),
  rapl: z.object({ root: z.string(), zones: z.array(RaplZone) }).optional(),
  gpu_sampling: z
    .object({
      /** e.g. 'nvidia-smi --query-gpu stream, power.draw.instant, -lms 100; energy by trapezoid' */
      method: z.string(),
      fields: z.array(z.string()),
      interval_ms: z.number().positive(),
      per_process: z.enum(['pmon', 'compute-apps', 'nvml', 'amd', 'none']),
      /**
       * the GPU sensor of the chain in use: NVML (energy counter, else polled power), the nvidia-smi stream,
       * AMD SMI or ROCm SMI; absent with GPUs of both vendors (each with its own, said in sensors.gpu)
       */
      sensor: z.enum(['nvml', 'nvidia-smi', 'amdsmi', 'rocm-smi']).optional(),
    })
    .optional(),
  /** parameters of estimated components, so summarize can re-account from raw utilisation */
  estimate: z
    .object({
      cpu: PowerModel.optional(),
      dram: PowerModel.optional(),
      gpu: PowerModel.optional(),
      /** per GPU uuid: each GPU's own model (mixed models on one machine); `gpu` is the first GPU's */
      gpus: z.record(z.string(), PowerModel).optional(),
    })
    .optional(),
  attribution: z.object({
    /** how CPU time of exited children is kept, e.g. 'cutime+cstime of tree members' */
    children: z.string(),
    gpu_idle: z.string(),
    /**
     * 'process' (default): the step's share of each GPU from its processes' SM utilisation; 'exclusive':
     * the step is credited the whole energy of every GPU it can see (PIDs not visible, dedicated GPUs)
     */
    gpu_mode: z.enum(['process', 'exclusive']).optional(),
  }),
  carbon: CarbonContext,
  git: z.object({ sha: z.string().optional(), ref: z.string().optional() }).optional(),
  /** set when this log is one node of a multi-node run */
  node: NodeIdentity.omit({ footer: true }).optional(),
});
export type LogHeader = z.infer<typeof LogHeader>;

/** Per-GPU reading over one sampling interval. */
export const GpuSample = z.object({
  /** GPU uuid (never the CUDA_VISIBLE_DEVICES ordinal) */
  u: z.string(),
  /** mean power over the interval, W; null = no reading (gap) */
  w: z.number().nullable(),
  /** energy over the interval, J, integrated from the stream's readings; null = gap */
  j: z.number().nullable(),
  /** GPU utilisation %, null = unknown */
  util: z.number().nullable(),
  /** sum of SM % of the step's processes on this GPU; null = unknown */
  sm: z.number().nullable(),
  /** true when a process of the step's tree holds a context on this GPU */
  on: z.boolean(),
  /**
   * true when every process holding a context on this GPU over the interval belongs to the step's tree
   * (and one does): the step is the GPU's sole tenant and its share is 1, whatever the samples say.
   * Written only when true: absent means shared, or not known (old logs, sensors that cannot list processes).
   */
  sole: z.boolean().optional(),
});
export type GpuSample = z.infer<typeof GpuSample>;

export const LogSample = z.object({
  type: z.literal('sample'),
  /** seconds since start (monotonic clock), end of the interval */
  t: z.number().nonnegative(),
  /** interval length, s */
  dt: z.number().positive(),
  /** RAPL package energy of the machine over the interval, J (dies summed, wrap handled); null = not measured */
  pkg: z.number().nullable(),
  /** RAPL dram energy over the interval, J; null = not measured */
  dram: z.number().nullable(),
  /** /proc/stat deltas over the interval, in clock ticks summed over all CPUs */
  busy: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** CPU ticks of the step's process tree over the interval (exited children included) */
  tree: z.number().nonnegative(),
  /** resident memory of the tree, bytes, and memory in use on the machine, bytes */
  rss: z.number().nonnegative(),
  used: z.number().nonnegative(),
  /** processes in the tree at this tick */
  procs: z.number().int().nonnegative(),
  gpu: z.array(GpuSample).optional(),
});
export type LogSample = z.infer<typeof LogSample>;

export const LogIntensity = z.object({
  type: z.literal('intensity'),
  t: z.number().nonnegative(),
  g_per_kwh: z.number().nonnegative(),
  source: z.string(),
  kind: z.enum(['realtime', 'annual']),
});
export type LogIntensity = z.infer<typeof LogIntensity>;

export const LogEvent = z.object({
  type: z.literal('event'),
  t: z.number().nonnegative(),
  level: z.enum(['info', 'warning']),
  message: z.string(),
});
export type LogEvent = z.infer<typeof LogEvent>;

export const LogFooter = z.object({
  type: z.literal('footer'),
  ended_at: z.string(),
  duration_s: z.number().nonnegative(),
  exit_code: z.number().int().nullable(),
  signal: z.string().nullable(),
  samples: z.number().int().nonnegative(),
  /**
   * CPU time the meter's own process (every thread) used from its first read to the footer: busy ticks
   * that are neither the step's nor other load (absent in older logs)
   */
  meter_cpu_s: z.number().nonnegative().optional(),
});
export type LogFooter = z.infer<typeof LogFooter>;

export type LogLine = LogHeader | LogSample | LogIntensity | LogEvent | LogFooter;

// The parsed log in memory (header, samples column-wise, ...): RunLog in run-log.ts.
