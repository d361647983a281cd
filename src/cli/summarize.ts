// `joulecheck summarize <log.ndjson>... [--out DIR] [--pue X] [--json] [--max-log-bytes N]`
// Recomputes `<label>-<n>.summary.json` from raw run logs (re-accounting: another PUE, a newer model),
// beside each log or into --out. A bad file is reported and skipped; the others are still written.
import { formatDuration, formatEnergy, formatGrams } from '../render/format.ts';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { DEFAULT_MAX_LOG_BYTES, readRunLog } from '../log/reader.ts';
import { summarize as account } from '../accounting/summarize.ts';
import type { Summary } from '../model/summary.ts';
import { type Command, UsageError } from './types.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: joulecheck summarize <log.ndjson>... [options]

Recomputes <label>-<n>.summary.json from raw run logs (a log torn by a crash is read, with a warning).

options:
  --out DIR            write summaries into DIR (default: beside each log)
  --pue X              re-account with this PUE (>= 1) instead of the one recorded in the log
  --json               print the summaries as a JSON array on stdout
  --max-log-bytes N    refuse logs larger than N bytes (default ${DEFAULT_MAX_LOG_BYTES})
  -h, --help           this help
`;

function parse(argv: string[]) {
  return parseCommandArgs(
    argv,
    {
      out: { type: 'string' },
      pue: { type: 'string' },
      json: { type: 'boolean', default: false },
      'max-log-bytes': { type: 'string' },
    },
    HELP,
  );
}


export const summarize: Command = async (argv, io) => {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`no log given: expected one or more <log.ndjson> files\n${HELP}`);
  let pue: number | undefined;
  if (values.pue !== undefined) {
    pue = Number(values.pue);
    if (values.pue.trim() === '' || !Number.isFinite(pue) || pue < 1) throw new UsageError(`--pue must be a number >= 1, got '${values.pue}'`);
  }
  let maxBytes = DEFAULT_MAX_LOG_BYTES;
  if (values['max-log-bytes'] !== undefined) {
    maxBytes = Number(values['max-log-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError(`--max-log-bytes must be a positive integer, got '${values['max-log-bytes']}'`);
    }
  }
  const outDir = values.out !== undefined ? resolve(io.cwd, values.out) : undefined;
  if (outDir !== undefined) mkdirSync(outDir, { recursive: true });

  const written = new Map<string, string>();
  const results: Summary[] = [];
  let failed = 0;
  for (const arg of positionals) {
    const logPath = resolve(io.cwd, arg);
    try {
      const log = await readRunLog(logPath, { maxBytes });
      const dir = outDir ?? dirname(logPath);
      const file = resolve(dir, `${log.header.label}-${log.header.repeat}.summary.json`);
      const clash = written.get(file);
      if (clash !== undefined) {
        throw new Error(`its summary ${relative(io.cwd, file)} was already written from ${clash} in this run (same label and repeat); use another --out`);
      }
      const summary = account(log, { ...(pue !== undefined ? { pue } : {}), logName: relative(dir, logPath) || basename(logPath) });
      // write then rename: a reader never sees half a summary
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(summary, null, 2) + '\n');
      renameSync(tmp, file);
      written.set(file, arg);
      results.push(summary);
      for (const w of summary.warnings ?? []) io.stderr(`joulecheck summarize: warning: ${arg}: ${w}\n`);
      if (!values.json) {
        const a = summary.energy_j.attributed;
        io.stdout(
          `${arg} -> ${relative(io.cwd, file) || file}: ${formatEnergy(summary.energy_j.total)} ` +
            `(cpu ${formatEnergy(a.cpu)}, dram ${formatEnergy(a.dram)}, gpu ${formatEnergy(a.gpu)}; PUE ${summary.pue}), ` +
            `${formatGrams(summary.carbon.co2eq_g)} CO2eq, ${formatDuration(summary.duration_s)}\n`,
        );
      }
    } catch (err) {
      failed++;
      const msg = err instanceof Error ? err.message : String(err);
      // reader errors already name the file (by absolute path): show it as the user typed it
      io.stderr(`joulecheck summarize: ${msg.includes(logPath) ? msg.replaceAll(logPath, arg) : `${arg}: ${msg}`}\n`);
    }
  }
  if (values.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  if (failed > 0) io.stderr(`joulecheck summarize: ${failed} of ${positionals.length} log(s) could not be summarized\n`);
  return failed > 0 ? 1 : 0;
};
