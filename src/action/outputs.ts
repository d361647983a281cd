// The step's outputs and job summary (names as in action.yml). Writing the job summary never fails a step.
import * as core from '@actions/core';
import type { Summary } from '../model/summary.ts';
import { verdictOutput } from '../model/verdict.ts';
import type { Rendered } from '../render/report.ts';
import { meanOutputs, meterTable } from '../render/job-summary.ts';
import { warn } from './session.ts';
import type { DoctorReport } from '../model/doctor.ts';
import { sensorsMarkdown } from './doctor.ts';

/** energy-j, co2eq-g, duration-s, summary-path and the job-summary table of a metering step. */
export async function publishMeterOutputs(summaries: Summary[], paths: string[], doctor: DoctorReport | null = null): Promise<void> {
  const m = meanOutputs(summaries);
  if (m) {
    core.setOutput('energy-j', m.energyJ.toFixed(6));
    core.setOutput('co2eq-g', m.co2eqG.toFixed(6));
    core.setOutput('duration-s', m.durationS.toFixed(3));
  }
  if (paths[0]) core.setOutput('summary-path', paths[0]);
  try {
    await core.summary.addRaw(sensorsMarkdown(doctor) + meterTable(summaries)).write();
  } catch (err) {
    // no GITHUB_STEP_SUMMARY (local runs): the table is in the log instead
    core.info(sensorsMarkdown(doctor) + meterTable(summaries));
    core.debug(`job summary not written: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** verdict, energy-change-pct, p-value of a comparison. */
export function setComparisonOutputs(r: Rendered): void {
  core.setOutput('verdict', verdictOutput(r.verdict));
  core.setOutput('energy-change-pct', r.energyChangePct === null ? '' : String(Math.round(r.energyChangePct * 1000) / 1000));
  core.setOutput('p-value', r.pValue === null ? '' : String(r.pValue));
}

export async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (err) {
    warn('writing the job summary failed', err);
  }
}
