#!/usr/bin/env node
import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  UsageError,
  run
} from "./chunks/chunk-ZS6C5SPQ.js";
import "./chunks/chunk-IZ2DSWQD.js";
import "./chunks/chunk-ZT36PZ5S.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/meter-main.ts
var io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
};
try {
  process.exitCode = await run(process.argv.slice(2), io);
} catch (err) {
  process.stderr.write(`joulecheck run: ${err instanceof Error ? err.message : String(err)}
`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
