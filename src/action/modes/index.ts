// One entry per mode (the `mode` input), for the action's main step.
import type { ActionInputs, Mode } from '../inputs.ts';
import { runMode } from './run.ts';
import { meterStart } from './start.ts';
import { stopMode } from './stop.ts';
import { reportMode } from './report.ts';
import { commentMode } from './comment.ts';
import { abMode } from './ab.ts';

export const MODES: Record<Mode, (inputs: ActionInputs) => Promise<void>> = {
  run: runMode,
  start: (inputs) => meterStart(inputs),
  stop: stopMode,
  report: reportMode,
  comment: commentMode,
  ab: abMode,
};
