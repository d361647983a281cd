#!/usr/bin/env node
// CLI entry: runs the dispatcher (src/cli/dispatch.ts) on the process's arguments.
import { main } from './cli/dispatch.ts';
import type { CommandIO } from './cli/types.ts';

const io: CommandIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
};
// `run` sets process.exitCode itself (it must wait for output to drain); others return their code.
process.exitCode = await main(process.argv.slice(2), io);
