import { describe, expect, it } from 'vitest';
import { BACKFILL_S, bridgeGaps, cpuShare, cpuShares, dramShare, gpuShare, GPU_IDLE_POLICY } from '../../src/accounting/attribution.ts';

describe('shares', () => {
  it('cpu: tree / busy, capped, idle interval attributes nothing', () => {
    expect(cpuShare(30, 120)).toBe(0.25);
    expect(cpuShare(150, 100)).toBe(1); // exited children's cutime landing at once
    expect(cpuShare(0, 0)).toBe(0);
    expect(cpuShare(5, 0)).toBe(1);
    expect(cpuShare(0, 50)).toBe(0);
  });
  it('cpu over a run: tree ticks seen late fill the spare busy ticks before them, nearest first', () => {
    const t = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    // an idle worker read on its back-off: 25 ticks burned over the last intervals land at once
    const tree = [2, 0, 5, 0, 25, 4];
    const busy = [10, 10, 10, 10, 10, 10];
    const s = cpuShares(tree, busy, t);
    // interval 4 keeps 10, 15 move back: 10 fill interval 3, 5 of interval 2's spare 5
    expect([...s]).toEqual([0.2, 0, 1, 1, 1, 0.4]);
    // ticks are conserved whenever there is room: sum(share x busy) = sum(tree)
    expect(s.reduce((a, x, i) => a + x * busy[i]!, 0)).toBeCloseTo(36, 9);
    // no room before (the first interval) or out of reach: the excess is dropped, as the per-interval cap did
    expect([...cpuShares([30, 0], [10, 10], [0.1, 0.2])]).toEqual([1, 0]);
    expect([...cpuShares([0, 30], [10, 10], [0.1, 0.2 + BACKFILL_S])]).toEqual([0, 1]);
    // an interval without busy ticks keeps the per-interval rule
    expect([...cpuShares([0, 5, 0], [10, 0, 10], [0.1, 0.2, 0.3])]).toEqual([0, 1, 0]);
    // it matches cpuShare wherever nothing exceeds
    const rnd = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const b = Array.from({ length: 50 }, () => 12);
    expect([...cpuShares(rnd, b, rnd.map((_, i) => i / 10))]).toEqual(rnd.map((x) => cpuShare(x, 12)));
  });
  it('dram: rss / used, capped, zero used -> 0', () => {
    expect(dramShare(2e9, 8e9)).toBe(0.25);
    expect(dramShare(9e9, 8e9)).toBe(1);
    expect(dramShare(1e9, 0)).toBe(0);
  });
  it('gpu: sm / util, capped; idle or unknown -> context decides', () => {
    expect(gpuShare({ util: 80, sm: 20, on: true })).toBe(0.25);
    expect(gpuShare({ util: 80, sm: 20, on: false })).toBe(0.25); // measured share wins over context
    expect(gpuShare({ util: 50, sm: 70, on: true })).toBe(1);
    expect(gpuShare({ util: 0, sm: 0, on: true })).toBe(1);
    expect(gpuShare({ util: 0, sm: null, on: false })).toBe(0);
    expect(gpuShare({ util: null, sm: 30, on: true })).toBe(1);
    expect(gpuShare({ util: 90, sm: null, on: false })).toBe(0);
    expect(GPU_IDLE_POLICY).toMatch(/holds a context/);
  });
  it('gpu: a sole tenant gets the whole GPU whatever the samples say; sole without a context does not', () => {
    expect(gpuShare({ util: 80, sm: 20, on: true, sole: true })).toBe(1);
    expect(gpuShare({ util: 100, sm: 0, on: true, sole: true })).toBe(1);
    expect(gpuShare({ util: 80, sm: 20, on: false, sole: true })).toBe(0.25);
    expect(GPU_IDLE_POLICY).toMatch(/sole tenant/);
  });
});

describe('bridgeGaps', () => {
  const arr = (xs: number[]) => Float64Array.from(xs);
  it('bridges a short gap with the mean power of both neighbours (uneven dt)', () => {
    // powers: 100 W before (10 J / 0.1 s), 300 W after (60 J / 0.2 s) -> 200 W over the gap
    const e = arr([10, NaN, NaN, 60]);
    const dt = arr([0.1, 0.1, 0.3, 0.2]);
    const gaps = bridgeGaps(e, dt, 1);
    expect(gaps).toEqual([{ from: 1, to: 3, seconds: expect.closeTo(0.4, 12), bridged: true }]);
    expect(e[1]).toBeCloseTo(20, 12);
    expect(e[2]).toBeCloseTo(60, 12);
  });
  it('uses the one neighbour at either end', () => {
    const e = arr([NaN, 5, 5, NaN]);
    bridgeGaps(e, arr([1, 1, 1, 1]), 10);
    expect([...e]).toEqual([5, 5, 5, 5]);
  });
  it('leaves a long gap out (0 J) and reports it', () => {
    const e = arr([5, NaN, NaN, NaN, 5]);
    const gaps = bridgeGaps(e, arr([1, 1, 1, 1, 1]), 2.5);
    expect(gaps).toEqual([{ from: 1, to: 4, seconds: 3, bridged: false }]);
    expect([...e]).toEqual([5, 0, 0, 0, 5]);
  });
  it('no neighbour at all: left out', () => {
    const e = arr([NaN, NaN]);
    expect(bridgeGaps(e, arr([1, 1]), 100)[0]?.bridged).toBe(false);
    expect([...e]).toEqual([0, 0]);
  });
  it('no gaps: untouched', () => {
    const e = arr([1, 2, 3]);
    expect(bridgeGaps(e, arr([1, 1, 1]), 1)).toEqual([]);
    expect([...e]).toEqual([1, 2, 3]);
  });
});
