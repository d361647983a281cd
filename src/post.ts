// Action entry (post, `post-if: always()`): runs even when the step failed or was cancelled, so the raw
// logs are always uploaded. Main reports right after metering; post reports only what main did not
// (a `start` step's meter, or a main cancelled before reporting). Failures become warnings.
import * as core from '@actions/core';
import { parseInputs } from './action/inputs.ts';
import { collectResult, ensureStopped, type MeterResult } from './action/meter.ts';
import { reportAfterMeter } from './action/report.ts';

try {
  const inputs = parseInputs((name) => core.getInput(name));
  let result: MeterResult | null = null;
  if (inputs.mode === 'start') {
    result = await ensureStopped(inputs);
  } else if ((inputs.mode === 'run' || inputs.mode === 'stop') && core.getState('reported') !== 'true') {
    const saved = core.getState('result');
    result = saved ? (JSON.parse(saved) as MeterResult) : null;
    // main was cancelled or crashed before saving its result: the raw logs are still where it said
    const out = core.getState('out');
    if (!result && out) result = collectResult(out, core.getState('label') || inputs.label, null);
  }
  if (result) await reportAfterMeter(inputs, result);
} catch (err) {
  core.warning(`joulecheck post step: ${err instanceof Error ? err.message : String(err)}`);
}
