// The appendix as one self-contained HTML page: inline CSS, charts as inline SVG drawn at build time,
// no script, no external resource. Every untrusted string (labels, commands, host names, sources) is escaped.
import { escapeHtml } from '../escape.ts';
import { energyIntervalChart } from '../leaderboard.ts';
import { lineChart, type LineSeries } from '../svg/line-chart.ts';
import { CHART_CSS } from '../svg/scale.ts';
import { formatGrams, formatEnergy, formatKwh, sig } from '../format.ts';
import { type Greener, whatIfHtml } from '../whatif.ts';
import { J_PER_KWH } from '../../model/units.ts';
import type { Kind } from '../../model/kinds.ts';
import type { AppendixModel } from './model.ts';
import { hasReadings } from './series.ts';

const e = escapeHtml;
const COLORS = { cpu: '#2471a3', dram: '#1e8449', gpu: '#ca6f1e' } as const;

function badge(kind: Kind | string): string {
  return `<span class="kind kind-${e(kind)}">${e(kind)}</span>`;
}

function list(items: readonly string[], empty: string): string {
  if (items.length === 0) return `<p class="muted">${e(empty)}</p>`;
  return `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
}

function hardwareSection(m: AppendixModel): string {
  const h = m.hardware;
  const gpus =
    h.gpus.length === 0
      ? '<p class="muted">No GPU found in the logs.</p>'
      : `<table><thead><tr><th>GPU model</th><th>Driver</th><th>Count</th></tr></thead><tbody>${h.gpus
          .map((g) => `<tr><td>${e(g.name)}</td><td>${e(g.driver ?? 'unknown')}</td><td class="num">${g.count}</td></tr>`)
          .join('')}</tbody></table>`;
  const comps = h.components
    .map(
      (c) =>
        `<tr><td>${c.component.toUpperCase()}</td><td>${badge(c.kind)}</td><td>${e(c.how.join(', ') || '—')}</td><td>${
          c.details.length ? c.details.map((d) => e(d)).join('<br>') : '—'
        }</td></tr>`,
    )
    .join('');
  return `<section id="hardware"><h2>Hardware and software</h2>
<dl><dt>Hosts</dt><dd>${e(h.hosts.join(', ') || 'unknown (summaries without host)')}</dd>
<dt>System</dt><dd>${e(h.systems.join('; ') || 'unknown (no raw log)')}</dd>
<dt>CPU models</dt><dd>${e(h.cpus.join('; ') || 'unknown')}</dd>
<dt>Sampling interval</dt><dd>${h.interval_ms.length ? e(h.interval_ms.map((v) => `${v} ms`).join(', ')) : 'unknown'}</dd>
<dt>Tool</dt><dd>joulecheck ${e(m.tool_version)}</dd>
<dt>Commands</dt><dd>${h.commands.map((c) => `<code>${e(c)}</code>`).join('<br>')}</dd></dl>
${gpus}
<h3>Sensors per component</h3>
<table><thead><tr><th>Component</th><th>Kind</th><th>Sensor / model</th><th>Why (and why others were absent)</th></tr></thead><tbody>${comps}</tbody></table>
<h3>Notes from the meter</h3>${list(h.notes, 'No notes in the logs.')}
<h3>Method</h3>${list([...h.gpu_sampling.map((s) => `GPU sampling: ${s}`), ...h.attribution], 'No raw logs given: method details unknown.')}
</section>`;
}

function runsSection(m: AppendixModel): string {
  const rows = m.runs
    .map((r, i) => {
      const a = r.energy_j.attributed;
      return `<tr class="run"><td>${e(r.label)}</td><td class="num">${r.repeat}</td><td>${e(r.started_at)}</td><td class="num">${e(sig(r.duration_s))} s</td><td>${e(r.exit)}</td>
<td class="num">${e(formatEnergy(r.energy_j.total))} ${badge(r.kind)}</td>
<td class="num">${e(formatEnergy(a.cpu))} ${badge(r.methods.cpu.kind)}</td>
<td class="num">${e(formatEnergy(a.dram))} ${badge(r.methods.dram.kind)}</td>
<td class="num">${e(formatEnergy(a.gpu))} ${badge(r.methods.gpu.kind)}</td>
<td class="num">${e(formatGrams(r.co2eq_g))} ${badge(r.kind)}</td><td class="num">${e(String(r.pue))}</td>
<td>${e(r.carbon.region)}</td><td class="num">${r.samples ?? '—'}</td><td class="small">${e(r.source)}${
        r.warnings.length ? ` <a href="#warn-${i}" class="warn">${r.warnings.length} warning(s)</a>` : ''
      }</td></tr>`;
    })
    .join('\n');
  // Warnings below the table: they are long sentences and would stretch every row.
  const warnings = m.runs
    .map((r, i) =>
      r.warnings.length
        ? `<li id="warn-${i}"><strong>${e(r.label)} #${r.repeat}</strong>: ${r.warnings.map((w) => e(w)).join('; ')}</li>`
        : '',
    )
    .join('');
  return `<section id="runs"><h2>Runs</h2>
<p class="muted">Energy is the step's attributed share (Henderson et al. 2020, eq. 1); the total includes PUE, the components do not.
Machine totals per component are in the power charts and in the summaries.</p>
<div class="scroll"><table><thead><tr><th>Label</th><th>#</th><th>Started</th><th>Duration</th><th>Exit</th><th>Energy (total, PUE incl.)</th><th>CPU</th><th>DRAM</th><th>GPU</th><th>CO2eq</th><th>PUE</th><th>Region</th><th>Samples</th><th>Source</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${warnings ? `<h3>Warnings</h3><ul class="warn">${warnings}</ul>` : ''}</section>`;
}

function energySection(m: AppendixModel): string {
  const chart = energyIntervalChart(
    'Energy per run (dots), mean (bar), 95% CI (whisker)',
    'energy per run (total, PUE included)',
    m.groups.map((g) => ({ name: g.label, values: g.values, mean: g.mean, ci: g.ci95 })),
  );
  const rows = m.groups
    .map(
      (g) =>
        `<tr><td>${e(g.label)}</td><td class="num">${g.n}</td><td class="num">${e(formatEnergy(g.mean))} ${badge(g.kind)}</td><td class="num">${
          g.sd === null ? '—' : e(formatEnergy(g.sd))
        }</td><td class="num">${g.ci95 ? `${e(formatEnergy(g.ci95.low))} – ${e(formatEnergy(g.ci95.high))}` : 'n/a (n &lt; 2)'}</td><td class="num">${e(
          formatEnergy(Math.min(...g.values)),
        )} – ${e(formatEnergy(Math.max(...g.values)))}</td></tr>`,
    )
    .join('');
  return `<section id="energy"><h2>Energy per run and its spread</h2>
<figure>${chart}</figure>
<table><thead><tr><th>Label</th><th>n</th><th>Mean</th><th>SD</th><th>95% CI of the mean (t, df n-1)</th><th>Range</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function powerSection(m: AppendixModel): string {
  const charts = m.runs.map((r) => {
    const head = `<h3>${e(r.label)} #${r.repeat}</h3>`;
    if (!r.series) return `${head}<p class="muted">No raw log for this run: power over time cannot be drawn (the numbers above come from its summary).</p>`;
    const s = r.series;
    const series: LineSeries[] = [];
    for (const c of ['cpu', 'dram', 'gpu'] as const) {
      const cs = s[c];
      if (!hasReadings(cs)) continue;
      const name = c.toUpperCase();
      series.push({ name: `${name} machine (${cs.kind})`, color: COLORS[c], dashed: true, x: s.t, y: cs.machine });
      series.push({ name: `${name} attributed (${cs.kind})`, color: COLORS[c], x: s.t, y: cs.attributed });
    }
    const absent = (['cpu', 'dram', 'gpu'] as const).filter((c) => !hasReadings(s[c])).map((c) => c.toUpperCase());
    return `${head}<figure>${lineChart({
      title: `Power over time: ${r.label} #${r.repeat}`,
      xLabel: 'time since start, s',
      yLabel: 'power, W (before PUE)',
      series,
    })}</figure>${absent.length ? `<p class="muted">No readings for ${e(absent.join(', '))} in this log (see Sensors).</p>` : ''}`;
  });
  return `<section id="power"><h2>Power over time</h2>
<p class="muted">Dashed: the whole machine; solid: the step's attributed share, per sampling interval, before PUE. Gaps in the line are intervals without a reading.
Long logs are reduced to the minimum and maximum per pixel column for drawing only; all numbers use every sample.</p>
${charts.join('\n')}</section>`;
}

function carbonSection(m: AppendixModel): string {
  const st = m.statement;
  if (!st) return '<section id="carbon"><h2>Carbon statement</h2><p class="muted">No runs.</p></section>';
  const rows = st.regions
    .map(
      (c) =>
        `<tr><td>${e(c.region)}${c.name ? ` (${e(c.name)})` : ''}</td><td class="num">${e(sig(c.intensity_g_per_kwh))} g/kWh</td><td>${badge(c.kind)}</td><td>${e(c.source)}</td><td>${
          c.year ?? '—'
        }</td><td class="num">${c.runs}</td></tr>`,
    )
    .join('');
  const social = st.social
    .map(
      (g) =>
        // The cost itself is in the statement's sentence; per figure: the rate, what it covers, its source.
        `<li>${e(g.figure === 'GLOBAL' ? 'global' : g.figure)}: ${e(String(g.per_tonne.median))} (${e(String(g.per_tonne.low))}, ${e(
          String(g.per_tonne.high),
        )}) per tonne CO2 (median, 16.7th and 83.3rd percentiles), ${e(formatGrams(g.co2eq_g))} CO2eq of ${g.runs} run(s)${
          g.substitute_for.length ? `, substitute for ${e(g.substitute_for.join(', '))}` : ''
        }; source: ${e(g.source)}</li>`,
    )
    .join('');
  const t = m.totals;
  return `<section id="carbon"><h2>Carbon statement</h2>
${
    Number.isFinite(st.kwh) && Number.isFinite(st.co2eq_kg)
      ? `<blockquote>${e(st.sentence)}</blockquote>`
      : '<p class="warn">No statement sentence: the totals overflow (absurd values in the inputs; see the run table).</p>'
  }
<p>These ${st.runs} run(s) used <strong>${e(formatEnergy(t.energy_j))}</strong> ${badge(t.kind)} (${e(formatKwh(t.energy_j / J_PER_KWH))}, PUE included)
and emitted <strong>${e(formatGrams(t.co2eq_g))} CO2eq</strong> ${badge(t.kind)}.
CO2eq = PUE x attributed energy (kWh) x grid carbon intensity (g/kWh).</p>
<h3>Regions and carbon intensity</h3>
<table><thead><tr><th>Region</th><th>Intensity</th><th>Kind</th><th>Source</th><th>Year</th><th>Runs</th></tr></thead><tbody>${rows}</tbody></table>
<h3>PUE</h3>${list(st.pues.map((p) => `${p.value}: ${p.runs} run(s)`), 'none')}
<h3>Social cost of carbon</h3>${social ? `<ul>${social}</ul>` : '<p class="muted">No social cost of carbon available.</p>'}
${st.warnings.length ? `<h3>Caveats</h3><ul class="warn">${st.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul>` : ''}
<p class="muted">Method: Henderson et al. (2020), "Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning", JMLR 21(248).</p>
</section>`;
}


export interface AppendixExtras {
  /** lower-intensity places for the same measured energy (the what-if line) */
  whatIf?: Greener | null;
  /** the history section (history.ts historySection: trend charts, or why there are none) */
  history?: string;
}

export function renderAppendix(m: AppendixModel, opts: AppendixExtras = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(m.title)}</title><style>${CSS}</style></head>
<body><main>
<header><h1>${e(m.title)}</h1>
<p class="muted">Generated ${e(m.generated_at)} by joulecheck ${e(m.tool_version)} from ${m.runs.length} run(s).
Every figure carries how it was obtained: ${badge('measured')} by a sensor, ${badge('estimated')} by a power model, ${badge('mixed')} both.</p>
${m.warnings.length ? `<div class="warn">${m.warnings.map((w) => `<p>${e(w)}</p>`).join('')}</div>` : ''}
<nav><a href="#hardware">Hardware</a> · <a href="#runs">Runs</a> · <a href="#energy">Energy</a> · <a href="#power">Power</a> · <a href="#carbon">Carbon</a>${opts.whatIf ? ' · <a href="#whatif">What-if</a>' : ''}${opts.history ? ' · <a href="#history">History</a>' : ''}</nav></header>
${hardwareSection(m)}
${runsSection(m)}
${energySection(m)}
${powerSection(m)}
${carbonSection(m)}
${opts.whatIf ? `<section id="whatif"><h2>What-if</h2>${whatIfHtml(opts.whatIf)}</section>` : ''}
${opts.history ?? ''}
</main></body></html>
`;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}h1{margin:0 0 4px}h2{border-bottom:2px solid #eee;padding-bottom:2px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.scroll{overflow-x:auto}.small{font-size:12px}.muted{color:#666}
.warn{color:#9a5b00}.kind{font-size:10px;padding:0 4px;border-radius:3px;background:#e8f1fa;color:#1b4f72;white-space:nowrap}
.kind-estimated,.kind-mixed,.kind-default{background:#fdebd0;color:#7e5109}.kind-none{background:#eee;color:#555}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:600}dd{margin:0}
figure{margin:8px 0}nav a{margin-right:4px}${CHART_CSS}`;
