// `joulecheck srun [joulecheck options] [srun options] -- <command> [args...]`: a job step through the
// real srun, one meter per allocated node, one merged summary (src/run/srun.ts). joulecheck's own options,
// spelled as for `joulecheck run`, are taken anywhere before `--` (but --label after an srun option, which
// is srun's own flag); everything else is srun's and passed through untouched, in its order.
import { humanSummary } from '../render/text.ts';
import { number } from '../model/validate.ts';
import { runSrun } from '../run/srun.ts';
import { parseRunArgs } from './run.ts';
import { type Command, UsageError } from './types.ts';

const HELP = `usage: joulecheck srun [joulecheck options] [srun options] -- <command> [args...]

Runs <command> as a SLURM job step through srun with one meter per allocated node: the first task on each
node meters every task of the step on that node, the other tasks run <command> untouched. Each node writes
<out>/<label>-1.<node>.log.ndjson and summarizes it; then one <out>/<label>-1.summary.json is written for the
whole job (energy summed over the nodes, a 'nodes' list, missing nodes named and the totals marked
incomplete). Output and exit code are srun's. --out must be a directory every node can write and this
machine can read (a shared filesystem).

joulecheck options (anywhere before --): --out, --label, --interval-ms, --pue, --region, --cloud-region,
--intensity, --carbon-provider, --powercap-root, --nvidia-smi (see joulecheck run --help; {node} in
--powercap-root and --nvidia-smi stands for the node's name), and
  --node-timeout S      seconds to wait for node summaries after srun exits (default 30)
--label after an srun option is srun's own flag (or use -l); --out is joulecheck's: spell srun's --output
in full.

example: joulecheck srun --label train -N4 --gpus-per-node=8 -- python train.py
`;

/** the `joulecheck run` options that make sense for the node meters (each takes a value) */
const METER_OPTIONS = new Set(['out', 'label', 'interval-ms', 'pue', 'region', 'cloud-region', 'intensity', 'carbon-provider', 'powercap-root', 'nvidia-smi']);

export interface ParsedSrun {
  meterOptions: string[];
  srunArgs: string[];
  command: string[];
  nodeTimeoutS: number;
  out: string;
  label: string;
  help: boolean;
}

export function parseSrunArgs(argv: string[], env: NodeJS.ProcessEnv = {}): ParsedSrun {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    return { meterOptions: [], srunArgs: [], command: [], nodeTimeoutS: 30, out: '', label: '', help: true };
  }
  const sep = argv.indexOf('--');
  if (sep < 0) throw new UsageError('missing -- before the command: joulecheck srun [options] [srun options] -- <command> [args...]');
  const before = argv.slice(0, sep);
  const command = argv.slice(sep + 1);
  if (command.length === 0) throw new UsageError('missing command after --: joulecheck srun [options] [srun options] -- <command> [args...]');
  const meterOptions: string[] = [];
  const srunArgs: string[] = [];
  let nodeTimeout: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') ? a.slice(2, eq < 0 ? undefined : eq) : '';
    // joulecheck's own options are taken wherever they stand before `--`, but for --label: after an srun
    // option it is srun's own flag (prefix each line with its task number), as documented
    const ours = (METER_OPTIONS.has(name) || name === 'node-timeout') && !(name === 'label' && srunArgs.length > 0);
    if (!ours) {
      srunArgs.push(a);
      continue;
    }
    let value: string;
    if (eq >= 0) value = a.slice(eq + 1);
    else {
      if (i + 1 >= before.length || before[i + 1]!.startsWith('-')) throw new UsageError(`--${name} needs a value (joulecheck's own option; for srun's, spell it in full, e.g. --output)`);
      value = before[++i]!;
    }
    if (name === 'node-timeout') nodeTimeout = value;
    else meterOptions.push(`--${name}=${value}`);
  }
  // the meter options are validated here, before anything runs, as `joulecheck run` would
  const parsed = parseRunArgs([...meterOptions, '--', ...command], env);
  let nodeTimeoutS = 30;
  if (nodeTimeout !== null) {
    const c = number({ min: 0, max: 3600 })(nodeTimeout);
    if (!c.ok) throw new UsageError(`--node-timeout must be ${c.expected}, got '${nodeTimeout}'`);
    nodeTimeoutS = c.value;
  }
  return { meterOptions, srunArgs, command, nodeTimeoutS, out: parsed.options.out, label: parsed.options.label, help: false };
}

export const srun: Command = async (argv, io) => {
  const p = parseSrunArgs(argv, io.env);
  if (p.help) {
    io.stdout(HELP);
    return 0;
  }
  // the node meter is this same CLI, `run` subcommand, started by the same Node
  const meter = [process.execPath, ...process.execArgv, process.argv[1]!, 'run'];
  const outcome = await runSrun(
    {
      srunArgs: p.srunArgs, command: p.command, meter, meterOptions: p.meterOptions, out: p.out, label: p.label,
      nodeTimeoutMs: p.nodeTimeoutS * 1000, env: io.env, cwd: io.cwd,
    },
    { info: (t) => io.stderr(t) },
  );
  const s = outcome.summary;
  if (s) {
    io.stderr(humanSummary(s, { log: `${s.node_count ?? 0} node logs beside it`, summary: outcome.summaryPath }));
    for (const nd of s.nodes ?? []) {
      io.stderr(
        nd.status === 'missing'
          ? `  node ${nd.name}: MISSING (${nd.reason})\n`
          : `  node ${nd.name}: ${nd.energy_j!.total.toFixed(1)} J, ${nd.duration_s!.toFixed(2)} s, exit ${nd.signal ?? nd.exit_code}${nd.status === 'partial' ? ` (PARTIAL: ${nd.reason})` : ''}\n`,
      );
    }
    if (s.incomplete) io.stderr(`joulecheck srun: INCOMPLETE: no full log from ${s.missing_nodes!.join(', ')}; the totals are a lower bound\n`);
  }
  // the time from srun's exit (the last node's task gone) to the merged summary on disk
  io.stderr(`joulecheck srun: merged ${s ? 'summary' : 'nothing'} ${outcome.mergeMs.toFixed(0)} ms after srun exited\n`);
  return outcome.exitCode;
};
