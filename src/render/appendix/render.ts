// The appendix as one self-contained HTML page: inline CSS, charts as inline SVG drawn at build time,
// no script, no external resource. Built with `html`, so every interpolated string (labels, commands, host
// names, sources) is escaped unless it is markup made here.
import { html, join, raw, type SafeHtml } from '../html.ts';
import { energyIntervalChart } from '../leaderboard.ts';
import { lineChart, type LineSeries } from '../svg/line-chart.ts';
import { CHART_CSS } from '../svg/scale.ts';
import { formatGrams, formatEnergy, formatKwh, sig } from '../format.ts';
import { type Greener, whatIfHtml } from '../whatif.ts';
import { J_PER_KWH } from '../../model/units.ts';
import type { Kind } from '../../model/kinds.ts';
import type { AppendixModel } from './model.ts';
import { hasReadings } from './series.ts';

const COLORS = { cpu: '#2471a3', dram: '#1e8449', gpu: '#ca6f1e' } as const;
const BR = html`<br>`;

function badge(kind: Kind | string): SafeHtml {
  return html`<span class="kind kind-${kind}">${kind}</span>`;
}

function list(items: readonly string[], empty: string): SafeHtml {
  if (items.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}

function hardwareSection(m: AppendixModel): SafeHtml {
  const h = m.hardware;
  const gpus =
    h.gpus.length === 0
      ? html`<p class="muted">No GPU found in the logs.</p>`
      : html`<table><thead><tr><th>GPU model</th><th>Driver</th><th>Count</th></tr></thead><tbody>${h.gpus.map(
          (g) => html`<tr><td>${g.name}</td><td>${g.driver ?? 'unknown'}</td><td class="num">${g.count}</td></tr>`,
        )}</tbody></table>`;
  const comps = h.components.map(
    (c) =>
      html`<tr><td>${c.component.toUpperCase()}</td><td>${badge(c.kind)}</td><td>${c.how.join(', ') || '—'}</td><td>${
        c.details.length ? join(c.details, BR) : '—'
      }</td></tr>`,
  );
  return html`<section id="hardware"><h2>Hardware and software</h2>
<dl><dt>Hosts</dt><dd>${h.hosts.join(', ') || 'unknown (summaries without host)'}</dd>
<dt>System</dt><dd>${h.systems.join('; ') || 'unknown (no raw log)'}</dd>
<dt>CPU models</dt><dd>${h.cpus.join('; ') || 'unknown'}</dd>
<dt>Sampling interval</dt><dd>${h.interval_ms.length ? h.interval_ms.map((v) => `${v} ms`).join(', ') : 'unknown'}</dd>
<dt>Tool</dt><dd>joulecheck ${m.tool_version}</dd>
<dt>Commands</dt><dd>${join(
    h.commands.map((c) => html`<code>${c}</code>`),
    BR,
  )}</dd></dl>
${gpus}
<h3>Sensors per component</h3>
<table><thead><tr><th>Component</th><th>Kind</th><th>Sensor / model</th><th>Why (and why others were absent)</th></tr></thead><tbody>${comps}</tbody></table>
<h3>Notes from the meter</h3>${list(h.notes, 'No notes in the logs.')}
<h3>Method</h3>${list([...h.gpu_sampling.map((s) => `GPU sampling: ${s}`), ...h.attribution], 'No raw logs given: method details unknown.')}
</section>`;
}

function runsSection(m: AppendixModel): SafeHtml {
  const rows = m.runs.map((r, i) => {
    const a = r.energy_j.attributed;
    return html`<tr class="run"><td>${r.label}</td><td class="num">${r.repeat}</td><td>${r.started_at}</td><td class="num">${sig(r.duration_s)} s</td><td>${r.exit}</td>
<td class="num">${formatEnergy(r.energy_j.total)} ${badge(r.kind)}</td>
<td class="num">${formatEnergy(a.cpu)} ${badge(r.methods.cpu.kind)}</td>
<td class="num">${formatEnergy(a.dram)} ${badge(r.methods.dram.kind)}</td>
<td class="num">${formatEnergy(a.gpu)} ${badge(r.methods.gpu.kind)}</td>
<td class="num">${formatGrams(r.co2eq_g)} ${badge(r.kind)}</td><td class="num">${String(r.pue)}</td>
<td>${r.carbon.region}</td><td class="num">${r.samples ?? '—'}</td><td class="small">${r.source}${
      r.warnings.length ? html` <a href="#warn-${i}" class="warn">${r.warnings.length} warning(s)</a>` : ''
    }</td></tr>`;
  });
  // Warnings below the table: they are long sentences and would stretch every row.
  const warnings = m.runs.flatMap((r, i) =>
    r.warnings.length ? [html`<li id="warn-${i}"><strong>${r.label} #${r.repeat}</strong>: ${r.warnings.join('; ')}</li>`] : [],
  );
  return html`<section id="runs"><h2>Runs</h2>
<p class="muted">Energy is the step's attributed share (Henderson et al. 2020, eq. 1); the total includes PUE, the components do not.
Machine totals per component are in the power charts and in the summaries.</p>
<div class="scroll"><table><thead><tr><th>Label</th><th>#</th><th>Started</th><th>Duration</th><th>Exit</th><th>Energy (total, PUE incl.)</th><th>CPU</th><th>DRAM</th><th>GPU</th><th>CO2eq</th><th>PUE</th><th>Region</th><th>Samples</th><th>Source</th></tr></thead>
<tbody>
${join(rows, '\n')}
</tbody></table></div>
${warnings.length ? html`<h3>Warnings</h3><ul class="warn">${warnings}</ul>` : ''}</section>`;
}

function energySection(m: AppendixModel): SafeHtml {
  const chart = energyIntervalChart(
    'Energy per run (dots), mean (bar), 95% CI (whisker)',
    'energy per run (total, PUE included)',
    m.groups.map((g) => ({ name: g.label, values: g.values, mean: g.mean, ci: g.ci95 })),
  );
  const rows = m.groups.map(
    (g) =>
      html`<tr><td>${g.label}</td><td class="num">${g.n}</td><td class="num">${formatEnergy(g.mean)} ${badge(g.kind)}</td><td class="num">${
        g.sd === null ? '—' : formatEnergy(g.sd)
      }</td><td class="num">${g.ci95 ? html`${formatEnergy(g.ci95.low)} – ${formatEnergy(g.ci95.high)}` : 'n/a (n < 2)'}</td><td class="num">${formatEnergy(
        Math.min(...g.values),
      )} – ${formatEnergy(Math.max(...g.values))}</td></tr>`,
  );
  return html`<section id="energy"><h2>Energy per run and its spread</h2>
<figure>${chart}</figure>
<table><thead><tr><th>Label</th><th>n</th><th>Mean</th><th>SD</th><th>95% CI of the mean (t, df n-1)</th><th>Range</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function powerSection(m: AppendixModel): SafeHtml {
  const charts = m.runs.map((r) => {
    const head = html`<h3>${r.label} #${r.repeat}</h3>`;
    if (!r.series) return html`${head}<p class="muted">No raw log for this run: power over time cannot be drawn (the numbers above come from its summary).</p>`;
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
    return html`${head}<figure>${lineChart({
      title: `Power over time: ${r.label} #${r.repeat}`,
      xLabel: 'time since start, s',
      yLabel: 'power, W (before PUE)',
      series,
    })}</figure>${absent.length ? html`<p class="muted">No readings for ${absent.join(', ')} in this log (see Sensors).</p>` : ''}`;
  });
  return html`<section id="power"><h2>Power over time</h2>
<p class="muted">Dashed: the whole machine; solid: the step's attributed share, per sampling interval, before PUE. Gaps in the line are intervals without a reading.
Long logs are reduced to the minimum and maximum per pixel column for drawing only; all numbers use every sample.</p>
${join(charts, '\n')}</section>`;
}

function carbonSection(m: AppendixModel): SafeHtml {
  const st = m.statement;
  if (!st) return html`<section id="carbon"><h2>Carbon statement</h2><p class="muted">No runs.</p></section>`;
  const rows = st.regions.map(
    (c) =>
      html`<tr><td>${c.region}${c.name ? html` (${c.name})` : ''}</td><td class="num">${sig(c.intensity_g_per_kwh)} g/kWh</td><td>${badge(c.kind)}</td><td>${c.source}</td><td>${
        c.year ?? '—'
      }</td><td class="num">${c.runs}</td></tr>`,
  );
  const social = st.social.map(
    (g) =>
      // The cost itself is in the statement's sentence; per figure: the rate, what it covers, its source.
      html`<li>${g.figure === 'GLOBAL' ? 'global' : g.figure}: ${String(g.per_tonne.median)} (${String(g.per_tonne.low)}, ${String(
        g.per_tonne.high,
      )}) per tonne CO2 (median, 16.7th and 83.3rd percentiles), ${formatGrams(g.co2eq_g)} CO2eq of ${g.runs} run(s)${
        g.substitute_for.length ? html`, substitute for ${g.substitute_for.join(', ')}` : ''
      }; source: ${g.source}</li>`,
  );
  const t = m.totals;
  return html`<section id="carbon"><h2>Carbon statement</h2>
${
    Number.isFinite(st.kwh) && Number.isFinite(st.co2eq_kg)
      ? html`<blockquote>${st.sentence}</blockquote>`
      : html`<p class="warn">No statement sentence: the totals overflow (absurd values in the inputs; see the run table).</p>`
  }
<p>These ${st.runs} run(s) used <strong>${formatEnergy(t.energy_j)}</strong> ${badge(t.kind)} (${formatKwh(t.energy_j / J_PER_KWH)}, PUE included)
and emitted <strong>${formatGrams(t.co2eq_g)} CO2eq</strong> ${badge(t.kind)}.
CO2eq = PUE x attributed energy (kWh) x grid carbon intensity (g/kWh).</p>
<h3>Regions and carbon intensity</h3>
<table><thead><tr><th>Region</th><th>Intensity</th><th>Kind</th><th>Source</th><th>Year</th><th>Runs</th></tr></thead><tbody>${rows}</tbody></table>
<h3>PUE</h3>${list(
    st.pues.map((p) => `${p.value}: ${p.runs} run(s)`),
    'none',
  )}
<h3>Social cost of carbon</h3>${social.length ? html`<ul>${social}</ul>` : html`<p class="muted">No social cost of carbon available.</p>`}
${st.warnings.length ? html`<h3>Caveats</h3><ul class="warn">${st.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ''}
<p class="muted">Method: Henderson et al. (2020), "Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning", JMLR 21(248).</p>
</section>`;
}


export interface AppendixExtras {
  /** lower-intensity places for the same measured energy (the what-if line) */
  whatIf?: Greener | null;
  /** the history section (history.ts historySection: trend charts, or why there are none) */
  history?: SafeHtml;
}

/** The whole page, as text to write to a file. */
export function renderAppendix(m: AppendixModel, opts: AppendixExtras = {}): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${m.title}</title><style>${raw(CSS)}</style></head>
<body><main>
<header><h1>${m.title}</h1>
<p class="muted">Generated ${m.generated_at} by joulecheck ${m.tool_version} from ${m.runs.length} run(s).
Every figure carries how it was obtained: ${badge('measured')} by a sensor, ${badge('estimated')} by a power model, ${badge('mixed')} both.</p>
${m.warnings.length ? html`<div class="warn">${m.warnings.map((w) => html`<p>${w}</p>`)}</div>` : ''}
<nav><a href="#hardware">Hardware</a> · <a href="#runs">Runs</a> · <a href="#energy">Energy</a> · <a href="#power">Power</a> · <a href="#carbon">Carbon</a>${
    opts.whatIf ? html` · <a href="#whatif">What-if</a>` : ''
  }${opts.history ? html` · <a href="#history">History</a>` : ''}</nav></header>
${hardwareSection(m)}
${runsSection(m)}
${energySection(m)}
${powerSection(m)}
${carbonSection(m)}
${opts.whatIf ? html`<section id="whatif"><h2>What-if</h2>${whatIfHtml(opts.whatIf)}</section>` : ''}
${opts.history}
</main></body></html>
`.toString();
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}h1{margin:0 0 4px}h2{border-bottom:2px solid #eee;padding-bottom:2px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border-bottom:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}.scroll{overflow-x:auto}.small{font-size:12px}.muted{color:#666}
.warn{color:#9a5b00}.kind{font-size:10px;padding:0 4px;border-radius:3px;background:#e8f1fa;color:#1b4f72;white-space:nowrap}
.kind-estimated,.kind-mixed,.kind-default{background:#fdebd0;color:#7e5109}.kind-none{background:#eee;color:#555}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:600}dd{margin:0}
figure{margin:8px 0}nav a{margin-right:4px}${CHART_CSS}`;
