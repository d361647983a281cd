// `joulecheck summarize <log.ndjson>... [--out DIR] [--pue X] [--json] [--max-log-bytes N]`
// Recomputes `<label>-<n>.summary.json` from raw run logs (re-accounting: another PUE, a newer model),
// beside each log or into --out. A bad file is reported and skipped; the others are still written.
import { formatDuration, formatEnergy, formatGrams } from '../render/format.ts';
import { renameSync, writeFileSync } from 'node:fs';
import { makeOutDir } from '../log/out-dir.ts';
import { basename, dirname, relative, resolve } from 'node:path';
import { DEFAULT_MAX_LOG_BYTES, readRunLog, RunLogError } from '../log/reader.ts';
import { summarize as account } from '../accounting/summarize.ts';
import type { Summary } from '../model/summary.ts';
import { type Command, UsageError } from './types.ts';
import { parseCommandArgs } from './args.ts';
import { mergeRun, type NodeSource } from '../run/merge-run.ts';
import { readLogHeader } from '../log/reader.ts';
import { parseNodeLogName } from '../log/node-files.ts';
import type { CommandIO } from './types.ts';

const HELP = `usage: joulecheck summarize <log.ndjson>... [options]
       joulecheck summarize --merge <node log.ndjson>... [options]

Recomputes <label>-<n>.summary.json from raw run logs (a log torn by a crash is read, with a warning).

options:
  --out DIR            write summaries into DIR (default: beside each log)
  --pue X              re-account with this PUE (>= 1) instead of the one recorded in the log
  --json               print the summaries as a JSON array on stdout
  --max-log-bytes N    refuse logs larger than N bytes (default ${DEFAULT_MAX_LOG_BYTES})
  --merge              the logs are the nodes of ONE multi-node run (joulecheck run --node NAME --run-id ID):
                       write one <label>-<n>.summary.json for the whole run, energy summed over the nodes;
                       a node whose log is missing or unreadable is named and the totals marked incomplete
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
      merge: { type: 'boolean', default: false },
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
  if (outDir !== undefined) makeOutDir(outDir, 'out (--out)');
  if (values.merge) return mergeCommand(positionals, { outDir, pue, json: values.json }, io);

  const written = new Map<string, string>();
  const results: Summary[] = [];
  let failed = 0;
  let badInput = 0;
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
      // a log that is missing or not a run log is bad input (exit 2); anything else is a failure (exit 1)
      if (err instanceof RunLogError || (err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') badInput++;
      const msg = err instanceof Error ? err.message : String(err);
      // reader errors already name the file (by absolute path): show it as the user typed it
      io.stderr(`joulecheck summarize: ${msg.includes(logPath) ? msg.replaceAll(logPath, arg) : `${arg}: ${msg}`}\n`);
    }
  }
  if (values.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  if (failed > 0) io.stderr(`joulecheck summarize: ${failed} of ${positionals.length} log(s) could not be summarized\n`);
  return failed === 0 ? 0 : badInput === failed ? 2 : 1;
};

/** `--merge`: the given logs are the nodes of one run. */
async function mergeCommand(paths: string[], o: { outDir: string | undefined; pue: number | undefined; json: boolean }, io: CommandIO): Promise<number> {
  const nodes: NodeSource[] = [];
  let run: { label: string; repeat: number; runId: string | null } | null = null;
  for (const arg of paths) {
    const log = resolve(io.cwd, arg);
    const fromName = parseNodeLogName(basename(log));
    let header = null;
    try {
      header = await readLogHeader(log);
    } catch {
      // missing or unreadable: the merge names the node and says why
    }
    const name = header?.node?.name ?? fromName?.node;
    if (!name) {
      throw new UsageError(`${arg}: cannot tell which node this log is from: its header names no node and its file name is not <label>-<n>.<node>.log.ndjson`);
    }
    const label = header?.label ?? fromName?.label;
    const repeat = header?.repeat ?? fromName?.n;
    if (label !== undefined && repeat !== undefined) {
      const runId = header?.node?.run_id ?? null;
      if (run === null) run = { label, repeat, runId };
      else {
        if (run.label !== label || run.repeat !== repeat) throw new UsageError(`${arg}: run ${label}-${repeat}, but the first log is from run ${run.label}-${run.repeat}: --merge takes the nodes of one run`);
        if (runId !== null && run.runId !== null && runId !== run.runId) throw new UsageError(`${arg}: run id ${runId}, but the first log has run id ${run.runId}: --merge takes the nodes of one run`);
        run.runId ??= runId;
      }
    }
    if (nodes.some((n) => n.name === name)) throw new UsageError(`${arg}: node '${name}' is given twice`);
    nodes.push({ name, log });
  }
  if (run === null) throw new UsageError('--merge: none of the logs can be read, and their file names do not say which run they belong to');
  const dir = o.outDir ?? dirname(nodes[0]!.log);
  const file = resolve(dir, `${run.label}-${run.repeat}.summary.json`);
  let merged;
  try {
    const pue = o.pue !== undefined ? { pue: o.pue } : {};
    merged = await mergeRun(nodes, { summaryPath: file, label: run.label, repeat: run.repeat, runId: run.runId, ...pue });
  } catch (err) {
    io.stderr(`joulecheck summarize --merge: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  for (const w of merged.warnings ?? []) io.stderr(`joulecheck summarize: warning: ${w}\n`);
  if (o.json) io.stdout(JSON.stringify(merged, null, 2) + '\n');
  else {
    const a = merged.energy_j.attributed;
    io.stdout(
      `${nodes.length} node logs -> ${relative(io.cwd, file) || file}: ${formatEnergy(merged.energy_j.total)} ` +
        `(cpu ${formatEnergy(a.cpu)}, dram ${formatEnergy(a.dram)}, gpu ${formatEnergy(a.gpu)}; PUE ${merged.pue}), ${formatGrams(merged.carbon.co2eq_g)} CO2eq, ` +
        `${formatDuration(merged.duration_s)} over ${merged.node_count} nodes` +
        (merged.incomplete ? `; INCOMPLETE: ${merged.missing_nodes!.join(', ')} missing or cut short` : '') + '\n',
    );
  }
  return merged.incomplete ? 1 : 0;
}
