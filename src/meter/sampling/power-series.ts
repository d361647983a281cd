// Power readings over time and their integral over an interval: how polled power (nvidia-smi's stream,
// NVML's instantaneous power) becomes energy. Pure.

export interface Reading {
  /** perf-clock ms */
  t: number;
  v: number;
}

export const INTEGRATION_METHOD =
  'energy = trapezoid between consecutive readings placed at their nvidia-smi timestamps; from an interval start to its first reading: interpolated from the previous reading (held back when none within the hold limit); from the last reading to the interval end: last value held; an interval with no reading holds the last value for at most the hold limit, then it is a gap (null)';

/**
 * A GPU's readings of one quantity, integrated interval by interval. The integrand is one function of time
 * across intervals, so interval energies add up without overlap: linear between readings, held after the
 * last reading known at take time (the next interval then continues from the held value's reading).
 */
export class ReadingSeries {
  private pts: Reading[] = [];
  readonly holdMs: number;
  constructor(holdMs: number) {
    this.holdMs = holdMs;
  }

  push(t: number, v: number): void {
    const last = this.pts[this.pts.length - 1];
    if (last && t <= last.t) {
      if (t === last.t && v === last.v) return; // duplicated row
      t = last.t; // out-of-order timestamp: keep monotonic
    }
    this.pts.push({ t, v });
  }

  get lastReading(): Reading | undefined {
    return this.pts[this.pts.length - 1];
  }

  /** Integral (value x seconds) over [a, b] (ms) and the mean; null when the interval is a gap. */
  integrate(a: number, b: number): { integral: number; mean: number } | null {
    const r = integrateReadings(this.pts, a, b, this.holdMs);
    this.trim(b);
    return r;
  }

  /** Mean of the readings in (a, b], or the last one when at most holdMs old; null otherwise. */
  meanOfReadings(a: number, b: number): number | null {
    let s = 0;
    let n = 0;
    let before: Reading | undefined;
    for (const p of this.pts) {
      if (p.t <= a) before = p;
      else if (p.t <= b) {
        s += p.v;
        n++;
      }
    }
    if (n > 0) return s / n;
    if (before && b - before.t <= this.holdMs) return before.v;
    return null;
  }

  /** Drops readings no longer needed after b: keeps the last one at or before b (it starts the next interval). */
  trim(b: number): void {
    let k = 0;
    while (k + 1 < this.pts.length && this.pts[k + 1]!.t <= b) k++;
    if (k > 0) this.pts = this.pts.slice(k);
  }
}

/** See INTEGRATION_METHOD. `pts` sorted by t (ms); returns value·seconds. */
export function integrateReadings(pts: readonly Reading[], a: number, b: number, holdMs: number): { integral: number; mean: number } | null {
  if (!(b > a)) return null;
  // the readings inside (a, b] are pts[i0, i1); prev is the last one at or before a (indices, no copies)
  let prev: Reading | undefined;
  let i0 = 0;
  while (i0 < pts.length && pts[i0]!.t <= a) prev = pts[i0++];
  let i1 = i0;
  while (i1 < pts.length && pts[i1]!.t <= b) i1++;
  const sec = (ms: number): number => ms / 1000;
  let integral = 0;
  if (i1 === i0) {
    if (!prev || b - prev.t > holdMs) return null;
    integral = prev.v * sec(b - a);
  } else {
    const first = pts[i0]!;
    if (prev && first.t - prev.t <= holdMs) {
      const va = prev.v + ((first.v - prev.v) * (a - prev.t)) / (first.t - prev.t);
      integral += ((va + first.v) / 2) * sec(first.t - a);
    } else {
      integral += first.v * sec(first.t - a);
    }
    for (let i = i0 + 1; i < i1; i++) {
      const p = pts[i - 1]!;
      const q = pts[i]!;
      integral += ((p.v + q.v) / 2) * sec(q.t - p.t);
    }
    const lastIn = pts[i1 - 1]!;
    integral += lastIn.v * sec(b - lastIn.t);
  }
  return { integral, mean: integral / sec(b - a) };
}
