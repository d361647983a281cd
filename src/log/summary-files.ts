// Report inputs on disk: expands directories into summary and log files; the one reader of summary
// files (size cap, JSON, schema: src/model/summary-parse.ts), used by every CLI command and the action so
// they accept and reject the same things.
import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Summary } from '../model/summary.ts';
import { MAX_SUMMARY_BYTES, parseSummary, summaryProblemMessage, type SummaryProblem } from '../model/summary-parse.ts';
import { InputError } from '../model/errors.ts';
import { isNodeFile } from './node-files.ts';

const SUMMARY_RE = /\.summary\.json$/;
const LOG_RE = /\.ndjson$/;
/** Bound on files taken from one directory tree (a wrong --out of `/` should fail, not hang). */
const MAX_FILES = 10_000;

/** Summary files and logs under the given paths; a directory is searched recursively. */
export async function expandInputs(paths: readonly string[], cwd: string): Promise<{ summaries: string[]; logs: string[] }> {
  const summaries: string[] = [];
  const logs: string[] = [];
  const walk = async (p: string, explicit: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch {
      throw new InputError(`'${p}' does not exist; expected a run log (.ndjson), a summary (.summary.json) or a directory of them`);
    }
    if (st.isDirectory()) {
      const entries = await readdir(p, { withFileTypes: true });
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const ent of entries) {
        if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
        // a multi-node run's node logs are inside its merged summary: taken alone they would count twice
        if (isNodeFile(ent.name)) continue;
        if (ent.isDirectory() || SUMMARY_RE.test(ent.name) || LOG_RE.test(ent.name)) await walk(join(p, ent.name), false);
      }
      return;
    }
    if (summaries.length + logs.length >= MAX_FILES) throw new InputError(`more than ${MAX_FILES} runs under the inputs; pass narrower directories`);
    if (SUMMARY_RE.test(p)) summaries.push(p);
    else if (LOG_RE.test(p)) logs.push(p);
    else if (explicit) throw new InputError(`'${p}' is neither a run log (.ndjson) nor a summary (.summary.json)`);
  };
  for (const p of paths) await walk(resolve(cwd, p), true);
  return { summaries: [...new Set(summaries)], logs: [...new Set(logs)] };
}

/** The refusal when the inputs hold no run at all (no log, no summary). */
export function noRunsError(paths: readonly string[]): InputError {
  return new InputError(`no run logs (.ndjson) or summaries (.summary.json) found in ${paths.map((p) => `'${p}'`).join(', ')}`);
}

/** A summary file that cannot be used: names the file; `problem` says why (absent: it could not be read). */
export class SummaryFileError extends InputError {
  override name = 'SummaryFileError';
  readonly file: string;
  readonly problem: SummaryProblem | undefined;
  constructor(file: string, message: string, problem?: SummaryProblem) {
    super(message);
    this.file = file;
    this.problem = problem;
  }
}

/**
 * Reads and validates one summary file: the size cap is checked before reading (a wrong path to a huge
 * file fails at once), then JSON and the schema (parseSummary, the same check as for artifacts).
 * `name` is how messages call the file (default: the path). Throws SummaryFileError.
 */
export async function readSummaryFile(path: string, name = path): Promise<Summary> {
  let data: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      const { size } = await fh.stat();
      if (size > MAX_SUMMARY_BYTES) {
        const problem: SummaryProblem = { kind: 'too-large', bytes: size };
        throw new SummaryFileError(path, summaryProblemMessage(name, problem), problem);
      }
      data = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (err) {
    if (err instanceof SummaryFileError) throw err;
    throw new SummaryFileError(path, `cannot read summary '${name}': ${(err as Error).message}`);
  }
  const r = parseSummary(data, name);
  if (!r.ok) throw new SummaryFileError(path, r.message, r.problem);
  return r.summary;
}

/** The summaries of `paths` that can be read; each one that cannot is passed to `skip` and left out. */
export async function readSummaryFilesLenient(paths: readonly string[], skip: (err: SummaryFileError) => void): Promise<Summary[]> {
  const out: Summary[] = [];
  for (const p of paths) {
    try {
      out.push(await readSummaryFile(p));
    } catch (err) {
      if (!(err instanceof SummaryFileError)) throw err;
      skip(err);
    }
  }
  return out;
}

/** Every summary under the given files and directories; raw logs alone are not enough here. */
export async function readSummaries(paths: readonly string[], cwd: string): Promise<Summary[]> {
  const { summaries } = await expandInputs(paths, cwd);
  if (summaries.length === 0) {
    throw new InputError(
      `no summaries (*.summary.json) under ${paths.map((p) => `'${p}'`).join(', ')}; run 'joulecheck summarize' on raw logs first`,
    );
  }
  const out: Summary[] = [];
  for (const f of summaries) out.push(await readSummaryFile(f));
  return out;
}
