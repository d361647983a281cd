// Action entry (main). Thin: parse inputs, dispatch on mode. Failing to parse inputs fails the step with
// the input named; the metered command's own failure fails the step with its exit code.
// Reporting (artifact, baseline comparison, comment, outputs) happens here, right after metering, so that
// `verdict`, `energy-change-pct`, `p-value` and `comment-url` are available to later steps; the post step
// only reports when main never got that far (cancelled or killed while metering).
import * as core from '@actions/core';
import { parseInputs, type ActionInputs } from './action/inputs.ts';
import { meterRun, meterStart, meterStop, type MeterResult } from './action/meter.ts';
import { commentFromArtifact, reportAfterMeter, reportRun } from './action/report.ts';

/** Reporting never decides the step's fate, except `fail-on-regression` (which sets it failed itself). */
async function report(inputs: ActionInputs, result: MeterResult): Promise<void> {
  try {
    await reportAfterMeter(inputs, result);
  } catch (err) {
    core.warning(`joulecheck: reporting failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  core.saveState('reported', 'true');
}

try {
  const inputs = parseInputs((name) => core.getInput(name));
  core.saveState('mode', inputs.mode);
  switch (inputs.mode) {
    case 'run': {
      const result = await meterRun(inputs);
      core.saveState('result', JSON.stringify(result));
      await report(inputs, result);
      if (result.exitCode !== null && result.exitCode !== 0) {
        core.setFailed(`the metered command exited with code ${result.exitCode}`);
      }
      break;
    }
    case 'start':
      await meterStart(inputs);
      break;
    case 'stop': {
      const result = await meterStop(inputs);
      core.saveState('result', JSON.stringify(result));
      await report(inputs, result);
      break;
    }
    case 'report':
      await reportRun(inputs);
      break;
    case 'comment':
      await commentFromArtifact(inputs);
      break;
  }
} catch (err) {
  core.setFailed(err instanceof Error ? err.message : String(err));
}
