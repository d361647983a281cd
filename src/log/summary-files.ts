// Report inputs on disk: expands directories into summary and log files, reads and validates summaries.
// Shared by appendix, leaderboard and whatif so they accept and reject the same things.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Summary } from '../model/summary.ts';

const SUMMARY_RE = /\.summary\.json$/;
const LOG_RE = /\.ndjson$/;
/** Bound on files taken from one directory tree (a wrong --out of `/` should fail, not hang). */
const MAX_FILES = 10_000;

export class InputError extends Error {
  override name = 'InputError';
}

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

export async function readSummaryFile(path: string): Promise<Summary> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new InputError(`cannot read summary '${path}': ${(err as Error).message}`);
  }
  const r = Summary.safeParse(json);
  if (!r.success) {
    const schema = (json as { schema?: unknown } | null)?.schema;
    if (typeof schema === 'string' && schema !== 'joulecheck/summary@1' && schema.startsWith('joulecheck/summary@')) {
      throw new InputError(`'${path}' is ${schema}; this tool reads joulecheck/summary@1`);
    }
    const i = r.error.issues[0];
    throw new InputError(`'${path}' is not a joulecheck/summary@1 file: ${i ? `${i.path.join('.') || '(root)'}: ${i.message}` : 'invalid'}`);
  }
  return r.data;
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
