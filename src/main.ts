// Action entry (main). Thin: parse inputs, dispatch on mode. Failing to parse inputs fails the step with
// the input named; the metered command's own failure fails the step with its exit code.
import * as core from '@actions/core';
import { parseInputs } from './inputs.ts';
import { meterRun, meterStart, meterStop } from './action/meter.ts';
import { commentFromArtifact, reportRun } from './action/report.ts';

try {
  // mask secrets before anything can print them
  for (const secret of ['carbon-token']) {
    const v = core.getInput(secret);
    if (v) core.setSecret(v);
  }
  const inputs = parseInputs((name) => core.getInput(name));
  core.saveState('mode', inputs.mode);
  switch (inputs.mode) {
    case 'run': {
      const result = await meterRun(inputs);
      core.saveState('result', JSON.stringify(result));
      if (result.exitCode !== null && result.exitCode !== 0) {
        core.setFailed(`the metered command exited with code ${result.exitCode}${result.exitCode > 128 ? ` (signal ${result.exitCode - 128})` : ''}`);
      }
      break;
    }
    case 'start':
      await meterStart(inputs);
      break;
    case 'stop':
      core.saveState('result', JSON.stringify(await meterStop(inputs)));
      break;
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
