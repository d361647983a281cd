// mode start: a detached background meter of the job's process tree, until mode stop (or, when the job
// fails before stop, the post step of start).
import * as core from '@actions/core';
import { dirname, join } from 'node:path';
import { resolveMeterCarbon } from '../../run/meter-context.ts';
import type { ActionInputs } from '../inputs.ts';
import type { MeterResult } from '../meter-result.ts';
import { meterOptions } from '../meter-options.ts';
import { savePlace } from '../state.ts';
import { assertNoMeterRunning, startBackgroundMeter, stopBackgroundMeter, type MeterHooks } from '../background-meter.ts';
import { preflight, sensorsMarkdown } from '../doctor.ts';

export async function meterStart(inputs: ActionInputs, hooks: MeterHooks = {}): Promise<void> {
  const opts = meterOptions(inputs);
  savePlace(opts.out, opts.label);
  assertNoMeterRunning(opts.label);
  // bad settings (unknown region) fail this step, not silently the background meter; the sensors are the
  // background meter's to probe (once, in its own process)
  resolveMeterCarbon(opts);
  // the sensor checks the background meter will depend on, with their fixes, before it starts
  const doctor = (await preflight(inputs)).report;
  if (doctor) {
    try {
      await core.summary.addRaw(sensorsMarkdown(doctor)).write();
    } catch {
      core.info(sensorsMarkdown(doctor)); // no GITHUB_STEP_SUMMARY (local runs)
    }
  }
  const entry = hooks.meterEntry ?? join(dirname(process.argv[1] ?? '.'), 'meter.js');
  // the runner's worker spawns each step's process: it is the root of the job's tree (later steps included)
  const root = hooks.rootPid ?? process.ppid;
  await startBackgroundMeter(opts, entry, root);
}

/** post of a `start` step: stops a meter left running (the job failed before `stop`). */
export async function ensureStopped(inputs: ActionInputs, hooks: MeterHooks = {}): Promise<MeterResult | null> {
  const result = await stopBackgroundMeter(inputs.label, hooks);
  if (result) core.info(`joulecheck: stopped the meter '${inputs.label}' left running (no stop step ran)`);
  return result;
}
