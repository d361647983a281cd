// `joulecheck compare --base <summaries|dirs>... --head <summaries|dirs>...`: compares the runs of a PR
// (head) with the base branch's, with statistics (src/analysis/compare.ts), as Markdown or JSON.
import { verdictOutput } from '../model/verdict.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expandInputs, readSummaryFile } from '../log/summary-files.ts';
import { InputError } from '../model/errors.ts';
import { ALPHA_RANGE, describeRange, inRange, MIN_EFFECT_RANGE, type NumberRange } from '../model/validate.ts';
import { CompareInputError, compareSummaries, DEFAULT_ALPHA, DEFAULT_MIN_EFFECT } from '../analysis/compare.ts';
import { renderComparisonMarkdown } from '../render/markdown.ts';
import type { Summary } from '../model/summary.ts';
import { type Command, UsageError } from './types.ts';

/** Exit code of `--fail-on-regression` when the headline verdict is a regression. */
export const EXIT_REGRESSION = 3;

const HELP = `usage: joulecheck compare --base <summary files or dirs>... --head <summary files or dirs>... [options]

Compares the runs of a change (head) with the base branch's runs, metric by metric: energy (total and per
component), CO2eq, duration and mean power. Welch's t-test and Mann-Whitney U when both sides have >= 2 runs,
a prediction interval for 1 run against >= 3, Holm-adjusted; the relative change with a Fieller CI.

  --base PATH...          summaries (*.summary.json) or directories of them, from the base branch
  --head PATH...          summaries or directories, from the change
  --format markdown|json  output format (default markdown: the PR comment body)
  --alpha P               significance level, 0 < P < 0.5 (default ${DEFAULT_ALPHA}); the CI level is 1 - alpha
  --min-effect F          smallest relative change that counts, 0.02 or 2% (default ${DEFAULT_MIN_EFFECT})
  --label NAME            compare only runs with this label (needed when the inputs mix labels)
  --title TEXT            heading of the Markdown output
  --out FILE              write to FILE instead of stdout
  --fail-on-regression    exit ${EXIT_REGRESSION} when the energy verdict is a regression
`;

/** Reads the summaries under the given paths (files or directories), each checked by the summary schema. */
export async function readSummaryInputs(
  paths: readonly string[],
  cwd: string,
  what: string,
): Promise<{ summaries: Summary[]; files: string[] }> {
  let found;
  try {
    found = await expandInputs(paths, cwd);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${what}: ${err.message}`);
    throw err;
  }
  if (found.logs.length > 0 && found.summaries.length === 0) {
    throw new InputError(
      `${what}: ${found.logs.length} run log(s) but no summaries (e.g. '${relative(cwd, found.logs[0]!)}'); ` +
        'compare reads *.summary.json files: run `joulecheck summarize` on the logs first',
    );
  }
  if (found.summaries.length === 0) {
    throw new InputError(`${what}: no *.summary.json files in ${paths.map((p) => `'${p}'`).join(', ')}`);
  }
  const summaries: Summary[] = [];
  for (const file of found.summaries) summaries.push(await readSummaryFile(file, relative(cwd, file)));
  return { summaries, files: found.summaries.map((f) => relative(cwd, f)) };
}

/** A fraction as `0.05` or `5%`, inside the range the action accepts too (model/validate.ts). */
export function parseFraction(name: string, raw: string | undefined, fallback: number, range: NumberRange, example: string): number {
  if (raw === undefined) return fallback;
  const pct = raw.trim().endsWith('%');
  const x = Number(pct ? raw.trim().slice(0, -1) : raw);
  const v = pct ? x / 100 : x;
  if (raw.trim() === '' || !inRange(v, range)) {
    throw new UsageError(`${name} expects a fraction ${describeRange(range).replace(/^a number /, '')} (e.g. ${example}), got '${raw}'`);
  }
  return v;
}

/**
 * Split argv into --base and --head paths: `--base a b --head c` and `--base a --base b --head c` both work
 * (parseArgs' tokens tell which option a bare path follows).
 */
function parse(argv: string[]) {
  const { values, tokens } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      format: { type: 'string' },
      alpha: { type: 'string' },
      'min-effect': { type: 'string' },
      label: { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string' },
      'fail-on-regression': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    tokens: true,
    strict: true,
  });
  const base: string[] = [];
  const head: string[] = [];
  let current: string[] | undefined;
  for (const t of tokens) {
    if (t.kind === 'option') {
      current = t.name === 'base' ? base : t.name === 'head' ? head : undefined;
      if (current && t.value !== undefined) current.push(t.value);
    } else if (t.kind === 'positional') {
      if (!current) throw new UsageError(`'${t.value}' follows no --base or --head; paths go after one of them`);
      current.push(t.value);
    }
  }
  return { values, base, head };
}

export const compare: Command = async (argv, io) => {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${(err as Error).message}\n\n${HELP}`);
  }
  const { values, base, head } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (base.length === 0 || head.length === 0) {
    throw new UsageError(`both --base and --head are required (summary files or directories)\n\n${HELP}`);
  }
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be markdown or json, got '${format}'`);
  const alpha = parseFraction('--alpha', values.alpha, DEFAULT_ALPHA, ALPHA_RANGE, '0.05 or 5%');
  const minEffect = parseFraction('--min-effect', values['min-effect'], DEFAULT_MIN_EFFECT, MIN_EFFECT_RANGE, '0.02 or 2%');

  const b = await readSummaryInputs(base, io.cwd, '--base');
  const h = await readSummaryInputs(head, io.cwd, '--head');
  let comparison;
  try {
    comparison = compareSummaries(b.summaries, h.summaries, {
      alpha,
      minEffect,
      ...(values.label !== undefined ? { label: values.label } : {}),
      files: { base: b.files, head: h.files },
    });
  } catch (err) {
    if (err instanceof CompareInputError) throw new UsageError(err.message);
    throw err;
  }
  const text =
    format === 'json'
      ? JSON.stringify(comparison, null, 2) + '\n'
      : renderComparisonMarkdown(comparison, values.title !== undefined ? { title: values.title } : {});
  if (values.out !== undefined) {
    const out = resolve(io.cwd, values.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
    const m = comparison.metrics.find((x) => x.id === 'energy_total')!;
    io.stderr(`joulecheck compare: energy ${verdictOutput(m.verdict)} (base n=${m.base.n}, head n=${m.head.n}); wrote ${values.out}\n`);
  } else {
    io.stdout(text);
  }
  return values['fail-on-regression'] && comparison.headline.verdict === 'regression' ? EXIT_REGRESSION : 0;
};
