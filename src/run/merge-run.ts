// The runner's side of a multi-node run: gathers each node's summary (computed on the node) from the
// shared output directory, falls back to the node's raw log when its summary is absent, names the nodes
// that sent neither, merges (src/accounting/merge.ts) and writes `<label>-<n>.summary.json`.
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { mergeNodeSummaries, type NodeInput } from '../accounting/merge.ts';
import { summarize } from '../accounting/summarize.ts';
import { readRunLog } from '../log/reader.ts';
import { readSummaryFile } from '../log/summary-files.ts';
import { Summary } from '../model/summary.ts';
import { VERSION } from '../model/version.ts';

export interface NodeSource {
  name: string;
  /** the node's raw log (may be absent: a node whose log never arrived) */
  log: string;
  /** the node's own summary, when the node wrote one */
  summary?: string;
}

export interface MergeRunOptions {
  /** where the merged summary goes */
  summaryPath: string;
  label: string;
  repeat: number;
  /** the run id all node logs must carry (null: not checked) */
  runId: string | null;
  /** re-account every node log with this PUE (then node summaries are not used) */
  pue?: number;
}

/** The node's summary, or why it was refused (the caller then falls back to the node's log). */
async function readNodeSummary(path: string, name: string): Promise<{ summary: Summary } | { refused: string }> {
  try {
    return { summary: await readSummaryFile(path, name) };
  } catch (err) {
    return { refused: err instanceof Error ? err.message : String(err) };
  }
}

async function nodeInput(src: NodeSource, opts: MergeRunOptions, dir: string): Promise<NodeInput> {
  const rel = relative(dir, src.log) || basename(src.log);
  const base = { name: src.name, log: rel };
  let refused = '';
  if (opts.pue === undefined && src.summary && existsSync(src.summary)) {
    const r = await readNodeSummary(src.summary, relative(dir, src.summary) || basename(src.summary));
    if ('summary' in r && (opts.runId === null || r.summary.node?.run_id === opts.runId)) return { ...base, summary: r.summary };
    if ('refused' in r) refused = `; its summary was refused: ${r.refused}`;
  }
  if (!existsSync(src.log)) return { ...base, summary: null, problem: `its log ${rel} never arrived (is the output directory on a filesystem every node shares?)${refused}` };
  try {
    const log = await readRunLog(src.log);
    if (opts.runId !== null && log.header.node && log.header.node.run_id !== opts.runId) {
      return { ...base, summary: null, problem: `its log ${rel} belongs to run ${log.header.node.run_id}, not ${opts.runId} (a stale log from an earlier run)` };
    }
    const s = summarize(log, { logName: rel, ...(opts.pue !== undefined ? { pue: opts.pue } : {}) });
    // a log without node identity (e.g. `joulecheck run` without --node): named by the caller
    s.node ??= { name: src.name, run_id: opts.runId ?? 'unknown', footer: log.footer !== null };
    return { ...base, summary: Summary.parse(s) };
  } catch (err) {
    return { ...base, summary: null, problem: `its log ${rel} cannot be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Merges the nodes into one summary file (written then renamed: a reader never sees half of it). */
export async function mergeRun(nodes: NodeSource[], opts: MergeRunOptions): Promise<Summary> {
  const dir = dirname(opts.summaryPath);
  const inputs = await Promise.all(nodes.map((n) => nodeInput(n, opts, dir)));
  const merged = Summary.parse(mergeNodeSummaries(inputs, { label: opts.label, repeat: opts.repeat, version: VERSION }));
  const tmp = `${opts.summaryPath}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(merged, null, 2) + '\n');
  renameSync(tmp, opts.summaryPath);
  return merged;
}
