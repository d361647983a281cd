// Per-process SM readings of one GPU placed on the time they cover, then read back per sampling interval.
// Pure (no clocks, no processes): the nvidia-smi pmon and NVML sources feed it, the meters query it.
//
// A per-process reading is an average over the time BEFORE it (pmon -d 1: the second before its line;
// NVML: the sampling period before each sample's timestamp). Placing it at its arrival and holding it
// forward would credit the step late and drop its start; here each reading covers its own window.
// Everything up to the source's horizon (the latest time it has reported) is known: a process absent
// there did not use the GPU. Beyond the horizon (a reading is late) the last reading is held, so a
// process of the step that is alive never drops to share 0 because its reading has not arrived yet.

interface Win {
  pid: number;
  from: number;
  to: number;
  /** SM %, null = the source printed no value (`-`) */
  sm: number | null;
}

export interface TreeSm {
  /** SM % of the tree over the interval (time-weighted); null = unknown (no readings, or only `-`) */
  sm: number | null;
  /** a process of the tree used the GPU in the interval (or holds it at the horizon) */
  on: boolean;
}

export interface SmTimelineOptions {
  /**
   * The first reading also covers everything before its window (pmon's first line is the best knowledge
   * of the time before it: the step was already running when the stream started).
   */
  leadIn?: boolean;
  /** windows ending this close to the horizon make up "the last reading" that is held (default 0: exact) */
  holdSpanMs?: number;
}

export class SmTimeline {
  private wins: Win[] = [];
  private horizon = -Infinity;
  private readonly leadIn: boolean;
  private readonly holdSpan: number;
  constructor(opts: SmTimelineOptions = {}) {
    this.leadIn = opts.leadIn ?? false;
    this.holdSpan = opts.holdSpanMs ?? 0;
  }

  /** true once any reading (or an empty one) has been placed */
  get known(): boolean {
    return this.horizon > -Infinity;
  }

  /**
   * A complete reading of the GPU over (from, to]: every process using it then (absent = did not).
   * When some process has a value, a `-` of another counts as 0 (it was sampled and idle).
   */
  addReading(from: number, to: number, procs: Iterable<readonly [number, number | null]>): void {
    const list = [...procs];
    const anyValue = list.some(([, sm]) => sm !== null);
    const start = this.leadIn && !this.known ? -Infinity : Math.max(from, this.horizon);
    for (const [pid, sm] of list) this.wins.push({ pid, from: start, to, sm: sm === null && anyValue ? 0 : sm });
    if (to > this.horizon) this.horizon = to;
  }

  /** One process's sample over (from, to]; call setHorizon after a batch of samples. */
  addSample(pid: number, from: number, to: number, sm: number | null): void {
    this.wins.push({ pid, from, to, sm });
  }

  /** The source has reported everything up to `t` (an NVML poll at t returned all samples before it). */
  setHorizon(t: number): void {
    if (t > this.horizon) this.horizon = t;
  }

  /** The tree's SM % over (a, b]. `inTree`: whether a pid (as the source prints it) belongs to the step. */
  tree(a: number, b: number, inTree: (pid: number) => boolean): TreeSm {
    if (!this.known || !(b > a)) return { sm: null, on: false };
    let sum = 0;
    let on = false;
    let valued = false;
    let unvalued = false;
    const add = (w: Win, lo: number, hi: number): void => {
      const ov = Math.min(b, hi) - Math.max(a, lo);
      if (ov <= 0) return;
      on = true;
      if (w.sm === null) unvalued = true;
      else {
        valued = true;
        sum += w.sm * ov;
      }
    };
    const h = this.horizon;
    for (const w of this.wins) {
      if (w.to <= a || w.from >= b || !inTree(w.pid)) continue;
      add(w, w.from, Math.min(w.to, h));
    }
    if (b > h) {
      // late: the last reading holds for the tree's processes in it
      const last = new Map<number, Win>();
      for (const w of this.wins) if (w.to >= h - this.holdSpan && inTree(w.pid)) last.set(w.pid, w);
      for (const w of last.values()) add(w, h, Infinity);
    }
    const sm = valued ? sum / (b - a) : unvalued ? null : 0;
    return { sm: sm === null ? null : Math.round(sm * 1000) / 1000, on };
  }

  /** Drops windows that ended before `t` (keeping those the hold may still need). */
  trim(t: number): void {
    const keepFrom = Math.min(t, this.horizon - this.holdSpan);
    if (this.wins.length > 0 && this.wins[0]!.to < keepFrom) this.wins = this.wins.filter((w) => w.to >= keepFrom);
  }
}
