// mode ab: the `run` command in a worktree of the base commit and in the workspace (head), interleaved on
// this runner and metered like mode run (src/run/ab.ts, the CLI's `joulecheck ab`), then reported like
// mode run with the paired comparison deciding.
import * as core from '@actions/core';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { addBaseWorktree, BaseRefError, resolveBase, workTreeTop } from '../../github/base-checkout.ts';
import { readEventContext } from '../../github/event.ts';
import { Summary } from '../../model/summary.ts';
import { runAb } from '../../run/ab.ts';
import { buildMeterContext } from '../../run/meter-context.ts';
import type { ActionInputs } from '../inputs.ts';
import type { MeterResult } from '../meter-result.ts';
import { meterOptions, runnerTemp } from '../meter-options.ts';
import { publishMeterOutputs } from '../outputs.ts';
import { savePlace, saveResult } from '../state.ts';
import { reportInMain } from '../step-report.ts';
import { readEvent } from '../session.ts';

/** mode ab: the A/B session, then the report (the A/B deciding); fails with a failing run's exit code. */
export async function abMode(inputs: ActionInputs): Promise<void> {
  const result = await meterAb(inputs);
  saveResult(result);
  await reportInMain(inputs, result);
  if (result.exitCode !== null && result.exitCode !== 0) {
    core.setFailed(`the A/B session stopped: the command exited with code ${result.exitCode} (the log names the side and run)`);
  }
}

/** "ubuntu-24.04 runner 'GitHub Actions 3' (Linux X64)" from the runner's documented environment. */
export function runnerDescription(env: NodeJS.ProcessEnv): string {
  const name = env.RUNNER_NAME?.trim();
  const os = [env.RUNNER_OS, env.RUNNER_ARCH].filter(Boolean).join(' ');
  return [name || 'this runner', os ? `(${os})` : ''].filter(Boolean).join(' ');
}

export async function meterAb(inputs: ActionInputs): Promise<MeterResult> {
  if (inputs.run === null) throw new Error("input 'run' is required with mode 'ab'");
  const opts = { ...meterOptions(inputs), repeat: 1 };
  // state first: a cancelled main step still leaves the post step the place of the raw logs
  savePlace(opts.out, opts.label);
  const cwd = inputs.workingDirectory ? resolve(inputs.workingDirectory) : process.cwd();
  if (!existsSync(cwd)) throw new Error(`input 'working-directory': ${cwd} does not exist`);
  const top = await workTreeTop(cwd);
  if (!top) throw new BaseRefError(`mode 'ab' needs a git checkout (actions/checkout) in ${cwd}: it is not inside a git working tree`);
  let pr = null;
  try {
    pr = readEventContext(process.env, readEvent()).pr;
  } catch {
    pr = null;
  }
  const base = await resolveBase(top, { baseRef: inputs.baseRef, pr });
  core.info(`joulecheck: A/B base ${base.sha} (${base.how})`);
  const ctx = await buildMeterContext(opts);
  const tmp = runnerTemp();
  const wt = await addBaseWorktree(top, base.sha, tmp);
  const script = join(tmp, `joulecheck-ab-${opts.label}-${process.pid}.sh`);
  writeFileSync(script, inputs.run.endsWith('\n') ? inputs.run : `${inputs.run}\n`);
  const command = inputs.shell === 'bash' ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script] : ['sh', '-e', script];
  try {
    const outcome = await runAb(
      ctx,
      opts,
      {
        baseDir: join(wt.dir, relative(top, cwd)),
        headDir: cwd,
        pairs: inputs.pairs,
        order: inputs.order,
        metric: inputs.abMetric,
        warmup: inputs.warmup,
        setup: inputs.setup,
        alpha: inputs.alpha,
        minEffect: inputs.minEffect,
        runner: runnerDescription(process.env),
      },
      command,
      { info: (t) => process.stderr.write(t) },
      process.env,
    );
    const measured = outcome.runs.filter((r) => r.side === 'head' && !r.warmup && r.summary);
    await publishMeterOutputs(measured.map((r) => Summary.parse(r.summary)), measured.flatMap((r) => (r.summaryPath ? [r.summaryPath] : [])));
    if (outcome.failure) core.error(`joulecheck: the A/B session stopped at the ${outcome.failure} (exit code ${outcome.exitCode})`);
    return {
      outDir: opts.out,
      summaryPaths: outcome.runs.flatMap((r) => (r.summaryPath ? [r.summaryPath] : [])),
      logs: outcome.runs.map((r) => r.log),
      exitCode: outcome.exitCode,
      ...(outcome.files ? { comparison: outcome.files.json } : {}),
    };
  } finally {
    rmSync(script, { force: true });
    await wt.remove();
  }
}
