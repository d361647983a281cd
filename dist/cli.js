#!/usr/bin/env node
import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import "./chunks/chunk-4D2WJCNT.js";

// src/commands/appendix.ts
var appendix = async (_argv, io2) => {
  io2.stderr("joulecheck appendix: not implemented yet\n");
  return 2;
};

// src/commands/compare.ts
var compare = async (_argv, io2) => {
  io2.stderr("joulecheck compare: not implemented yet\n");
  return 2;
};

// src/commands/estimate.ts
var estimate = async (_argv, io2) => {
  io2.stderr("joulecheck estimate: not implemented yet\n");
  return 2;
};

// src/commands/leaderboard.ts
var leaderboard = async (_argv, io2) => {
  io2.stderr("joulecheck leaderboard: not implemented yet\n");
  return 2;
};

// src/commands/regions.ts
var regions = async (_argv, io2) => {
  io2.stderr("joulecheck regions: not implemented yet\n");
  return 2;
};

// src/commands/run.ts
var run = async (_argv, io2) => {
  io2.stderr("joulecheck run: not implemented yet\n");
  return 2;
};

// src/commands/statement.ts
var statement = async (_argv, io2) => {
  io2.stderr("joulecheck statement: not implemented yet\n");
  return 2;
};

// src/commands/summarize.ts
var summarize = async (_argv, io2) => {
  io2.stderr("joulecheck summarize: not implemented yet\n");
  return 2;
};

// src/commands/whatif.ts
var whatif = async (_argv, io2) => {
  io2.stderr("joulecheck whatif: not implemented yet\n");
  return 2;
};

// src/commands/types.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/version.ts
var VERSION = "0.1.0";

// src/cli.ts
var COMMANDS = {
  run: { fn: run, help: "run [options] -- <command> [args...]   meter a command" },
  summarize: { fn: summarize, help: "summarize <log.ndjson>...              recompute summaries from raw logs" },
  compare: { fn: compare, help: "compare --base <...> --head <...>      compare runs with statistics" },
  regions: { fn: regions, help: "regions [query]                        list grid zones and cloud regions" },
  statement: { fn: statement, help: "statement <summary|log>...             carbon impact statement" },
  estimate: { fn: estimate, help: "estimate --gpu NAME --hours H ...      what-if calculator" },
  whatif: { fn: whatif, help: "whatif <summaries>... --cloud-region ID  CO2eq of measured energy elsewhere" },
  appendix: { fn: appendix, help: "appendix <logs|summaries|dirs>... --out DIR   HTML appendix" },
  leaderboard: { fn: leaderboard, help: "leaderboard <dirs>...                  rank experiments by energy" }
};
function usage() {
  return [
    `joulecheck ${VERSION}: energy and carbon of a command, per process`,
    "",
    "usage: joulecheck <command> [options]",
    ...Object.values(COMMANDS).map((c) => `  ${c.help}`),
    "",
    "joulecheck <command> --help for its options"
  ].join("\n");
}
async function main(argv, io2) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout(usage() + "\n");
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    io2.stdout(VERSION + "\n");
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io2.stderr(`joulecheck: unknown command '${name}'; expected one of ${Object.keys(COMMANDS).join(", ")}
`);
    return 2;
  }
  try {
    return await cmd.fn(rest, io2);
  } catch (err) {
    if (err instanceof UsageError) {
      io2.stderr(`joulecheck ${name}: ${err.message}
`);
      return 2;
    }
    io2.stderr(`joulecheck ${name}: ${err instanceof Error ? err.message : String(err)}
`);
    return 1;
  }
}
var io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env
};
process.exitCode = await main(process.argv.slice(2), io);
export {
  main
};
