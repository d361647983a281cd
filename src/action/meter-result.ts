// What a metering step produced (mode run, mode stop, the post of mode start), handed to the reporting
// side and, through the saved state, to the post step.
import * as core from '@actions/core';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Summary } from '../model/summary.ts';
import { readSummaryFilesLenient } from '../log/summary-files.ts';
import { parseNodeLogName } from '../log/node-files.ts';

export const MeterResult = z.object({
  outDir: z.string(),
  /** absolute paths of the summary JSON files and raw logs of this step */
  summaryPaths: z.array(z.string()),
  logs: z.array(z.string()),
  /** exit code of the metered command (mode run), null when not applicable */
  exitCode: z.number().int().nullable(),
  /** mode ab: the paired comparison the session wrote (`<out>/comparison.json`) */
  comparison: z.string().optional(),
});
/**
 * `summaries`: main's summaries in memory (those of `summaryPaths` that could be read), so that main does
 * not read back what it just wrote; never saved: the post step reads the files.
 */
export type MeterResult = z.infer<typeof MeterResult> & { summaries?: Summary[] };

/** Summaries and logs of `<out>/<label>-<n>.*` as they are on disk (also after a cancelled main step). */
export function collectResult(outDir: string, label: string, exitCode: number | null): MeterResult {
  const summaryPaths: string[] = [];
  const logs: string[] = [];
  const re = new RegExp(`^${label.replace(/[.]/g, '\\.')}-(\\d+)\\.(log\\.ndjson|summary\\.json)$`);
  const found = existsSync(outDir) ? readdirSync(outDir) : [];
  const byN = (a: string, b: string) => Number(re.exec(a)![1]) - Number(re.exec(b)![1]);
  for (const f of found.filter((f) => re.exec(f)?.[2] === 'summary.json').sort(byN)) summaryPaths.push(join(outDir, f));
  for (const f of found.filter((f) => re.exec(f)?.[2] === 'log.ndjson').sort(byN)) logs.push(join(outDir, f));
  // the node logs of a multi-node run (launcher srun)
  for (const f of found.filter((f) => parseNodeLogName(f)?.label === label).sort()) logs.push(join(outDir, f));
  return { outDir, summaryPaths, logs, exitCode };
}

/** The step's own summaries; one that cannot be read or validated is skipped with a warning. */
export function readStepSummaries(paths: readonly string[]): Promise<Summary[]> {
  return readSummaryFilesLenient(paths, (err) => core.warning(`joulecheck: ${err.message}`));
}
