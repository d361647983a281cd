// `joulecheck ab --base-dir DIR --head-dir DIR [ab options] [run options] -- <command> [args...]`: the same
// command in two working trees, interleaved on this machine and metered like `run`, analysed as pairs.
// Every option is checked before anything runs; a failing run stops the session with its exit code.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ALPHA, DEFAULT_MIN_EFFECT } from '../analysis/compare.ts';
import { DEFAULTS as D } from '../model/defaults.ts';
import { AB_METRICS, AB_ORDERS, ALPHA_RANGE, type Check, failure, MIN_EFFECT_RANGE, nonEmpty, oneOf, PAIRS, WARMUP } from '../model/validate.ts';
import { parseFraction } from './compare.ts';
import { runAb, type AbSettings } from '../run/ab.ts';
import type { MeterOptions } from '../run/options.ts';
import { cliMeterContext, parseRunArgs, RUN_OPTIONS } from './run.ts';
import { type Command, UsageError } from './types.ts';

/** Exit code of `--fail-on-regression` when the energy verdict is a regression (as `compare`). */
export const EXIT_REGRESSION = 3;

const HELP = `usage: joulecheck ab --base-dir DIR --head-dir DIR [options] [run options] -- <command> [args...]

Runs <command> in the base and the head working directories, interleaved on this machine (ABBA: B H H B
B H H B ...), each run metered like 'joulecheck run', and compares them as pairs: per pair the log ratio
head/base, paired t-test and Wilcoxon signed-rank, Holm across metrics, the change with its CI.
Writes <out>/base/<label>-<n>.*, <out>/head/<label>-<n>.* (warm-ups included, marked in their logs),
<out>/comparison.json and <out>/comparison.md; prints the comparison.

  --base-dir DIR          working tree of the base (e.g. a git worktree of the merge base)
  --head-dir DIR          working tree of the change
  --pairs N               measured pairs, 2-50 (default ${D.pairs.value})
  --order abba|alternate  run order (default ${D.order.value}: cancels a linear drift)
  --warmup N              warm-up runs per side, 0-10, metered but left out of the statistics (default ${D.warmup.value})
  --ab-metric active|attributed
                          the energy the verdict is about (default ${D['ab-metric'].value}): active, the step's share of the
                          energy above the machine's idle power, which other load on the runner does not move;
                          attributed, Henderson's split of the machine's energy (both are shown)
  --setup CMD             shell command run once in each directory before anything is metered
  --format markdown|json  what to print (default markdown; json prints comparison.json)
  --alpha P               significance level, 0 < P < 0.5 (default ${DEFAULT_ALPHA})
  --min-effect F          smallest relative change that counts, 0.02 or 2% (default ${DEFAULT_MIN_EFFECT})
  --fail-on-regression    exit ${EXIT_REGRESSION} when the energy verdict is a regression

Run options (see joulecheck run --help): --out, --label, --interval-ms, --pue, --region, --cloud-region,
--intensity, --carbon-provider, --powercap-root, --nvidia-smi. --repeat and --attach do not apply.

Exit code: 0; a failing run's own code (the message names the side and run); ${EXIT_REGRESSION} with
--fail-on-regression on a regression; 2 for bad options.
`;

const AB_OPTIONS: Record<string, 'string' | 'boolean'> = {
  'base-dir': 'string',
  'head-dir': 'string',
  pairs: 'string',
  order: 'string',
  warmup: 'string',
  'ab-metric': 'string',
  setup: 'string',
  format: 'string',
  alpha: 'string',
  'min-effect': 'string',
  'fail-on-regression': 'boolean',
  help: 'boolean',
};

export interface ParsedAb {
  options: MeterOptions;
  ab: AbSettings;
  format: 'markdown' | 'json';
  failOnRegression: boolean;
  command: string[];
  help: boolean;
}

function isRunString(name: string): boolean {
  return (RUN_OPTIONS as Record<string, { type: string } | undefined>)[name]?.type === 'string';
}

/** Splits argv into the ab options, the run options and the command. */
function split(argv: string[]): { ab: Map<string, string | true>; run: string[]; command: string[] } {
  const ab = new Map<string, string | true>();
  const run: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { ab, run, command: argv.slice(i + 1) };
    if (!a.startsWith('-')) return { ab, run, command: argv.slice(i) };
    const eq = a.indexOf('=');
    const body = a.replace(/^--?/, '');
    const name = eq > 0 ? body.slice(0, body.indexOf('=')) : body;
    const kind = a === '-h' ? 'boolean' : AB_OPTIONS[name];
    if (kind !== undefined && a.startsWith(a === '-h' ? '-' : '--')) {
      if (kind === 'boolean') {
        if (eq > 0) throw new UsageError(`--${name} takes no value`);
        ab.set(a === '-h' ? 'help' : name, true);
      } else if (eq > 0) ab.set(name, a.slice(eq + 1));
      else if (i + 1 < argv.length && argv[i + 1] !== '--') ab.set(name, argv[++i]!);
      else throw new UsageError(`--${name} needs a value`);
      continue;
    }
    if (name === 'repeat') throw new UsageError('--repeat does not apply to ab: use --pairs N (and --warmup N)');
    if (name === 'attach') throw new UsageError('--attach does not apply to ab: ab runs the command itself in both directories');
    run.push(a);
    if (eq < 0 && isRunString(name) && i + 1 < argv.length && argv[i + 1] !== '--') run.push(argv[++i]!);
  }
  return { ab, run, command: [] };
}

function directory(name: string, raw: string | true | undefined, cwd: string): string {
  if (raw === undefined) throw new UsageError(`${name} is required: the working directory of the ${name === '--base-dir' ? 'base' : 'head'}`);
  const dir = resolve(cwd, String(raw));
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`${name} must be an existing directory, got '${raw}'`);
  return dir;
}

/** Parses and validates; throws UsageError naming the option and what was expected. */
export function parseAbArgs(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): ParsedAb {
  const { ab, run, command } = split(argv);
  const help = ab.get('help') === true;
  const runParsed = parseRunArgs([...run, '--', ...(command.length ? command : help ? ['true'] : [])], env);
  if (help) return { options: runParsed.options, ab: { baseDir: '', headDir: '', pairs: D.pairs.value, order: D.order.value, warmup: D.warmup.value, setup: D.setup.value }, format: 'markdown', failOnRegression: false, command, help };
  function get<T>(name: string, check: Check<T>, fallback: T): T {
    const raw = ab.get(name);
    if (raw === undefined || raw === true) return fallback;
    const c = check(raw);
    if (!c.ok) throw new UsageError(failure(`--${name}`, c.expected, raw));
    return c.value;
  }
  const baseDir = directory('--base-dir', ab.get('base-dir'), cwd);
  const headDir = directory('--head-dir', ab.get('head-dir'), cwd);
  if (baseDir === headDir) throw new UsageError(`--base-dir and --head-dir must be two different directories, both are '${baseDir}'`);
  const settings: AbSettings = {
    baseDir,
    headDir,
    pairs: get('pairs', PAIRS, D.pairs.value),
    order: get('order', oneOf(AB_ORDERS), D.order.value),
    warmup: get('warmup', WARMUP, D.warmup.value),
    metric: get('ab-metric', oneOf(AB_METRICS), D['ab-metric'].value),
    setup: get<string | null>('setup', nonEmpty, D.setup.value),
    alpha: parseFraction('--alpha', ab.get('alpha') as string | undefined, DEFAULT_ALPHA, ALPHA_RANGE, '0.05 or 5%'),
    minEffect: parseFraction('--min-effect', ab.get('min-effect') as string | undefined, DEFAULT_MIN_EFFECT, MIN_EFFECT_RANGE, '0.02 or 2%'),
  };
  const format = get('format', oneOf(['markdown', 'json'] as const), 'markdown');
  if (command.length === 0) throw new UsageError('missing command: joulecheck ab --base-dir DIR --head-dir DIR [options] -- <command> [args...]');
  return { options: runParsed.options, ab: settings, format, failOnRegression: ab.get('fail-on-regression') === true, command, help: false };
}

export const ab: Command = async (argv, io) => {
  const parsed = parseAbArgs(argv, io.cwd, io.env);
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  const opts = { ...parsed.options, out: resolve(io.cwd, parsed.options.out) };
  const ctx = await cliMeterContext(opts, io.env);
  const outcome = await runAb(ctx, opts, parsed.ab, parsed.command, { info: (t) => io.stderr(t) }, io.env);
  if (!outcome.comparison) return outcome.exitCode === 0 ? 1 : outcome.exitCode;
  io.stdout(parsed.format === 'json' ? JSON.stringify(outcome.comparison, null, 2) + '\n' : await readText(outcome.files!.markdown));
  const c = outcome.comparison;
  const e = c.metrics.find((m) => m.id === c.headline.metric)!;
  io.stderr(`joulecheck ab: ${c.headline.metric === 'energy_active' ? 'active energy' : 'energy'} ${e.verdict.replace(/_/g, ' ')} over ${e.base.n} pairs; wrote ${outcome.files!.json} and ${outcome.files!.markdown}\n`);
  return parsed.failOnRegression && outcome.comparison.headline.verdict === 'regression' ? EXIT_REGRESSION : 0;
};

async function readText(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}
