// Action entry (post, `post-if: always()`): runs even when the step failed or was cancelled, so the raw
// logs are always uploaded. Main reports right after metering; post reports only what main did not
// (a `start` step's meter, or a main cancelled before reporting). Failures become warnings.
import * as core from '@actions/core';
import { parseInputs } from './action/inputs.ts';
import { collectResult, type MeterResult } from './action/meter-result.ts';
import { readSavedState } from './action/state.ts';
import { ensureStopped } from './action/modes/start.ts';
import { reportAfterMeter } from './action/step-report.ts';

try {
  const inputs = parseInputs((name) => core.getInput(name));
  let result: MeterResult | null = null;
  if (inputs.mode === 'start') {
    result = await ensureStopped(inputs);
  } else if (inputs.mode === 'run' || inputs.mode === 'stop') {
    const saved = readSavedState();
    // main was cancelled or crashed before saving its result: the raw logs are still where it said
    if (!saved.reported) result = saved.result ?? (saved.place ? collectResult(saved.place.outDir, saved.place.label ?? inputs.label, null) : null);
  } else if (inputs.mode === 'ab') {
    const saved = readSavedState();
    // an A/B session cut short: the raw logs of both sides are uploaded (nothing is compared)
    if (!saved.reported && !saved.result && saved.place) {
      const sides = ['base', 'head'].map((side) => collectResult(`${saved.place!.outDir}/${side}`, saved.place!.label ?? inputs.label, null));
      result = { outDir: saved.place.outDir, summaryPaths: sides.flatMap((x) => x.summaryPaths), logs: sides.flatMap((x) => x.logs), exitCode: null };
    } else if (!saved.reported) result = saved.result;
  }
  if (result) await reportAfterMeter(inputs, result);
} catch (err) {
  core.warning(`joulecheck post step: ${err instanceof Error ? err.message : String(err)}`);
}
