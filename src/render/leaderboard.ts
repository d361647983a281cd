// Energy leaderboard (Henderson et al. 2020): labelled experiments ranked by mean energy per run, with a
// t-based 95% confidence interval of the mean. Pure: summaries in, Markdown or HTML out.
import { nodeNotes } from '../accounting/merge.ts';
import { markdownTable } from 'markdown-table';
import { mean, sd } from '../analysis/stats/descriptive.ts';
import { tQuantile } from '../analysis/stats/dist.ts';
import { type Kind, mergeKinds, runKind } from '../model/kinds.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';
import type { Summary } from '../model/summary.ts';
import { intervalChart } from './svg/interval-chart.ts';
import type { SafeHtml } from './html.ts';
import { CHART_CSS } from './svg/scale.ts';
import { formatGrams, formatEnergy, sig } from './format.ts';

export interface Interval {
  low: number;
  high: number;
}

export interface LeaderboardEntry {
  rank: number;
  label: string;
  n: number;
  /** energy per run (summary total, PUE included), J */
  energy_j: { mean: number; sd: number | null; ci95: Interval | null; values: number[] };
  co2eq_g: { mean: number; ci95: Interval | null };
  duration_s: { mean: number };
  /** 'measured' when no component of any run was estimated; 'mixed' when runs differ */
  kind: Kind;
  /** CI overlaps the next entry's: the order between the two is not established */
  overlaps_next: boolean;
  warnings: string[];
}

export interface Leaderboard {
  schema: 'joulecheck/leaderboard@1';
  confidence: 0.95;
  entries: LeaderboardEntry[];
}

/**
 * Mean with a t-based CI (df n-1); null CI for fewer than 2 values. Energy and CO2eq cannot be negative:
 * the interval is cut at 0 (few, spread runs otherwise give a lower bound below zero).
 */
export function meanCi(values: readonly number[], confidence = 0.95): { mean: number; sd: number | null; ci: Interval | null } {
  const m = mean(values);
  if (values.length < 2) return { mean: m, sd: null, ci: null };
  const s = sd(values);
  const half = tQuantile(1 - (1 - confidence) / 2, values.length - 1) * (s / Math.sqrt(values.length));
  return { mean: m, sd: s, ci: { low: Math.max(0, m - half), high: m + half } };
}


/** Groups runs by label and ranks by mean energy per run, lowest first. Every input run is counted. */
export function buildLeaderboard(summaries: readonly Summary[]): Leaderboard {
  const groups = new Map<string, Summary[]>();
  for (const s of summaries) {
    const g = groups.get(s.label);
    if (g) g.push(s);
    else groups.set(s.label, [s]);
  }
  const entries: LeaderboardEntry[] = [];
  for (const [label, runs] of groups) {
    const warnings: string[] = [];
    const values = runs.map((r) => r.energy_j.total);
    const e = meanCi(values);
    const c = meanCi(runs.map((r) => r.carbon.co2eq_g));
    const kind = mergeKinds(runs.map(runKind));
    if (kind === 'mixed') warnings.push('some runs measured, some estimated: not like for like');
    const repeats = runs.map((r) => r.repeat);
    if (new Set(repeats).size < repeats.length) warnings.push('the same repeat number appears twice: runs from several sources share this label');
    const commands = new Set(runs.map((r) => JSON.stringify(r.command)));
    if (commands.size > 1) warnings.push(`${commands.size} different commands under this label`);
    const regions = new Set(runs.map((r) => r.carbon.region));
    if (regions.size > 1) warnings.push(`CO2eq mixes regions (${[...regions].join(', ')})`);
    if (runs.length < 2) warnings.push('one run: no confidence interval');
    const nn = nodeNotes(runs);
    if (nn.nodes) warnings.push(`on ${nn.nodes}${nn.nodes.includes('/') ? ': node counts differ between runs' : ''}`);
    const inc = runs.filter((r) => r.incomplete).length;
    if (inc) warnings.push(`${inc} run(s) incomplete (a node's log missing): lower bounds`);
    entries.push({
      rank: 0,
      label,
      n: runs.length,
      energy_j: { mean: e.mean, sd: e.sd, ci95: e.ci, values },
      co2eq_g: { mean: c.mean, ci95: c.ci },
      duration_s: { mean: mean(runs.map((r) => r.duration_s)) },
      kind,
      overlaps_next: false,
      warnings,
    });
  }
  entries.sort((a, b) => a.energy_j.mean - b.energy_j.mean || a.label.localeCompare(b.label));
  entries.forEach((e, i) => {
    e.rank = i + 1;
    const next = entries[i + 1];
    if (next) {
      // Without a CI on either side nothing is established either.
      const hiA = e.energy_j.ci95?.high ?? Infinity;
      const loB = next.energy_j.ci95?.low ?? -Infinity;
      e.overlaps_next = hiA >= loB;
    }
  });
  return { schema: 'joulecheck/leaderboard@1', confidence: 0.95, entries };
}


/** An interval chart of energies given in J, drawn in the unit (J, kJ, MJ) that suits the largest value. */
export function energyIntervalChart(title: string, axis: string, rows: { name: string; values: number[]; mean: number; ci: Interval | null }[]): SafeHtml {
  const max = Math.max(0, ...rows.flatMap((r) => [...r.values, r.mean, r.ci?.high ?? 0]).filter(Number.isFinite));
  const [div, unit] = max >= 1e6 ? [1e6, 'MJ'] : max >= 1e3 ? [1e3, 'kJ'] : [1, 'J'];
  return intervalChart({
    title,
    xLabel: `${axis}, ${unit}`,
    rows: rows.map((r) => ({
      name: r.name,
      values: r.values.map((v) => v / div),
      mean: r.mean / div,
      ci: r.ci ? { low: r.ci.low / div, high: r.ci.high / div } : null,
    })),
  });
}

function ciText(ci: Interval | null, fmt: (v: number) => string): string {
  return ci ? `${fmt(ci.low)} – ${fmt(ci.high)}` : 'n/a (n < 2)';
}

const KIND_NOTE =
  'Energy per run is the summary total (PUE x attributed energy). 95% confidence intervals of the mean are t-based (df n-1). ' +
  '"≈ next" marks an interval that overlaps the next entry\'s: their order is not established.';

export function leaderboardMarkdown(board: Leaderboard): string {
  if (board.entries.length === 0) return '## Energy leaderboard\n\nNo runs found.\n';
  const rows = board.entries.map((e) => [
    String(e.rank) + (e.overlaps_next ? ' ≈ next' : ''),
    escapeMarkdown(e.label),
    String(e.n),
    `${formatEnergy(e.energy_j.mean)} (${e.kind})`,
    ciText(e.energy_j.ci95, formatEnergy),
    formatGrams(e.co2eq_g.mean),
    `${sig(e.duration_s.mean)} s`,
    escapeMarkdown(e.warnings.join('; ')),
  ]);
  const table = markdownTable([
    ['Rank', 'Experiment', 'n', 'Energy / run', '95% CI', 'CO2eq / run', 'Duration', 'Notes'],
    ...rows,
  ]);
  return `## Energy leaderboard\n\n${table}\n\n${KIND_NOTE}\n`;
}

export function leaderboardHtml(board: Leaderboard, title = 'Energy leaderboard'): string {
  const rows = board.entries
    .map(
      (e) =>
        `<tr><td>${e.rank}${e.overlaps_next ? ' <span class="tie" title="interval overlaps the next entry">≈</span>' : ''}</td>` +
        `<td>${escapeHtml(e.label)}</td><td>${e.n}</td>` +
        `<td class="num">${escapeHtml(formatEnergy(e.energy_j.mean))} <span class="kind kind-${e.kind}">${e.kind}</span></td>` +
        `<td class="num">${escapeHtml(ciText(e.energy_j.ci95, formatEnergy))}</td>` +
        `<td class="num">${escapeHtml(formatGrams(e.co2eq_g.mean))}</td>` +
        `<td class="num">${escapeHtml(sig(e.duration_s.mean))} s</td>` +
        `<td>${escapeHtml(e.warnings.join('; '))}</td></tr>`,
    )
    .join('\n');
  const chart = energyIntervalChart(
    'Energy per run (dots), mean (bar) and 95% CI (whisker)',
    'energy per run',
    board.entries.map((e) => ({ name: e.label, values: e.energy_j.values, mean: e.energy_j.mean, ci: e.energy_j.ci95 })),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${LEADERBOARD_CSS}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${board.entries.length === 0 ? '<p>No runs found.</p>' : `<table><thead><tr><th>Rank</th><th>Experiment</th><th>n</th><th>Energy / run</th><th>95% CI</th><th>CO2eq / run</th><th>Duration</th><th>Notes</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<figure>${chart}</figure>`}
<p class="note">${escapeHtml(KIND_NOTE)}</p>
</main></body></html>
`;
}

export const LEADERBOARD_CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fff}
main{max-width:1000px;margin:0 auto;padding:16px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.kind{font-size:11px;padding:0 4px;border-radius:3px;background:#e8f1fa}
.kind-estimated,.kind-mixed{background:#fdebd0}.note{color:#555;font-size:12px}
${CHART_CSS}`;
