// State handed from the main step to the post step (core.saveState -> the runner's STATE_<key> ->
// core.getState). Every key is here, typed; the post step needs only these. A const object rather than a
// TypeScript enum: the sources run under Node's type stripping, which takes erasable syntax only.
import * as core from '@actions/core';
import { MeterResult } from './meter-result.ts';

export const StateKey = {
  /** the out directory of a metering step, saved before metering starts */
  OutDir: 'out',
  /** its label: with OutDir, where the raw logs are even when main never finished */
  Label: 'label',
  /** the MeterResult of main, as JSON */
  Result: 'result',
  /** 'true' once main has reported: post then reports nothing again */
  Reported: 'reported',
} as const;
export type StateKey = (typeof StateKey)[keyof typeof StateKey];

export interface SavedState {
  /** where main was writing, or null when it saved nothing (mode report/comment, or a failed start) */
  place: { outDir: string; label: string | null } | null;
  result: MeterResult | null;
  reported: boolean;
}

/** Before metering: a cancelled main step still leaves the post step the place of the raw logs. */
export function savePlace(outDir: string, label: string): void {
  core.saveState(StateKey.OutDir, outDir);
  core.saveState(StateKey.Label, label);
}

export function saveResult(result: MeterResult): void {
  // the schema's fields only: the in-memory summaries stay in main
  core.saveState(StateKey.Result, JSON.stringify(MeterResult.parse(result)));
}

export function markReported(): void {
  core.saveState(StateKey.Reported, 'true');
}

export function readSavedState(): SavedState {
  const outDir = core.getState(StateKey.OutDir);
  const raw = core.getState(StateKey.Result);
  let result: MeterResult | null = null;
  if (raw) {
    try {
      const parsed = MeterResult.safeParse(JSON.parse(raw));
      if (parsed.success) result = parsed.data;
      else core.warning(`joulecheck: the saved step result is not valid (${parsed.error.issues[0]?.message ?? 'invalid'}); using the out directory`);
    } catch {
      core.warning('joulecheck: the saved step result is not JSON; using the out directory');
    }
  }
  return {
    place: outDir ? { outDir, label: core.getState(StateKey.Label) || null } : null,
    result,
    reported: core.getState(StateKey.Reported) === 'true',
  };
}
