// The CLI's dispatcher: one module per subcommand; bad input (UsageError, InputError) exits 2 here, once,
// for every command. Kept apart from src/cli.ts (which runs it on import) so tests drive this same code.
import { ab } from './ab.ts';
import { appendix } from './appendix.ts';
import { compare } from './compare.ts';
import { doctor } from './doctor.ts';
import { estimate } from './estimate.ts';
import { leaderboard } from './leaderboard.ts';
import { regions } from './regions.ts';
import { run } from './run.ts';
import { srun } from './srun.ts';
import { statement } from './statement.ts';
import { summarize } from './summarize.ts';
import { whatif } from './whatif.ts';
import { type Command, type CommandIO, UsageError } from './types.ts';
import { InputError } from '../model/errors.ts';
import { VERSION } from '../model/version.ts';

const COMMANDS: Record<string, { fn: Command; help: string }> = {
  run: { fn: run, help: 'run [options] -- <command> [args...]   meter a command' },
  srun: { fn: srun, help: 'srun [options] [srun options] -- <command>   one meter per SLURM node, one merged summary' },
  summarize: { fn: summarize, help: 'summarize <log.ndjson>...              recompute summaries from raw logs' },
  ab: { fn: ab, help: 'ab --base-dir D --head-dir D -- <cmd>   same-job A/B: base and head interleaved, paired' },
  compare: { fn: compare, help: 'compare --base <...> --head <...>      compare runs with statistics' },
  regions: { fn: regions, help: 'regions [query]                        list grid zones and cloud regions' },
  statement: { fn: statement, help: 'statement <summary|log>...             carbon impact statement' },
  estimate: { fn: estimate, help: 'estimate --gpu NAME --hours H ...      what-if calculator' },
  whatif: { fn: whatif, help: 'whatif <summaries>... --cloud-region ID  CO2eq of measured energy elsewhere' },
  appendix: { fn: appendix, help: 'appendix <logs|summaries|dirs>... --out DIR   HTML appendix' },
  leaderboard: { fn: leaderboard, help: 'leaderboard <dirs>...                  rank experiments by energy' },
  doctor: { fn: doctor, help: 'doctor [--format text|json] [--load S]   check the sensors and print exact fixes' },
};

function usage(): string {
  return [
    `joulecheck ${VERSION}: energy and carbon of a command, per process`,
    '',
    'usage: joulecheck <command> [options]',
    ...Object.values(COMMANDS).map((c) => `  ${c.help}`),
    '',
    'joulecheck <command> --help for its options',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr(`joulecheck: unknown command '${name}'; expected one of ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  try {
    return await cmd.fn(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      io.stderr(`joulecheck ${name}: ${err.message}\n`);
      return 2;
    }
    io.stderr(`joulecheck ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

