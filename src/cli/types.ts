// A CLI subcommand: gets its argv (after the command name), writes to io, returns the exit code.
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
