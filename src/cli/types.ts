// A CLI subcommand: gets its argv (after the command name), writes to io, returns the exit code.
import { InputError } from '../model/errors.ts';

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}
export type Command = (argv: string[], io: CommandIO) => Promise<number>;

/** Bad CLI usage: printed as `joulecheck <cmd>: <message>` with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Runs `read`; a bad input it reports (InputError) becomes a usage error (exit code 2, message only). */
export async function asUsageError<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof InputError) throw new UsageError(err.message);
    throw err;
  }
}
