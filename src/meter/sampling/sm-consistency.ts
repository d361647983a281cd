// Per-process SM samples checked against the GPU's own utilisation, per GPU. Pure: the meters feed it
// every interval and report what it finds once.
//
// The SM % of all processes (the step's and others') cannot add up to much more than the device's
// utilisation; when they do for a sustained stretch, the samples the share is computed from are wrong
// (a driver counting periods twice, garbage values), and the share with them.

/** Points above utilisation and factor over it that are too much (both, so low utilisation is not noise). */
const OVER_POINTS = 10;
const OVER_FACTOR = 1.5;
/** How long the excess must last (ms of interval time, uninterrupted) to be reported: not one noisy interval. */
export const SUSTAINED_MS = 3000;

export interface SmExcess {
  /** start and end (the meter's clock, ms) of the first sustained stretch */
  from: number;
  to: number;
  /** time-weighted means over that stretch */
  sm: number;
  util: number;
}

export class SmConsistency {
  private runFrom: number | null = null;
  private runMs = 0;
  private smMs = 0;
  private utilMs = 0;
  private found: SmExcess | null = null;

  /** One interval (a, b]: the sum of every process's SM % and the device's utilisation % (null: unknown). */
  add(a: number, b: number, allSm: number | null, util: number | null): void {
    if (this.found || !(b > a)) return;
    if (allSm === null || util === null || !(allSm > util + OVER_POINTS && allSm > OVER_FACTOR * util)) {
      this.runFrom = null;
      this.runMs = this.smMs = this.utilMs = 0;
      return;
    }
    const d = b - a;
    this.runFrom ??= a;
    this.runMs += d;
    this.smMs += allSm * d;
    this.utilMs += util * d;
    if (this.runMs >= SUSTAINED_MS) this.found = { from: this.runFrom, to: b, sm: this.smMs / this.runMs, util: this.utilMs / this.runMs };
  }

  /** The first sustained excess, once seen (null: none). */
  excess(): SmExcess | null {
    return this.found;
  }
}
