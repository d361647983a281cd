// Action entry (main). Thin: parse inputs, run the mode. Failing to parse inputs fails the step with the
// input named; the metered command's own failure fails the step with its exit code.
// Reporting (artifact, baseline comparison, comment, outputs) happens here, right after metering, so that
// `verdict`, `energy-change-pct`, `p-value` and `comment-url` are available to later steps; the post step
// only reports when main never got that far (cancelled or killed while metering).
import * as core from '@actions/core';
import { parseInputs } from './action/inputs.ts';
import { MODES } from './action/modes/index.ts';

try {
  const inputs = parseInputs((name) => core.getInput(name));
  await MODES[inputs.mode](inputs);
} catch (err) {
  core.setFailed(err instanceof Error ? err.message : String(err));
}
