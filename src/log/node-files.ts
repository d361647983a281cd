// File names of multi-node runs, in the run's output directory (shared by every node and the runner):
//   <label>-<n>.<node>.log.ndjson        a node's raw log
//   <label>-<n>.<node>.node-summary.json a node's own summary (computed on the node; not a run summary:
//                                        readers of `*.summary.json` never count a node twice)
//   <label>-<n>.nodes                    the step's node list, written by the step's first task
//   <label>-<n>.summary.json             the merged summary of the whole run
import { join } from 'node:path';

export function nodeFiles(out: string, label: string, n: number, node: string): { log: string; summary: string } {
  return { log: join(out, `${label}-${n}.${node}.log.ndjson`), summary: join(out, `${label}-${n}.${node}.node-summary.json`) };
}

export function nodeListFile(out: string, label: string, n: number): string {
  return join(out, `${label}-${n}.nodes`);
}

/** `<label>-<n>.<node>.log.ndjson` -> { label, n, node }, or null for any other name. */
export function parseNodeLogName(base: string): { label: string; n: number; node: string } | null {
  const m = /^(.+)-(\d+)\.([^./][^/]*)\.log\.ndjson$/.exec(base);
  return m ? { label: m[1]!, n: Number(m[2]), node: m[3]! } : null;
}

/** true for a node's log or summary (which directory readers must not take for a whole run) */
export function isNodeFile(base: string): boolean {
  return parseNodeLogName(base) !== null || base.endsWith('.node-summary.json');
}
