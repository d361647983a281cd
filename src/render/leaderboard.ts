// Energy leaderboard as Markdown or HTML: the ranked model and its confidence intervals are analysis's
// (src/analysis/leaderboard.ts); this only prints them. Pure.
import { markdownTable } from 'markdown-table';
import type { Interval, Leaderboard } from '../analysis/leaderboard.ts';
import { escapeHtml, escapeMarkdown } from './escape.ts';
import { intervalChart } from './svg/interval-chart.ts';
import type { SafeHtml } from './html.ts';
import { CHART_CSS } from './svg/scale.ts';
import { formatGrams, formatEnergy, sig } from './format.ts';

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
