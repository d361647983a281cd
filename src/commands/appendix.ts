// `joulecheck appendix <logs|summaries|dirs>... --out DIR [--title T]`: a self-contained HTML appendix.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../report/appendix/files.ts';
import { HistoryError, historySection, parseHistory } from '../report/appendix/history.ts';
import { loadRuns } from '../report/appendix/load.ts';
import { renderAppendix } from '../report/appendix/render.ts';
import { appendixWhatIf, buildAppendixModel } from '../report/appendix/model.ts';
import { VERSION } from '../version.ts';
import { type Command, UsageError } from './types.ts';

const HELP = `usage: joulecheck appendix <log.ndjson|summary.json|dir>... --out DIR [--title TEXT] [--cloud-region ID] [--history FILE]

Writes DIR/index.html: one self-contained page (no network at view time) with the hardware and sensors
found, a run table, energy per run with its spread, power over time per component, and the carbon statement.
--cloud-region ID (the runner's) makes the what-if line name that provider's lowest-intensity regions.
--history FILE (joulecheck/history@1, as kept on the badge branch) adds the trend per commit.
`;

export const appendix: Command = async (argv, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        title: { type: 'string' },
        'cloud-region': { type: 'string' },
        history: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one run log, summary or directory\n${HELP}`);
  if (!values.out) throw new UsageError(`--out DIR is required\n${HELP}`);
  let runs;
  try {
    runs = await loadRuns(positionals, io.cwd);
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
  const model = buildAppendixModel(runs, { toolVersion: VERSION, ...(values.title ? { title: values.title } : {}) });
  const extraSections: string[] = [];
  if (values.history) {
    const path = resolve(io.cwd, values.history);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read --history '${values.history}': ${(err as Error).message}`);
    }
    try {
      extraSections.push(historySection(parseHistory(text, values.history)));
    } catch (err) {
      if (!(err instanceof HistoryError)) throw err;
      // A bad history must not cost the reader the rest of the appendix: a labelled gap instead.
      io.stderr(`warning: ${err.message}\n`);
      extraSections.push(historySection(null, `History not shown: ${err.message}`));
    }
  }
  const html = renderAppendix(model, { whatIf: appendixWhatIf(model, values['cloud-region'] ?? null), extraSections });
  const out = resolve(io.cwd, values.out);
  await mkdir(out, { recursive: true });
  const file = join(out, 'index.html');
  await writeFile(file, html);
  io.stdout(`appendix: ${runs.length} run(s) -> ${file} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB)\n`);
  return 0;
};
