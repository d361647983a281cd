#!/usr/bin/env node
// CLI entry: dispatches to one module per subcommand (each owned by its issue).
import { ab } from './cli/ab.ts';
import { appendix } from './cli/appendix.ts';
import { compare } from './cli/compare.ts';
import { doctor } from './cli/doctor.ts';
import { estimate } from './cli/estimate.ts';
import { leaderboard } from './cli/leaderboard.ts';
import { regions } from './cli/regions.ts';
import { run } from './cli/run.ts';
import { srun } from './cli/srun.ts';
import { statement } from './cli/statement.ts';
import { summarize } from './cli/summarize.ts';
import { whatif } from './cli/whatif.ts';
import { type Command, type CommandIO, UsageError } from './cli/types.ts';
import { VERSION } from './model/version.ts';

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
    if (err instanceof UsageError) {
      io.stderr(`joulecheck ${name}: ${err.message}\n`);
      return 2;
    }
    io.stderr(`joulecheck ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

const io: CommandIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
};
// `run` sets process.exitCode itself (it must wait for output to drain); others return their code.
process.exitCode = await main(process.argv.slice(2), io);
