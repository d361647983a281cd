// Reads the appendix's runs: summaries (with the raw log each names, when it is there) and logs without
// a summary, which are summarized here (same engine as `joulecheck summarize`).
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { readRunLog, RunLogError } from '../log/reader.ts';
import { summarize } from '../accounting/summarize.ts';
import { expandInputs, noRunsError, readSummaryFile } from '../log/summary-files.ts';
import { type AppendixRun, digestLog } from '../render/appendix/model.ts';

/** Reads every run: summaries (with the log they name, when it is there) and logs without a summary. */
export async function loadRuns(paths: readonly string[], cwd: string): Promise<AppendixRun[]> {
  const { summaries, logs } = await expandInputs(paths, cwd);
  const runs: AppendixRun[] = [];
  const usedLogs = new Set<string>();
  for (const sp of summaries) {
    const summary = await readSummaryFile(sp);
    let log = null;
    const warnings: string[] = [];
    if (summary.log) {
      const lp = resolve(dirname(sp), summary.log);
      const exists = await stat(lp).then((s) => s.isFile(), () => false);
      if (exists) {
        usedLogs.add(lp);
        try {
          log = digestLog(await readRunLog(lp));
        } catch (err) {
          // The summary still has the numbers: lose only the chart, and say why.
          if (!(err instanceof RunLogError)) throw err;
          warnings.push(`its log could not be read (${err.message}): no power over time`);
        }
      } else {
        warnings.push(`its log '${summary.log}' is not beside the summary: no power over time`);
      }
    }
    runs.push({ summary, log, source: basename(sp), warnings });
  }
  for (const lp of logs) {
    if (usedLogs.has(lp)) continue;
    // Digest each log as soon as it is read, so only one log's samples are in memory at a time.
    const raw = await readRunLog(lp);
    runs.push({ summary: summarize(raw, { logName: basename(lp) }), log: digestLog(raw), source: basename(lp) });
  }
  if (runs.length === 0) throw noRunsError(paths);
  return runs;
}
