// Energy per interval from a cumulative energy counter read at known times (NVML's
// nvmlDeviceGetTotalEnergyConsumption, mJ since the driver loaded; ROCm's accumulators, unwrapped by their
// sensor). Pure: shared by the GPU sensors like power-series.ts.
//
// The counter's value at an interval's ends is interpolated linearly between the reads around it, so
// interval energies tile the run without overlap and their sum is exactly the counter's difference
// between the first and the last read: whatever the power did between reads (spikes polling would
// miss), it is in the counter.

export interface CounterRead {
  /** perf-clock ms */
  t: number;
  /** counter, J */
  e: number;
}

export class CounterSeries {
  private pts: CounterRead[] = [];
  /** set when the counter went backwards (driver reloaded): the reads before it are dropped */
  resets = 0;
  /** J/ms between the last two reads */
  private lastRate: number | null = null;
  private readonly extendMs: number;

  /**
   * `extendMs`: how far past the last read the counter is extended at the last reads' rate (default 0).
   * For a counter whose reads are placed at the driver's own timestamp, which is a little before the
   * moment of the read, so the run's last interval still ends inside what is known.
   */
  constructor(opts: { extendMs?: number } = {}) {
    this.extendMs = opts.extendMs ?? 0;
  }

  push(t: number, joules: number): void {
    const last = this.pts[this.pts.length - 1];
    if (last) {
      if (t <= last.t) return;
      if (joules < last.e) {
        // the counter restarted: what came before cannot be differenced with what comes after
        this.pts = [];
        this.resets++;
        this.lastRate = null;
      } else this.lastRate = (joules - last.e) / (t - last.t);
    }
    this.pts.push({ t, e: joules });
  }

  get first(): CounterRead | undefined {
    return this.pts[0];
  }

  get last(): CounterRead | undefined {
    return this.pts[this.pts.length - 1];
  }

  /** Counter value at t (J), interpolated; null outside the reads. */
  at(t: number): number | null {
    const p = this.pts;
    const n = p.length;
    if (n > 0 && t > p[n - 1]!.t && t - p[n - 1]!.t <= this.extendMs && this.lastRate !== null) return p[n - 1]!.e + this.lastRate * (t - p[n - 1]!.t);
    if (n === 0 || t < p[0]!.t || t > p[n - 1]!.t) return null;
    // reads are appended in time order and queried near the end: search backwards
    let i = n - 1;
    while (i > 0 && p[i - 1]!.t >= t) i--;
    const q = p[i]!;
    if (q.t === t || i === 0) return q.e;
    const o = p[i - 1]!;
    return o.e + ((q.e - o.e) * (t - o.t)) / (q.t - o.t);
  }

  /**
   * Energy (J) over (a, b]; before the first read the first reads' mean power is extended back (the
   * counter is not known earlier); null when b is not covered by the reads.
   */
  energy(a: number, b: number): number | null {
    const first = this.first;
    if (!first || !(b > a)) return null;
    const eb = this.at(b);
    if (eb === null) return null;
    let ea = this.at(Math.max(a, first.t));
    if (ea !== null && a < first.t && this.pts.length >= 2) {
      // the interval began before the first read (the meter starts a few ms after the sampler's origin):
      // that sliver at the mean power of the first reads, rather than lost
      const second = this.pts[1]!;
      ea -= ((second.e - first.e) / (second.t - first.t)) * (first.t - a);
    }
    return ea === null ? null : Math.max(0, eb - ea);
  }

  /** Drops reads no longer needed for intervals starting at or after t (keeps the one at or before t). */
  trim(t: number): void {
    let k = 0;
    while (k + 1 < this.pts.length && this.pts[k + 1]!.t <= t) k++;
    if (k > 0) this.pts = this.pts.slice(k);
  }
}
