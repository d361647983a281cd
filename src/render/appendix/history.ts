// Energy history of the default branch and its trend chart. Pure: text in, text out.
//
// Where it is kept: on the badge branch, beside the badge (`history.json`), written by the same
// default-branch job that publishes the badge. Not rebuilt from past artifacts: artifacts expire
// (90 days by default, less where retention is set) and rebuilding would list and download every past
// run on each job. Bounded: the newest MAX_ENTRIES commits, and a file over MAX_HISTORY_BYTES is refused,
// so a corrupt or hostile file can neither grow without end nor stall the job.
import { z } from 'zod';
import { mean } from '../../analysis/stats/descriptive.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Summary } from '../../model/summary.ts';
import { mergeKinds, runKind } from '../../model/kinds.ts';
import { lineChart } from '../svg/line-chart.ts';

export const HISTORY_SCHEMA = 'joulecheck/history@1';
export const MAX_ENTRIES = 200;
export const MAX_HISTORY_BYTES = 1024 * 1024;

const nonneg = () => z.number().finite().nonnegative();

export const HistoryEntry = z.object({
  sha: z.string().min(1).max(64),
  ref: z.string().max(256).optional(),
  /** when the runs ended (latest), ISO 8601 */
  at: z.string().max(64),
  n: z.number().int().positive(),
  /** mean over the commit's runs: summary totals (PUE included), J */
  energy_j: nonneg(),
  co2eq_g: nonneg(),
  duration_s: nonneg(),
  kind: z.enum(['measured', 'estimated', 'mixed', 'none']),
  region: z.string().max(64),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const History = z.object({
  schema: z.literal(HISTORY_SCHEMA),
  label: z.string().max(100),
  entries: z.array(HistoryEntry).max(MAX_ENTRIES),
});
export type History = z.infer<typeof History>;

export class HistoryError extends Error {
  override name = 'HistoryError';
}

/** Reads a history file's text; throws HistoryError naming the file and what is wrong. */
export function parseHistory(text: string, name: string): History {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_HISTORY_BYTES) {
    throw new HistoryError(`${name}: history is ${bytes} bytes, over the limit of ${MAX_HISTORY_BYTES}; it is not read (start a new one)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HistoryError(`${name}: history is not JSON (corrupt?); expected a ${HISTORY_SCHEMA} file`);
  }
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (typeof schema === 'string' && schema !== HISTORY_SCHEMA) {
    throw new HistoryError(`${name}: history is ${schema}; this tool reads ${HISTORY_SCHEMA}`);
  }
  const r = History.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new HistoryError(`${name}: not a valid ${HISTORY_SCHEMA} file: ${i ? `${i.path.join('.') || '(root)'}: ${i.message}` : 'invalid'}`);
  }
  return r.data;
}

export function emptyHistory(label: string): History {
  return { schema: HISTORY_SCHEMA, label, entries: [] };
}

/**
 * Adds one commit's runs (its repeats) to the history: replaces an entry of the same sha (a re-run),
 * keeps the newest MAX_ENTRIES. All runs must carry the history's label: another step's energy in this
 * series would be a silent lie, so it is an error.
 */
export function appendHistory(h: History, runs: readonly Summary[], commit: { sha: string; ref?: string }): History {
  if (runs.length === 0) throw new HistoryError('no runs to add to the history');
  const other = runs.find((r) => r.label !== h.label);
  if (other) throw new HistoryError(`history is for label '${h.label}', got a run labelled '${other.label}'; keep one history per label`);
  const regions = [...new Set(runs.map((r) => r.carbon.region))];
  const entry: HistoryEntry = {
    sha: commit.sha,
    ...(commit.ref !== undefined ? { ref: commit.ref } : {}),
    at: runs.map((r) => r.ended_at ?? r.started_at).sort().at(-1) as string,
    n: runs.length,
    energy_j: mean(runs.map((r) => r.energy_j.total)),
    co2eq_g: mean(runs.map((r) => r.carbon.co2eq_g)),
    duration_s: mean(runs.map((r) => r.duration_s)),
    kind: mergeKinds(runs.map(runKind)),
    region: regions.join('+'),
  };
  const entries = [...h.entries.filter((e) => e.sha !== commit.sha), entry].slice(-MAX_ENTRIES);
  return { ...h, entries };
}

/**
 * Trend per commit, oldest left (x ticks: short SHAs), of energy or CO2eq per run. `standalone` makes
 * an SVG file of its own, to publish beside the badge.
 */
export function trendChart(h: History, metric: 'energy' | 'co2eq', opts: { standalone?: boolean } = {}): SafeHtml {
  const x = h.entries.map((_, i) => i);
  const sha = (v: number): string => (Number.isInteger(v) ? (h.entries[v]?.sha.slice(0, 7) ?? '') : '');
  const common = { xLabel: 'commit (oldest left)', xTickFormat: sha, dots: true, standalone: opts.standalone ?? false } as const;
  if (metric === 'energy') {
    return lineChart({
      ...common,
      title: `Energy per run, ${h.label}: mean per commit`,
      yLabel: 'energy per run, kJ',
      series: [{ name: 'energy (PUE incl.)', color: '#2471a3', x, y: h.entries.map((e) => e.energy_j / 1e3) }],
    });
  }
  return lineChart({
    ...common,
    title: `CO2eq per run, ${h.label}: mean per commit`,
    yLabel: 'CO2eq per run, g',
    series: [{ name: 'CO2eq', color: '#1e8449', x, y: h.entries.map((e) => e.co2eq_g) }],
  });
}

/** The appendix's history section: trend charts plus what a reader needs to trust them; null when there is nothing to show. */
export function historySection(h: History | null, problem?: string): SafeHtml | null {
  if (problem) return html`<section id="history"><h2>History</h2><p class="warn">${problem}</p></section>`;
  if (!h || h.entries.length === 0) return null;
  const est = h.entries.filter((e) => e.kind !== 'measured').length;
  return html`<section id="history"><h2>History of ${h.label} on the default branch</h2>
<p class="muted">${h.entries.length} commit(s), newest ${h.entries.at(-1)!.sha.slice(0, 12)}; each point is the mean of that commit's runs.
${est ? `${est} point(s) are estimated or mixed, not measured.` : 'Every point was measured.'} CO2eq also moves with the grid intensity used.</p>
<figure>${trendChart(h, 'energy')}${trendChart(h, 'co2eq')}</figure></section>`;
}
