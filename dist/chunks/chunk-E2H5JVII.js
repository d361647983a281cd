import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  mergeNodeSummaries
} from "./chunk-4IZ7U23A.js";
import {
  Summary,
  VERSION,
  nodeFiles,
  nodeListFile,
  parseNodeLogName,
  readRunLog,
  signalExitCode,
  summarize
} from "./chunk-KMAIMZLH.js";

// src/run/merge-run.ts
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, relative } from "node:path";
function readNodeSummary(path) {
  try {
    return Summary.parse(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return null;
  }
}
async function nodeInput(src, opts, dir) {
  const rel = relative(dir, src.log) || basename(src.log);
  const base = { name: src.name, log: rel };
  if (opts.pue === void 0 && src.summary && existsSync(src.summary)) {
    const s = readNodeSummary(src.summary);
    if (s && (opts.runId === null || s.node?.run_id === opts.runId)) return { ...base, summary: s };
  }
  if (!existsSync(src.log)) return { ...base, summary: null, problem: `its log ${rel} never arrived (is the output directory on a filesystem every node shares?)` };
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
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2, readdirSync, rmSync } from "node:fs";
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
    const [nodelist, step] = readFileSync2(file, "utf8").split("\n");
    return nodelist ? { nodelist, step: step ?? "" } : null;
  } catch {
    return null;
  }
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runSrun(spec, rep) {
  const out = resolve(spec.cwd, spec.out);
  mkdirSync(out, { recursive: true });
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

export {
  mergeRun,
  runSrun
};
