#!/usr/bin/env node
// Dedicated entry `dist/meter.js` = `joulecheck run` alone: the background meter of the action's mode
// start (smaller and faster to load than the full CLI), and what the tests spawn as "the meter process".
import { run } from './cli/run.ts';
import { UsageError, type CommandIO } from './cli/types.ts';

const io: CommandIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
};
try {
  process.exitCode = await run(process.argv.slice(2), io);
} catch (err) {
  process.stderr.write(`joulecheck run: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
