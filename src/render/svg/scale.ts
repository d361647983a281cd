// Axis helpers: "nice" ticks (1, 2, 5 x 10^k) and compact tick labels; the charts' shared style.

/** Style of every chart (class names used by the renderers); pages inline it, a standalone SVG embeds it. */
export const CHART_CSS =
  'svg.chart{max-width:100%;height:auto}svg.chart text{font:11px system-ui,sans-serif;fill:#333}' +
  'svg.chart .grid line{stroke:#e5e5e5}svg.chart .chart-title{font-weight:600;font-size:12px}';

/** Ticks covering [lo, hi] at a 1/2/5 x 10^k step, about `count` of them. Degenerate ranges are widened. */
export function niceTicks(lo: number, hi: number, count = 5): { lo: number; hi: number; ticks: number[] } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start, i = 0; v <= end + step * 1e-9 && i < 100; i++, v = start + i * step) {
    // Kill float noise such as 0.30000000000000004.
    ticks.push(Number(v.toPrecision(12)));
  }
  return { lo: start, hi: end, ticks };
}

/** A tick label: no more digits than the values need. */
export function tickLabel(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-3) return v.toExponential(1);
  return String(Number(v.toPrecision(4)));
}

/** Linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}
