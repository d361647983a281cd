import { describe, expect, it } from 'vitest';
import { intervalChart } from '../../src/render/svg/interval-chart.ts';
import { lineChart } from '../../src/render/svg/line-chart.ts';

const paths = (svg: string) => [...svg.matchAll(/<path class="series" d="([^"]*)"/g)].map((m) => m[1]!);

describe('lineChart', () => {
  it('draws one path per series, bounded by the plot width however long the input', () => {
    const n = 200_000;
    const x = Float64Array.from({ length: n }, (_, i) => i / 10);
    const y = Float64Array.from({ length: n }, (_, i) => 100 + Math.sin(i / 1000) * 50);
    const svg = String(lineChart({ title: 'P', xLabel: 's', yLabel: 'W', series: [{ name: 'CPU', color: '#00f', x, y }], width: 500 }));
    const ds = paths(svg);
    expect(ds).toHaveLength(1);
    const points = ds[0]!.match(/[ML]/g)!.length;
    // 500 - margins = 420 columns, at most two points each.
    expect(points).toBeLessThanOrEqual(2 * 420);
    expect(points).toBeGreaterThan(400);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('breaks lines at gaps and escapes every label', () => {
    const svg = String(lineChart({
      title: '<script>alert(1)</script>',
      xLabel: 'a & b',
      yLabel: '"y"',
      series: [{ name: '</text><img src=x>', color: '"red', x: [0, 1, 2, 3], y: [1, null, 2, 3] }],
    }));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('a &amp; b');
    expect(paths(svg)[0]!.match(/M/g)).toHaveLength(2);
  });

  it('says there is nothing to draw instead of drawing zeros', () => {
    const svg = String(lineChart({ title: 't', xLabel: 'x', yLabel: 'y', series: [{ name: 's', color: '#000', x: [0, 1], y: [null, Number.NaN] }] }));
    expect(svg).toContain('no readings to draw');
    expect(paths(svg)).toHaveLength(0);
  });
});

describe('intervalChart', () => {
  it('draws a dot per value, the mean and the CI whisker in data coordinates', () => {
    const svg = String(intervalChart({
      title: 'E',
      xLabel: 'kJ',
      width: 780,
      rows: [
        { name: 'a', values: [10, 20], mean: 15, ci: { low: 0, high: 30 } },
        { name: 'b', values: [40], mean: 40, ci: null },
      ],
    }));
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg.match(/class="mean"/g)).toHaveLength(2);
    expect(svg.match(/class="ci"/g)).toHaveLength(1);
    // Axis 0..40 over x = 180..760 (width 780 - right 20): 30 -> 180 + 580 * 0.75 = 615.
    expect(svg).toContain('M180 43H615');
  });
  it('labels an empty chart', () => {
    expect(String(intervalChart({ title: 'E', xLabel: 'kJ', rows: [] }))).toContain('no values to draw');
  });
});
