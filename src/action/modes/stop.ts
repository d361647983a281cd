// mode stop: signals the background meter of mode start (same label), waits for its footer and summary,
// sets the meter outputs, then reports as mode run does.
import type { ActionInputs } from '../inputs.ts';
import { readStepSummaries, type MeterResult } from '../meter-result.ts';
import { publishMeterOutputs } from '../outputs.ts';
import { saveResult } from '../state.ts';
import { reportInMain } from '../step-report.ts';
import { stopBackgroundMeter, type MeterHooks } from '../background-meter.ts';

export async function stopMode(inputs: ActionInputs): Promise<void> {
  const result = await meterStop(inputs);
  saveResult(result);
  await reportInMain(inputs, result);
}

export async function meterStop(inputs: ActionInputs, hooks: MeterHooks = {}): Promise<MeterResult> {
  const result = await stopBackgroundMeter(inputs.label, hooks);
  if (!result) {
    throw new Error(`no joulecheck meter is running for label '${inputs.label}': add a step with mode 'start' and the same label before this one`);
  }
  const summaries = await readStepSummaries(result.summaryPaths);
  await publishMeterOutputs(summaries, result.summaryPaths);
  return { ...result, summaries };
}
