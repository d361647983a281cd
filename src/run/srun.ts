// `joulecheck srun`: runs a job step through the real `srun` with one meter per allocated node.
//
// Every task runs a small /bin/sh wrapper. The task with SLURM_LOCALID=0 execs the node meter
// (`joulecheck run --slurm-step`), which starts the command and meters every task of the step on its node
// (they all hang under the step's slurmstepd, the meter's parent); every other task execs the command
// untouched (no extra process, nothing between it and srun). The step's first task also writes the step's
// node list and id into the output directory, so the runner knows which nodes to expect (and names the
// ones that never report) and how to signal the step.
//
// Each node summarizes its own log before its task exits; srun exits after all tasks, so the runner only
// merges the node summaries (src/run/merge-run.ts). The runner never meters its own machine: it only waits.
//
// Signals: srun treats one SIGINT as "print status" and a second within a second as "abort"; neither
// lets a task finish its log. A SIGINT/SIGTERM/SIGHUP to the runner is therefore sent to the step's
// tasks with `scancel --signal` (each meter forwards it to its command and writes its footer); if the step
// is not known yet or does not end in time, srun gets the two SIGINTs.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { makeOutDir } from '../log/out-dir.ts';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Summary } from '../model/summary.ts';
import { nodeFiles, nodeListFile, parseNodeLogName } from '../log/node-files.ts';
import { mergeRun, type NodeSource } from './merge-run.ts';
import { signalExitCode, type Reporter } from './orchestrate.ts';

const exec = promisify(execFile);

/** POSIX sh: run by every task. $0 = the node-list file; then the meter's argv, `--`, the command. */
export const TASK_WRAPPER = [
  'f=$0',
  'if [ "${SLURM_PROCID:-0}" = 0 ]; then',
  '  printf \'%s\\n%s\\n\' "${SLURM_STEP_NODELIST:-$SLURM_JOB_NODELIST}" "${SLURM_JOB_ID}.${SLURM_STEP_ID}" > "$f.tmp" && mv -f "$f.tmp" "$f"',
  'fi',
  // the meter's node binary missing on this node must not cost the command: it then runs unmetered (and
  // the node, without a log, is named missing)
  'if [ "${SLURM_LOCALID:-0}" = 0 ] && [ -x "$1" ]; then exec "$@"; fi',
  'while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do shift; done',
  'shift',
  'exec "$@"',
].join('\n');

export interface SrunSpec {
  /** srun's own options, passed through untouched */
  srunArgs: string[];
  command: string[];
  /** the node meter: argv prefix of `joulecheck run` (e.g. [node, cli.js, 'run']) */
  meter: string[];
  /** `joulecheck run` options for the node meters, as --name=value (no bare `--`) */
  meterOptions: string[];
  out: string;
  label: string;
  /** how long to wait for node summaries after srun exited, ms */
  nodeTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** srun binary (default 'srun' on PATH) */
  srun?: string;
}

export interface SrunOutcome {
  exitCode: number;
  summary: Summary | null;
  summaryPath: string;
  /** ms from srun's exit to the merged summary on disk */
  mergeMs: number;
  interruptedBy: string | null;
}

/** The argv srun is given. */
export function srunArgv(spec: Pick<SrunSpec, 'srunArgs' | 'command' | 'meter' | 'meterOptions'>, nodesFile: string, runId: string): string[] {
  for (const o of spec.meterOptions) if (o === '--') throw new Error('meter options must not contain a bare --');
  return [
    ...spec.srunArgs,
    '/bin/sh', '-c', TASK_WRAPPER, nodesFile,
    ...spec.meter, ...spec.meterOptions, '--slurm-step', `--run-id=${runId}`, '--',
    ...spec.command,
  ];
}

/** `n[1-3],gpu07` -> its node names, by SLURM's own parser. */
async function expandHostlist(list: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const r = await exec('scontrol', ['show', 'hostnames', list], { env });
  return r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
}

function readStepInfo(file: string): { nodelist: string; step: string } | null {
  try {
    const [nodelist, step] = readFileSync(file, 'utf8').split('\n');
    return nodelist ? { nodelist, step: step ?? '' } : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runSrun(spec: SrunSpec, rep: Reporter): Promise<SrunOutcome> {
  const out = resolve(spec.cwd, spec.out);
  makeOutDir(out);
  const n = 1;
  const nodesFile = nodeListFile(out, spec.label, n);
  const summaryPath = join(out, `${spec.label}-${n}.summary.json`);
  // a re-run with the same label starts afresh: no stale node log may count for this run
  for (const f of readdirSync(out)) {
    const p = parseNodeLogName(f);
    const isNodeSummary = f.startsWith(`${spec.label}-${n}.`) && f.endsWith('.node-summary.json');
    if ((p && p.label === spec.label && p.n === n) || isNodeSummary) rmSync(join(out, f), { force: true });
  }
  rmSync(nodesFile, { force: true });
  rmSync(summaryPath, { force: true });
  const runId = `${spec.label}-${n}-${Date.now().toString(36)}-${process.pid}`;
  const meterOptions = spec.meterOptions.filter((o) => !o.startsWith('--out=') && !o.startsWith('--label='));
  const argv = srunArgv({ ...spec, meterOptions: [`--out=${out}`, `--label=${spec.label}`, ...meterOptions] }, nodesFile, runId);

  const child = spawn(spec.srun ?? 'srun', argv, { cwd: spec.cwd, env: spec.env, stdio: 'inherit' });
  const exited = new Promise<{ code: number | null; signal: string | null; error: string | null }>((res) => {
    child.once('error', (err: NodeJS.ErrnoException) => res({ code: err.code === 'ENOENT' ? 127 : 126, signal: null, error: err.message }));
    child.once('exit', (code, signal) => res({ code, signal, error: null }));
  });

  let interruptedBy: string | null = null;
  let escalate: NodeJS.Timeout | null = null;
  const abortSrun = (): void => {
    // srun's own abort: two SIGINTs within a second
    child.kill('SIGINT');
    setTimeout(() => child.kill('SIGINT'), 200).unref();
  };
  const onSignal = (sig: NodeJS.Signals): void => {
    const first = interruptedBy === null;
    interruptedBy ??= sig;
    const step = readStepInfo(nodesFile)?.step;
    if (!first || !step || !/^\d+\.\d+$/.test(step)) {
      abortSrun();
      return;
    }
    execFile('scancel', [`--signal=${sig.replace(/^SIG/, '')}`, step], { env: spec.env }, (err) => {
      if (err) {
        rep.info(`joulecheck srun: scancel --signal ${sig} ${step} failed (${err.message}); aborting srun\n`);
        abortSrun();
      }
    });
    // the meters give a command that ignores the signal 10 s before killing it; then srun is aborted
    escalate ??= setTimeout(abortSrun, 20_000);
  };
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const s of SIGNALS) process.on(s, onSignal);
  let end;
  try {
    end = await exited;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    if (escalate) clearTimeout(escalate);
  }
  const t0 = performance.now();
  if (end.error) rep.info(`joulecheck srun: cannot run srun: ${end.error}\n`);
  const exitCode = end.signal ? signalExitCode(end.signal) : (end.code ?? 1);

  // which nodes to expect: the step's own list, else whatever node logs of this run arrived
  const info = readStepInfo(nodesFile);
  let names: string[] = [];
  if (info) {
    try {
      names = await expandHostlist(info.nodelist, spec.env);
    } catch (err) {
      rep.info(`joulecheck srun: cannot expand the node list '${info.nodelist}' (${err instanceof Error ? err.message : String(err)})\n`);
    }
  }
  if (names.length === 0) {
    names = readdirSync(out).flatMap((f) => {
      const p = parseNodeLogName(f);
      return p && p.label === spec.label && p.n === n ? [p.node] : [];
    });
  }
  if (names.length === 0) {
    rep.info(`joulecheck srun: no node reported (no node list and no node log under ${out}); no summary\n`);
    return { exitCode, summary: null, summaryPath, mergeMs: performance.now() - t0, interruptedBy };
  }
  const nodes: NodeSource[] = names.map((name) => ({ name, ...nodeFiles(out, spec.label, n, name) }));
  // a shared filesystem may show a node's files late: wait (bounded) for every node summary
  const deadline = Date.now() + spec.nodeTimeoutMs;
  while (!nodes.every((x) => existsSync(x.summary!)) && Date.now() < deadline) await sleep(50);
  let summary: Summary | null = null;
  try {
    summary = await mergeRun(nodes, { summaryPath, label: spec.label, repeat: n, runId });
  } catch (err) {
    rep.info(`joulecheck srun: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  return { exitCode, summary, summaryPath, mergeMs: performance.now() - t0, interruptedBy };
}
