#!/usr/bin/env node
import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  mergeRun,
  runAb,
  runSrun
} from "./chunks/chunk-OT5RSX67.js";
import {
  CompareInputError,
  DEFAULT_ALPHA,
  DEFAULT_MIN_EFFECT,
  DoctorReport,
  GPU_SENSOR_MODES,
  SummaryFileError,
  buildAppendix,
  buildLeaderboard,
  buildStatement,
  compareSummaries,
  doctorExitCode,
  estimateEmissions,
  expandInputs,
  formatStatement,
  leaderboardHtml,
  leaderboardMarkdown,
  noRunsError,
  readSummaries,
  readSummaryFile,
  renderComparisonMarkdown,
  renderDoctorText,
  runDoctor,
  verdictOutput,
  whatIfRows
} from "./chunks/chunk-FM4KB3IW.js";
import {
  RUN_OPTIONS,
  UsageError,
  asUsageError,
  cliMeterContext,
  parseRunArgs,
  run
} from "./chunks/chunk-ZS6C5SPQ.js";
import {
  AB_METRICS,
  AB_ORDERS,
  ALPHA_RANGE,
  CLOUD,
  DEFAULTS,
  DEFAULT_MAX_LOG_BYTES,
  InputError,
  MIN_EFFECT_RANGE,
  PAIRS,
  PUE,
  RunLogError,
  VERSION,
  WARMUP,
  ZONES,
  cloudSuggestions,
  describeRange,
  failure,
  findGpu,
  formatDuration,
  formatEnergy,
  formatGrams,
  formatKwh,
  humanSummary,
  inRange,
  makeOutDir,
  nodesPhrase,
  nonEmpty,
  number,
  oneOf,
  parseNodeLogName,
  readLogHeader,
  readRunLog,
  resolveCarbon,
  sig,
  summarize,
  zoneSuggestions
} from "./chunks/chunk-IZ2DSWQD.js";
import "./chunks/chunk-ZT36PZ5S.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/cli/ab.ts
import { statSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/cli/compare.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
var EXIT_REGRESSION = 3;
var HELP = `usage: joulecheck compare --base <summary files or dirs>... --head <summary files or dirs>... [options]

Compares the runs of a change (head) with the base branch's runs, metric by metric: energy (total and per
component), CO2eq, duration and mean power. Welch's t-test and Mann-Whitney U when both sides have >= 2 runs,
a prediction interval for 1 run against >= 3, Holm-adjusted; the relative change with a Fieller CI.

  --base PATH...          summaries (*.summary.json) or directories of them, from the base branch
  --head PATH...          summaries or directories, from the change
  --format markdown|json  output format (default markdown: the PR comment body)
  --alpha P               significance level, 0 < P < 0.5 (default ${DEFAULT_ALPHA}); the CI level is 1 - alpha
  --min-effect F          smallest relative change that counts, 0.02 or 2% (default ${DEFAULT_MIN_EFFECT})
  --label NAME            compare only runs with this label (needed when the inputs mix labels)
  --title TEXT            heading of the Markdown output
  --out FILE              write to FILE instead of stdout
  --fail-on-regression    exit ${EXIT_REGRESSION} when the energy verdict is a regression
`;
async function readSummaryInputs(paths, cwd, what) {
  let found;
  try {
    found = await expandInputs(paths, cwd);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${what}: ${err.message}`);
    throw err;
  }
  if (found.logs.length > 0 && found.summaries.length === 0) {
    throw new InputError(
      `${what}: ${found.logs.length} run log(s) but no summaries (e.g. '${relative(cwd, found.logs[0])}'); compare reads *.summary.json files: run \`joulecheck summarize\` on the logs first`
    );
  }
  if (found.summaries.length === 0) {
    throw new InputError(`${what}: no *.summary.json files in ${paths.map((p) => `'${p}'`).join(", ")}`);
  }
  const summaries = [];
  for (const file of found.summaries) summaries.push(await readSummaryFile(file, relative(cwd, file)));
  return { summaries, files: found.summaries.map((f) => relative(cwd, f)) };
}
function parseFraction(name, raw, fallback, range, example) {
  if (raw === void 0) return fallback;
  const pct = raw.trim().endsWith("%");
  const x = Number(pct ? raw.trim().slice(0, -1) : raw);
  const v = pct ? x / 100 : x;
  if (raw.trim() === "" || !inRange(v, range)) {
    throw new UsageError(`${name} expects a fraction ${describeRange(range).replace(/^a number /, "")} (e.g. ${example}), got '${raw}'`);
  }
  return v;
}
function parse(argv) {
  const { values, tokens } = parseArgs({
    args: argv,
    options: {
      base: { type: "string", multiple: true },
      head: { type: "string", multiple: true },
      format: { type: "string" },
      alpha: { type: "string" },
      "min-effect": { type: "string" },
      label: { type: "string" },
      title: { type: "string" },
      out: { type: "string" },
      "fail-on-regression": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: true,
    tokens: true,
    strict: true
  });
  const base = [];
  const head = [];
  let current;
  for (const t of tokens) {
    if (t.kind === "option") {
      current = t.name === "base" ? base : t.name === "head" ? head : void 0;
      if (current && t.value !== void 0) current.push(t.value);
    } else if (t.kind === "positional") {
      if (!current) throw new UsageError(`'${t.value}' follows no --base or --head; paths go after one of them`);
      current.push(t.value);
    }
  }
  return { values, base, head };
}
var compare = async (argv, io2) => {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${err.message}

${HELP}`);
  }
  const { values, base, head } = parsed;
  if (values.help) {
    io2.stdout(HELP);
    return 0;
  }
  if (base.length === 0 || head.length === 0) {
    throw new UsageError(`both --base and --head are required (summary files or directories)

${HELP}`);
  }
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json") throw new UsageError(`--format must be markdown or json, got '${format}'`);
  const alpha = parseFraction("--alpha", values.alpha, DEFAULT_ALPHA, ALPHA_RANGE, "0.05 or 5%");
  const minEffect = parseFraction("--min-effect", values["min-effect"], DEFAULT_MIN_EFFECT, MIN_EFFECT_RANGE, "0.02 or 2%");
  const b = await readSummaryInputs(base, io2.cwd, "--base");
  const h = await readSummaryInputs(head, io2.cwd, "--head");
  let comparison;
  try {
    comparison = compareSummaries(b.summaries, h.summaries, {
      alpha,
      minEffect,
      ...values.label !== void 0 ? { label: values.label } : {},
      files: { base: b.files, head: h.files }
    });
  } catch (err) {
    if (err instanceof CompareInputError) throw new UsageError(err.message);
    throw err;
  }
  const text = format === "json" ? JSON.stringify(comparison, null, 2) + "\n" : renderComparisonMarkdown(comparison, values.title !== void 0 ? { title: values.title } : {});
  if (values.out !== void 0) {
    const out = resolve(io2.cwd, values.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
    const m = comparison.metrics.find((x) => x.id === "energy_total");
    io2.stderr(`joulecheck compare: energy ${verdictOutput(m.verdict)} (base n=${m.base.n}, head n=${m.head.n}); wrote ${values.out}
`);
  } else {
    io2.stdout(text);
  }
  return values["fail-on-regression"] && comparison.headline.verdict === "regression" ? EXIT_REGRESSION : 0;
};

// src/cli/ab.ts
var EXIT_REGRESSION2 = 3;
var HELP2 = `usage: joulecheck ab --base-dir DIR --head-dir DIR [options] [run options] -- <command> [args...]

Runs <command> in the base and the head working directories, interleaved on this machine (ABBA: B H H B
B H H B ...), each run metered like 'joulecheck run', and compares them as pairs: per pair the log ratio
head/base, paired t-test and Wilcoxon signed-rank, Holm across metrics, the change with its CI.
Writes <out>/base/<label>-<n>.*, <out>/head/<label>-<n>.* (warm-ups included, marked in their logs),
<out>/comparison.json and <out>/comparison.md; prints the comparison.

  --base-dir DIR          working tree of the base (e.g. a git worktree of the merge base)
  --head-dir DIR          working tree of the change
  --pairs N               measured pairs, 2-50 (default ${DEFAULTS.pairs.value})
  --order abba|alternate  run order (default ${DEFAULTS.order.value}: cancels a linear drift)
  --warmup N              warm-up runs per side, 0-10, metered but left out of the statistics (default ${DEFAULTS.warmup.value})
  --ab-metric active|attributed
                          the energy the verdict is about (default ${DEFAULTS["ab-metric"].value}): active, the step's share of the
                          energy above the machine's idle power, which other load on the runner does not move;
                          attributed, Henderson's split of the machine's energy (both are shown)
  --setup CMD             shell command run once in each directory before anything is metered
  --format markdown|json  what to print (default markdown; json prints comparison.json)
  --alpha P               significance level, 0 < P < 0.5 (default ${DEFAULT_ALPHA})
  --min-effect F          smallest relative change that counts, 0.02 or 2% (default ${DEFAULT_MIN_EFFECT})
  --fail-on-regression    exit ${EXIT_REGRESSION2} when the energy verdict is a regression

Run options (see joulecheck run --help): --out, --label, --interval-ms, --pue, --region, --cloud-region,
--intensity, --carbon-provider, --powercap-root, --nvidia-smi. --repeat and --attach do not apply.

Exit code: 0; a failing run's own code (the message names the side and run); ${EXIT_REGRESSION2} with
--fail-on-regression on a regression; 2 for bad options.
`;
var AB_OPTIONS = {
  "base-dir": "string",
  "head-dir": "string",
  pairs: "string",
  order: "string",
  warmup: "string",
  "ab-metric": "string",
  setup: "string",
  format: "string",
  alpha: "string",
  "min-effect": "string",
  "fail-on-regression": "boolean",
  help: "boolean"
};
function isRunString(name) {
  return RUN_OPTIONS[name]?.type === "string";
}
function split(argv) {
  const ab2 = /* @__PURE__ */ new Map();
  const run2 = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return { ab: ab2, run: run2, command: argv.slice(i + 1) };
    if (!a.startsWith("-")) return { ab: ab2, run: run2, command: argv.slice(i) };
    const eq = a.indexOf("=");
    const body = a.replace(/^--?/, "");
    const name = eq > 0 ? body.slice(0, body.indexOf("=")) : body;
    const kind = a === "-h" ? "boolean" : AB_OPTIONS[name];
    if (kind !== void 0 && a.startsWith(a === "-h" ? "-" : "--")) {
      if (kind === "boolean") {
        if (eq > 0) throw new UsageError(`--${name} takes no value`);
        ab2.set(a === "-h" ? "help" : name, true);
      } else if (eq > 0) ab2.set(name, a.slice(eq + 1));
      else if (i + 1 < argv.length && argv[i + 1] !== "--") ab2.set(name, argv[++i]);
      else throw new UsageError(`--${name} needs a value`);
      continue;
    }
    if (name === "repeat") throw new UsageError("--repeat does not apply to ab: use --pairs N (and --warmup N)");
    if (name === "attach") throw new UsageError("--attach does not apply to ab: ab runs the command itself in both directories");
    run2.push(a);
    if (eq < 0 && isRunString(name) && i + 1 < argv.length && argv[i + 1] !== "--") run2.push(argv[++i]);
  }
  return { ab: ab2, run: run2, command: [] };
}
function directory(name, raw, cwd) {
  if (raw === void 0) throw new UsageError(`${name} is required: the working directory of the ${name === "--base-dir" ? "base" : "head"}`);
  const dir = resolve2(cwd, String(raw));
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`${name} must be an existing directory, got '${raw}'`);
  return dir;
}
function parseAbArgs(argv, cwd, env = {}) {
  const { ab: ab2, run: run2, command } = split(argv);
  const help = ab2.get("help") === true;
  const runParsed = parseRunArgs([...run2, "--", ...command.length ? command : help ? ["true"] : []], env);
  if (help) return { options: runParsed.options, ab: { baseDir: "", headDir: "", pairs: DEFAULTS.pairs.value, order: DEFAULTS.order.value, warmup: DEFAULTS.warmup.value, setup: DEFAULTS.setup.value }, format: "markdown", failOnRegression: false, command, help };
  function get(name, check2, fallback) {
    const raw = ab2.get(name);
    if (raw === void 0 || raw === true) return fallback;
    const c = check2(raw);
    if (!c.ok) throw new UsageError(failure(`--${name}`, c.expected, raw));
    return c.value;
  }
  const baseDir = directory("--base-dir", ab2.get("base-dir"), cwd);
  const headDir = directory("--head-dir", ab2.get("head-dir"), cwd);
  if (baseDir === headDir) throw new UsageError(`--base-dir and --head-dir must be two different directories, both are '${baseDir}'`);
  const settings = {
    baseDir,
    headDir,
    pairs: get("pairs", PAIRS, DEFAULTS.pairs.value),
    order: get("order", oneOf(AB_ORDERS), DEFAULTS.order.value),
    warmup: get("warmup", WARMUP, DEFAULTS.warmup.value),
    metric: get("ab-metric", oneOf(AB_METRICS), DEFAULTS["ab-metric"].value),
    setup: get("setup", nonEmpty, DEFAULTS.setup.value),
    alpha: parseFraction("--alpha", ab2.get("alpha"), DEFAULT_ALPHA, ALPHA_RANGE, "0.05 or 5%"),
    minEffect: parseFraction("--min-effect", ab2.get("min-effect"), DEFAULT_MIN_EFFECT, MIN_EFFECT_RANGE, "0.02 or 2%")
  };
  const format = get("format", oneOf(["markdown", "json"]), "markdown");
  if (command.length === 0) throw new UsageError("missing command: joulecheck ab --base-dir DIR --head-dir DIR [options] -- <command> [args...]");
  return { options: runParsed.options, ab: settings, format, failOnRegression: ab2.get("fail-on-regression") === true, command, help: false };
}
var ab = async (argv, io2) => {
  const parsed = parseAbArgs(argv, io2.cwd, io2.env);
  if (parsed.help) {
    io2.stdout(HELP2);
    return 0;
  }
  const opts = { ...parsed.options, out: resolve2(io2.cwd, parsed.options.out) };
  const ctx = await cliMeterContext(opts, io2.env);
  const outcome = await runAb(ctx, opts, parsed.ab, parsed.command, { info: (t) => io2.stderr(t) }, io2.env);
  if (!outcome.comparison) return outcome.exitCode === 0 ? 1 : outcome.exitCode;
  io2.stdout(parsed.format === "json" ? JSON.stringify(outcome.comparison, null, 2) + "\n" : await readText(outcome.files.markdown));
  const c = outcome.comparison;
  const e = c.metrics.find((m) => m.id === c.headline.metric);
  io2.stderr(`joulecheck ab: ${c.headline.metric === "energy_active" ? "active energy" : "energy"} ${e.verdict.replace(/_/g, " ")} over ${e.base.n} pairs; wrote ${outcome.files.json} and ${outcome.files.markdown}
`);
  return parsed.failOnRegression && outcome.comparison.headline.verdict === "regression" ? EXIT_REGRESSION2 : 0;
};
async function readText(path) {
  const { readFile } = await import("node:fs/promises");
  return readFile(path, "utf8");
}

// src/cli/args.ts
import { parseArgs as parseArgs2 } from "node:util";
var HELP_OPTION = { help: { type: "boolean", short: "h", default: false } };
function parseCommandArgs(argv, options, help, { positionals = true } = {}) {
  try {
    return parseArgs2({ args: argv, options: { ...options, ...HELP_OPTION }, allowPositionals: positionals, strict: true });
  } catch (err) {
    throw new UsageError(`${err.message}
${help}`);
  }
}

// src/cli/appendix.ts
var HELP3 = `usage: joulecheck appendix <log.ndjson|summary.json|dir>... --out DIR [--title TEXT] [--cloud-region ID] [--history FILE]

Writes DIR/index.html: one self-contained page (no network at view time) with the hardware and sensors
found, a run table, energy per run with its spread, power over time per component, and the carbon statement.
--cloud-region ID (the runner's) makes the what-if line name that provider's lowest-intensity regions.
--history FILE (joulecheck/history@1, as kept on the badge branch) adds the trend per commit.
`;
var appendix = async (argv, io2) => {
  const parsed = parseCommandArgs(
    argv,
    {
      out: { type: "string" },
      title: { type: "string" },
      "cloud-region": { type: "string" },
      history: { type: "string" }
    },
    HELP3
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io2.stdout(HELP3);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one run log, summary or directory
${HELP3}`);
  if (!values.out) throw new UsageError(`--out DIR is required
${HELP3}`);
  const out = values.out;
  const built = await asUsageError(
    () => buildAppendix({
      inputs: positionals,
      out,
      cwd: io2.cwd,
      toolVersion: VERSION,
      ...values.title ? { title: values.title } : {},
      cloudRegion: values["cloud-region"] ?? null,
      history: values.history ?? null
    })
  );
  for (const w of built.warnings) io2.stderr(`warning: ${w}
`);
  io2.stdout(`appendix: ${built.runs} run(s) -> ${built.file} (${(built.bytes / 1024).toFixed(0)} KiB)
`);
  return 0;
};

// src/cli/doctor.ts
var HELP4 = `usage: joulecheck doctor [--format text|json] [--powercap-root DIR] [--nvidia-smi PATH]
                         [--gpu-sensor auto|nvml|nvidia-smi|amdsmi|rocm-smi|none] [--nvml-lib PATH]
                         [--amd-smi-lib PATH] [--rocm-smi-lib PATH] [--load SECONDS]

Checks, as this user on this machine, every sensor a metered run would use (RAPL, NVML, nvidia-smi,
/proc) and prints the exact fix for each problem.

  --format text|json    default text; json is {"schema": "joulecheck/doctor@1", "checks": [...]}
  --powercap-root DIR   powercap sysfs root (default ${DEFAULTS["powercap-root"].value})
  --nvidia-smi PATH     nvidia-smi binary (default: the one on PATH)
  --gpu-sensor MODE     auto, nvml, nvidia-smi, amdsmi, rocm-smi or none (default ${DEFAULTS["gpu-sensor"].value}: NVML, else
                        nvidia-smi; then AMD SMI, else ROCm SMI)
  --nvml-lib PATH       NVML library (default: the system loader's libnvidia-ml.so.1)
  --amd-smi-lib PATH    AMD SMI library (default: the system loader's libamd_smi.so)
  --rocm-smi-lib PATH   ROCm SMI library (default: the system loader's librocm_smi64.so.1)
  --load SECONDS        run a CPU load this long (0.5-60) and check that every sensor moves
Exit code: 0 every component present will be measured; 1 some will be estimated or is broken; 2 usage.
`;
var LOAD = number({ min: 0.5, max: 60 });
var doctor = async (argv, io2) => {
  const { values: v } = parseCommandArgs(
    argv,
    {
      format: { type: "string", default: "text" },
      "powercap-root": { type: "string", default: DEFAULTS["powercap-root"].value },
      "nvidia-smi": { type: "string" },
      "gpu-sensor": { type: "string", default: DEFAULTS["gpu-sensor"].value },
      "nvml-lib": { type: "string" },
      "amd-smi-lib": { type: "string" },
      "rocm-smi-lib": { type: "string" },
      load: { type: "string" }
    },
    HELP4,
    { positionals: false }
  );
  if (v.help) {
    io2.stdout(HELP4);
    return 0;
  }
  const fmt = oneOf(["text", "json"])(v.format);
  if (!fmt.ok) throw new UsageError(failure("--format", fmt.expected, v.format));
  const mode = oneOf(GPU_SENSOR_MODES)(v["gpu-sensor"]);
  if (!mode.ok) throw new UsageError(failure("--gpu-sensor", mode.expected, v["gpu-sensor"]));
  let loadSeconds = null;
  if (v.load !== void 0) {
    const l = LOAD(v.load);
    if (!l.ok) throw new UsageError(failure("--load", `${l.expected} (seconds)`, v.load));
    loadSeconds = l.value;
  }
  for (const k of ["powercap-root", "nvidia-smi", "nvml-lib", "amd-smi-lib", "rocm-smi-lib"])
    if (v[k] !== void 0 && v[k].trim() === "") throw new UsageError(failure(`--${k}`, "a path", v[k]));
  const report = DoctorReport.parse(
    await runDoctor({
      powercapRoot: v["powercap-root"],
      nvidiaSmi: v["nvidia-smi"] ?? null,
      gpuSensor: mode.value,
      nvmlLib: v["nvml-lib"] ?? null,
      amdSmiLib: v["amd-smi-lib"] ?? null,
      rocmSmiLib: v["rocm-smi-lib"] ?? null,
      loadSeconds,
      env: io2.env
    })
  );
  io2.stdout(fmt.value === "json" ? JSON.stringify(report, null, 2) + "\n" : renderDoctorText(report));
  return doctorExitCode(report);
};

// src/cli/estimate.ts
var HELP5 = `usage: joulecheck estimate --gpu NAME [--count N] --hours H (--region ZONE | --cloud-region ID) [--pue X] [--format text|json]

  --gpu NAME          GPU model as nvidia-smi names it (e.g. "A100 SXM4 80 GB", "Tesla V100-SXM2-32GB")
  --count N           number of GPUs (default 1)
  --hours H           wall-clock hours
  --region ZONE       grid zone (see: joulecheck regions)
  --cloud-region ID   cloud region, e.g. aws:us-east-1 (its published PUE is used unless --pue is given)
  --pue X             data-centre PUE (default: the cloud region's published PUE, else 1.0)
  --format text|json  default text
The estimate assumes the GPUs draw their TDP the whole time (CPU and memory not counted).
`;
var COUNT = number({ integer: true, min: 1, max: 1e5 });
var HOURS = number({ above: 0, max: 1e6 });
function check(name, c, raw) {
  const r = c(raw);
  if (!r.ok) throw new UsageError(failure(name, r.expected, raw));
  return r.value;
}
var estimate = async (argv, io2) => {
  const parsed = parseCommandArgs(
    argv,
    {
      gpu: { type: "string" },
      count: { type: "string", default: "1" },
      hours: { type: "string" },
      region: { type: "string" },
      "cloud-region": { type: "string" },
      pue: { type: "string" },
      format: { type: "string", default: "text" }
    },
    HELP5,
    { positionals: false }
  );
  const v = parsed.values;
  if (v.help) {
    io2.stdout(HELP5);
    return 0;
  }
  if (v.format !== "text" && v.format !== "json") throw new UsageError(failure("--format", "'text' or 'json'", v.format));
  if (!v.gpu) throw new UsageError(`--gpu NAME is required
${HELP5}`);
  if (v.hours === void 0) throw new UsageError(`--hours H is required
${HELP5}`);
  if (v.region === void 0 && v["cloud-region"] === void 0) throw new UsageError(`one of --region ZONE or --cloud-region ID is required
${HELP5}`);
  if (v.region !== void 0 && v["cloud-region"] !== void 0) throw new UsageError("give --region or --cloud-region, not both");
  const count = check("--count", COUNT, v.count);
  const hours = check("--hours", HOURS, v.hours);
  const pueGiven = v.pue === void 0 ? null : check("--pue", PUE, v.pue);
  const { match, suggestions } = findGpu(v.gpu);
  if (!match) {
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `'${s.name}'`).join(", ")}?` : "";
    throw new UsageError(`unknown GPU '${v.gpu}'${hint} (the table is hardware/gpu-tdp.json)`);
  }
  let carbon;
  try {
    carbon = v.region !== void 0 ? resolveCarbon({ region: v.region }) : resolveCarbon({ cloudRegion: v["cloud-region"] ?? null });
  } catch (err) {
    throw new UsageError(err.message);
  }
  const pue = pueGiven !== null ? { value: pueGiven, source: "--pue" } : carbon.pue ?? { value: 1, source: "default 1.0 (no --pue and no published PUE for the place): data-centre overhead not counted" };
  const fuzzy = match.exact ? "" : ` (closest match for '${v.gpu}'${match.alternatives.length ? `; also ${match.alternatives.map((a) => `${a.name} ${a.tdp_w} W`).join(", ")}` : ""})`;
  const r = estimateEmissions({
    gpu: { name: match.entry.name, tdp_w: match.entry.tdp_w, source: match.citation + fuzzy },
    count,
    hours,
    pue,
    carbon: carbon.context
  });
  if (v.format === "json") {
    io2.stdout(JSON.stringify({ ...r, gpu: { ...r.gpu, query: v.gpu, exact: match.exact } }, null, 2) + "\n");
    return 0;
  }
  const c = r.region;
  io2.stdout(
    [
      `estimated: ${formatKwh(r.energy_kwh)}, ${formatGrams(r.co2eq_g)} CO2eq`,
      `  = ${count} x ${r.gpu.name} at ${r.gpu.tdp_w} W TDP x ${sig(hours, 6)} h x PUE ${pue.value} x ${sig(c.intensity_g_per_kwh)} g/kWh`,
      `  GPU:       ${r.gpu.source}`,
      `  PUE:       ${pue.value} (${pue.source})`,
      `  intensity: ${c.region}${c.name ? ` ${c.name}` : ""}, ${c.intensity_kind}${c.year ? ` ${c.year}` : ""} [${c.source}]`,
      ...c.warning ? [`  warning:   ${c.warning}`] : [],
      `  model:     ${r.model}`
    ].join("\n") + "\n"
  );
  return 0;
};

// src/cli/leaderboard.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
var HELP6 = `usage: joulecheck leaderboard <dir|summary.json>... [--format markdown|html|json] [--out FILE]

Ranks labelled experiments by mean energy per run (summary total, PUE included), lowest first, with
t-based 95% confidence intervals. Runs are grouped by their label.
`;
var leaderboard = async (argv, io2) => {
  const parsed = parseCommandArgs(
    argv,
    {
      format: { type: "string", default: "markdown" },
      out: { type: "string" }
    },
    HELP6
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io2.stdout(HELP6);
    return 0;
  }
  const format = values.format;
  if (format !== "markdown" && format !== "html" && format !== "json") {
    throw new UsageError(`--format must be 'markdown', 'html' or 'json', got '${format}'`);
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one directory of summaries
${HELP6}`);
  const summaries = await asUsageError(() => readSummaries(positionals, io2.cwd));
  const board = buildLeaderboard(summaries);
  const text = format === "json" ? JSON.stringify(board, null, 2) + "\n" : format === "html" ? leaderboardHtml(board) : leaderboardMarkdown(board);
  if (values.out) {
    const out = resolve3(io2.cwd, values.out);
    await writeFile2(out, text);
    io2.stdout(`leaderboard: ${board.entries.length} experiment(s), ${summaries.length} run(s) -> ${out}
`);
  } else {
    io2.stdout(text);
  }
  return 0;
};

// src/cli/regions.ts
var HELP7 = `usage: joulecheck regions [query] [--json] [--zones | --cloud]

Lists grid zones (region input) and cloud regions (cloud-region input) with their annual carbon
intensity (g CO2eq/kWh), year, the provider's PUE where published, and the source of each value.
A query filters case-insensitively on id, name, location and grid zone, e.g.:
  joulecheck regions europe-west        joulecheck regions US-CAL        joulecheck regions Quebec
`;
function matchRegions(q) {
  const needle = q.query?.trim().toLowerCase() ?? "";
  const hit = (...fields) => !needle || fields.some((f) => f?.toLowerCase().includes(needle));
  const both = !q.zones && !q.cloud;
  return {
    zones: both || q.zones ? ZONES.zones.filter((z) => hit(z.id, z.name, z.country)) : [],
    cloud: both || q.cloud ? CLOUD.regions.filter((c) => hit(c.id, c.name, c.location, c.zone)) : []
  };
}
function pad(cells) {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}
function formatRegions(m) {
  const out = [];
  const used = /* @__PURE__ */ new Set();
  if (m.zones.length) {
    out.push(`Grid zones (${m.zones.length}) \u2014 input 'region'`);
    const rows = [["ID", "G/KWH", "YEAR", "SOURCE", "NAME"]];
    for (const z of m.zones) {
      rows.push([z.id, String(z.g_per_kwh), String(z.year), z.source, z.name]);
      used.add(z.source);
    }
    out.push(pad(rows), "");
  }
  if (m.cloud.length) {
    out.push(`Cloud regions (${m.cloud.length}) \u2014 input 'cloud-region'`);
    const rows = [["ID", "G/KWH", "YEAR", "ZONE", "PUE", "NAME"]];
    for (const c of m.cloud) {
      const pue = c.pue ? `${c.pue.value} (${c.pue.scope === "fleet average" ? "fleet" : "site"} ${c.pue.year})` : "-";
      rows.push([c.id, String(c.g_per_kwh), String(c.year), c.zone, pue, `${c.name}, ${c.location}`]);
      used.add(c.source);
      used.add(c.location_source);
      if (c.pue) used.add(c.pue.source);
    }
    out.push(pad(rows), "");
  }
  if (used.size) {
    out.push("Sources");
    const all = { ...ZONES.sources, ...CLOUD.sources };
    for (const key of [...used].sort()) {
      const s = all[key];
      if (s) out.push(`  ${key}: ${s.title} (${s.year}) ${s.url}${s.conversion ? `; ${s.conversion}` : ""}`);
    }
  }
  return out.join("\n") + "\n";
}
var regions = async (argv, io2) => {
  let json = false;
  const q = {};
  const words = [];
  for (const a of argv) {
    if (a === "--help" || a === "-h") {
      io2.stdout(HELP7);
      return 0;
    } else if (a === "--json") json = true;
    else if (a === "--zones") q.zones = true;
    else if (a === "--cloud") q.cloud = true;
    else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}'; expected --json, --zones or --cloud`);
    else words.push(a);
  }
  if (words.length > 1) throw new UsageError(`expected at most one query, got ${words.length}: ${words.join(" ")}`);
  if (words[0] !== void 0) q.query = words[0];
  const m = matchRegions(q);
  if (m.zones.length === 0 && m.cloud.length === 0) {
    const near = [...zoneSuggestions(q.query ?? ""), ...cloudSuggestions(q.query ?? "")];
    io2.stderr(`joulecheck regions: nothing matches '${q.query ?? ""}'${near.length ? `; did you mean ${near.join(", ")}?` : ""}
`);
    return 1;
  }
  if (json) {
    const used = /* @__PURE__ */ new Set([...m.zones.map((z) => z.source), ...m.cloud.flatMap((c) => [c.source, c.location_source, c.pue?.source ?? ""])]);
    const all = { ...ZONES.sources, ...CLOUD.sources };
    const sources = Object.fromEntries([...used].filter((k) => all[k]).sort().map((k) => [k, all[k]]));
    io2.stdout(JSON.stringify({ zones: m.zones, cloud: m.cloud, sources }, null, 2) + "\n");
  } else io2.stdout(formatRegions(m));
  return 0;
};

// src/cli/srun.ts
var HELP8 = `usage: joulecheck srun [joulecheck options] [srun options] -- <command> [args...]

Runs <command> as a SLURM job step through srun with one meter per allocated node: the first task on each
node meters every task of the step on that node, the other tasks run <command> untouched. Each node writes
<out>/<label>-1.<node>.log.ndjson and summarizes it; then one <out>/<label>-1.summary.json is written for the
whole job (energy summed over the nodes, a 'nodes' list, missing nodes named and the totals marked
incomplete). Output and exit code are srun's. --out must be a directory every node can write and this
machine can read (a shared filesystem).

joulecheck options (anywhere before --): --out, --label, --interval-ms, --pue, --region, --cloud-region,
--intensity, --carbon-provider, --powercap-root, --nvidia-smi (see joulecheck run --help; {node} in
--powercap-root and --nvidia-smi stands for the node's name), and
  --node-timeout S      seconds to wait for node summaries after srun exits (default 30)
--label after an srun option is srun's own flag (or use -l); --out is joulecheck's: spell srun's --output
in full.

example: joulecheck srun --label train -N4 --gpus-per-node=8 -- python train.py
`;
var METER_OPTIONS = /* @__PURE__ */ new Set(["out", "label", "interval-ms", "pue", "region", "cloud-region", "intensity", "carbon-provider", "powercap-root", "nvidia-smi"]);
function parseSrunArgs(argv, env = {}) {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") {
    return { meterOptions: [], srunArgs: [], command: [], nodeTimeoutS: 30, out: "", label: "", help: true };
  }
  const sep = argv.indexOf("--");
  if (sep < 0) throw new UsageError("missing -- before the command: joulecheck srun [options] [srun options] -- <command> [args...]");
  const before = argv.slice(0, sep);
  const command = argv.slice(sep + 1);
  if (command.length === 0) throw new UsageError("missing command after --: joulecheck srun [options] [srun options] -- <command> [args...]");
  const meterOptions = [];
  const srunArgs = [];
  let nodeTimeout = null;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const eq = a.indexOf("=");
    const name = a.startsWith("--") ? a.slice(2, eq < 0 ? void 0 : eq) : "";
    const ours = (METER_OPTIONS.has(name) || name === "node-timeout") && !(name === "label" && srunArgs.length > 0);
    if (!ours) {
      srunArgs.push(a);
      continue;
    }
    let value;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      if (i + 1 >= before.length || before[i + 1].startsWith("-")) throw new UsageError(`--${name} needs a value (joulecheck's own option; for srun's, spell it in full, e.g. --output)`);
      value = before[++i];
    }
    if (name === "node-timeout") nodeTimeout = value;
    else meterOptions.push(`--${name}=${value}`);
  }
  const parsed = parseRunArgs([...meterOptions, "--", ...command], env);
  let nodeTimeoutS = 30;
  if (nodeTimeout !== null) {
    const c = number({ min: 0, max: 3600 })(nodeTimeout);
    if (!c.ok) throw new UsageError(`--node-timeout must be ${c.expected}, got '${nodeTimeout}'`);
    nodeTimeoutS = c.value;
  }
  return { meterOptions, srunArgs, command, nodeTimeoutS, out: parsed.options.out, label: parsed.options.label, help: false };
}
var srun = async (argv, io2) => {
  const p = parseSrunArgs(argv, io2.env);
  if (p.help) {
    io2.stdout(HELP8);
    return 0;
  }
  const meter = [process.execPath, ...process.execArgv, process.argv[1], "run"];
  const outcome = await runSrun(
    {
      srunArgs: p.srunArgs,
      command: p.command,
      meter,
      meterOptions: p.meterOptions,
      out: p.out,
      label: p.label,
      nodeTimeoutMs: p.nodeTimeoutS * 1e3,
      env: io2.env,
      cwd: io2.cwd
    },
    { info: (t) => io2.stderr(t) }
  );
  const s = outcome.summary;
  if (s) {
    io2.stderr(humanSummary(s, { log: `${s.node_count ?? 0} node logs beside it`, summary: outcome.summaryPath }));
    for (const nd of s.nodes ?? []) {
      io2.stderr(
        nd.status === "missing" ? `  node ${nd.name}: MISSING (${nd.reason})
` : `  node ${nd.name}: ${nd.energy_j.total.toFixed(1)} J, ${nd.duration_s.toFixed(2)} s, exit ${nd.signal ?? nd.exit_code}${nd.status === "partial" ? ` (PARTIAL: ${nd.reason})` : ""}
`
      );
    }
    if (s.incomplete) io2.stderr(`joulecheck srun: INCOMPLETE: no full log from ${s.missing_nodes.join(", ")}; the totals are a lower bound
`);
  }
  io2.stderr(`joulecheck srun: merged ${s ? "summary" : "nothing"} ${outcome.mergeMs.toFixed(0)} ms after srun exited
`);
  return outcome.exitCode;
};

// src/cli/statement.ts
import { basename, dirname as dirname2, resolve as resolve4 } from "node:path";
var HELP9 = `usage: joulecheck statement <summary.json | log.ndjson | dir>... [--format markdown|text]

Prints the carbon impact statement (Henderson et al. 2020) over all the runs given: total CO2eq, energy,
the country-specific social cost of carbon (Ricke et al. 2018) with its 16.7/83.3 percentiles, and the
regions, intensities, PUE and measurement methods behind them. Directories are searched recursively for
*.summary.json and *.ndjson; a log whose summary is present is counted once.
`;
async function readStatementSummary(f) {
  try {
    return await readSummaryFile(f, f);
  } catch (err) {
    if (!(err instanceof SummaryFileError)) throw err;
    const p = err.problem;
    if (p?.kind === "not-json") throw new InputError(`${f}: not a JSON summary (${p.detail})`);
    if (p?.kind === "invalid") throw new InputError(`${f}: not a joulecheck/summary@1 (${p.detail})`);
    throw err;
  }
}
async function loadRuns(files) {
  const summaries = [];
  const logs = [];
  for (const f of files) {
    if (f.endsWith(".ndjson")) {
      logs.push(f);
      continue;
    }
    summaries.push({ file: f, summary: await readStatementSummary(f) });
  }
  const covered = new Set(
    summaries.filter((s) => s.summary.log).map((s) => resolve4(dirname2(s.file), s.summary.log))
  );
  for (const f of logs) {
    if (covered.has(resolve4(f))) continue;
    const log = await readRunLog(f);
    summaries.push({ file: f, summary: summarize(log, { logName: basename(f) }) });
  }
  return summaries;
}
var statement = async (argv, io2) => {
  let format = "markdown";
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") {
      io2.stdout(HELP9);
      return 0;
    }
    if (a === "--format" || a.startsWith("--format=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v !== "markdown" && v !== "text") throw new UsageError(`--format must be markdown or text, got ${v === void 0 ? "nothing" : `'${v}'`}`);
      format = v;
    } else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}'; expected --format markdown|text`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError("expected at least one summary, log or directory (see --help)");
  const { summaries, logs } = await asUsageError(() => expandInputs(paths, io2.cwd));
  const files = [...summaries, ...logs];
  if (files.length === 0) throw new UsageError(noRunsError(paths).message);
  const runs = await loadRuns(files);
  io2.stdout(formatStatement(buildStatement(runs), format));
  return 0;
};

// src/cli/summarize.ts
import { renameSync, writeFileSync } from "node:fs";
import { basename as basename2, dirname as dirname3, relative as relative2, resolve as resolve5 } from "node:path";
var HELP10 = `usage: joulecheck summarize <log.ndjson>... [options]
       joulecheck summarize --merge <node log.ndjson>... [options]

Recomputes <label>-<n>.summary.json from raw run logs (a log torn by a crash is read, with a warning).

options:
  --out DIR            write summaries into DIR (default: beside each log)
  --pue X              re-account with this PUE (>= 1) instead of the one recorded in the log
  --json               print the summaries as a JSON array on stdout
  --max-log-bytes N    refuse logs larger than N bytes (default ${DEFAULT_MAX_LOG_BYTES})
  --merge              the logs are the nodes of ONE multi-node run (joulecheck run --node NAME --run-id ID):
                       write one <label>-<n>.summary.json for the whole run, energy summed over the nodes;
                       a node whose log is missing or unreadable is named and the totals marked incomplete
  -h, --help           this help
`;
function parse2(argv) {
  return parseCommandArgs(
    argv,
    {
      out: { type: "string" },
      pue: { type: "string" },
      json: { type: "boolean", default: false },
      "max-log-bytes": { type: "string" },
      merge: { type: "boolean", default: false }
    },
    HELP10
  );
}
var summarize2 = async (argv, io2) => {
  const { values, positionals } = parse2(argv);
  if (values.help) {
    io2.stdout(HELP10);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`no log given: expected one or more <log.ndjson> files
${HELP10}`);
  let pue;
  if (values.pue !== void 0) {
    pue = Number(values.pue);
    if (values.pue.trim() === "" || !Number.isFinite(pue) || pue < 1) throw new UsageError(`--pue must be a number >= 1, got '${values.pue}'`);
  }
  let maxBytes = DEFAULT_MAX_LOG_BYTES;
  if (values["max-log-bytes"] !== void 0) {
    maxBytes = Number(values["max-log-bytes"]);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError(`--max-log-bytes must be a positive integer, got '${values["max-log-bytes"]}'`);
    }
  }
  const outDir = values.out !== void 0 ? resolve5(io2.cwd, values.out) : void 0;
  if (outDir !== void 0) makeOutDir(outDir, "out (--out)");
  if (values.merge) return mergeCommand(positionals, { outDir, pue, json: values.json }, io2);
  const written = /* @__PURE__ */ new Map();
  const results = [];
  let failed = 0;
  let badInput = 0;
  for (const arg of positionals) {
    const logPath = resolve5(io2.cwd, arg);
    try {
      const log = await readRunLog(logPath, { maxBytes });
      const dir = outDir ?? dirname3(logPath);
      const file = resolve5(dir, `${log.header.label}-${log.header.repeat}.summary.json`);
      const clash = written.get(file);
      if (clash !== void 0) {
        throw new Error(`its summary ${relative2(io2.cwd, file)} was already written from ${clash} in this run (same label and repeat); use another --out`);
      }
      const summary = summarize(log, { ...pue !== void 0 ? { pue } : {}, logName: relative2(dir, logPath) || basename2(logPath) });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(summary, null, 2) + "\n");
      renameSync(tmp, file);
      written.set(file, arg);
      results.push(summary);
      for (const w of summary.warnings ?? []) io2.stderr(`joulecheck summarize: warning: ${arg}: ${w}
`);
      if (!values.json) {
        const a = summary.energy_j.attributed;
        io2.stdout(
          `${arg} -> ${relative2(io2.cwd, file) || file}: ${formatEnergy(summary.energy_j.total)} (cpu ${formatEnergy(a.cpu)}, dram ${formatEnergy(a.dram)}, gpu ${formatEnergy(a.gpu)}; PUE ${summary.pue}), ${formatGrams(summary.carbon.co2eq_g)} CO2eq, ${formatDuration(summary.duration_s)}
`
        );
      }
    } catch (err) {
      failed++;
      if (err instanceof RunLogError || err.code === "ENOENT" || err.code === "EISDIR") badInput++;
      const msg = err instanceof Error ? err.message : String(err);
      io2.stderr(`joulecheck summarize: ${msg.includes(logPath) ? msg.replaceAll(logPath, arg) : `${arg}: ${msg}`}
`);
    }
  }
  if (values.json) io2.stdout(JSON.stringify(results, null, 2) + "\n");
  if (failed > 0) io2.stderr(`joulecheck summarize: ${failed} of ${positionals.length} log(s) could not be summarized
`);
  return failed === 0 ? 0 : badInput === failed ? 2 : 1;
};
async function mergeCommand(paths, o, io2) {
  const nodes = [];
  let run2 = null;
  for (const arg of paths) {
    const log = resolve5(io2.cwd, arg);
    const fromName = parseNodeLogName(basename2(log));
    let header = null;
    try {
      header = await readLogHeader(log);
    } catch {
    }
    const name = header?.node?.name ?? fromName?.node;
    if (!name) {
      throw new UsageError(`${arg}: cannot tell which node this log is from: its header names no node and its file name is not <label>-<n>.<node>.log.ndjson`);
    }
    const label = header?.label ?? fromName?.label;
    const repeat = header?.repeat ?? fromName?.n;
    if (label !== void 0 && repeat !== void 0) {
      const runId = header?.node?.run_id ?? null;
      if (run2 === null) run2 = { label, repeat, runId };
      else {
        if (run2.label !== label || run2.repeat !== repeat) throw new UsageError(`${arg}: run ${label}-${repeat}, but the first log is from run ${run2.label}-${run2.repeat}: --merge takes the nodes of one run`);
        if (runId !== null && run2.runId !== null && runId !== run2.runId) throw new UsageError(`${arg}: run id ${runId}, but the first log has run id ${run2.runId}: --merge takes the nodes of one run`);
        run2.runId ??= runId;
      }
    }
    if (nodes.some((n) => n.name === name)) throw new UsageError(`${arg}: node '${name}' is given twice`);
    nodes.push({ name, log });
  }
  if (run2 === null) throw new UsageError("--merge: none of the logs can be read, and their file names do not say which run they belong to");
  const dir = o.outDir ?? dirname3(nodes[0].log);
  const file = resolve5(dir, `${run2.label}-${run2.repeat}.summary.json`);
  let merged;
  try {
    const pue = o.pue !== void 0 ? { pue: o.pue } : {};
    merged = await mergeRun(nodes, { summaryPath: file, label: run2.label, repeat: run2.repeat, runId: run2.runId, ...pue });
  } catch (err) {
    io2.stderr(`joulecheck summarize --merge: ${err instanceof Error ? err.message : String(err)}
`);
    return 1;
  }
  for (const w of merged.warnings ?? []) io2.stderr(`joulecheck summarize: warning: ${w}
`);
  if (o.json) io2.stdout(JSON.stringify(merged, null, 2) + "\n");
  else {
    const a = merged.energy_j.attributed;
    io2.stdout(
      `${nodes.length} node logs -> ${relative2(io2.cwd, file) || file}: ${formatEnergy(merged.energy_j.total)} (cpu ${formatEnergy(a.cpu)}, dram ${formatEnergy(a.dram)}, gpu ${formatEnergy(a.gpu)}; PUE ${merged.pue}), ${formatGrams(merged.carbon.co2eq_g)} CO2eq, ${formatDuration(merged.duration_s)} over ${merged.node_count} nodes` + (merged.incomplete ? `; INCOMPLETE: ${merged.missing_nodes.join(", ")} missing or cut short` : "") + "\n"
    );
  }
  return merged.incomplete ? 1 : 0;
}

// src/cli/whatif.ts
var HELP11 = `usage: joulecheck whatif <summary.json|dir>... (--cloud-region ID | --region ZONE)... [--format text|json]

The CO2eq of each run's energy, as measured or estimated (its PUE included), at another place's grid intensity.
  --cloud-region ID   cloud region (e.g. aws:eu-north-1), repeatable
  --region ZONE       grid zone (e.g. SE-SE1), repeatable
  --format text|json  default text
`;
var whatif = async (argv, io2) => {
  const parsed = parseCommandArgs(
    argv,
    {
      "cloud-region": { type: "string", multiple: true },
      region: { type: "string", multiple: true },
      format: { type: "string", default: "text" }
    },
    HELP11
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io2.stdout(HELP11);
    return 0;
  }
  if (values.format !== "text" && values.format !== "json") {
    throw new UsageError(`--format must be 'text' or 'json', got '${values.format}'`);
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one summary file or directory
${HELP11}`);
  const queries = [
    ...(values["cloud-region"] ?? []).map((id) => ({ id, cloud: true })),
    ...(values.region ?? []).map((id) => ({ id, cloud: false }))
  ];
  if (queries.length === 0) throw new UsageError(`expected at least one --cloud-region or --region
${HELP11}`);
  const summaries = await asUsageError(() => readSummaries(positionals, io2.cwd));
  const places = queries.map((q) => ({
    query: q.id,
    carbon: resolveCarbon(q.cloud ? { cloudRegion: q.id } : { region: q.id }).context
  }));
  const rows = whatIfRows(summaries, places);
  if (values.format === "json") {
    io2.stdout(JSON.stringify({ schema: "joulecheck/whatif@1", rows }, null, 2) + "\n");
    return 0;
  }
  const lines = [];
  for (const s of summaries) {
    const mine = rows.filter((r) => r.label === s.label && r.repeat === s.repeat);
    const first = mine[0];
    if (!first) continue;
    lines.push(
      `${s.label} #${s.repeat}${nodesPhrase(s)}: ${formatKwh(first.energy_kwh)} ${first.kind} (PUE ${s.pue}), ${formatGrams(first.actual.co2eq_g)} CO2eq in ${first.actual.region} at ${sig(first.actual.intensity_g_per_kwh)} g/kWh`
    );
    for (const r of mine) {
      const change = r.change === null ? "" : ` (${r.change >= 0 ? "+" : ""}${sig(r.change * 100, 2)}%)`;
      const name = r.place.name ? ` ${r.place.name}` : "";
      lines.push(
        `  what-if ${r.place.query} -> ${r.place.region}${name}: ${formatGrams(r.co2eq_g)} CO2eq${change} at ${sig(r.place.intensity_g_per_kwh)} g/kWh [${r.place.source}${r.place.year ? `, ${r.place.year}` : ""}]`
      );
    }
  }
  for (const p of places) if (p.carbon.warning) lines.push(`warning: ${p.query}: ${p.carbon.warning}`);
  io2.stdout(lines.join("\n") + "\n");
  return 0;
};

// src/cli/dispatch.ts
var COMMANDS = {
  run: { fn: run, help: "run [options] -- <command> [args...]   meter a command" },
  srun: { fn: srun, help: "srun [options] [srun options] -- <command>   one meter per SLURM node, one merged summary" },
  summarize: { fn: summarize2, help: "summarize <log.ndjson>...              recompute summaries from raw logs" },
  ab: { fn: ab, help: "ab --base-dir D --head-dir D -- <cmd>   same-job A/B: base and head interleaved, paired" },
  compare: { fn: compare, help: "compare --base <...> --head <...>      compare runs with statistics" },
  regions: { fn: regions, help: "regions [query]                        list grid zones and cloud regions" },
  statement: { fn: statement, help: "statement <summary|log>...             carbon impact statement" },
  estimate: { fn: estimate, help: "estimate --gpu NAME --hours H ...      what-if calculator" },
  whatif: { fn: whatif, help: "whatif <summaries>... --cloud-region ID  CO2eq of measured energy elsewhere" },
  appendix: { fn: appendix, help: "appendix <logs|summaries|dirs>... --out DIR   HTML appendix" },
  leaderboard: { fn: leaderboard, help: "leaderboard <dirs>...                  rank experiments by energy" },
  doctor: { fn: doctor, help: "doctor [--format text|json] [--load S]   check the sensors and print exact fixes" }
};
function usage() {
  return [
    `joulecheck ${VERSION}: energy and carbon of a command, per process`,
    "",
    "usage: joulecheck <command> [options]",
    ...Object.values(COMMANDS).map((c) => `  ${c.help}`),
    "",
    "joulecheck <command> --help for its options"
  ].join("\n");
}
async function main(argv, io2) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout(usage() + "\n");
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    io2.stdout(VERSION + "\n");
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io2.stderr(`joulecheck: unknown command '${name}'; expected one of ${Object.keys(COMMANDS).join(", ")}
`);
    return 2;
  }
  try {
    return await cmd.fn(rest, io2);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      io2.stderr(`joulecheck ${name}: ${err.message}
`);
      return 2;
    }
    io2.stderr(`joulecheck ${name}: ${err instanceof Error ? err.message : String(err)}
`);
    return 1;
  }
}

// src/cli.ts
var io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
};
process.exitCode = await main(process.argv.slice(2), io);
