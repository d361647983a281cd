// Metering side of the action (issue 2): mode run / start / stop. Placeholder seam.
import type { ActionInputs } from '../inputs.ts';

/** What a metering step produced, handed to the reporting side. */
export interface MeterResult {
  outDir: string;
  /** absolute paths of the summary JSON files and raw logs of this step */
  summaries: string[];
  logs: string[];
  /** exit code of the metered command (mode run), null when not applicable */
  exitCode: number | null;
}

export async function meterRun(inputs: ActionInputs): Promise<MeterResult> {
  void inputs;
  throw new Error('mode run: not implemented yet');
}
export async function meterStart(inputs: ActionInputs): Promise<void> {
  void inputs;
  throw new Error('mode start: not implemented yet');
}
export async function meterStop(inputs: ActionInputs): Promise<MeterResult> {
  void inputs;
  throw new Error('mode stop: not implemented yet');
}
/** post of a `start` step: stops a meter left running (the job failed before `stop`). */
export async function ensureStopped(inputs: ActionInputs): Promise<MeterResult | null> {
  void inputs;
  return null;
}
