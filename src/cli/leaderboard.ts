// `joulecheck leaderboard <dirs|summaries>... [--format markdown|html|json] [--out FILE]`
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readSummaries } from '../log/summary-files.ts';
import { buildLeaderboard } from '../analysis/leaderboard.ts';
import { leaderboardHtml, leaderboardMarkdown } from '../render/leaderboard.ts';
import { asUsageError, type Command, UsageError } from './types.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: joulecheck leaderboard <dir|summary.json>... [--format markdown|html|json] [--out FILE]

Ranks labelled experiments by mean energy per run (summary total, PUE included), lowest first, with
t-based 95% confidence intervals. Runs are grouped by their label.
`;

export const leaderboard: Command = async (argv, io) => {
  const parsed = parseCommandArgs(
    argv,
    {
      format: { type: 'string', default: 'markdown' },
      out: { type: 'string' },
    },
    HELP,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'markdown' && format !== 'html' && format !== 'json') {
    throw new UsageError(`--format must be 'markdown', 'html' or 'json', got '${format}'`);
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one directory of summaries\n${HELP}`);
  const summaries = await asUsageError(() => readSummaries(positionals, io.cwd));
  const board = buildLeaderboard(summaries);
  const text =
    format === 'json' ? JSON.stringify(board, null, 2) + '\n' : format === 'html' ? leaderboardHtml(board) : leaderboardMarkdown(board);
  if (values.out) {
    const out = resolve(io.cwd, values.out);
    await writeFile(out, text);
    io.stdout(`leaderboard: ${board.entries.length} experiment(s), ${summaries.length} run(s) -> ${out}\n`);
  } else {
    io.stdout(text);
  }
  return 0;
};
