// mode run: the `run` input in `shell` (bash --noprofile --norc -eo pipefail {0}, as GitHub's run steps),
// metered; then the report; the step fails with the command's exit code.
import * as core from '@actions/core';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildMeterContext } from '../../run/meter-context.ts';
import { runMetered } from '../../run/orchestrate.ts';
import { humanSummary } from '../../render/text.ts';
import type { ActionInputs } from '../inputs.ts';
import type { MeterResult } from '../meter-result.ts';
import { meterOptions, runnerTemp } from '../meter-options.ts';
import { publishMeterOutputs } from '../outputs.ts';
import { savePlace, saveResult } from '../state.ts';
import { reportInMain } from '../step-report.ts';
import type { MeterHooks } from '../background-meter.ts';
import { meterSrun } from '../srun-launch.ts';
import { preflight } from '../doctor.ts';

export async function runMode(inputs: ActionInputs): Promise<void> {
  const result = await meterRun(inputs);
  saveResult(result);
  await reportInMain(inputs, result);
  if (result.exitCode !== null && result.exitCode !== 0) core.setFailed(`the metered command exited with code ${result.exitCode}`);
}

/** Meters the command (every repeat), sets the meter outputs; the report is the caller's. */
export async function meterRun(inputs: ActionInputs, hooks: MeterHooks = {}): Promise<MeterResult> {
  if (inputs.run === null) throw new Error("input 'run' is required with mode 'run'");
  const opts = meterOptions(inputs);
  // state first: a cancelled main step still leaves the post step the place of the raw logs
  savePlace(opts.out, opts.label);
  if (inputs.launcher === 'srun') return meterSrun(inputs, opts, hooks);
  // the sensor checks first: a new user sees each problem and its fix before the run, not after
  const pre = await preflight(inputs);
  // the GPUs the checks just found are not probed again (nvidia-smi's probe takes about a second)
  const ctx = await buildMeterContext(opts, process.env, { smi: pre.smi });
  const script = join(runnerTemp(), `joulecheck-${opts.label}-${process.pid}.sh`);
  writeFileSync(script, inputs.run.endsWith('\n') ? inputs.run : `${inputs.run}\n`);
  const [file, args] = inputs.shell === 'bash' ? ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]] : ['sh', ['-e', script]];
  const cwd = inputs.workingDirectory ? resolve(inputs.workingDirectory) : process.cwd();
  if (!existsSync(cwd)) throw new Error(`input 'working-directory': ${cwd} does not exist`);
  try {
    const outcome = await runMetered(ctx, opts, { file, args: args as string[], cwd, env: process.env, display: [inputs.run] }, {
      info: (t) => process.stderr.write(t),
    });
    // a summary and its path come together: the two lists stay parallel
    const summarized = outcome.runs.filter((r) => r.summary && r.summaryPath);
    const summaries = summarized.map((r) => r.summary!);
    const summaryPaths = summarized.map((r) => r.summaryPath!);
    for (const r of outcome.runs) if (r.summary) core.info(humanSummary(r.summary, { log: r.log, summary: r.summaryPath }));
    await publishMeterOutputs(summaries, summaryPaths, pre.report);
    return { outDir: opts.out, summaryPaths, summaries, logs: outcome.runs.map((r) => r.log), exitCode: outcome.exitCode };
  } finally {
    rmSync(script, { force: true });
  }
}
