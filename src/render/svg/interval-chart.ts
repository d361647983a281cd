// Per-group values with their spread as a static SVG: one row per group, a dot per run, the mean as a
// bar tick and the confidence interval as a whisker. Shows every run, so a reader sees the spread itself.
import { linear, niceTicks, tickLabel } from './scale.ts';
import { html, join, type SafeHtml } from '../html.ts';

export interface IntervalRow {
  name: string;
  values: number[];
  mean: number;
  /** confidence interval; null when it cannot be computed (fewer than 2 runs) */
  ci: { low: number; high: number } | null;
}

export interface IntervalChartSpec {
  title: string;
  xLabel: string;
  rows: IntervalRow[];
  width?: number;
}

const ROW_H = 26;
const LEFT = 180;
const RIGHT = 20;
const TOP = 30;
const BOTTOM = 44;
const r1 = (v: number): string => String(Math.round(v * 10) / 10);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function intervalChart(spec: IntervalChartSpec): SafeHtml {
  const width = spec.width ?? 760;
  const height = TOP + BOTTOM + Math.max(1, spec.rows.length) * ROW_H;
  const title = spec.title;
  const head = html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">`;
  const titleEl = html`<text class="chart-title" x="8" y="18">${title}</text>`;
  const finite = (v: number): boolean => Number.isFinite(v);
  let lo = 0;
  let hi = -Infinity;
  for (const r of spec.rows) {
    for (const v of [...r.values, r.mean, ...(r.ci ? [r.ci.low, r.ci.high] : [])]) {
      if (!finite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!finite(hi)) {
    return html`${head}${titleEl}<text class="chart-empty" x="${width / 2}" y="${height / 2}" text-anchor="middle">no values to draw</text></svg>`;
  }
  const t = niceTicks(lo, hi, 6);
  const sx = linear(t.lo, t.hi, LEFT, width - RIGHT);
  const bottom = TOP + spec.rows.length * ROW_H;
  const parts: SafeHtml[] = [head, titleEl, html`<g class="grid">`];
  for (const v of t.ticks) {
    const x = r1(sx(v));
    parts.push(html`<line x1="${x}" x2="${x}" y1="${TOP}" y2="${bottom}"/>`);
    parts.push(html`<text class="tick" x="${x}" y="${bottom + 14}" text-anchor="middle">${tickLabel(v)}</text>`);
  }
  parts.push(html`</g>`);
  parts.push(html`<text class="axis-label" x="${LEFT + (width - RIGHT - LEFT) / 2}" y="${bottom + 32}" text-anchor="middle">${spec.xLabel}</text>`);
  spec.rows.forEach((r, i) => {
    const cy = TOP + i * ROW_H + ROW_H / 2;
    parts.push(html`<text class="row-label" x="${LEFT - 8}" y="${cy}" text-anchor="end" dominant-baseline="middle">${clip(r.name, 28)}<title>${r.name}</title></text>`);
    if (r.ci && finite(r.ci.low) && finite(r.ci.high)) {
      const a = r1(sx(r.ci.low));
      const b = r1(sx(r.ci.high));
      // The whisker is a path so the browser test can check that every chart drew something.
      parts.push(html`<path class="ci" d="M${a} ${cy}H${b}M${a} ${cy - 5}V${cy + 5}M${b} ${cy - 5}V${cy + 5}" stroke="#444" fill="none"/>`);
    }
    if (finite(r.mean)) {
      const m = r1(sx(r.mean));
      parts.push(html`<path class="mean" d="M${m} ${cy - 8}V${cy + 8}" stroke="#c0392b" stroke-width="2.5" fill="none"><title>mean ${tickLabel(r.mean)}</title></path>`);
    }
    for (const v of r.values) {
      if (!finite(v)) continue;
      parts.push(html`<circle cx="${r1(sx(v))}" cy="${cy}" r="3.5" fill="#2471a3" fill-opacity="0.7"><title>${tickLabel(v)}</title></circle>`);
    }
  });
  parts.push(html`</svg>`);
  return join(parts);
}
