// Runs a command under the meter (CLI `run` and action mode `run`), or meters an existing process tree
// (`run --attach`, action mode start/stop).
//
// node:child_process rather than execa (which runs the short-lived helper commands, e.g. git): we need the
// raw pid at once (the sampler meters its tree), the raw exit code AND signal, stdio inherited untouched
// (live output, no buffering, nothing to lose), and our own process-group signalling; execa's promise
// (rejecting on non-zero exit), its cleanup/forceKill and buffering would all have to be switched off again.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { makeOutDir } from '../log/out-dir.ts';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import type { Summary } from '../model/summary.ts';
import { startSampler, type MeterContext, type Sampler } from '../meter/sampling/sampler.ts';
import type { MeterOptions } from './options.ts';
import { writeSummary } from './summary.ts';
import { nodeFiles } from '../log/node-files.ts';

export interface RunRecord {
  n: number;
  log: string;
  summaryPath: string | null;
  summary: Summary | null;
  exitCode: number | null;
  signal: string | null;
}

export interface RunOutcome {
  /** the process exit code to use: the command's, or 128+N for a signal death */
  exitCode: number;
  runs: RunRecord[];
  /** the signal the meter itself received (forwarded to the command), if any */
  interruptedBy: string | null;
}

export interface Reporter {
  /** progress and problems, e.g. to stderr (never to the command's stdout) */
  info(text: string): void;
}

export interface SpawnSpec {
  file: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** how the command is shown in the log (the user's argv, not the shell wrapper) */
  display: string[];
  /**
   * Hold the command until its meter runs: it starts as `/bin/sh` waiting on a pipe, the sampler starts on
   * that pid, then the shell execs the command (same pid, same process group). Without the gate the meter,
   * which needs the pid, starts a little after the command (0.1-0.5 s on a loaded machine) and a short
   * command's first CPU time may go unmetered. Used by the A/B sessions, whose ratios must not depend on it.
   */
  gate?: boolean;
}

/** 128 + signal number, as shells report a signal death. */
export function signalExitCode(signal: string): number {
  const n = (constants.signals as Record<string, number | undefined>)[signal];
  return 128 + (n ?? 0);
}

export function runFiles(out: string, label: string, n: number, node?: string | null): { log: string; summary: string } {
  if (node) return nodeFiles(out, label, n, node);
  return { log: join(out, `${label}-${n}.log.ndjson`), summary: join(out, `${label}-${n}.summary.json`) };
}

const KILL_AFTER_MS = 10_000;

/** Signals forwarded to the command's process group while it runs. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `spec` opts.repeat times, each under its own sampler, log and summary. Stops after a failing or
 * interrupted repeat (a broken command is not measured again) and returns its exit code.
 */
export async function runMetered(ctx: MeterContext, opts: MeterOptions, spec: SpawnSpec, rep: Reporter): Promise<RunOutcome> {
  const out = resolve(opts.out);
  makeOutDir(out);
  const runs: RunRecord[] = [];
  let interruptedBy: string | null = null;
  let exitCode = 0;

  for (let n = 1; n <= opts.repeat && interruptedBy === null; n++) {
    if (opts.repeat > 1) rep.info(`joulecheck: run ${n}/${opts.repeat}: ${spec.display.join(' ')}\n`);
    const once = await runOnce(ctx, spec, rep, { out, label: opts.label, n, node: opts.node?.name ?? null, slurmStep: opts.slurmStep ?? false });
    runs.push(once.record);
    interruptedBy = once.interruptedBy;
    exitCode = once.exitCode;
    if (exitCode !== 0 && n < opts.repeat && interruptedBy === null) {
      rep.info(`joulecheck: run ${n} exited with ${exitCode}; remaining repeats skipped\n`);
      break;
    }
  }
  return { exitCode, runs, interruptedBy };
}

export interface OnceSpec {
  /** directory of the files `<label>-<n>.*` (created by the caller) */
  out: string;
  label: string;
  n: number;
  /** multi-node runs: the node's name in the file names */
  node?: string | null;
  /** a SLURM step: meter every task of the step on this node (the tree of our parent, slurmstepd) */
  slurmStep?: boolean;
  /** info events written into the log right after its header (e.g. "warm-up run") */
  events?: readonly string[];
}

export interface OnceOutcome {
  record: RunRecord;
  /** the command's exit code, or 128+N for a signal death */
  exitCode: number;
  /** the signal the meter itself received while this run ran (forwarded to the command), if any */
  interruptedBy: string | null;
}

/**
 * One metered run of `spec`: its own sampler, raw log `<out>/<label>-<n>.log.ndjson` and summary. The
 * building block of `run --repeat` and of the A/B sessions (`ab`), so both meter exactly alike.
 */
export async function runOnce(ctx: MeterContext, spec: SpawnSpec, rep: Reporter, once: OnceSpec): Promise<OnceOutcome> {
  const { n } = once;
  const files = runFiles(once.out, once.label, n, once.node);
  rmSync(files.log, { force: true }); // the writer appends; a re-run with the same label starts afresh
  rmSync(files.summary, { force: true });
  let interruptedBy: string | null = null;

  let child: ChildProcess;
  try {
    child = spec.gate
      ? spawn('/bin/sh', ['-c', GATE_SCRIPT, 'joulecheck-gate', spec.file, ...spec.args], {
          cwd: spec.cwd,
          env: spec.env,
          stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
          detached: true,
        })
      : spawn(spec.file, spec.args, { cwd: spec.cwd, env: spec.env, stdio: 'inherit', detached: true });
  } catch (err) {
    // synchronous spawn failures (bad cwd type, etc.): still leave a log with a footer
    child = null as unknown as ChildProcess;
    rep.info(`joulecheck: cannot start '${spec.file}': ${err instanceof Error ? err.message : String(err)}\n`);
  }
  const exited = waitExit(child);
  let sampler: Sampler | null = null;
  const pid = child?.pid;
  let killTimer: NodeJS.Timeout | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    interruptedBy ??= sig;
    if (pid === undefined) return;
    try {
      process.kill(-pid, sig);
    } catch {
      // the group is gone already
    }
    // a command that ignores the signal is killed after a grace period, so the footer gets written
    killTimer ??= setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone
      }
    }, KILL_AFTER_MS);
  };
  for (const s of FORWARDED) process.on(s, onSignal);
  const onExit = (): void => sampler?.emergencyFooterSync({ exitCode: null, signal: 'meter-exit' });
  process.on('exit', onExit);
  try {
    if (pid !== undefined) {
      try {
        // a SLURM step: every task of the step on this node runs under our parent, slurmstepd; we are
        // not metered ourselves, our command is
        const scope = once.slurmStep ? { rootPid: process.ppid, through: [process.pid] } : { rootPid: pid, fromStart: true };
        sampler = await startSampler(ctx, { ...scope, logPath: files.log, label: once.label, repeat: n, command: spec.display });
        for (const e of once.events ?? []) sampler.event('info', e);
      } catch (err) {
        // the meter failing must never cost the command: it keeps running, unmetered
        rep.info(`joulecheck: meter failed to start (${err instanceof Error ? err.message : String(err)}); the command runs unmetered\n`);
      }
      if (spec.gate) openGate(child);
    }
    const end = await exited;
    if (killTimer) clearTimeout(killTimer);
    if (end.error) rep.info(`joulecheck: cannot run '${spec.file}': ${end.error}\n`);
    if (!sampler && pid === undefined) {
      // never started: a log with header, event and footer still records what happened
      try {
        const run = { rootPid: process.pid, logPath: files.log, label: once.label, repeat: n, command: spec.display, exclude: [process.pid] };
        sampler = await startSampler(ctx, run);
        sampler.event('warning', `command could not be started: ${end.error ?? 'unknown error'}`);
      } catch {
        sampler = null;
      }
    }
    const footer = sampler ? await sampler.stop({ exitCode: end.code, signal: end.signal }) : null;
    const code = end.signal ? signalExitCode(end.signal) : (end.code ?? 1);
    let summaryPath: string | null = null;
    let summary: Summary | null = null;
    if (footer) {
      try {
        summary = await writeSummary(files.log, files.summary, ctx);
        summaryPath = files.summary;
      } catch (err) {
        rep.info(`joulecheck: summary of ${files.log} failed: ${err instanceof Error ? err.message : String(err)} (the raw log is kept)\n`);
      }
    }
    return { record: { n, log: files.log, summaryPath, summary, exitCode: end.code, signal: end.signal }, exitCode: code, interruptedBy };
  } finally {
    for (const s of FORWARDED) process.off(s, onSignal);
    process.off('exit', onExit);
  }
}

/** Waits for one line on fd 3, closes it, then becomes the command ("$@"): exec keeps the pid. */
const GATE_SCRIPT = 'read go <&3; exec 3<&-; exec "$@"';

function openGate(child: ChildProcess): void {
  const gate = child.stdio[3] as NodeJS.WritableStream | null | undefined;
  if (!gate) return;
  // the shell may be gone already (killed before it was released): nothing to open then
  (gate as unknown as { on(e: 'error', f: () => void): void }).on('error', () => {});
  gate.end('go\n');
}

interface ExitInfo {
  code: number | null;
  signal: string | null;
  error: string | null;
}

function waitExit(child: ChildProcess | null): Promise<ExitInfo> {
  if (!child) return Promise.resolve({ code: 127, signal: null, error: 'spawn failed' });
  return new Promise((res) => {
    let done = false;
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (done || child.pid !== undefined) return; // errors after start (kill failures) are not exits
      done = true;
      // as shells do: 127 not found, 126 found but not executable
      const code = err.code === 'ENOENT' ? 127 : err.code === 'EACCES' ? 126 : 127;
      res({ code, signal: null, error: err.code === 'ENOENT' ? 'command not found (or working directory missing)' : err.message });
    });
    child.once('exit', (code, signal) => {
      if (done) return;
      done = true;
      res({ code, signal, error: null });
    });
  });
}

/**
 * Meters an existing process tree (`run --attach PID`; the action's mode start) until the root exits or
 * the meter gets SIGINT/SIGTERM. One run: `<out>/<label>-1.*`. Signals are NOT forwarded: the tree is
 * not ours.
 */
export async function attachMetered(ctx: MeterContext, opts: MeterOptions, rootPid: number, rep: Reporter): Promise<RunOutcome> {
  const out = resolve(opts.out);
  makeOutDir(out);
  const files = runFiles(out, opts.label, 1);
  rmSync(files.log, { force: true });
  rmSync(files.summary, { force: true });
  // a stop signal may come while the meter is still starting (a short step): it is kept, not fatal
  let stopSignal: string | null = null;
  let wake: (() => void) | null = null;
  const onSig = (sig: NodeJS.Signals): void => {
    stopSignal ??= sig;
    wake?.();
  };
  for (const s of FORWARDED) process.on(s, onSig);
  let sampler: Sampler;
  try {
    sampler = await startSampler(ctx, {
      rootPid,
      logPath: files.log,
      label: opts.label,
      repeat: 1,
      command: [`attach:${rootPid}`],
      // the meter may sit inside the tree it meters (action start: Runner.Worker > node > meter)
      exclude: [process.pid],
    });
  } catch (err) {
    for (const s of FORWARDED) process.off(s, onSig);
    throw err;
  }
  const onExit = (): void => sampler.emergencyFooterSync({ exitCode: null, signal: 'meter-exit' });
  process.on('exit', onExit);
  if (stopSignal === null) {
    // the ticks say when the root is gone (no polling here); the timer only keeps the process alive
    const keepAlive = setInterval(() => {}, 2 ** 31 - 1);
    await Promise.race([sampler.rootGone, new Promise<void>((res) => (wake = res))]);
    clearInterval(keepAlive);
  }
  for (const s of FORWARDED) process.off(s, onSig);
  // a tree we did not start: its exit code is unknown and it was not killed; say why the meter stopped
  // (when the sampling itself failed, stop() writes why instead)
  if (stopSignal || !sampler.failure) sampler.event('info', stopSignal ? `meter stopped by ${stopSignal} (the metered tree keeps running)` : `root process ${rootPid} exited`);
  await sampler.stop({ exitCode: null, signal: null });
  process.off('exit', onExit);
  let summary: Summary | null = null;
  let summaryPath: string | null = null;
  try {
    summary = await writeSummary(files.log, files.summary, ctx);
    summaryPath = files.summary;
  } catch (err) {
    rep.info(`joulecheck: summary of ${files.log} failed: ${err instanceof Error ? err.message : String(err)} (the raw log is kept)\n`);
  }
  return { exitCode: 0, runs: [{ n: 1, log: files.log, summaryPath, summary, exitCode: null, signal: stopSignal }], interruptedBy: stopSignal };
}
