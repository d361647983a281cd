import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  COMPONENT_METRICS,
  CompareInputError,
  DEFAULT_ALPHA,
  DEFAULT_MIN_EFFECT,
  MAX_PAIRS_ESTIMATE,
  METRICS,
  OTHER_LOAD_THRESHOLD,
  PAIRED_POWER,
  contextWarnings,
  decide,
  describeFlagged,
  finishComparison,
  flaggedPairs,
  holm,
  logRatios,
  mean,
  mergeNodeSummaries,
  orderTrend,
  pairedChange,
  pairedTTest,
  pairsNeeded,
  readSummaryFile,
  renderComparisonMarkdown,
  sd,
  sideContext,
  wilcoxonSignedRank
} from "./chunk-FM4KB3IW.js";
import {
  Summary,
  VERSION,
  makeOutDir,
  nodeFiles,
  nodeListFile,
  parseNodeLogName,
  readRunLog,
  runOnce,
  signalExitCode,
  summarize,
  writeSummary
} from "./chunk-IZ2DSWQD.js";

// src/run/merge-run.ts
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, relative } from "node:path";
async function readNodeSummary(path, name) {
  try {
    return { summary: await readSummaryFile(path, name) };
  } catch (err) {
    return { refused: err instanceof Error ? err.message : String(err) };
  }
}
async function nodeInput(src, opts, dir) {
  const rel = relative(dir, src.log) || basename(src.log);
  const base = { name: src.name, log: rel };
  let refused = "";
  if (opts.pue === void 0 && src.summary && existsSync(src.summary)) {
    const r = await readNodeSummary(src.summary, relative(dir, src.summary) || basename(src.summary));
    if ("summary" in r && (opts.runId === null || r.summary.node?.run_id === opts.runId)) return { ...base, summary: r.summary };
    if ("refused" in r) refused = `; its summary was refused: ${r.refused}`;
  }
  if (!existsSync(src.log)) return { ...base, summary: null, problem: `its log ${rel} never arrived (is the output directory on a filesystem every node shares?)${refused}` };
  try {
    const log = await readRunLog(src.log);
    if (opts.runId !== null && log.header.node && log.header.node.run_id !== opts.runId) {
      return { ...base, summary: null, problem: `its log ${rel} belongs to run ${log.header.node.run_id}, not ${opts.runId} (a stale log from an earlier run)` };
    }
    const s = summarize(log, { logName: rel, ...opts.pue !== void 0 ? { pue: opts.pue } : {} });
    s.node ??= { name: src.name, run_id: opts.runId ?? "unknown", footer: log.footer !== null };
    return { ...base, summary: Summary.parse(s) };
  } catch (err) {
    return { ...base, summary: null, problem: `its log ${rel} cannot be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}
async function mergeRun(nodes, opts) {
  const dir = dirname(opts.summaryPath);
  const inputs = await Promise.all(nodes.map((n) => nodeInput(n, opts, dir)));
  const merged = Summary.parse(mergeNodeSummaries(inputs, { label: opts.label, repeat: opts.repeat, version: VERSION }));
  const tmp = `${opts.summaryPath}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(merged, null, 2) + "\n");
  renameSync(tmp, opts.summaryPath);
  return merged;
}

// src/run/srun.ts
import { execFile, spawn } from "node:child_process";
import { existsSync as existsSync2, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
var exec = promisify(execFile);
var TASK_WRAPPER = [
  "f=$0",
  'if [ "${SLURM_PROCID:-0}" = 0 ]; then',
  '  printf \'%s\\n%s\\n\' "${SLURM_STEP_NODELIST:-$SLURM_JOB_NODELIST}" "${SLURM_JOB_ID}.${SLURM_STEP_ID}" > "$f.tmp" && mv -f "$f.tmp" "$f"',
  "fi",
  // the meter's node binary missing on this node must not cost the command: it then runs unmetered (and
  // the node, without a log, is named missing)
  'if [ "${SLURM_LOCALID:-0}" = 0 ] && [ -x "$1" ]; then exec "$@"; fi',
  'while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do shift; done',
  "shift",
  'exec "$@"'
].join("\n");
function srunArgv(spec, nodesFile, runId) {
  for (const o of spec.meterOptions) if (o === "--") throw new Error("meter options must not contain a bare --");
  return [
    ...spec.srunArgs,
    "/bin/sh",
    "-c",
    TASK_WRAPPER,
    nodesFile,
    ...spec.meter,
    ...spec.meterOptions,
    "--slurm-step",
    `--run-id=${runId}`,
    "--",
    ...spec.command
  ];
}
async function expandHostlist(list, env) {
  const r = await exec("scontrol", ["show", "hostnames", list], { env });
  return r.stdout.split("\n").map((l) => l.trim()).filter(Boolean);
}
function readStepInfo(file) {
  try {
    const [nodelist, step] = readFileSync(file, "utf8").split("\n");
    return nodelist ? { nodelist, step: step ?? "" } : null;
  } catch {
    return null;
  }
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runSrun(spec, rep) {
  const out = resolve(spec.cwd, spec.out);
  makeOutDir(out);
  const n = 1;
  const nodesFile = nodeListFile(out, spec.label, n);
  const summaryPath = join(out, `${spec.label}-${n}.summary.json`);
  for (const f of readdirSync(out)) {
    const p = parseNodeLogName(f);
    const isNodeSummary = f.startsWith(`${spec.label}-${n}.`) && f.endsWith(".node-summary.json");
    if (p && p.label === spec.label && p.n === n || isNodeSummary) rmSync(join(out, f), { force: true });
  }
  rmSync(nodesFile, { force: true });
  rmSync(summaryPath, { force: true });
  const runId = `${spec.label}-${n}-${Date.now().toString(36)}-${process.pid}`;
  const meterOptions = spec.meterOptions.filter((o) => !o.startsWith("--out=") && !o.startsWith("--label="));
  const argv = srunArgv({ ...spec, meterOptions: [`--out=${out}`, `--label=${spec.label}`, ...meterOptions] }, nodesFile, runId);
  const child = spawn(spec.srun ?? "srun", argv, { cwd: spec.cwd, env: spec.env, stdio: "inherit" });
  const exited = new Promise((res) => {
    child.once("error", (err) => res({ code: err.code === "ENOENT" ? 127 : 126, signal: null, error: err.message }));
    child.once("exit", (code, signal) => res({ code, signal, error: null }));
  });
  let interruptedBy = null;
  let escalate = null;
  const abortSrun = () => {
    child.kill("SIGINT");
    setTimeout(() => child.kill("SIGINT"), 200).unref();
  };
  const onSignal = (sig) => {
    const first = interruptedBy === null;
    interruptedBy ??= sig;
    const step = readStepInfo(nodesFile)?.step;
    if (!first || !step || !/^\d+\.\d+$/.test(step)) {
      abortSrun();
      return;
    }
    execFile("scancel", [`--signal=${sig.replace(/^SIG/, "")}`, step], { env: spec.env }, (err) => {
      if (err) {
        rep.info(`joulecheck srun: scancel --signal ${sig} ${step} failed (${err.message}); aborting srun
`);
        abortSrun();
      }
    });
    escalate ??= setTimeout(abortSrun, 2e4);
  };
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of SIGNALS) process.on(s, onSignal);
  let end;
  try {
    end = await exited;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    if (escalate) clearTimeout(escalate);
  }
  const t0 = performance.now();
  if (end.error) rep.info(`joulecheck srun: cannot run srun: ${end.error}
`);
  const exitCode = end.signal ? signalExitCode(end.signal) : end.code ?? 1;
  const info = readStepInfo(nodesFile);
  let names = [];
  if (info) {
    try {
      names = await expandHostlist(info.nodelist, spec.env);
    } catch (err) {
      rep.info(`joulecheck srun: cannot expand the node list '${info.nodelist}' (${err instanceof Error ? err.message : String(err)})
`);
    }
  }
  if (names.length === 0) {
    names = readdirSync(out).flatMap((f) => {
      const p = parseNodeLogName(f);
      return p && p.label === spec.label && p.n === n ? [p.node] : [];
    });
  }
  if (names.length === 0) {
    rep.info(`joulecheck srun: no node reported (no node list and no node log under ${out}); no summary
`);
    return { exitCode, summary: null, summaryPath, mergeMs: performance.now() - t0, interruptedBy };
  }
  const nodes = names.map((name) => ({ name, ...nodeFiles(out, spec.label, n, name) }));
  const deadline = Date.now() + spec.nodeTimeoutMs;
  while (!nodes.every((x) => existsSync2(x.summary)) && Date.now() < deadline) await sleep(50);
  let summary = null;
  try {
    summary = await mergeRun(nodes, { summaryPath, label: spec.label, repeat: n, runId });
  } catch (err) {
    rep.info(`joulecheck srun: ${err instanceof Error ? err.message : String(err)}
`);
  }
  return { exitCode, summary, summaryPath, mergeMs: performance.now() - t0, interruptedBy };
}

// src/run/ab.ts
import { execFile as execFile3, spawn as spawn2 } from "node:child_process";
import { writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2, relative as relative2, resolve as resolve2 } from "node:path";

// src/analysis/compare-paired.ts
var DRIFT = { tempC: 2, clockRel: 0.01, idleRel: 0.05, sameSign: 0.8 };
function pairRuns(runs) {
  const b = runs.filter((r) => r.side === "base" && !r.warmup);
  const h = runs.filter((r) => r.side === "head" && !r.warmup);
  if (b.length !== h.length) throw new CompareInputError(`unpaired runs: ${b.length} measured base runs, ${h.length} head runs`);
  return b.map((base, i) => ({ base, head: h[i] }));
}
function sideStats(values) {
  return {
    n: values.length,
    mean: values.length > 0 ? finite(mean(values)) : null,
    sd: values.length > 1 ? finite(sd(values)) : null,
    values
  };
}
function finite(x) {
  return Number.isFinite(x) ? x : null;
}
function analysePairs(pairs, level) {
  const b = pairs.map((p) => p.base);
  const h = pairs.map((p) => p.head);
  const notes = [];
  const tests = {};
  const out = { base: sideStats(b), head: sideStats(h), pairs, tests, notes, enough: pairs.length >= 2 };
  if (b.every((v) => v === 0) && h.every((v) => v === 0)) {
    out.change = { relative: 0, ci_low: 0, ci_high: 0, level, method: "point" };
    notes.push("0 on both sides");
    return out;
  }
  if (pairs.some((p) => !(p.base > 0) || !(p.head > 0))) {
    notes.push("a run has 0 for this metric: no log ratio, no paired test");
    out.enough = false;
    return out;
  }
  const d = logRatios(b, h);
  out.d = d;
  if (pairs.length < 2) {
    out.change = { relative: Math.expm1(d[0]), ci_low: null, ci_high: null, level, method: "point" };
    return out;
  }
  const t = pairedTTest(d);
  if (t) tests.paired_t = t;
  else notes.push("every pair has the same ratio (no spread): the paired t-test does not apply");
  const w = wilcoxonSignedRank(d);
  if (w) tests.wilcoxon = w;
  out.primary = t ? { test: "paired_t", p: t.p } : w ? { test: "wilcoxon", p: w.p } : void 0;
  const c = pairedChange(d, level);
  out.change = { ...c, method: "paired-log-t" };
  out.sigmaD = sd(d);
  if (pairs.length < 6 && w?.method === "exact") {
    const floor = 2 / 2 ** pairs.length;
    if (floor >= 0.05) notes.push(`with ${pairs.length} pairs the signed-rank test cannot go below p = ${floor.toPrecision(2)}`);
  }
  return out;
}
function pairsNeededFor(a, alpha, minEffect) {
  if (a.sigmaD === void 0 || !Number.isFinite(a.sigmaD) || !a.change) return void 0;
  const rel = Math.abs(a.change.relative);
  const goal = rel >= minEffect ? "detect" : "equivalence";
  const effect = goal === "detect" ? rel : minEffect - rel;
  const delta = goal === "detect" ? Math.abs(Math.log1p(a.change.relative)) : Math.log1p(minEffect) - Math.abs(Math.log1p(a.change.relative));
  const est = pairsNeeded(a.sigmaD, delta, alpha, PAIRED_POWER);
  const capped = !(est <= MAX_PAIRS_ESTIMATE);
  const n = a.pairs.length;
  const total = Math.max(capped ? MAX_PAIRS_ESTIMATE : est, n + 1);
  return { per_side: total, capped, more_base: total - n, more_head: total - n, effect: Number.isFinite(effect) ? effect : 0, power: PAIRED_POWER, goal };
}
function stateOf(r, key) {
  const v = r.state?.[key];
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function stateWarnings(pairs) {
  const w = [];
  const diffs = (key, relative3) => pairs.flatMap((p) => {
    const b = stateOf(p.base, key);
    const h = stateOf(p.head, key);
    if (b === void 0 || h === void 0) return [];
    return relative3 ? b > 0 ? [h / b - 1] : [] : [h - b];
  });
  const systematic = (ds, threshold) => {
    if (ds.length < 2) return null;
    const m = mean(ds);
    const same = ds.filter((x) => Math.sign(x) === Math.sign(m) && x !== 0).length;
    return Math.abs(m) >= threshold && same >= DRIFT.sameSign * ds.length ? { m, same, n: ds.length } : null;
  };
  const temp = systematic(diffs("gpu_temp_c", false), DRIFT.tempC);
  if (temp) {
    w.push(
      `The ${temp.m > 0 ? "head" : "base"} runs started on a hotter GPU (${Math.abs(temp.m).toFixed(1)} \xB0C on average, ${temp.same} of ${temp.n} pairs): temperature moves power and clocks, so part of the difference may be the machine's.`
    );
  }
  const clock = systematic(diffs("sm_clock_mhz", true), DRIFT.clockRel);
  if (clock) {
    w.push(
      `The ${clock.m < 0 ? "head" : "base"} runs started at lower SM clocks (${(Math.abs(clock.m) * 100).toFixed(1)} % on average, ${clock.same} of ${clock.n} pairs): throttling on one side is not the change's doing.`
    );
  }
  const idle = systematic(diffs("idle_w", true), DRIFT.idleRel);
  if (idle) {
    w.push(
      `The machine drew more power before the ${idle.m > 0 ? "head" : "base"} runs (idle ${(Math.abs(idle.m) * 100).toFixed(1)} % higher on average, ${idle.same} of ${idle.n} pairs): something else was running or the machine had not settled.`
    );
  }
  return w;
}
function trendWarning(d, alpha) {
  if (!d || d.length < 4) return null;
  const t = orderTrend(d);
  if (!t || !(t.p < alpha)) return null;
  return `The pair differences trend with run order (energy ratio ${t.slope > 0 ? "+" : "\u2212"}${(Math.abs(Math.expm1(t.slope)) * 100).toFixed(1)} % per pair, p = ${t.p.toPrecision(2)}): the machine drifted in a way the interleaving did not cancel; more warm-up runs or a quieter machine may help.`;
}
function comparePaired(runs, opts) {
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  const minEffect = opts.minEffect ?? DEFAULT_MIN_EFFECT;
  if (!(alpha > 0 && alpha < 1)) throw new CompareInputError(`alpha must be between 0 and 1 (exclusive), got ${alpha}`);
  if (!(minEffect >= 0 && Number.isFinite(minEffect))) {
    throw new CompareInputError(`min-effect must be a non-negative fraction such as 0.02, got ${minEffect}`);
  }
  const pairs = pairRuns(runs);
  if (pairs.length === 0) throw new CompareInputError("no measured pairs: nothing to compare");
  const base = pairs.map((p) => p.base.summary);
  const head = pairs.map((p) => p.head.summary);
  const labels = [...new Set([...base, ...head].map((s) => s.label))];
  if (labels.length > 1) throw new CompareInputError(`the runs mix labels (${labels.join(", ")})`);
  const intensities = [...new Set([...base, ...head].map((s) => s.carbon.intensity_g_per_kwh))];
  const restated = intensities.length > 1;
  const intensity = restated ? mean(head.map((s) => s.carbon.intensity_g_per_kwh)) : intensities[0];
  const level = 1 - alpha;
  const fam = { intensity, level, alpha, minEffect };
  const all = decideFamily(pairs, fam);
  const threshold = opts.otherLoadThreshold ?? OTHER_LOAD_THRESHOLD;
  const flagged = flaggedPairs(pairs.map((p) => ({ base: p.base.summary, head: p.head.summary })), threshold);
  const unflagged = flagged.length > 0 ? decideFamily(pairs.filter((_, i) => !flagged.includes(i)), fam) : null;
  const metrics = all.map(({ def, a, p, verdict: v, familySize }) => {
    let verdict = v;
    const notes = [...a.notes];
    let held;
    if (unflagged && (v === "regression" || v === "improvement" || v === "no_significant_change")) {
      const vu = unflagged.find((m) => m.def.id === def.id)?.verdict ?? "not_enough_data";
      if (vu !== v) {
        held = { pairs: flagged.map((i) => i + 1), verdict_all_pairs: v, verdict_unflagged: vu };
        verdict = "inconclusive";
        notes.push(
          `inconclusive: other load on the runner: over every pair ${v.replace(/_/g, " ")}, over the ${pairs.length - flagged.length} pair(s) whose runs ran beside similar load ${vu.replace(/_/g, " ")}`
        );
      }
    }
    if (def.id === "co2eq") notes.push(`at one intensity for both sides (${Math.round(intensity * 10) / 10} g/kWh); tested as the energy total`);
    if (a.primary && p !== void 0 && a.primary.p < alpha && p >= alpha) {
      notes.push(`p = ${a.primary.p.toPrecision(2)} before, ${p.toPrecision(2)} after Holm's correction across ${familySize} metrics`);
    }
    const rn = verdict === "inconclusive" ? pairsNeededFor(a, alpha, minEffect) : void 0;
    return {
      id: def.id,
      name: def.name,
      unit: def.unit,
      base: a.base,
      head: a.head,
      ...a.change ? { change: a.change } : {},
      tests: a.tests,
      ...a.primary ? { primary: a.primary } : {},
      ...p !== void 0 ? { p_adjusted: p } : {},
      verdict,
      ...rn ? { runs_needed: rn } : {},
      pairs: a.pairs,
      ...held ? { held_by_other_load: held } : {},
      notes
    };
  });
  const energy = metrics.find((m) => m.id === "energy_total");
  if (!energy) throw new CompareInputError("the runs have no energy total to compare");
  const wanted = opts.metric ?? "active";
  const active = metrics.find((m) => m.id === "energy_active");
  const useActive = wanted === "active" && active !== void 0 && active.pairs?.length === pairs.length;
  const headlineMetric = useActive ? "energy_active" : "energy_total";
  const b = sideContext(base, pairs.map((p) => p.base.file ?? ""));
  const h = sideContext(head, pairs.map((p) => p.head.file ?? ""));
  const warnings = contextWarnings(base, head, b, h);
  if (wanted === "active" && !useActive) {
    warnings.push("Some runs have no active energy (summaries from an older joulecheck): the verdict is on the attributed energy.");
  }
  if (flagged.length > 0) {
    const named = flagged.map((i) => {
      const p = pairs[i];
      return describeFlagged(i + 1, { n: p.base.n, s: p.base.summary }, { n: p.head.n, s: p.head.summary });
    });
    const heldIds = metrics.filter((m) => m.held_by_other_load).map((m) => m.name);
    warnings.push(
      `Other load on the runner: in ${flagged.length} of ${pairs.length} pairs the two runs ran beside load that differs by more than ${Math.round(threshold * 100)} points of the machine: ${named.join("; ")}.` + (heldIds.length > 0 ? ` Those pairs decided ${heldIds.join(", ")}: inconclusive: other load on the runner (the other pairs alone do not reach the verdict).` : " The pairs without them reach the same verdicts.")
    );
  }
  const energyD = all.find((m) => m.def.id === headlineMetric)?.a.d;
  const trend = trendWarning(energyD, alpha);
  if (trend) warnings.push(trend);
  warnings.push(...stateWarnings(pairs));
  if (opts.order === "alternate" && pairs.length >= 2) {
    warnings.push("Order B H B H \u2026: a steady drift of the machine biases every pair the same way; ABBA cancels a linear drift.");
  }
  if (restated) {
    warnings.push(
      `The runs used different carbon intensities (${intensities.map((x) => Math.round(x * 10) / 10).join(", ")} g/kWh); CO2eq is restated at ${Math.round(intensity * 10) / 10} g/kWh for both sides.`
    );
  }
  const pairIndex = /* @__PURE__ */ new Map();
  pairs.forEach((p, i) => {
    pairIndex.set(p.base, i + 1);
    pairIndex.set(p.head, i + 1);
  });
  const abRuns = runs.map((r, position) => ({
    side: r.side,
    n: r.n,
    position: position + 1,
    warmup: r.warmup,
    pair: pairIndex.get(r) ?? null,
    ...r.file ? { file: r.file } : {},
    started_at: r.summary.started_at,
    exit_code: r.summary.exit_code,
    ...r.state && Object.keys(r.state).length ? { state: r.state } : {},
    ...r.summary.other_load ? { other_load: r.summary.other_load } : {}
  }));
  return finishComparison(
    {
      design: "paired",
      label: labels[0],
      alpha,
      min_effect: minEffect,
      confidence: level,
      carbon: { region: [...new Set(head.map((s) => s.carbon.region))].join(", "), intensity_g_per_kwh: intensity, restated },
      base: b,
      head: h,
      metrics,
      warnings,
      ab: {
        order: opts.order,
        pairs: pairs.length,
        warmup: opts.warmup,
        ...opts.runner ? { runner: opts.runner } : {},
        metric: useActive ? "active" : "attributed",
        other_load: { threshold, flagged_pairs: flagged.map((i) => i + 1) },
        runs: abRuns
      }
    },
    headlineMetric
  );
}
var ENERGY_ACTIVE = {
  id: "energy_active",
  name: "Energy (active, incl. PUE)",
  unit: "J",
  get: (s) => s.energy_j.active?.total
};
var PAIRED_METRICS = [ENERGY_ACTIVE, ...METRICS];
function decideFamily(pairs, o) {
  const analysed = [];
  for (const def of PAIRED_METRICS) {
    const vals = pairs.map((p) => ({ base: def.get(p.base.summary, o.intensity), head: def.get(p.head.summary, o.intensity) }));
    const ok = vals.filter((v) => Number.isFinite(v.base) && Number.isFinite(v.head));
    if ((COMPONENT_METRICS.has(def.id) || def.id === "co2eq") && ok.every((v) => v.base === 0 && v.head === 0)) continue;
    if (ok.length === 0) continue;
    const a = analysePairs(ok, o.level);
    if (ok.length < vals.length) a.notes.push(`${vals.length - ok.length} pair(s) without this metric left out`);
    analysed.push({ def, a });
  }
  const family = analysed.filter((m) => m.def.id !== "co2eq" && m.a.primary);
  const adjusted = holm(family.map((m) => m.a.primary.p));
  const pAdj = new Map(family.map((m, i) => [m.def.id, adjusted[i]]));
  const energyP = pAdj.get("energy_total");
  if (energyP !== void 0 && analysed.some((m) => m.def.id === "co2eq" && m.a.primary)) pAdj.set("co2eq", energyP);
  const q = tickQuantum(pairs);
  return analysed.map(({ def, a }) => {
    const p = pAdj.get(def.id);
    const floor = def.id === "energy_active" ? RESOLUTION_TICKS * q : 0;
    if (floor > o.minEffect) a.notes.push(`below ${pctText(floor)} the meter cannot resolve it here: one 10 ms tick of CPU time is ${pctText(q)} of the runs' active energy`);
    return { def, a, p, verdict: decide(a, p, o.alpha, Math.max(o.minEffect, floor)), familySize: family.length };
  });
}
var RESOLUTION_TICKS = 1.5;
var pctText = (x) => `${(x * 100).toFixed(1)} %`;
function tickQuantum(pairs) {
  const qs = pairs.flatMap(
    (p) => [p.base.summary, p.head.summary].flatMap((s) => {
      const act = s.energy_j.active;
      const cpuS = s.usage?.cpu_time_s;
      if (!act || !(act.total > 0) || !(cpuS !== void 0 && cpuS > 0)) return [];
      const perTick = s.pue * act.cpu / (cpuS * 100);
      return [perTick / act.total];
    })
  );
  return qs.length ? mean(qs) : 0;
}

// src/run/machine-state.ts
import { execFile as execFile2 } from "node:child_process";
function parseGpuState(csv) {
  const temps = [];
  const clocks = [];
  let watts = 0;
  let haveW = false;
  const perGpu = {};
  for (const line of csv.split("\n")) {
    const f = line.split(",").map((x) => x.trim());
    if (f.length < 3 || f[0] === "") continue;
    const [t, c, w] = f.map((x) => /^[-+]?\d+(\.\d+)?$/.test(x) ? Number(x) : NaN);
    if (Number.isFinite(t)) temps.push(t);
    if (Number.isFinite(c)) clocks.push(c);
    if (Number.isFinite(w)) {
      watts += w;
      haveW = true;
      const uuid = f[3];
      if (uuid && /^(GPU|MIG)-[0-9A-Za-z-]+$/.test(uuid)) perGpu[uuid] = w;
    }
  }
  return {
    ...temps.length ? { gpu_temp_c: Math.max(...temps) } : {},
    ...clocks.length ? { sm_clock_mhz: Math.min(...clocks) } : {},
    ...haveW ? { gpu_w: watts } : {},
    ...Object.keys(perGpu).length ? { per_gpu_w: perGpu } : {}
  };
}
function queryGpus(bin, env, timeoutMs) {
  return new Promise((res) => {
    execFile2(
      bin,
      ["--query-gpu=temperature.gpu,clocks.sm,power.draw,uuid", "--format=csv,noheader,nounits"],
      { env, timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 1024 * 1024 },
      (err, stdout) => res(err ? null : String(stdout))
    );
  });
}
async function probeMachine(ctx, opts) {
  const windowMs = opts.windowMs ?? 50;
  const parts = {};
  const rapl = (async () => {
    if (!ctx.openRapl) return void 0;
    let meter;
    try {
      meter = ctx.openRapl();
      meter.read();
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, windowMs));
      const e = meter.read();
      const dt = (performance.now() - t0) / 1e3;
      if (e.pkg === null && e.dram === null) return void 0;
      const j = (e.pkg ?? 0) + (e.dram ?? 0);
      if (dt > 0 && e.pkg !== null && e.pkg >= 0) parts.cpu = e.pkg / dt;
      if (dt > 0 && e.dram !== null && e.dram >= 0) parts.dram = e.dram / dt;
      return dt > 0 && j >= 0 ? j / dt : void 0;
    } catch {
      return void 0;
    } finally {
      meter?.close?.();
    }
  })();
  const gpu = opts.nvidiaSmi ? queryGpus(opts.nvidiaSmi, opts.env, opts.timeoutMs ?? 5e3).then((o) => o === null ? {} : parseGpuState(o)) : Promise.resolve({});
  const [cpuW, g] = await Promise.all([rapl, gpu]);
  const { gpu_w, per_gpu_w, ...gpuState } = g;
  if (per_gpu_w) parts.gpu = per_gpu_w;
  const idle = cpuW !== void 0 || gpu_w !== void 0 ? (cpuW ?? 0) + (gpu_w ?? 0) : void 0;
  return { state: { ...gpuState, ...idle !== void 0 ? { idle_w: Math.round(idle * 1e3) / 1e3 } : {} }, idle: parts };
}

// src/run/ab.ts
function abSchedule(pairs, order, warmup) {
  const out = [];
  for (let w = 0; w < warmup; w++) out.push({ side: "base", warmup: true }, { side: "head", warmup: true });
  for (let i = 0; i < pairs; i++) {
    const flip = order === "abba" && i % 2 === 1;
    out.push({ side: flip ? "head" : "base", warmup: false }, { side: flip ? "base" : "head", warmup: false });
  }
  return out;
}
function gitSha(dir) {
  return new Promise((res) => {
    execFile3("git", ["-C", dir, "rev-parse", "HEAD"], { timeout: 1e4 }, (err, stdout) => {
      const sha = String(stdout).trim();
      res(err || !/^[0-9a-f]{40,64}$/.test(sha) ? null : sha);
    });
  });
}
function runSetup(cmd, cwd, env) {
  return new Promise((res) => {
    const child = spawn2("/bin/sh", ["-c", cmd], { cwd, env, stdio: "inherit" });
    child.on("error", () => res(127));
    child.on("exit", (code, signal) => res(signal ? signalExitCode(signal) : code ?? 1));
  });
}
function sessionIdle(reads) {
  const min = (xs) => {
    const v = xs.filter((x) => x !== void 0 && Number.isFinite(x) && x >= 0);
    return v.length ? Math.min(...v) : void 0;
  };
  const cpu = min(reads.map((r) => r.cpu));
  const dram = min(reads.map((r) => r.dram));
  const uuids = [...new Set(reads.flatMap((r) => Object.keys(r.gpu ?? {})))];
  const gpu = Object.fromEntries(uuids.flatMap((u) => {
    const w = min(reads.map((r) => r.gpu?.[u]));
    return w === void 0 ? [] : [[u, w]];
  }));
  if (cpu === void 0 && dram === void 0 && uuids.length === 0) return null;
  const n = reads.length;
  return {
    ...cpu !== void 0 ? { cpu } : {},
    ...dram !== void 0 ? { dram } : {},
    ...Object.keys(gpu).length ? { gpu } : {},
    source: `the lowest of ${n} reading${n === 1 ? "" : "s"} before the A/B's runs (RAPL over 50 ms, nvidia-smi power.draw)`
  };
}
function sideContext2(ctx, sha, side) {
  if (!sha) return ctx;
  const ref = side === "head" ? ctx.header.git?.ref : void 0;
  return { ...ctx, header: { ...ctx.header, git: { sha, ...ref ? { ref } : {} } } };
}
async function runAb(ctx, opts, ab, command, rep, env) {
  const out = resolve2(opts.out);
  const dirs = { base: resolve2(ab.baseDir), head: resolve2(ab.headDir) };
  const outDirs = { base: join2(out, "base"), head: join2(out, "head") };
  for (const d of Object.values(outDirs)) makeOutDir(d);
  const fail = (exitCode, failure, runs2, interruptedBy = null) => ({
    exitCode,
    runs: runs2,
    failure,
    interruptedBy,
    comparison: null,
    files: null
  });
  if (ab.setup !== null) {
    for (const side of ["base", "head"]) {
      rep.info(`joulecheck ab: setup in the ${side} directory: ${ab.setup}
`);
      const code = await runSetup(ab.setup, dirs[side], env);
      if (code !== 0) {
        rep.info(`joulecheck ab: the setup command failed in the ${side} directory (${dirs[side]}) with exit code ${code}; nothing was metered
`);
        return fail(code, `${side} setup`, []);
      }
    }
  }
  const [baseSha, headSha] = await Promise.all([gitSha(dirs.base), gitSha(dirs.head)]);
  const ctxs = { base: sideContext2(ctx, baseSha, "base"), head: sideContext2(ctx, headSha, "head") };
  const [file, ...args] = command;
  const schedule = abSchedule(ab.pairs, ab.order, ab.warmup);
  const count = { base: 0, head: 0 };
  const runs = [];
  const idles = [];
  const probe = ab.probeState ?? true;
  const smi = opts.nvidiaSmi === "none" ? null : ctx.startGpu ? opts.nvidiaSmi ?? "nvidia-smi" : null;
  for (const [i, s] of schedule.entries()) {
    const n = ++count[s.side];
    const what = `${s.side} run ${n}${s.warmup ? " (warm-up)" : ""}`;
    rep.info(`joulecheck ab: ${i + 1}/${schedule.length}: ${what}
`);
    const read = probe ? await probeMachine(ctx, { nvidiaSmi: smi, ...env ? { env } : {} }) : null;
    const state = read?.state ?? {};
    if (read) idles.push(read.idle);
    const spec = { file, args, cwd: dirs[s.side], ...env ? { env } : {}, display: [...command], gate: true };
    const once = await runOnce(ctxs[s.side], spec, rep, {
      out: outDirs[s.side],
      label: opts.label,
      n,
      events: [
        s.warmup ? `A/B ${s.side} warm-up run (metered and kept, left out of the statistics), ${i + 1} of ${schedule.length} in the session` : `A/B ${s.side} measured run, ${i + 1} of ${schedule.length} in the session`
      ]
    });
    runs.push({ ...once.record, side: s.side, warmup: s.warmup, state });
    if (once.exitCode !== 0 || once.interruptedBy !== null) {
      const why = once.interruptedBy ? `was interrupted by ${once.interruptedBy}` : `failed with exit code ${once.exitCode}`;
      rep.info(`joulecheck ab: the command ${why} in the ${what} (${dirs[s.side]}); the session stops (raw log ${once.record.log})
`);
      return fail(once.exitCode, what, runs, once.interruptedBy);
    }
    if (!once.record.summary) {
      rep.info(`joulecheck ab: no summary for the ${what} (raw log ${once.record.log}); the session stops
`);
      return fail(1, what, runs);
    }
  }
  const idle = sessionIdle(idles);
  if (idle) {
    for (const r of runs) {
      if (!r.summaryPath) continue;
      try {
        r.summary = await writeSummary(r.log, r.summaryPath, ctx, idle);
      } catch (err) {
        rep.info(`joulecheck ab: the summary of ${r.log} could not be redone with the measured idle (${err instanceof Error ? err.message : String(err)}); it keeps the model's
`);
      }
    }
  }
  const inputs = runs.map((r) => ({
    side: r.side,
    n: r.n,
    warmup: r.warmup,
    summary: r.summary,
    file: relative2(out, r.summaryPath),
    ...Object.keys(r.state).length ? { state: r.state } : {}
  }));
  const comparison = comparePaired(inputs, {
    order: ab.order,
    warmup: ab.warmup,
    ...ab.metric ? { metric: ab.metric } : {},
    ...ab.alpha !== void 0 ? { alpha: ab.alpha } : {},
    ...ab.minEffect !== void 0 ? { minEffect: ab.minEffect } : {},
    ...ab.runner ? { runner: ab.runner } : {}
  });
  const files = { json: join2(out, "comparison.json"), markdown: join2(out, "comparison.md") };
  writeFileSync2(files.json, JSON.stringify(comparison, null, 2) + "\n");
  writeFileSync2(files.markdown, renderComparisonMarkdown(comparison));
  return { exitCode: 0, runs, failure: null, interruptedBy: null, comparison, files };
}

export {
  mergeRun,
  runSrun,
  runAb
};
