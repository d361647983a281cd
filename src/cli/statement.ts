// `joulecheck statement <summary-or-log files or dirs>... [--format markdown|text]`: the paper-style carbon
// impact statement aggregated over many runs. Summaries (*.summary.json) are read with the Summary schema;
// raw logs (*.ndjson) are summarised first. A log whose summary is also given is counted once.
import { basename, dirname, resolve } from 'node:path';
import { buildStatement, formatStatement, type StatementRun } from '../accounting/statement.ts';
import { readRunLog } from '../log/reader.ts';
import { summarize } from '../accounting/summarize.ts';
import { expandInputs, noRunsError, readSummaryFile, SummaryFileError } from '../log/summary-files.ts';
import type { Summary } from '../model/summary.ts';
import { InputError } from '../model/errors.ts';
import { asUsageError, type Command, UsageError } from './types.ts';

const HELP = `usage: joulecheck statement <summary.json | log.ndjson | dir>... [--format markdown|text]

Prints the carbon impact statement (Henderson et al. 2020) over all the runs given: total CO2eq, energy,
the country-specific social cost of carbon (Ricke et al. 2018) with its 16.7/83.3 percentiles, and the
regions, intensities, PUE and measurement methods behind them. Directories are searched recursively for
*.summary.json and *.ndjson; a log whose summary is present is counted once.
`;

/** readSummaryFile, with this command's wording of its two commonest refusals. */
async function readStatementSummary(f: string): Promise<Summary> {
  try {
    return await readSummaryFile(f, f);
  } catch (err) {
    if (!(err instanceof SummaryFileError)) throw err;
    const p = err.problem;
    if (p?.kind === 'not-json') throw new InputError(`${f}: not a JSON summary (${p.detail})`);
    if (p?.kind === 'invalid') throw new InputError(`${f}: not a joulecheck/summary@1 (${p.detail})`);
    throw err;
  }
}

export async function loadRuns(files: string[]): Promise<StatementRun[]> {
  const summaries: StatementRun[] = [];
  const logs: string[] = [];
  for (const f of files) {
    if (f.endsWith('.ndjson')) {
      logs.push(f);
      continue;
    }
    summaries.push({ file: f, summary: await readStatementSummary(f) });
  }
  // A summary names the log it came from (relative to itself): do not count that run twice.
  const covered = new Set(
    summaries.filter((s) => s.summary.log).map((s) => resolve(dirname(s.file), s.summary.log!)),
  );
  for (const f of logs) {
    if (covered.has(resolve(f))) continue;
    const log = await readRunLog(f);
    summaries.push({ file: f, summary: summarize(log, { logName: basename(f) }) });
  }
  return summaries;
}

export const statement: Command = async (argv, io) => {
  let format: 'markdown' | 'text' = 'markdown';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      io.stdout(HELP);
      return 0;
    }
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'markdown' && v !== 'text') throw new UsageError(`--format must be markdown or text, got ${v === undefined ? 'nothing' : `'${v}'`}`);
      format = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'; expected --format markdown|text`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError('expected at least one summary, log or directory (see --help)');
  // the same reading of paths as every command that takes runs (bounded, node logs left to their merge)
  const { summaries, logs } = await asUsageError(() => expandInputs(paths, io.cwd));
  const files = [...summaries, ...logs];
  if (files.length === 0) throw new UsageError(noRunsError(paths).message);
  const runs = await loadRuns(files);
  io.stdout(formatStatement(buildStatement(runs), format));
  return 0;
};
