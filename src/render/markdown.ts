// The PR-comment body for a comparison (docs/compare.md): headline verdict first (taken from the
// energy total's row, so the two cannot disagree), flagged metrics next, everything else collapsed.
// Every string that came from a log or a summary goes through escape.ts. The body stays under GitHub's
// 65,536-character limit by trimming the per-run details, never the verdict.
import { nodeNotes } from '../accounting/merge.ts';
import { markdownTable } from 'markdown-table';
import { formatValue, pct, pText, pValue, sig, signedPct } from './format.ts';
import type { Comparison, Metric, SideContext, Verdict } from '../model/comparison.ts';
import { escapeCode, escapeHtmlComment, escapeMarkdown as esc } from './escape.ts';
import type { Summary } from '../model/summary.ts';

/** GitHub rejects comment bodies over 65,536 characters; leave room for a caller's footer. */
export const DEFAULT_MAX_LENGTH = 65_000;

export interface MarkdownOptions {
  /** hidden first line `<!-- marker -->` identifying a sticky comment */
  marker?: string;
  /** heading text (escaped); default "joulecheck: energy of <label>" */
  title?: string;
  /** hard cap on the body length in characters (default 65,000) */
  maxLength?: number;
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  regression: '🔴 regression',
  improvement: '🟢 improvement',
  no_significant_change: '⚪ no significant change',
  inconclusive: '🟡 inconclusive',
  not_enough_data: '⚫ not enough data',
};

const FLAGGED: ReadonlySet<Verdict> = new Set(['regression', 'improvement']);

// ---------- number formatting ----------

function formatChange(m: Metric): string {
  if (!m.change) return m.base.mean === 0 && (m.head.mean ?? 0) > 0 ? 'from 0' : '–';
  const c = m.change;
  const rel = signedPct(c.relative);
  if (c.method === 'point' && c.ci_low === null) return rel;
  if (c.ci_low === null || c.ci_high === null) return `${rel} (CI unbounded)`;
  if (c.method === 'point') return rel;
  return `${rel} (${signedPct(c.ci_low)} … ${signedPct(c.ci_high)})`;
}

function formatSide(m: Metric, side: 'base' | 'head'): string {
  const s = m[side];
  if (s.n === 0) return '–';
  const v = formatValue(m.unit, s.mean);
  return s.sd !== null && s.n > 1 ? `${v} ± ${formatValue(m.unit, s.sd)}` : v;
}

function shortSha(sha: string): string {
  // Hex is safe as is, and GitHub links it to the commit; anything else is untrusted text.
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : escapeCode(sha, { maxLength: 40 });
}

function shas(side: SideContext): string {
  if (side.shas.length === 0) return 'unknown commit';
  const shown = side.shas.slice(0, 3).map(shortSha).join(', ');
  return side.shas.length > 3 ? `${shown} +${side.shas.length - 3} more` : shown;
}

function methodLabel(side: SideContext, c: 'cpu' | 'dram' | 'gpu'): string {
  const m = side.methods[c];
  const detail = m.sensors.length ? m.sensors : m.models;
  return `${m.kinds.join('/')}${detail.length ? ` (${detail.map((d) => esc(d, { maxLength: 40 })).join(', ')})` : ''}`;
}

function methodsLine(cmp: Comparison): string {
  const parts = (['cpu', 'dram', 'gpu'] as const).map((c) => {
    const b = methodLabel(cmp.base, c);
    const h = methodLabel(cmp.head, c);
    return `${c.toUpperCase()} ${b === h ? b : `${b} → ${h}`}`;
  });
  return parts.join(' · ');
}

function metricName(m: Metric, cmp: Comparison): string {
  const comp = m.id === 'energy_cpu' ? 'cpu' : m.id === 'energy_dram' ? 'dram' : m.id === 'energy_gpu' ? 'gpu' : undefined;
  if (!comp) return m.name;
  const b = methodLabel(cmp.base, comp);
  const h = methodLabel(cmp.head, comp);
  return `${m.name}, ${b === h ? b : `${b} → ${h}`}`;
}

// ---------- sections ----------

function table(rows: string[][]): string {
  return markdownTable(rows, { alignDelimiters: false });
}

function metricsTable(cmp: Comparison, ms: readonly Metric[]): string {
  return table([
    ['Metric', `Base (n=${cmp.base.n})`, `Head (n=${cmp.head.n})`, `Change (${pctLevel(cmp)} CI)`, 'p (Holm)', 'Verdict'],
    ...ms.map((m) => [
      metricName(m, cmp),
      formatSide(m, 'base'),
      formatSide(m, 'head'),
      formatChange(m),
      pValue(m.p_adjusted),
      VERDICT_LABEL[m.verdict],
    ]),
  ]);
}

function pctLevel(cmp: Comparison): string {
  return pct(cmp.confidence);
}

function testsTable(cmp: Comparison): string {
  const t = (x: { t: number; df: number; p: number } | undefined) =>
    x ? `t = ${x.t.toFixed(2)}, df = ${sig(x.df)}, ${pText(x.p)}` : '–';
  if (cmp.design === 'paired') {
    return table([
      ['Metric', 'Paired t-test (log ratios)', 'Wilcoxon signed-rank', 'p (Holm)', 'Pairs needed'],
      ...cmp.metrics.map((m) => [
        m.name,
        t(m.tests.paired_t),
        m.tests.wilcoxon ? `W = ${sig(m.tests.wilcoxon.w)}, ${pText(m.tests.wilcoxon.p)} (${m.tests.wilcoxon.method})` : '–',
        pValue(m.p_adjusted),
        m.runs_needed ? runsNeededText(m, cmp) : '–',
      ]),
    ]);
  }
  return table([
    ['Metric', "Welch's t-test", 'Mann–Whitney U', 'Prediction interval', 'p (Holm)', 'Runs needed'],
    ...cmp.metrics.map((m) => [
      m.name,
      t(m.tests.welch),
      m.tests.mann_whitney
        ? `U = ${sig(m.tests.mann_whitney.u)}, ${pText(m.tests.mann_whitney.p)} (${m.tests.mann_whitney.method})`
        : '–',
      t(m.tests.prediction),
      pValue(m.p_adjusted),
      m.runs_needed ? runsNeededText(m, cmp) : '–',
    ]),
  ]);
}

function runsNeededText(m: Metric, cmp: Comparison): string {
  const r = m.runs_needed!;
  if (cmp.design === 'paired') {
    const n = r.capped ? `more than ${r.per_side}` : `about ${r.per_side}`;
    const goal = r.goal === 'detect' ? `to detect ${signedPct(r.effect).replace('+', '±')}` : 'to show it stays within the minimum effect';
    return `${n} pairs (${r.more_head} more) would likely settle it (${pct(r.power, 0)} power ${goal})`;
  }
  const n = r.capped ? `more than ${r.per_side}` : `about ${r.per_side}`;
  const more = r.more_base === r.more_head ? `${r.more_head} more each` : `${r.more_base} more base, ${r.more_head} more head`;
  const goal = r.goal === 'detect' ? `to detect ${signedPct(r.effect).replace('+', '±')}` : 'to show it stays within the minimum effect';
  return `${n} runs per side (${more}) would likely settle it (${pct(r.power, 0)} power ${goal})`;
}

function headline(cmp: Comparison): string {
  const m = cmp.metrics.find((x) => x.id === cmp.headline.metric)!;
  const n = cmp.design === 'paired' ? `${m.base.n} pair${m.base.n === 1 ? '' : 's'}` : `base n=${m.base.n}, head n=${m.head.n}`;
  const ci =
    m.change && m.change.ci_low !== null && m.change.ci_high !== null && m.change.method !== 'point'
      ? `${pctLevel(cmp)} CI ${signedPct(m.change.ci_low)} … ${signedPct(m.change.ci_high)}, `
      : '';
  const p = m.p_adjusted !== undefined ? `${pText(m.p_adjusted)} after Holm, ` : '';
  const rel = m.change ? signedPct(m.change.relative) : 'from 0';
  const me = `±${pct(cmp.min_effect, 2)}`;
  const mark = VERDICT_LABEL[m.verdict].split(' ')[0];
  // which energy the verdict is about: said in the headline itself when it is the active energy
  const [E, e] = m.id === 'energy_active' ? ['Active energy', 'active energy'] : ['Energy', 'energy'];
  const held = m.held_by_other_load;
  switch (m.verdict) {
    case 'regression':
      return `${mark} **${E} regression: ${rel}** (${ci}${p}${n})`;
    case 'improvement':
      return `${mark} **${E} improvement: ${rel}** (${ci}${p}${n})`;
    case 'no_significant_change':
      return `${mark} **No significant change in ${e}: ${rel}** (${ci}${p}${n}) — the interval lies within ${me}, an equivalence result`;
    case 'inconclusive':
      if (held) {
        return (
          `${mark} **${E} change inconclusive: other load on the runner** (${rel}, ${ci}${p}${n}) — over every pair ` +
          `${held.verdict_all_pairs.replace(/_/g, ' ')}, but pair${held.pairs.length === 1 ? '' : 's'} ${held.pairs.join(', ')} ` +
          `ran beside different load on the machine and the other pairs alone give ${held.verdict_unflagged.replace(/_/g, ' ')} (see the warnings)`
        );
      }
      return (
        `${mark} **${E} change inconclusive: ${rel}** (${ci}${p}${n})` +
        (m.runs_needed ? ` — ${runsNeededText(m, cmp)}` : '')
      );
    case 'not_enough_data':
      return cmp.design === 'paired'
        ? `${mark} **Not enough data to compare energy** (${n}): the paired tests need at least 2 pairs with energy on both sides`
        : `${mark} **Not enough data to compare energy** (${n}): a test needs at least 2 runs on each side, or 1 run against at least 3`;
  }
}

/**
 * Which energy the verdict is about, in a paired comparison: the active energy (and why), with the
 * attributed energy's change beside it; or the attributed energy when that was asked for.
 */
function whichEnergyLine(cmp: Comparison): string | undefined {
  if (cmp.design !== 'paired') return undefined;
  const attributed = cmp.metrics.find((x) => x.id === 'energy_total');
  const active = cmp.metrics.find((x) => x.id === 'energy_active');
  const change = (m: Metric | undefined) => (m?.change ? `${signedPct(m.change.relative)}, ${VERDICT_LABEL[m.verdict]}` : VERDICT_LABEL[m?.verdict ?? 'not_enough_data']);
  if (cmp.headline.metric === 'energy_active') {
    return (
      `The verdict is on the **active energy**: the step's share of the energy above the machine's idle power, which other load on ` +
      `the runner does not move. Attributed energy (the step's share of all the machine's energy, idle included): ${change(attributed)}.`
    );
  }
  return (
    `The verdict is on the **attributed energy** (the step's share of all the machine's energy, idle included)` +
    (active ? `; active energy (above the machine's idle power): ${change(active)}.` : '.')
  );
}

function explanationLine(cmp: Comparison): string | undefined {
  const e = cmp.explanation;
  const m = cmp.metrics.find((x) => x.id === 'energy_total');
  if (!e || !m?.change || m.verdict === 'not_enough_data') return undefined;
  const term = (j: number) => `${j >= 0 ? '+' : '−'}${formatValue('J', Math.abs(j))}`;
  return (
    `Why: dE ≈ dP·t + P·dt — mean power ${signedPct(e.power_relative)} (${term(e.power_term_j)}), ` +
    `duration ${signedPct(e.duration_relative)} (${term(e.duration_term_j)})` +
    (Math.abs(e.interaction_j) > 0.05 * (Math.abs(e.power_term_j) + Math.abs(e.duration_term_j))
      ? `, both together ${term(e.interaction_j)}`
      : '')
  );
}

/** "same-job A/B, 6 pairs, ABBA, on ubuntu-latest" */
export function abDescription(cmp: Comparison): string | undefined {
  const ab = cmp.ab;
  if (cmp.design !== 'paired' || !ab) return undefined;
  return (
    `same-job A/B, ${ab.pairs} pair${ab.pairs === 1 ? '' : 's'}, ${ab.order === 'abba' ? 'ABBA' : 'alternating'}` +
    (ab.runner ? `, on ${esc(ab.runner, { maxLength: 80 })}` : '')
  );
}

function metaLine(cmp: Comparison): string {
  const tested = cmp.metrics.filter((m) => m.p_adjusted !== undefined && m.id !== 'co2eq').length;
  const me = `±${pct(cmp.min_effect, 2)}`;
  const ab = abDescription(cmp);
  if (ab !== undefined) {
    const warm = cmp.ab!.warmup;
    return (
      `<sub>${ab} · base ${shas(cmp.base)} vs head ${shas(cmp.head)}` +
      (warm > 0 ? ` · ${warm} warm-up run${warm === 1 ? '' : 's'} per side left out` : '') +
      ` · α = ${cmp.alpha}, minimum effect ${me} · paired t-test on the log ratios (Wilcoxon signed-rank alongside) · ` +
      (tested > 0 ? `Holm-adjusted across ${tested} metrics · ` : '') +
      `CI: t on the mean log ratio · CO2eq at ${sig(cmp.carbon.intensity_g_per_kwh)} g/kWh (${esc(cmp.carbon.region, { maxLength: 60 })})</sub>`
    );
  }
  return (
    `<sub>Base ${shas(cmp.base)} (n=${cmp.base.n}) vs head ${shas(cmp.head)} (n=${cmp.head.n}) · ` +
    `α = ${cmp.alpha}, minimum effect ${me} · Welch's t-test (prediction interval for a single run) · ` +
    (tested > 0 ? `Holm-adjusted across ${tested} metrics · ` : '') +
    `CI: Fieller · CO2eq at ${sig(cmp.carbon.intensity_g_per_kwh)} g/kWh (${esc(cmp.carbon.region, { maxLength: 60 })})` +
    `${cmp.carbon.restated ? ', restated for both sides' : ''}</sub>`
  );
}

function warningsBlock(cmp: Comparison): string | undefined {
  if (cmp.warnings.length === 0) return undefined;
  const shown = cmp.warnings.slice(0, 20).map((w) => `> - ${esc(w, { maxLength: 300 })}`);
  if (cmp.warnings.length > 20) shown.push(`> - … ${cmp.warnings.length - 20} more (see the JSON output)`);
  return ['> [!WARNING]', ...shown].join('\n');
}

function contextTable(cmp: Comparison): string {
  const b = cmp.base;
  const h = cmp.head;
  const list = (xs: readonly string[]) => (xs.length ? xs.map((x) => esc(x, { maxLength: 80 })).join(', ') : '–');
  return table([
    ['', 'Base', 'Head'],
    ['Commits', shas(b), shas(h)],
    ['Refs', list(b.refs), list(h.refs)],
    ['Runs', String(b.n), String(h.n)],
    ...(b.hardware.nodes || h.hardware.nodes ? [['Nodes', (b.hardware.nodes ?? [1]).join(', '), (h.hardware.nodes ?? [1]).join(', ')]] : []),
    ['CPU energy', methodLabel(b, 'cpu'), methodLabel(h, 'cpu')],
    ['DRAM energy', methodLabel(b, 'dram'), methodLabel(h, 'dram')],
    ['GPU energy', methodLabel(b, 'gpu'), methodLabel(h, 'gpu')],
    ['CPU', list(b.hardware.cpu_models), list(h.hardware.cpu_models)],
    ['GPUs', list(b.hardware.gpus), list(h.hardware.gpus)],
    ['GPU driver', list(b.hardware.drivers), list(h.hardware.drivers)],
    ['Region', list(b.regions), list(h.regions)],
    ['Intensity (g/kWh)', b.intensities_g_per_kwh.map((x) => sig(x)).join(', '), h.intensities_g_per_kwh.map((x) => sig(x)).join(', ')],
    ['PUE', b.pues.map((x) => sig(x)).join(', '), h.pues.map((x) => sig(x)).join(', ')],
    ['joulecheck', list(b.tool_versions), list(h.tool_versions)],
  ]);
}

interface RunRow {
  side: 'base' | 'head';
  index: number;
}

function energyChart(cmp: Comparison, maxPerSide: number): string | undefined {
  const m = cmp.metrics.find((x) => x.id === 'energy_total')!;
  const b = m.base.values.slice(-maxPerSide);
  const h = m.head.values.slice(-maxPerSide);
  if (b.length + h.length < 2) return undefined;
  const max = Math.max(...b, ...h);
  if (!(max > 0)) return undefined;
  const [unit, div] = max / 3600 >= 1000 ? ['kWh', 3.6e6] : max / 3600 >= 0.01 ? ['Wh', 3600] : ['J', 1];
  const v = (x: number) => Number((x / div).toPrecision(4));
  const bOff = m.base.values.length - b.length;
  const hOff = m.head.values.length - h.length;
  const cats = [...b.map((_, i) => `"B${bOff + i + 1}"`), ...h.map((_, i) => `"H${hOff + i + 1}"`)];
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Energy per run (${unit}): base B1…B${m.base.values.length}, head H1…H${m.head.values.length}"`,
    `    x-axis [${cats.join(', ')}]`,
    `    y-axis "${unit}" 0 --> ${Number((v(max) * 1.1).toPrecision(3))}`,
    `    bar [${[...b, ...h].map(v).join(', ')}]`,
    '```',
  ].join('\n');
}

function runTable(cmp: Comparison, rows: readonly RunRow[]): string {
  const get = (id: string, side: 'base' | 'head', i: number) => {
    const m = cmp.metrics.find((x) => x.id === id);
    // values line up with the runs only when every run has the metric (power needs a duration > 0)
    return m && m[side].values.length === cmp[side].n ? m[side].values[i] ?? null : null;
  };
  return table([
    ['Side', 'Run', 'Commit', 'Energy', 'Duration', 'Mean power', 'CO2eq', 'Exit', 'Host'],
    ...rows.map(({ side, index }) => {
      const r = cmp[side].runs[index]!;
      return [
        side,
        `#${r.repeat}`,
        r.sha ? shortSha(r.sha) : '–',
        formatValue('J', get('energy_total', side, index)),
        formatValue('s', get('duration', side, index)),
        formatValue('W', get('power_mean', side, index)),
        formatValue('g', get('co2eq', side, index)),
        r.exit_code === null ? '–' : String(r.exit_code),
        r.hostname ? esc(r.hostname, { maxLength: 40 }) : '–',
      ];
    }),
  ]);
}

/** The pairs in run order: energy per side, the ratio, and the machine state when it was read. */
export function pairTable(cmp: Comparison): string | undefined {
  const e = cmp.metrics.find((m) => m.id === cmp.headline.metric) ?? cmp.metrics.find((m) => m.id === 'energy_total');
  if (cmp.design !== 'paired' || !e?.pairs?.length) return undefined;
  const runs = cmp.ab?.runs ?? [];
  const run = (side: 'base' | 'head', pair: number) => runs.find((r) => r.side === side && r.pair === pair);
  const hasTemp = runs.some((r) => r.state?.gpu_temp_c !== undefined);
  const hasClock = runs.some((r) => r.state?.sm_clock_mhz !== undefined);
  const hasIdle = runs.some((r) => r.state?.idle_w !== undefined);
  const hasLoad = runs.some((r) => r.other_load !== undefined);
  const hasGpuLoad = runs.some((r) => typeof r.other_load?.gpu === 'number');
  const flagged = new Set(cmp.ab?.other_load?.flagged_pairs ?? []);
  const what = e.id === 'energy_active' ? 'active energy' : 'energy';
  const both = (pair: number, f: (s: NonNullable<ReturnType<typeof run>>) => number | undefined, fmt: (x: number) => string) => {
    const b = run('base', pair);
    const h = run('head', pair);
    const vb = b ? f(b) : undefined;
    const vh = h ? f(h) : undefined;
    return `${vb === undefined ? '–' : fmt(vb)} / ${vh === undefined ? '–' : fmt(vh)}`;
  };
  return table([
    [
      'Pair',
      'Order',
      `Base ${what}`,
      `Head ${what}`,
      'Head / base',
      ...(hasLoad ? ['Other load, CPU % (B / H)'] : []),
      ...(hasGpuLoad ? ['Other load, GPU % (B / H)'] : []),
      ...(hasTemp ? ['GPU °C (B / H)'] : []),
      ...(hasClock ? ['SM MHz (B / H)'] : []),
      ...(hasIdle ? ['Idle W (B / H)'] : []),
    ],
    ...e.pairs.map((p, i) => {
      const k = i + 1;
      const b = run('base', k);
      const h = run('head', k);
      const order = b && h ? (b.position < h.position ? 'B H' : 'H B') : '–';
      return [
        String(k),
        order,
        formatValue('J', p.base),
        formatValue('J', p.head),
        p.base > 0 ? signedPct(p.head / p.base - 1) : '–',
        ...(hasLoad ? [both(k, (r) => (r.other_load ? r.other_load.cpu * 100 : undefined), (x) => x.toFixed(0)) + (flagged.has(k) ? ' ⚠ differs' : '')] : []),
        ...(hasGpuLoad ? [both(k, (r) => (typeof r.other_load?.gpu === 'number' ? r.other_load.gpu * 100 : undefined), (x) => x.toFixed(0))] : []),
        ...(hasTemp ? [both(k, (r) => r.state?.gpu_temp_c, (x) => x.toFixed(0))] : []),
        ...(hasClock ? [both(k, (r) => r.state?.sm_clock_mhz, (x) => x.toFixed(0))] : []),
        ...(hasIdle ? [both(k, (r) => r.state?.idle_w, (x) => sig(x))] : []),
      ];
    }),
  ]);
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function perRunSection(cmp: Comparison, budget: number): string | undefined {
  const all: RunRow[] = [
    ...cmp.base.runs.map((_, index) => ({ side: 'base' as const, index })),
    ...cmp.head.runs.map((_, index) => ({ side: 'head' as const, index })),
  ];
  const chart = energyChart(cmp, 50);
  const title = `Per-run values (${all.length} runs)`;
  const build = (rows: RunRow[], withChart: boolean) => {
    const left = all.length - rows.length;
    const parts = [withChart ? chart : undefined, rows.length ? runTable(cmp, rows) : undefined];
    if (left > 0) parts.push(`… ${left} more runs not shown to stay under GitHub's comment limit (see \`--format json\`).`);
    return details(title, parts.filter(Boolean).join('\n\n'));
  };
  let text = build(all, chart !== undefined);
  if (text.length <= budget) return text;
  // Keep as many rows as fit, about half from each side (binary search on the count).
  const baseRows = all.filter((r) => r.side === 'base');
  const headRows = all.filter((r) => r.side === 'head');
  const pick = (k: number): RunRow[] => {
    const nb = Math.min(baseRows.length, Math.max(Math.ceil(k / 2), k - headRows.length));
    return [...baseRows.slice(0, nb), ...headRows.slice(0, Math.min(headRows.length, k - nb))];
  };
  for (const withChart of [chart !== undefined, false]) {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (build(pick(mid), withChart).length <= budget) lo = mid;
      else hi = mid - 1;
    }
    text = build(pick(lo), withChart);
    if (text.length <= budget && lo > 0) return text;
  }
  return undefined;
}

function heading(title: string | undefined, label: string): string {
  return `### ⚡ ${title !== undefined ? esc(title, { maxLength: 200 }) : `joulecheck: energy of ${escapeCode(label, { maxLength: 100 })}`}`;
}

function markerLine(marker: string | undefined): string[] {
  return marker !== undefined ? [`<!-- ${escapeHtmlComment(marker).slice(0, 200)} -->`] : [];
}

/**
 * The PR-comment body for a comparison. The first lines (marker, heading, headline verdict, the energy
 * row and any flagged row) are never trimmed; collapsed sections are dropped, per-run rows first, until
 * the body fits opts.maxLength.
 */
export function renderComparisonMarkdown(cmp: Comparison, opts: MarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const top = cmp.metrics.filter((m) => m.id === cmp.headline.metric || FLAGGED.has(m.verdict));
  // The headline's metric first, then flagged ones.
  top.sort((a, b) => (a.id === cmp.headline.metric ? -1 : b.id === cmp.headline.metric ? 1 : 0));
  const rest = cmp.metrics.filter((m) => !top.includes(m));
  const core = [
    ...markerLine(opts.marker),
    heading(opts.title, cmp.label),
    '',
    headline(cmp),
    '',
    ...(whichEnergyLine(cmp) ? [whichEnergyLine(cmp)!, ''] : []),
    ...(explanationLine(cmp) ? [explanationLine(cmp)!, ''] : []),
    `Energy: ${methodsLine(cmp)}`,
    '',
    metricsTable(cmp, top),
    '',
    ...(pairTable(cmp) ? [pairTable(cmp)!, ''] : []),
    metaLine(cmp),
  ].join('\n');

  const optional: (string | undefined)[] = [
    warningsBlock(cmp),
    rest.length ? details(`Other metrics (${rest.length}), not flagged`, metricsTable(cmp, rest)) : undefined,
    details('Tests per metric', testsTable(cmp)),
    details('Context: commits, measurement methods, hardware, region', contextTable(cmp)),
  ];
  const sep = '\n\n';
  let body = core;
  for (const part of optional) {
    if (part !== undefined && body.length + sep.length + part.length <= maxLength) body += sep + part;
  }
  const perRun = perRunSection(cmp, maxLength - body.length - sep.length);
  if (perRun !== undefined) body += sep + perRun;
  // The core alone is bounded (escaped strings are capped); this only guards a tiny maxLength.
  return body.length <= maxLength ? body + '\n' : body.slice(0, maxLength);
}

/**
 * The comment when there is nothing to compare with (no base runs, expired artifacts): says so plainly,
 * with the head's own figures. `reason` is shown escaped; unless it already says to merge, the comment adds
 * "merge to the base branch once" advice.
 */
export function renderNoBaselineMarkdown(head: readonly Summary[], reason: string, opts: MarkdownOptions = {}): string {
  const label = head[0]?.label ?? 'step';
  const n = head.length;
  const mean = (f: (s: Summary) => number | undefined) => {
    const xs = head.map(f).filter((x): x is number => x !== undefined && Number.isFinite(x));
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  const methods = (['cpu', 'dram', 'gpu'] as const)
    .map((c) => {
      const kinds = [...new Set(head.map((s) => s.methods[c].kind))].join('/');
      const sensors = [...new Set(head.flatMap((s) => (s.methods[c].sensor ? [s.methods[c].sensor] : [])))];
      return `${c.toUpperCase()} ${kinds || '–'}${sensors.length ? ` (${sensors.map((x) => esc(x, { maxLength: 40 })).join(', ')})` : ''}`;
    })
    .join(' · ');
  const shasList = [...new Set(head.flatMap((s) => (s.git?.sha ? [s.git.sha] : [])))];
  const region = [...new Set(head.map((s) => s.carbon.region))].map((r) => esc(r, { maxLength: 60 })).join(', ');
  const intensity = [...new Set(head.map((s) => s.carbon.intensity_g_per_kwh))].map((x) => sig(x)).join(', ');
  const nn = nodeNotes(head);
  const rows = [
    ['Metric', `Head (n=${n}${nn.nodes ? `, on ${nn.nodes}` : ''}), mean`],
    ['Energy (total, incl. PUE)', formatValue('J', mean((s) => s.energy_j.total))],
    ['CO2eq', formatValue('g', mean((s) => s.carbon.co2eq_g))],
    ['Duration', formatValue('s', mean((s) => s.duration_s))],
    ['Mean power', formatValue('W', mean((s) => s.power_w?.mean ?? (s.duration_s > 0 ? s.energy_j.total / s.duration_s : undefined)))],
  ];
  const body = [
    ...markerLine(opts.marker),
    heading(opts.title, label),
    '',
    `ℹ️ **No baseline yet: ${esc(reason.replace(/[.\s]+$/, ''), { maxLength: 500 })}.** Nothing was compared.` +
      (/\bmerge/i.test(reason)
        ? ''
        : ' Merge to the base branch once (with this step metered) so later pull requests have runs to compare against.'),
    '',
    table(rows),
    '',
    ...nn.incomplete.map((w) => `⚠️ **${esc(w, { maxLength: 300 })}.**\n`),
    `<sub>Head ${shasList.length ? shasList.slice(0, 3).map(shortSha).join(', ') : 'unknown commit'} · Energy: ${methods} · ` +
      `CO2eq at ${intensity} g/kWh (${region})</sub>`,
  ].join('\n');
  const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  return body.length <= max ? body + '\n' : body.slice(0, max);
}

export { formatValue };
