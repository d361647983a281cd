// A same-job A/B session: the same command run in the base and the head working directories, interleaved
// on this machine (ABBA by default), each run metered exactly like `joulecheck run` (runOnce), then the
// paired comparison. Used by the CLI (`joulecheck ab`) and the action (`mode: ab`).
import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { makeOutDir } from '../log/out-dir.ts';
import { join, relative, resolve } from 'node:path';
import { type AbMetric, type AbOrder, type AbRunInput, comparePaired } from '../analysis/compare-paired.ts';
import type { Comparison, MachineState } from '../model/comparison.ts';
import type { MeterContext } from '../meter/sampling/sampler.ts';
import { renderComparisonMarkdown } from '../render/markdown.ts';
import type { MeasuredIdle } from '../accounting/summarize.ts';
import { probeMachine } from './machine-state.ts';
import { writeSummary } from './summary.ts';
import type { MeterOptions } from './options.ts';
import { type Reporter, type RunRecord, runOnce, type SpawnSpec, signalExitCode } from './orchestrate.ts';

export type Side = 'base' | 'head';

export interface AbSettings {
  baseDir: string;
  headDir: string;
  /** measured pairs, 2-50 */
  pairs: number;
  order: AbOrder;
  /** which energy the verdict is about (default active) */
  metric?: AbMetric;
  /** warm-up runs per side */
  warmup: number;
  /** shell command run once in each directory before anything is metered */
  setup: string | null;
  alpha?: number;
  minEffect?: number;
  /** shown in the comparison, e.g. the GitHub runner */
  runner?: string;
  /** read the machine state before each run (default true; the benchmark switches it off to time the rest) */
  probeState?: boolean;
}

export interface ScheduledRun {
  side: Side;
  warmup: boolean;
}

/**
 * Run order. Warm-ups first, B H per warm-up round. Measured pairs: ABBA gives B H, H B, B H, H B ... (over
 * two pairs a linear drift adds the same to both sides); alternate gives B H B H ....
 */
export function abSchedule(pairs: number, order: AbOrder, warmup: number): ScheduledRun[] {
  const out: ScheduledRun[] = [];
  for (let w = 0; w < warmup; w++) out.push({ side: 'base', warmup: true }, { side: 'head', warmup: true });
  for (let i = 0; i < pairs; i++) {
    const flip = order === 'abba' && i % 2 === 1;
    out.push({ side: flip ? 'head' : 'base', warmup: false }, { side: flip ? 'base' : 'head', warmup: false });
  }
  return out;
}

export interface AbRunDone extends RunRecord {
  side: Side;
  warmup: boolean;
  state: MachineState;
}

export interface AbOutcome {
  /** 0, or the failing run's (or setup's) exit code */
  exitCode: number;
  runs: AbRunDone[];
  /** what failed: 'base setup', 'head run 3 (warm-up)' ... */
  failure: string | null;
  interruptedBy: string | null;
  comparison: Comparison | null;
  files: { json: string; markdown: string } | null;
}

function gitSha(dir: string): Promise<string | null> {
  return new Promise((res) => {
    execFile('git', ['-C', dir, 'rev-parse', 'HEAD'], { timeout: 10_000 }, (err, stdout) => {
      const sha = String(stdout).trim();
      res(err || !/^[0-9a-f]{40,64}$/.test(sha) ? null : sha);
    });
  });
}

function runSetup(cmd: string, cwd: string, env: NodeJS.ProcessEnv | undefined): Promise<number> {
  return new Promise((res) => {
    const child = spawn('/bin/sh', ['-c', cmd], { cwd, env, stdio: 'inherit' });
    child.on('error', () => res(127));
    child.on('exit', (code, signal) => res(signal ? signalExitCode(signal) : (code ?? 1)));
  });
}

/** Per component the lowest idle reading of the session, or null when no sensor gave one. */
export function sessionIdle(reads: readonly Omit<MeasuredIdle, 'source'>[]): MeasuredIdle | null {
  const min = (xs: (number | undefined)[]) => {
    const v = xs.filter((x): x is number => x !== undefined && Number.isFinite(x) && x >= 0);
    return v.length ? Math.min(...v) : undefined;
  };
  const cpu = min(reads.map((r) => r.cpu));
  const dram = min(reads.map((r) => r.dram));
  const uuids = [...new Set(reads.flatMap((r) => Object.keys(r.gpu ?? {})))];
  const gpu = Object.fromEntries(uuids.flatMap((u) => {
    const w = min(reads.map((r) => r.gpu?.[u]));
    return w === undefined ? [] : [[u, w]];
  }));
  if (cpu === undefined && dram === undefined && uuids.length === 0) return null;
  const n = reads.length;
  return {
    ...(cpu !== undefined ? { cpu } : {}),
    ...(dram !== undefined ? { dram } : {}),
    ...(Object.keys(gpu).length ? { gpu } : {}),
    source: `the lowest of ${n} reading${n === 1 ? '' : 's'} before the A/B's runs (RAPL over 50 ms, nvidia-smi power.draw)`,
  };
}

/** The same context with the side's own commit in the log header (each side's summaries name their sha). */
function sideContext(ctx: MeterContext, sha: string | null, side: Side): MeterContext {
  if (!sha) return ctx;
  const ref = side === 'head' ? ctx.header.git?.ref : undefined;
  return { ...ctx, header: { ...ctx.header, git: { sha, ...(ref ? { ref } : {}) } } };
}

/**
 * Runs the session and writes `<out>/base/<label>-<n>.*`, `<out>/head/<label>-<n>.*`, `<out>/comparison.json`
 * and `<out>/comparison.md`. A failing run stops the session (its files are kept) and is returned with its
 * exit code; no comparison is written then.
 */
export async function runAb(
  ctx: MeterContext,
  opts: MeterOptions,
  ab: AbSettings,
  command: readonly string[],
  rep: Reporter,
  env?: NodeJS.ProcessEnv,
): Promise<AbOutcome> {
  const out = resolve(opts.out);
  const dirs: Record<Side, string> = { base: resolve(ab.baseDir), head: resolve(ab.headDir) };
  const outDirs: Record<Side, string> = { base: join(out, 'base'), head: join(out, 'head') };
  for (const d of Object.values(outDirs)) makeOutDir(d);
  const fail = (exitCode: number, failure: string, runs: AbRunDone[], interruptedBy: string | null = null): AbOutcome => ({
    exitCode,
    runs,
    failure,
    interruptedBy,
    comparison: null,
    files: null,
  });

  if (ab.setup !== null) {
    for (const side of ['base', 'head'] as const) {
      rep.info(`joulecheck ab: setup in the ${side} directory: ${ab.setup}\n`);
      const code = await runSetup(ab.setup, dirs[side], env);
      if (code !== 0) {
        rep.info(`joulecheck ab: the setup command failed in the ${side} directory (${dirs[side]}) with exit code ${code}; nothing was metered\n`);
        return fail(code, `${side} setup`, []);
      }
    }
  }

  const [baseSha, headSha] = await Promise.all([gitSha(dirs.base), gitSha(dirs.head)]);
  const ctxs: Record<Side, MeterContext> = { base: sideContext(ctx, baseSha, 'base'), head: sideContext(ctx, headSha, 'head') };
  const [file, ...args] = command as [string, ...string[]];
  const schedule = abSchedule(ab.pairs, ab.order, ab.warmup);
  const count: Record<Side, number> = { base: 0, head: 0 };
  const runs: AbRunDone[] = [];
  const idles: Omit<MeasuredIdle, 'source'>[] = [];
  const probe = ab.probeState ?? true;
  const smi = opts.nvidiaSmi === 'none' ? null : ctx.startGpu ? (opts.nvidiaSmi ?? 'nvidia-smi') : null;

  for (const [i, s] of schedule.entries()) {
    const n = ++count[s.side];
    const what = `${s.side} run ${n}${s.warmup ? ' (warm-up)' : ''}`;
    rep.info(`joulecheck ab: ${i + 1}/${schedule.length}: ${what}\n`);
    const read = probe ? await probeMachine(ctx, { nvidiaSmi: smi, ...(env ? { env } : {}) }) : null;
    const state = read?.state ?? {};
    if (read) idles.push(read.idle);
    // gated: the meter is up before the command starts, so no run loses its first CPU time
    const spec: SpawnSpec = { file, args, cwd: dirs[s.side], ...(env ? { env } : {}), display: [...command], gate: true };
    const once = await runOnce(ctxs[s.side], spec, rep, {
      out: outDirs[s.side],
      label: opts.label,
      n,
      events: [
        s.warmup
          ? `A/B ${s.side} warm-up run (metered and kept, left out of the statistics), ${i + 1} of ${schedule.length} in the session`
          : `A/B ${s.side} measured run, ${i + 1} of ${schedule.length} in the session`,
      ],
    });
    runs.push({ ...once.record, side: s.side, warmup: s.warmup, state });
    if (once.exitCode !== 0 || once.interruptedBy !== null) {
      const why = once.interruptedBy ? `was interrupted by ${once.interruptedBy}` : `failed with exit code ${once.exitCode}`;
      rep.info(`joulecheck ab: the command ${why} in the ${what} (${dirs[s.side]}); the session stops (raw log ${once.record.log})\n`);
      return fail(once.exitCode, what, runs, once.interruptedBy);
    }
    if (!once.record.summary) {
      rep.info(`joulecheck ab: no summary for the ${what} (raw log ${once.record.log}); the session stops\n`);
      return fail(1, what, runs);
    }
  }

  // The active energy above the idle the sensors read before the runs: the lowest reading of the session
  // (the one least disturbed by anything else), the same for every run of both sides
  const idle = sessionIdle(idles);
  if (idle) {
    for (const r of runs) {
      if (!r.summaryPath) continue;
      try {
        r.summary = await writeSummary(r.log, r.summaryPath, ctx, idle);
      } catch (err) {
        rep.info(`joulecheck ab: the summary of ${r.log} could not be redone with the measured idle (${err instanceof Error ? err.message : String(err)}); it keeps the model's\n`);
      }
    }
  }

  const inputs: AbRunInput[] = runs.map((r) => ({
    side: r.side,
    n: r.n,
    warmup: r.warmup,
    summary: r.summary!,
    file: relative(out, r.summaryPath!),
    ...(Object.keys(r.state).length ? { state: r.state } : {}),
  }));
  const comparison = comparePaired(inputs, {
    order: ab.order,
    warmup: ab.warmup,
    ...(ab.metric ? { metric: ab.metric } : {}),
    ...(ab.alpha !== undefined ? { alpha: ab.alpha } : {}),
    ...(ab.minEffect !== undefined ? { minEffect: ab.minEffect } : {}),
    ...(ab.runner ? { runner: ab.runner } : {}),
  });
  const files = { json: join(out, 'comparison.json'), markdown: join(out, 'comparison.md') };
  writeFileSync(files.json, JSON.stringify(comparison, null, 2) + '\n');
  writeFileSync(files.markdown, renderComparisonMarkdown(comparison));
  return { exitCode: 0, runs, failure: null, interruptedBy: null, comparison, files };
}
