// What-if arithmetic (Lacoste et al. 2019, ML CO2 Impact): pure, no I/O, no data lookups.
// The commands resolve hardware and regions through the shared modules and hand the figures in here.
import type { CarbonContext } from '../log/schema.ts';
import type { Summary } from './summary-schema.ts';

export const J_PER_KWH = 3.6e6;

export interface EstimateInput {
  gpu: { name: string; tdp_w: number; source: string };
  count: number;
  hours: number;
  pue: { value: number; source: string };
  carbon: CarbonContext;
}

export interface EstimateResult {
  schema: 'joulecheck/estimate@1';
  kind: 'estimated';
  /** how the figure is made, for a reader who wants to redo it */
  model: string;
  energy_kwh: number;
  intensity_g_per_kwh: number;
  co2eq_g: number;
  gpu: { name: string; tdp_w: number; source: string; count: number };
  hours: number;
  pue: { value: number; source: string };
  region: CarbonContext;
}

/** energy = TDP x count x hours x PUE (GPUs at full TDP: an upper-bound style estimate); CO2eq = energy x intensity. */
export function estimateEmissions(input: EstimateInput): EstimateResult {
  const energy_kwh = (input.gpu.tdp_w * input.count * input.hours * input.pue.value) / 1000;
  const intensity = input.carbon.intensity_g_per_kwh;
  return {
    schema: 'joulecheck/estimate@1',
    kind: 'estimated',
    model: 'GPU TDP x count x hours x PUE (GPUs assumed at TDP for the whole time; CPU, DRAM not counted)',
    energy_kwh,
    intensity_g_per_kwh: intensity,
    co2eq_g: energy_kwh * intensity,
    gpu: { ...input.gpu, count: input.count },
    hours: input.hours,
    pue: input.pue,
    region: input.carbon,
  };
}

export interface WhatIfRow {
  label: string;
  repeat: number;
  /** the measured energy (summary's total, its PUE included), kWh */
  energy_kwh: number;
  /** where it ran, as measured */
  actual: { region: string; intensity_g_per_kwh: number; co2eq_g: number };
  /** what-if place: the same energy at another intensity */
  place: { query: string; region: string; name?: string; intensity_g_per_kwh: number; source: string; year?: number };
  co2eq_g: number;
  /** co2eq_g / actual co2eq_g - 1; null when the actual is zero */
  change: number | null;
}

export interface WhatIfPlace {
  /** what the user asked for (cloud region id or zone) */
  query: string;
  carbon: CarbonContext;
}

/** The CO2eq of each summary's measured energy at each place's intensity. The energy is not re-estimated. */
export function whatIfRows(summaries: Summary[], places: WhatIfPlace[]): WhatIfRow[] {
  const rows: WhatIfRow[] = [];
  for (const s of summaries) {
    const energy_kwh = s.energy_j.total / J_PER_KWH;
    for (const p of places) {
      const co2eq_g = energy_kwh * p.carbon.intensity_g_per_kwh;
      const actual = s.carbon.co2eq_g;
      rows.push({
        label: s.label,
        repeat: s.repeat,
        energy_kwh,
        actual: { region: s.carbon.region, intensity_g_per_kwh: s.carbon.intensity_g_per_kwh, co2eq_g: actual },
        place: {
          query: p.query,
          region: p.carbon.region,
          ...(p.carbon.name !== undefined ? { name: p.carbon.name } : {}),
          intensity_g_per_kwh: p.carbon.intensity_g_per_kwh,
          source: p.carbon.source,
          ...(p.carbon.year !== undefined ? { year: p.carbon.year } : {}),
        },
        co2eq_g,
        change: actual > 0 ? co2eq_g / actual - 1 : null,
      });
    }
  }
  return rows;
}

/** Grams with a unit that keeps 3 significant digits: 12.3 g, 4.56 kg, 7.89 t. */
export function formatGrams(g: number): string {
  if (!Number.isFinite(g)) return 'n/a';
  const a = Math.abs(g);
  if (a >= 1e6) return `${sig(g / 1e6)} t`;
  if (a >= 1e3) return `${sig(g / 1e3)} kg`;
  return `${sig(g)} g`;
}

export function formatKwh(kwh: number): string {
  if (!Number.isFinite(kwh)) return 'n/a';
  const a = Math.abs(kwh);
  if (a >= 1e3) return `${sig(kwh / 1e3)} MWh`;
  if (a >= 1) return `${sig(kwh)} kWh`;
  return `${sig(kwh * 1e3)} Wh`;
}

export function sig(v: number, digits = 3): string {
  if (v === 0) return '0';
  return String(Number(v.toPrecision(digits)));
}
