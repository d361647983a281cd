// Raw log -> summary file. The accounting itself is src/accounting/summarize.ts; this adapter reads the log
// back (the same path `joulecheck summarize` takes, so a live run and a re-accounting agree), validates
// the summary against its schema and writes it.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readRunLog } from '../log/reader.ts';
import { Summary } from '../model/summary.ts';
import type { MeterContext } from '../meter/sampling/sampler.ts';
import { type MeasuredIdle, summarize } from '../accounting/summarize.ts';

/** `idle`: measured idle power for the active energy (the A/B's, read before its runs). */
export async function writeSummary(logPath: string, summaryPath: string, ctx: MeterContext, idle?: MeasuredIdle): Promise<Summary> {
  void ctx;
  const log = await readRunLog(logPath);
  const summary = Summary.parse(summarize(log, { logName: basename(logPath), ...(idle ? { idle } : {}) }));
  writeFileSync(summaryPath, JSON.stringify(summary, null, 2) + '\n');
  return summary;
}
