// What-if arithmetic (Lacoste et al. 2019, ML CO2 Impact): pure, no I/O, no data lookups.
// The commands resolve hardware and regions through the shared modules and hand the figures in here;
// only the what-if line below looks places up itself (in the carbon module's data, through its API).
import { resolveCarbon } from './resolve.ts';
import { CLOUD, countryOf, findZone, ZONES } from '../model/regions.ts';
import type { CarbonContext } from '../model/log.ts';
import { type Kind, runKind } from '../model/kinds.ts';
import { escapeMarkdown } from '../render/escape.ts';
import { J_PER_KWH } from '../model/units.ts';
import { placeText, type Greener } from '../render/whatif.ts';
import type { Summary } from '../model/summary.ts';


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
  /** how the energy was obtained (the what-if keeps it, measured or estimated) */
  kind: Kind;
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
        kind: runKind(s),
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


/**
 * The same measured energy in the lowest-intensity places: the regions of the runner's cloud provider
 * when its cloud region is known, else the other grid zones of the run's country. Null when there is
 * nothing lower to show (or no data to look in): the caller then prints no line.
 */
export function greenerPlaces(
  run: { energy_j: number; co2eq_g: number; region: string; intensity_g_per_kwh: number; kind: Greener['kind'] },
  cloudRegion?: string | null,
  max = 3,
): Greener | null {
  const energy_kwh = run.energy_j / J_PER_KWH;
  if (!(energy_kwh > 0) || !Number.isFinite(energy_kwh)) return null;
  const provider = cloudRegion ? cloudRegion.trim().toLowerCase().split(':')[0] : undefined;
  let scope: string;
  let candidates: { id: string; zone: string; intensity_g_per_kwh: number }[];
  if (provider && CLOUD.regions.some((c) => c.provider === provider)) {
    scope = `${provider} regions`;
    candidates = CLOUD.regions
      .filter((c) => c.provider === provider)
      .map((c) => {
        const ctx = resolveCarbon({ cloudRegion: c.id }).context;
        return { id: c.id, zone: ctx.region, intensity_g_per_kwh: ctx.intensity_g_per_kwh };
      });
  } else {
    const country = countryOf(run.region);
    if (!country) return null;
    // Like for like: a balancing authority against balancing authorities, a state against states.
    const own = findZone(run.region);
    const kind = own && own.kind !== 'country' ? own.kind : 'subnational';
    scope = `grid zones of ${country}`;
    candidates = ZONES.zones
      .filter((z) => z.country === country && z.kind === kind && z.id !== run.region)
      .map((z) => {
        const ctx = resolveCarbon({ region: z.id }).context;
        return { id: z.id, zone: ctx.region, intensity_g_per_kwh: ctx.intensity_g_per_kwh };
      });
  }
  // One place per grid zone (several cloud regions often share one), lowest intensity first.
  const seen = new Set<string>();
  const places = candidates
    .filter((c) => c.intensity_g_per_kwh < run.intensity_g_per_kwh)
    .sort((a, b) => a.intensity_g_per_kwh - b.intensity_g_per_kwh || a.id.localeCompare(b.id))
    .filter((c) => (seen.has(c.zone) ? false : (seen.add(c.zone), true)))
    .slice(0, max)
    .map((c) => ({ ...c, co2eq_g: energy_kwh * c.intensity_g_per_kwh }));
  if (places.length === 0) return null;
  return {
    scope,
    actual: { region: run.region, intensity_g_per_kwh: run.intensity_g_per_kwh, co2eq_g: run.co2eq_g },
    energy_kwh,
    kind: run.kind,
    places,
  };
}


/**
 * One Markdown line for the PR comment and job summary, labelled what-if, or null when there is no
 * lower-intensity place to show. `cloudRegion`: the action's cloud-region input, when set.
 */
export function whatIfLine(summary: Summary, cloudRegion?: string | null): string | null {
  const g = greenerPlaces(
    {
      energy_j: summary.energy_j.total,
      co2eq_g: summary.carbon.co2eq_g,
      region: summary.carbon.region,
      intensity_g_per_kwh: summary.carbon.intensity_g_per_kwh,
      kind: runKind(summary),
    },
    cloudRegion,
  );
  return g ? `**What-if:** ${placeText(g, escapeMarkdown)}.` : null;
}

