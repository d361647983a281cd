// `joulecheck appendix <logs|summaries|dirs>... --out DIR [--title T]`: a self-contained HTML appendix.
import { buildAppendix } from '../appendix/build.ts';
import { VERSION } from '../model/version.ts';
import { asUsageError, type Command, UsageError } from './types.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: joulecheck appendix <log.ndjson|summary.json|dir>... --out DIR [--title TEXT] [--cloud-region ID] [--history FILE]

Writes DIR/index.html: one self-contained page (no network at view time) with the hardware and sensors
found, a run table, energy per run with its spread, power over time per component, and the carbon statement.
--cloud-region ID (the runner's) makes the what-if line name that provider's lowest-intensity regions.
--history FILE (joulecheck/history@1, as kept on the badge branch) adds the trend per commit.
`;

export const appendix: Command = async (argv, io) => {
  const parsed = parseCommandArgs(
    argv,
    {
      out: { type: 'string' },
      title: { type: 'string' },
      'cloud-region': { type: 'string' },
      history: { type: 'string' },
    },
    HELP,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one run log, summary or directory\n${HELP}`);
  if (!values.out) throw new UsageError(`--out DIR is required\n${HELP}`);
  const out = values.out;
  const built = await asUsageError(() =>
    buildAppendix({
      inputs: positionals,
      out,
      cwd: io.cwd,
      toolVersion: VERSION,
      ...(values.title ? { title: values.title } : {}),
      cloudRegion: values['cloud-region'] ?? null,
      history: values.history ?? null,
    }),
  );
  for (const w of built.warnings) io.stderr(`warning: ${w}\n`);
  io.stdout(`appendix: ${built.runs} run(s) -> ${built.file} (${(built.bytes / 1024).toFixed(0)} KiB)\n`);
  return 0;
};
