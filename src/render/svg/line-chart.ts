// Line chart as a static SVG string, rendered at build time (no script, no charting dependency).
// Long series are reduced with min/max per pixel column for drawing; gaps (null) break the line.
import { minMaxPerColumn } from './downsample.ts';
import { CHART_CSS, linear, niceTicks, tickLabel } from './scale.ts';
import { html, join, raw, type SafeHtml } from '../html.ts';

export interface LineSeries {
  name: string;
  color: string;
  /** dashed stroke (e.g. machine total vs the step's attributed share) */
  dashed?: boolean;
  x: ArrayLike<number>;
  /** null = no reading: drawn as a gap, never as zero */
  y: ArrayLike<number | null>;
}

export interface LineChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
  width?: number;
  height?: number;
  /** y axis starts at 0 unless data go below (power, energy) */
  yFromZero?: boolean;
  /** labels for x ticks (e.g. commit SHAs on a trend chart); default: the number */
  xTickFormat?: (v: number) => string;
  /** draw a dot at each point (short series, e.g. a trend per commit) */
  dots?: boolean;
  /** a file of its own (e.g. the trend beside the badge): embeds the chart style and a white background */
  standalone?: boolean;
}

const MARGIN = { top: 28, right: 16, bottom: 62, left: 64 };
const LEGEND_ROW = 16;
const r1 = (v: number): string => String(Math.round(v * 10) / 10);

/** Number of drawn points per series is bounded by about 2 x the plot width, whatever the input length. */
export function lineChart(spec: LineChartSpec): SafeHtml {
  const width = spec.width ?? 760;
  const pw = width - MARGIN.left - MARGIN.right;
  // Legend layout first: its rows add to the height so long series names never run off the edge.
  const legend: { s: LineSeries; x: number; row: number; y: number }[] = [];
  let lx = MARGIN.left;
  let row = 0;
  for (const s of spec.series) {
    const w = 30 + s.name.length * 6.2;
    if (lx + w > width - MARGIN.right && lx > MARGIN.left) {
      row++;
      lx = MARGIN.left;
    }
    legend.push({ s, x: lx, row, y: 0 });
    lx += w;
  }
  const height = (spec.height ?? 300) + row * LEGEND_ROW;
  const ph = height - MARGIN.top - MARGIN.bottom - row * LEGEND_ROW;
  for (const item of legend) item.y = MARGIN.top + ph + 48 + item.row * LEGEND_ROW;

  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = spec.yFromZero === false ? Infinity : 0;
  let yMax = -Infinity;
  for (const s of spec.series) {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const y = s.y[i];
      const x = s.x[i] as number;
      if (y === null || y === undefined || !Number.isFinite(y) || !Number.isFinite(x)) continue;
      if (x < xMin) xMin = x;
      if (x > xMax) xMax = x;
      if (y < yMin) yMin = y;
      if (y > yMax) yMax = y;
    }
  }
  const title = spec.title;
  const head = html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">`;
  const titleEl = html`${spec.standalone ? html`<style>${raw(CHART_CSS)}</style><rect width="100%" height="100%" fill="#fff"/>` : ''}<text class="chart-title" x="${MARGIN.left}" y="18">${title}</text>`;
  if (xMax < xMin) {
    // Nothing to draw: a labelled gap rather than an empty frame that looks like zero.
    return html`${head}${titleEl}<text class="chart-empty" x="${width / 2}" y="${height / 2}" text-anchor="middle">no readings to draw</text></svg>`;
  }
  const xt = niceTicks(xMin, xMax, 6);
  const yt = niceTicks(yMin, yMax, 5);
  // The x axis spans the data exactly (time axes should not pad); y uses the nice range.
  const x0 = xMin === xMax ? xt.lo : xMin;
  const x1 = xMin === xMax ? xt.hi : xMax;
  const sx = linear(x0, x1, MARGIN.left, MARGIN.left + pw);
  const sy = linear(yt.lo, yt.hi, MARGIN.top + ph, MARGIN.top);
  const xFmt = spec.xTickFormat ?? tickLabel;

  const parts: SafeHtml[] = [head, titleEl];
  parts.push(html`<g class="grid">`);
  for (const v of yt.ticks) {
    const y = r1(sy(v));
    parts.push(html`<line x1="${MARGIN.left}" x2="${MARGIN.left + pw}" y1="${y}" y2="${y}"/>`);
    parts.push(html`<text class="tick" x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${tickLabel(v)}</text>`);
  }
  for (const v of xt.ticks) {
    if (v < x0 || v > x1) continue;
    const x = r1(sx(v));
    parts.push(html`<line x1="${x}" x2="${x}" y1="${MARGIN.top + ph}" y2="${MARGIN.top + ph + 4}"/>`);
    parts.push(html`<text class="tick" x="${x}" y="${MARGIN.top + ph + 16}" text-anchor="middle">${xFmt(v)}</text>`);
  }
  parts.push(html`</g>`);
  parts.push(html`<text class="axis-label" x="${MARGIN.left + pw / 2}" y="${MARGIN.top + ph + 32}" text-anchor="middle">${spec.xLabel}</text>`);
  parts.push(html`<text class="axis-label" transform="translate(14 ${MARGIN.top + ph / 2}) rotate(-90)" text-anchor="middle">${spec.yLabel}</text>`);

  spec.series.forEach((s) => {
    const segs = minMaxPerColumn(s.x, s.y, x0, x1, pw);
    let d = '';
    for (const seg of segs) {
      for (let i = 0; i < seg.x.length; i++) {
        d += `${i === 0 ? 'M' : 'L'}${r1(sx(seg.x[i] as number))} ${r1(sy(seg.y[i] as number))}`;
      }
      // A lone reading between gaps is a point: draw it as a tiny stroke so it stays visible.
      if (seg.x.length === 1) d += 'h0.1';
    }
    if (d === '') return;
    const dash = s.dashed ? html` stroke-dasharray="5 3"` : '';
    parts.push(html`<path class="series" d="${d}" fill="none" stroke="${s.color}" stroke-width="1.5"${dash}><title>${s.name}</title></path>`);
    if (spec.dots) {
      for (const seg of segs) {
        for (let i = 0; i < seg.x.length; i++) {
          parts.push(html`<circle cx="${r1(sx(seg.x[i] as number))}" cy="${r1(sy(seg.y[i] as number))}" r="2.5" fill="${s.color}"/>`);
        }
      }
    }
  });

  // Legend below the axis label, left to right, wrapped onto as many rows as needed (laid out above).
  for (const item of legend) {
    const dash = item.s.dashed ? html` stroke-dasharray="5 3"` : '';
    parts.push(html`<line x1="${item.x}" x2="${item.x + 18}" y1="${item.y - 4}" y2="${item.y - 4}" stroke="${item.s.color}" stroke-width="2"${dash}/>`);
    parts.push(html`<text class="legend" x="${item.x + 22}" y="${item.y}">${item.s.name}</text>`);
  }
  parts.push(html`</svg>`);
  return join(parts);
}
