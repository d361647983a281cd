// Option parsing shared by the subcommands: node:util parseArgs (strict), `-h/--help` added, and
// parseArgs' own messages (they name the option, "Unknown option '--x'") turned into usage errors that
// end with the command's help.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './types.ts';

const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

export function parseCommandArgs<O extends ParseArgsOptionsConfig>(
  argv: string[],
  options: O,
  help: string,
  { positionals = true }: { positionals?: boolean } = {},
) {
  try {
    return parseArgs({ args: argv, options: { ...options, ...HELP_OPTION }, allowPositionals: positionals, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${help}`);
  }
}
