// CO2eq per sampling interval when the intensity varies in time (DESIGN section 4). Each reading holds from
// its time t until the next; before the first reading the fallback (annual) intensity applies. Power is
// taken as uniform inside one sampling interval, so an interval that straddles a change is split exactly.
export interface EnergyInterval {
  /** end of the interval, s since start */
  t: number;
  /** length, s */
  dt: number;
  /** energy over the interval, J (after PUE if the caller wants CO2eq after PUE) */
  joules: number;
}

export interface IntensityStep {
  /** from this time on, s since start */
  t: number;
  g_per_kwh: number;
}

export interface Co2eqResult {
  co2eq_g: number;
  kwh: number;
  /** energy-weighted mean intensity, g/kWh (the fallback when there is no energy) */
  mean_g_per_kwh: number;
  /** share of the energy covered by real-time steps (0..1) */
  covered: number;
}

const J_PER_KWH = 3.6e6;

export function co2eqOverIntervals(
  intervals: readonly EnergyInterval[],
  steps: readonly IntensityStep[],
  fallback_g_per_kwh: number,
): Co2eqResult {
  if (!Number.isFinite(fallback_g_per_kwh) || fallback_g_per_kwh < 0) {
    throw new Error(`fallback intensity must be a finite number >= 0, got ${fallback_g_per_kwh}`);
  }
  const sorted = steps.filter((s) => Number.isFinite(s.t) && Number.isFinite(s.g_per_kwh) && s.g_per_kwh >= 0).slice();
  sorted.sort((a, b) => a.t - b.t);
  let grams = 0;
  let joules = 0;
  let coveredJ = 0;
  for (const iv of intervals) {
    if (!(iv.dt > 0) || !Number.isFinite(iv.joules) || iv.joules < 0 || !Number.isFinite(iv.t)) continue;
    const start = iv.t - iv.dt;
    const end = iv.t;
    // Breakpoints inside (start, end): where a step begins.
    const cuts = [start, ...sorted.filter((s) => s.t > start && s.t < end).map((s) => s.t), end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i]!;
      const b = cuts[i + 1]!;
      const j = (iv.joules * (b - a)) / iv.dt;
      let g = fallback_g_per_kwh;
      let covered = false;
      for (const s of sorted) {
        if (s.t <= a) {
          g = s.g_per_kwh;
          covered = true;
        } else break;
      }
      grams += (j / J_PER_KWH) * g;
      if (covered) coveredJ += j;
    }
    joules += iv.joules;
  }
  const kwh = joules / J_PER_KWH;
  return {
    co2eq_g: grams,
    kwh,
    mean_g_per_kwh: kwh > 0 ? grams / kwh : fallback_g_per_kwh,
    covered: joules > 0 ? coveredJ / joules : 0,
  };
}
