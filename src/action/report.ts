// Reporting side of the action (issue 5): artifacts, baseline, sticky comment, badge. Placeholder seam.
import type { ActionInputs } from '../inputs.ts';
import type { MeterResult } from './meter.ts';

/** post step after a metered step: upload, compare with base branch, comment, job summary, badge. */
export async function reportAfterMeter(inputs: ActionInputs, result: MeterResult): Promise<void> {
  void inputs;
  void result;
}
/** mode report: all joulecheck artifacts of this workflow run -> ONE comment. */
export async function reportRun(inputs: ActionInputs): Promise<void> {
  void inputs;
  throw new Error('mode report: not implemented yet');
}
/** mode comment (workflow_run): post the comment a fork PR's run left in its artifact. */
export async function commentFromArtifact(inputs: ActionInputs): Promise<void> {
  void inputs;
  throw new Error('mode comment: not implemented yet');
}
