import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  CARBON_PROVIDERS,
  CLOUD_REGION,
  DEFAULTS,
  DEFAULT_OPTIONS,
  GPU_ATTRIBUTIONS,
  GPU_SENSORS,
  INTENSITY,
  INTERVAL_MS,
  InputError,
  PID,
  PUE,
  REPEAT,
  ZONE,
  attachMetered,
  buildMeterContext,
  failure,
  humanSummary,
  label,
  nonEmpty,
  oneOf,
  runMetered
} from "./chunk-IZ2DSWQD.js";

// src/cli/types.ts
var UsageError = class extends Error {
  name = "UsageError";
};
async function asUsageError(read) {
  try {
    return await read();
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
}

// src/cli/run.ts
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
var HELP = `usage: joulecheck run [options] -- <command> [args...]
       joulecheck run [options] --attach PID

Runs <command> under the meter (live output, its exit code kept; a signal death exits 128+N) and writes
<out>/<label>-<n>.log.ndjson and <out>/<label>-<n>.summary.json per repeat.

  --out DIR             output directory (default ${DEFAULTS.out.value})
  --label NAME          experiment name: letters, digits, '.', '_', '-' (default ${DEFAULTS.label.value})
  --repeat N            run the command N times, 1-100 (default ${DEFAULTS.repeat.value})
  --interval-ms N       sampling interval, 50-60000 ms (default ${DEFAULTS["interval-ms"].value})
  --pue X               data-centre PUE >= 1 (default: cloud region's published PUE, else 1.0)
  --region ZONE         grid zone, e.g. US-CAL-CISO, DE (see joulecheck regions)
  --cloud-region ID     cloud region, e.g. aws:us-east-1 (used when --region is not given)
  --intensity G         fixed carbon intensity override, gCO2eq/kWh, 0-2000
  --carbon-provider P   real-time intensity: electricitymaps, watttime or uk (token: JOULECHECK_CARBON_TOKEN)
  --powercap-root DIR   powercap sysfs root (default ${DEFAULTS["powercap-root"].value})
  --nvidia-smi PATH     nvidia-smi binary (default: the one on PATH; 'none' disables GPUs)
  --gpu-sensor S        auto, nvml, nvidia-smi, amdsmi, rocm-smi or none (default ${DEFAULTS["gpu-sensor"].value}: NVML when the
                        library loads and a GPU answers, else nvidia-smi; then AMD SMI, else ROCm SMI)
  --nvml-lib PATH       NVML library (default: the system loader's libnvidia-ml.so.1)
  --amd-smi-lib PATH    AMD SMI library (default: the system loader's libamd_smi.so)
  --rocm-smi-lib PATH   ROCm SMI library (default: the system loader's librocm_smi64.so.1)
  --gpu-attribution A   process (the step's SM share of each GPU) or exclusive (the whole energy of the GPUs
                        it can see: dedicated GPUs whose processes cannot be matched) (default ${DEFAULTS["gpu-attribution"].value})
  --attach PID          meter the existing process tree of PID until it exits or SIGINT/SIGTERM

multi-node runs (one meter per node; merge the node logs with joulecheck summarize --merge):
  --node NAME           this node's name: logs are <out>/<label>-<n>.<NAME>.log.ndjson
  --run-id ID           the id every node of the run shares (required with --node)
  --slurm-step          meter every task of this SLURM job step on this node (used by joulecheck srun;
                        NAME defaults to $SLURMD_NODENAME)
  In --powercap-root and --nvidia-smi, {node} stands for the node's name.
`;
var RUN_OPTIONS = {
  out: { type: "string" },
  label: { type: "string" },
  repeat: { type: "string" },
  "interval-ms": { type: "string" },
  pue: { type: "string" },
  region: { type: "string" },
  "cloud-region": { type: "string" },
  intensity: { type: "string" },
  "carbon-provider": { type: "string" },
  "powercap-root": { type: "string" },
  "nvidia-smi": { type: "string" },
  "gpu-sensor": { type: "string" },
  "nvml-lib": { type: "string" },
  "amd-smi-lib": { type: "string" },
  "rocm-smi-lib": { type: "string" },
  "gpu-attribution": { type: "string" },
  attach: { type: "string" },
  node: { type: "string" },
  "run-id": { type: "string" },
  "slurm-step": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function splitArgv(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return { opts: argv.slice(0, i), command: argv.slice(i + 1) };
    if (!a.startsWith("-")) return { opts: argv.slice(0, i), command: argv.slice(i) };
    const name = a.replace(/^--?/, "").split("=")[0];
    const spec = RUN_OPTIONS[name];
    if (spec?.type === "string" && !a.includes("=")) i++;
  }
  return { opts: argv, command: [] };
}
function joinValues(opts) {
  const out = [];
  for (let i = 0; i < opts.length; i++) {
    const a = opts[i];
    const spec = a.startsWith("--") && !a.includes("=") ? RUN_OPTIONS[a.slice(2)] : void 0;
    if (spec?.type === "string" && i + 1 < opts.length) out.push(`${a}=${opts[++i]}`);
    else out.push(a);
  }
  return out;
}
function parseRunArgs(argv, env = {}) {
  const { opts, command } = splitArgv(argv);
  let values;
  try {
    values = parseArgs({ args: joinValues(opts), options: RUN_OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(cleanParseError(err));
  }
  if (values.help) return { options: DEFAULT_OPTIONS, command, attach: null, help: true };
  function get(name, check, fallback) {
    const raw = values[name];
    if (raw === void 0 || typeof raw === "boolean") return fallback;
    const c = check(raw);
    if (!c.ok) throw new UsageError(failure(`--${name}`, c.expected, raw));
    return c.value;
  }
  const provider = get("carbon-provider", oneOf(CARBON_PROVIDERS), DEFAULT_OPTIONS.provider);
  const options = {
    out: get("out", nonEmpty, DEFAULT_OPTIONS.out),
    label: get("label", label, DEFAULT_OPTIONS.label),
    repeat: get("repeat", REPEAT, DEFAULT_OPTIONS.repeat),
    intervalMs: get("interval-ms", INTERVAL_MS, DEFAULT_OPTIONS.intervalMs),
    pue: get("pue", PUE, DEFAULT_OPTIONS.pue),
    region: get("region", ZONE, DEFAULT_OPTIONS.region),
    cloudRegion: get("cloud-region", CLOUD_REGION, DEFAULT_OPTIONS.cloudRegion),
    intensity: get("intensity", INTENSITY, DEFAULT_OPTIONS.intensity),
    provider,
    token: env.JOULECHECK_CARBON_TOKEN ?? DEFAULT_OPTIONS.token,
    powercapRoot: get("powercap-root", nonEmpty, DEFAULT_OPTIONS.powercapRoot),
    nvidiaSmi: get("nvidia-smi", nonEmpty, DEFAULT_OPTIONS.nvidiaSmi),
    gpuSensor: get("gpu-sensor", oneOf(GPU_SENSORS), DEFAULT_OPTIONS.gpuSensor),
    nvmlLib: get("nvml-lib", nonEmpty, DEFAULT_OPTIONS.nvmlLib),
    amdSmiLib: get("amd-smi-lib", nonEmpty, DEFAULT_OPTIONS.amdSmiLib ?? null),
    rocmSmiLib: get("rocm-smi-lib", nonEmpty, DEFAULT_OPTIONS.rocmSmiLib ?? null),
    gpuAttribution: get("gpu-attribution", oneOf(GPU_ATTRIBUTIONS), DEFAULT_OPTIONS.gpuAttribution)
  };
  const slurmStep = values["slurm-step"] === true;
  let nodeName = get("node", label, null);
  if (nodeName === null && slurmStep) {
    const fromEnv = env.SLURMD_NODENAME;
    if (!fromEnv) throw new UsageError("--slurm-step: SLURMD_NODENAME is not set (not inside a SLURM job step); give --node NAME");
    const c = label(fromEnv);
    if (!c.ok) throw new UsageError(failure("SLURMD_NODENAME", c.expected, fromEnv));
    nodeName = c.value;
  }
  const runId = get("run-id", label, null);
  if (nodeName !== null && runId === null) throw new UsageError("--node needs --run-id ID: the id every node of the run shares");
  if (runId !== null && nodeName === null) throw new UsageError("--run-id needs --node NAME");
  if (nodeName !== null && runId !== null) {
    options.node = { name: nodeName, runId };
    options.powercapRoot = options.powercapRoot.replaceAll("{node}", nodeName);
    if (options.nvidiaSmi !== null) options.nvidiaSmi = options.nvidiaSmi.replaceAll("{node}", nodeName);
  }
  options.slurmStep = slurmStep;
  const attach = get("attach", PID, null);
  if (attach !== null && (nodeName !== null || slurmStep)) throw new UsageError("--attach cannot be used with --node or --slurm-step");
  if (attach !== null && command.length > 0) {
    throw new UsageError(`--attach meters an existing process; it takes no command, got '${command.join(" ")}'`);
  }
  if (attach !== null && options.repeat !== 1) throw new UsageError("--repeat cannot be used with --attach");
  if (attach === null && command.length === 0) {
    throw new UsageError("missing command: joulecheck run [options] -- <command> [args...]");
  }
  return { options, command, attach, help: false };
}
function cleanParseError(err) {
  const m = err instanceof Error ? err.message : String(err);
  const unknown = /Unknown option '([^']+)'/.exec(m);
  if (unknown) return `unknown option '${unknown[1]}' (see joulecheck run --help)`;
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(m);
  if (missing) return `${missing[1]} needs a value`;
  return m.split(". ")[0];
}
async function cliMeterContext(opts, env) {
  try {
    return await buildMeterContext(opts, env);
  } catch (err) {
    const which = opts.region ? "--region" : opts.cloudRegion ? "--cloud-region" : "--intensity";
    throw new UsageError(`${which}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
var run = async (argv, io) => {
  const parsed = parseRunArgs(argv, io.env);
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  const opts = { ...parsed.options, out: resolveFrom(io.cwd, parsed.options.out) };
  if (opts.slurmStep && parentName() !== "slurmstepd") {
    io.stderr(`joulecheck run: --slurm-step: the parent process is '${parentName()}', not slurmstepd; metering the command only
`);
    opts.slurmStep = false;
  }
  const ctx = await cliMeterContext(opts, io.env);
  const rep = { info: (t) => io.stderr(t) };
  let outcome;
  if (parsed.attach !== null) {
    outcome = await attachMetered(ctx, opts, parsed.attach, rep);
  } else {
    const [file, ...args] = parsed.command;
    outcome = await runMetered(ctx, opts, { file, args, cwd: io.cwd, env: io.env, display: parsed.command }, rep);
  }
  for (const r of outcome.runs) {
    if (r.summary && opts.slurmStep) continue;
    if (r.summary) io.stderr(humanSummary(r.summary, { log: r.log, summary: r.summaryPath }));
    else io.stderr(`joulecheck: run ${r.n}: no summary (raw log ${r.log})
`);
  }
  return outcome.exitCode;
};
function parentName() {
  try {
    return readFileSync(`/proc/${process.ppid}/comm`, "utf8").trim();
  } catch {
    return "unknown";
  }
}
function resolveFrom(cwd, p) {
  return p.startsWith("/") ? p : `${cwd.replace(/\/$/, "")}/${p}`;
}

export {
  UsageError,
  asUsageError,
  RUN_OPTIONS,
  parseRunArgs,
  cliMeterContext,
  run
};
