// nvidia-smi's wall-clock timestamps on the monotonic clock the meter integrates on. Pure.

/**
 * Places nvidia-smi's wall-clock timestamps on the performance.now() clock.
 *
 * Normally through the wall-clock offset read when the line was read (perf - Date.now() then), so a
 * reading sits at its own timestamp whatever the delay before the meter read it (the meter drains its
 * FIFO at ticks: lines wait up to an interval). A reading is never placed after its arrival. A wall-clock
 * step (NTP, DST) is followed at once, as the offset is read with every line.
 *
 * Timestamps that are not near the wall clock (more than `windowMs` before their arrival, or after it: a
 * replay of recorded output, another time zone) keep their spacing instead: offset = the smallest
 * (arrival - timestamp) seen over the last two windows (the least-delayed line shows the offset; forgetting
 * old windows follows a jump), and a line still further than a window from its arrival is placed there.
 */
export class ClockMapper {
  private cur = Infinity;
  private prev = Infinity;
  private windowStart = -Infinity;
  private readonly windowMs: number;
  constructor(windowMs = 5000) {
    this.windowMs = windowMs;
  }

  /** Reading time on the perf clock. `wallAtArrival`: Date.now() when it was read. */
  map(tsEpochMs: number | null, arrivalPerfMs: number, wallAtArrival: number): number {
    if (tsEpochMs === null) return arrivalPerfMs;
    const t = tsEpochMs + (arrivalPerfMs - wallAtArrival);
    if (t <= arrivalPerfMs && arrivalPerfMs - t <= this.windowMs) return t;
    return this.learned(tsEpochMs, arrivalPerfMs);
  }

  private learned(tsEpochMs: number, arrivalPerfMs: number): number {
    if (arrivalPerfMs - this.windowStart > this.windowMs) {
      this.prev = this.cur;
      this.cur = Infinity;
      this.windowStart = arrivalPerfMs;
    }
    const d = arrivalPerfMs - tsEpochMs;
    if (d < this.cur) this.cur = d;
    const t = tsEpochMs + Math.min(this.cur, this.prev);
    if (arrivalPerfMs - t > this.windowMs) {
      // the timestamps jumped back (or a stall longer than a window): relearn from this line
      this.cur = d;
      this.prev = Infinity;
      this.windowStart = arrivalPerfMs;
      return arrivalPerfMs;
    }
    return Math.min(arrivalPerfMs, t);
  }
}
