import { describe, expect, it } from 'vitest';
import { minMaxPerColumn } from '../../src/render/svg/downsample.ts';
import { niceTicks, tickLabel } from '../../src/render/svg/scale.ts';

describe('minMaxPerColumn', () => {
  it('keeps at most two points per column and every column extreme', () => {
    const n = 100_000;
    const xs = Array.from({ length: n }, (_, i) => i);
    // A slow sine with one narrow spike that a stride would skip.
    const ys = xs.map((i) => Math.sin(i / 5000) + (i === 54_321 ? 50 : 0));
    const segs = minMaxPerColumn(xs, ys, 0, n - 1, 500);
    expect(segs).toHaveLength(1);
    const seg = segs[0]!;
    expect(seg.x.length).toBeLessThanOrEqual(1000);
    expect(seg.x.length).toBeGreaterThan(500);
    expect(Math.max(...seg.y)).toBe(ys[54_321]);
    // Global minimum survives too, and x stays sorted (a path drawn left to right).
    expect(Math.min(...seg.y)).toBe(Math.min(...ys));
    for (let i = 1; i < seg.x.length; i++) expect(seg.x[i]!).toBeGreaterThan(seg.x[i - 1]!);
  });

  it('returns input unchanged when it is shorter than the columns', () => {
    const segs = minMaxPerColumn([0, 1, 2], [5, 6, 7], 0, 2, 600);
    expect(segs).toEqual([{ x: [0, 1, 2], y: [5, 6, 7] }]);
  });

  it('breaks the line at gaps instead of drawing them as zero', () => {
    const segs = minMaxPerColumn([0, 1, 2, 3, 4], [1, 2, null, Number.NaN, 3], 0, 4, 100);
    expect(segs).toEqual([
      { x: [0, 1], y: [1, 2] },
      { x: [4], y: [3] },
    ]);
    expect(minMaxPerColumn([0, 1], [null, null], 0, 1, 10)).toEqual([]);
  });
});

describe('niceTicks', () => {
  it('covers the range with 1/2/5 steps', () => {
    const t = niceTicks(0, 437, 5);
    expect(t.ticks).toEqual([0, 100, 200, 300, 400, 500]);
    expect(niceTicks(0.1, 0.3, 4).ticks).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });
  it('widens a flat or non-finite range', () => {
    const flat = niceTicks(7, 7);
    expect(flat.lo).toBeLessThan(7);
    expect(flat.hi).toBeGreaterThan(7);
    expect(niceTicks(Number.NaN, Infinity).ticks.every(Number.isFinite)).toBe(true);
  });
  it('labels compactly', () => {
    expect(tickLabel(0.30000000000000004)).toBe('0.3');
    expect(tickLabel(2e7)).toBe('2.0e+7');
  });
});
