// `joulecheck run [options] -- <command> [args...]`: meters a command (or, with --attach PID, an existing
// process tree until it exits or the meter is stopped). Options are validated before anything runs, so a
// typo never costs a run; the command's output goes straight to the terminal and its exit code is ours.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CARBON_PROVIDERS, type CarbonProvider } from '../carbon/providers/types.ts';
import { buildMeterContext } from '../run/meter-context.ts';
import type { MeterContext } from '../meter/sampling/sampler.ts';
import { humanSummary } from '../render/text.ts';
import { DEFAULTS as D } from '../model/defaults.ts';
import { DEFAULT_OPTIONS, GPU_ATTRIBUTIONS, GPU_SENSORS, type MeterOptions } from '../run/options.ts';
import { attachMetered, runMetered, type RunOutcome } from '../run/orchestrate.ts';
import {
  type Check,
  failure,
  INTENSITY,
  INTERVAL_MS,
  label as LABEL,
  nonEmpty,
  oneOf,
  PID,
  PUE,
  REPEAT,
  CLOUD_REGION,
  ZONE,
} from '../model/validate.ts';
import { type Command, type CommandIO, UsageError } from './types.ts';

const HELP = `usage: joulecheck run [options] -- <command> [args...]
       joulecheck run [options] --attach PID

Runs <command> under the meter (live output, its exit code kept; a signal death exits 128+N) and writes
<out>/<label>-<n>.log.ndjson and <out>/<label>-<n>.summary.json per repeat.

  --out DIR             output directory (default ${D.out.value})
  --label NAME          experiment name: letters, digits, '.', '_', '-' (default ${D.label.value})
  --repeat N            run the command N times, 1-100 (default ${D.repeat.value})
  --interval-ms N       sampling interval, 50-60000 ms (default ${D['interval-ms'].value})
  --pue X               data-centre PUE >= 1 (default: cloud region's published PUE, else 1.0)
  --region ZONE         grid zone, e.g. US-CAL-CISO, DE (see joulecheck regions)
  --cloud-region ID     cloud region, e.g. aws:us-east-1 (used when --region is not given)
  --intensity G         fixed carbon intensity override, gCO2eq/kWh, 0-2000
  --carbon-provider P   real-time intensity: electricitymaps, watttime or uk (token: JOULECHECK_CARBON_TOKEN)
  --powercap-root DIR   powercap sysfs root (default ${D['powercap-root'].value})
  --nvidia-smi PATH     nvidia-smi binary (default: the one on PATH; 'none' disables GPUs)
  --gpu-sensor S        auto, nvml, nvidia-smi, amdsmi, rocm-smi or none (default ${D['gpu-sensor'].value}: NVML when the
                        library loads and a GPU answers, else nvidia-smi; then AMD SMI, else ROCm SMI)
  --nvml-lib PATH       NVML library (default: the system loader's libnvidia-ml.so.1)
  --amd-smi-lib PATH    AMD SMI library (default: the system loader's libamd_smi.so)
  --rocm-smi-lib PATH   ROCm SMI library (default: the system loader's librocm_smi64.so.1)
  --gpu-attribution A   process (the step's SM share of each GPU) or exclusive (the whole energy of the GPUs
                        it can see: dedicated GPUs whose processes cannot be matched) (default ${D['gpu-attribution'].value})
  --attach PID          meter the existing process tree of PID until it exits or SIGINT/SIGTERM

multi-node runs (one meter per node; merge the node logs with joulecheck summarize --merge):
  --node NAME           this node's name: logs are <out>/<label>-<n>.<NAME>.log.ndjson
  --run-id ID           the id every node of the run shares (required with --node)
  --slurm-step          meter every task of this SLURM job step on this node (used by joulecheck srun;
                        NAME defaults to $SLURMD_NODENAME)
  In --powercap-root and --nvidia-smi, {node} stands for the node's name.
`;

export const RUN_OPTIONS = {
  out: { type: 'string' },
  label: { type: 'string' },
  repeat: { type: 'string' },
  'interval-ms': { type: 'string' },
  pue: { type: 'string' },
  region: { type: 'string' },
  'cloud-region': { type: 'string' },
  intensity: { type: 'string' },
  'carbon-provider': { type: 'string' },
  'powercap-root': { type: 'string' },
  'nvidia-smi': { type: 'string' },
  'gpu-sensor': { type: 'string' },
  'nvml-lib': { type: 'string' },
  'amd-smi-lib': { type: 'string' },
  'rocm-smi-lib': { type: 'string' },
  'gpu-attribution': { type: 'string' },
  attach: { type: 'string' },
  node: { type: 'string' },
  'run-id': { type: 'string' },
  'slurm-step': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Splits argv into options and the command: at `--`, else at the first token that is not an option. */
export function splitArgv(argv: string[]): { opts: string[]; command: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { opts: argv.slice(0, i), command: argv.slice(i + 1) };
    if (!a.startsWith('-')) return { opts: argv.slice(0, i), command: argv.slice(i) };
    const name = a.replace(/^--?/, '').split('=')[0]!;
    const spec = (RUN_OPTIONS as Record<string, { type: string } | undefined>)[name];
    if (spec?.type === 'string' && !a.includes('=')) i++; // skip its value
  }
  return { opts: argv, command: [] };
}

/** `--opt value` -> `--opt=value`, so a value starting with '-' (e.g. '--pue -1') gets validated, not refused. */
function joinValues(opts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < opts.length; i++) {
    const a = opts[i]!;
    const spec = a.startsWith('--') && !a.includes('=') ? (RUN_OPTIONS as Record<string, { type: string } | undefined>)[a.slice(2)] : undefined;
    if (spec?.type === 'string' && i + 1 < opts.length) out.push(`${a}=${opts[++i]}`);
    else out.push(a);
  }
  return out;
}

export interface ParsedRun {
  options: MeterOptions;
  command: string[];
  attach: number | null;
  help: boolean;
}

/** Parses and validates; throws UsageError naming the option and what was expected. */
export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv = {}): ParsedRun {
  const { opts, command } = splitArgv(argv);
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: joinValues(opts), options: RUN_OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(cleanParseError(err));
  }
  if (values.help) return { options: DEFAULT_OPTIONS, command, attach: null, help: true };
  function get<T>(name: keyof typeof RUN_OPTIONS, check: Check<T>, fallback: T): T {
    const raw = values[name];
    if (raw === undefined || typeof raw === 'boolean') return fallback;
    const c = check(raw);
    if (!c.ok) throw new UsageError(failure(`--${name}`, c.expected, raw));
    return c.value;
  }
  const provider = get<CarbonProvider | null>('carbon-provider', oneOf(CARBON_PROVIDERS), DEFAULT_OPTIONS.provider);
  const options: MeterOptions = {
    out: get('out', nonEmpty, DEFAULT_OPTIONS.out),
    label: get('label', LABEL, DEFAULT_OPTIONS.label),
    repeat: get('repeat', REPEAT, DEFAULT_OPTIONS.repeat),
    intervalMs: get('interval-ms', INTERVAL_MS, DEFAULT_OPTIONS.intervalMs),
    pue: get<number | null>('pue', PUE, DEFAULT_OPTIONS.pue),
    region: get<string | null>('region', ZONE, DEFAULT_OPTIONS.region),
    cloudRegion: get<string | null>('cloud-region', CLOUD_REGION, DEFAULT_OPTIONS.cloudRegion),
    intensity: get<number | null>('intensity', INTENSITY, DEFAULT_OPTIONS.intensity),
    provider,
    token: env.JOULECHECK_CARBON_TOKEN ?? DEFAULT_OPTIONS.token,
    powercapRoot: get('powercap-root', nonEmpty, DEFAULT_OPTIONS.powercapRoot),
    nvidiaSmi: get<string | null>('nvidia-smi', nonEmpty, DEFAULT_OPTIONS.nvidiaSmi),
    gpuSensor: get('gpu-sensor', oneOf(GPU_SENSORS), DEFAULT_OPTIONS.gpuSensor),
    nvmlLib: get<string | null>('nvml-lib', nonEmpty, DEFAULT_OPTIONS.nvmlLib),
    amdSmiLib: get<string | null>('amd-smi-lib', nonEmpty, DEFAULT_OPTIONS.amdSmiLib ?? null),
    rocmSmiLib: get<string | null>('rocm-smi-lib', nonEmpty, DEFAULT_OPTIONS.rocmSmiLib ?? null),
    gpuAttribution: get('gpu-attribution', oneOf(GPU_ATTRIBUTIONS), DEFAULT_OPTIONS.gpuAttribution),
  };
  const slurmStep = values['slurm-step'] === true;
  let nodeName = get<string | null>('node', LABEL, null);
  if (nodeName === null && slurmStep) {
    const fromEnv = env.SLURMD_NODENAME;
    if (!fromEnv) throw new UsageError('--slurm-step: SLURMD_NODENAME is not set (not inside a SLURM job step); give --node NAME');
    const c = LABEL(fromEnv);
    if (!c.ok) throw new UsageError(failure('SLURMD_NODENAME', c.expected, fromEnv));
    nodeName = c.value;
  }
  const runId = get<string | null>('run-id', LABEL, null);
  if (nodeName !== null && runId === null) throw new UsageError('--node needs --run-id ID: the id every node of the run shares');
  if (runId !== null && nodeName === null) throw new UsageError('--run-id needs --node NAME');
  if (nodeName !== null && runId !== null) {
    options.node = { name: nodeName, runId };
    // {node}: each node finds its own sensors (emulated nodes sharing one machine, per-node mounts)
    options.powercapRoot = options.powercapRoot.replaceAll('{node}', nodeName);
    if (options.nvidiaSmi !== null) options.nvidiaSmi = options.nvidiaSmi.replaceAll('{node}', nodeName);
  }
  options.slurmStep = slurmStep;
  const attach = get<number | null>('attach', PID, null);
  if (attach !== null && (nodeName !== null || slurmStep)) throw new UsageError('--attach cannot be used with --node or --slurm-step');
  if (attach !== null && command.length > 0) {
    throw new UsageError(`--attach meters an existing process; it takes no command, got '${command.join(' ')}'`);
  }
  if (attach !== null && options.repeat !== 1) throw new UsageError('--repeat cannot be used with --attach');
  if (attach === null && command.length === 0) {
    throw new UsageError('missing command: joulecheck run [options] -- <command> [args...]');
  }
  return { options, command, attach, help: false };
}

function cleanParseError(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  // node's messages: "Unknown option '--foo'. To specify a positional argument starting with a '-'..."
  const unknown = /Unknown option '([^']+)'/.exec(m);
  if (unknown) return `unknown option '${unknown[1]}' (see joulecheck run --help)`;
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(m);
  if (missing) return `${missing[1]} needs a value`;
  return m.split('. ')[0]!;
}

/** The meter context of a CLI command; carbon settings (an unknown region) fail as a usage error, before anything runs. */
export async function cliMeterContext(opts: MeterOptions, env: NodeJS.ProcessEnv): Promise<MeterContext> {
  try {
    return await buildMeterContext(opts, env);
  } catch (err) {
    const which = opts.region ? '--region' : opts.cloudRegion ? '--cloud-region' : '--intensity';
    throw new UsageError(`${which}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export const run: Command = async (argv, io) => {
  const parsed = parseRunArgs(argv, io.env);
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  const opts = { ...parsed.options, out: resolveFrom(io.cwd, parsed.options.out) };
  if (opts.slurmStep && parentName() !== 'slurmstepd') {
    // not under a SLURM step after all: meter this command alone rather than whatever our parent runs
    io.stderr(`joulecheck run: --slurm-step: the parent process is '${parentName()}', not slurmstepd; metering the command only\n`);
    opts.slurmStep = false;
  }
  const ctx = await cliMeterContext(opts, io.env);
  const rep = { info: (t: string) => io.stderr(t) };
  let outcome: RunOutcome;
  if (parsed.attach !== null) {
    outcome = await attachMetered(ctx, opts, parsed.attach, rep);
  } else {
    const [file, ...args] = parsed.command as [string, ...string[]];
    outcome = await runMetered(ctx, opts, { file, args, cwd: io.cwd, env: io.env, display: parsed.command }, rep);
  }
  for (const r of outcome.runs) {
    // a node of `joulecheck srun`: the runner prints the merged summary and one line per node
    if (r.summary && opts.slurmStep) continue;
    if (r.summary) io.stderr(humanSummary(r.summary, { log: r.log, summary: r.summaryPath }));
    else io.stderr(`joulecheck: run ${r.n}: no summary (raw log ${r.log})\n`);
  }
  return outcome.exitCode;
};

function parentName(): string {
  try {
    return readFileSync(`/proc/${process.ppid}/comm`, 'utf8').trim();
  } catch {
    return 'unknown';
  }
}

function resolveFrom(cwd: string, p: string): string {
  return p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p}`;
}

export type { CommandIO };
