// Region resolution: explicit intensity > region (grid zone) > cloud region > world average (with a warning).
// Never a silent guess: unknown ids throw with suggestions; the world average always carries a warning.
import type { CarbonContext } from '../model/log.ts';
import {
  type CloudRegion,
  type Zone,
  WORLD,
  ZONES,
  cloudSuggestions,
  describeSource,
  findCloudRegion,
  findZone,
  zoneSuggestions,
} from '../model/regions.ts';

export interface CarbonRequest {
  region?: string | null;
  cloudRegion?: string | null;
  /** fixed override, g/kWh */
  intensity?: number | null;
}

export interface ResolvedCarbon {
  context: CarbonContext;
  /** the cloud provider's published PUE for a cloud region, when known */
  pue?: { value: number; source: string };
  /** the grid zone record behind the context (absent for a bare override) */
  zone?: Zone;
  /** the cloud region record, when one was given */
  cloud?: CloudRegion;
}

/** Upper bound of a plausible grid intensity; the dirtiest annual grids sit near 1,000-1,300 g/kWh. */
export const MAX_INTENSITY_G_PER_KWH = 2000;

function didYouMean(list: string[]): string {
  if (list.length === 0) return '';
  if (list.length === 1) return `; did you mean ${list[0]}?`;
  return `; did you mean ${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}?`;
}

export function unknownRegionError(input: string): Error {
  const asCloud = input.includes(':') ? findCloudRegion(input) : undefined;
  if (asCloud) {
    return new Error(`unknown region '${input}': that is a cloud region; give it as cloud-region (its grid zone is ${asCloud.zone})`);
  }
  const legacy = Object.entries(ZONES.legacy_ids).find(([k]) => k.toUpperCase() === input.trim().toUpperCase());
  // A former Electricity Maps id has exactly one successor: name only that one.
  const hint = legacy ? didYouMean([legacy[1]]) : didYouMean(zoneSuggestions(input));
  const cloudHint = input.includes(':') ? " (cloud regions such as 'aws:us-east-1' go in the cloud-region input)" : '';
  return new Error(
    `unknown region '${input}'${hint || `; expected a grid zone id such as US-CAL-CISO, DE or GB (see: joulecheck regions)`}${cloudHint}`,
  );
}

export function unknownCloudRegionError(input: string): Error {
  const hint = didYouMean(cloudSuggestions(input));
  return new Error(
    `unknown cloud region '${input}'${hint || "; expected 'provider:region' such as aws:us-east-1, gcp:europe-west4 or azure:westeurope (see: joulecheck regions)"}`,
  );
}

/** Validates an intensity override: a finite number in [0, 2000] g/kWh, else a clear error. */
export function checkIntensity(value: unknown, what = "input 'carbon-intensity'"): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_INTENSITY_G_PER_KWH) {
    throw new Error(
      `${what} must be a number of g CO2eq/kWh between 0 and ${MAX_INTENSITY_G_PER_KWH}, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}

function zoneContext(zone: Zone): CarbonContext {
  return {
    region: zone.id,
    name: zone.name,
    ...(zone.country ? { country: zone.country } : {}),
    intensity_g_per_kwh: zone.g_per_kwh,
    intensity_kind: 'annual',
    source: describeSource(zone.source),
    year: zone.year,
    ...(zone.kind === 'state'
      ? { warning: `${zone.id} is a US state average (eGRID ${zone.year}), not a grid zone: prefer a balancing-authority zone` }
      : {}),
  };
}

/** Throws an Error naming the input and a suggestion for near misses. */
export function resolveCarbon(req: CarbonRequest): ResolvedCarbon {
  const region = req.region?.trim() || null;
  const cloudId = req.cloudRegion?.trim() || null;

  // Validate everything given, even what a higher-priority input overrides: a typo must not hide.
  const zone = region ? findZone(region) : undefined;
  if (region && !zone) throw unknownRegionError(region);
  const cloud = cloudId ? findCloudRegion(cloudId) : undefined;
  if (cloudId && !cloud) throw unknownCloudRegionError(cloudId);
  const override = req.intensity === null || req.intensity === undefined ? null : checkIntensity(req.intensity);

  const pue = cloud?.pue
    ? { value: cloud.pue.value, source: `${cloud.id} ${cloud.pue.scope} PUE ${cloud.pue.year}: ${describeSource(cloud.pue.source)}` }
    : undefined;
  const cloudZone = cloud ? findZone(cloud.zone) : undefined;
  if (cloud && !cloudZone) throw new Error(`regions data: cloud region ${cloud.id} maps to missing zone ${cloud.zone}`);

  const base: Pick<ResolvedCarbon, 'pue' | 'cloud'> = { ...(pue ? { pue } : {}), ...(cloud ? { cloud } : {}) };

  if (override !== null) {
    const where = zone ?? cloudZone;
    return {
      ...base,
      ...(where ? { zone: where } : {}),
      context: {
        region: where?.id ?? 'CUSTOM',
        ...(where ? { name: where.name } : {}),
        ...(where?.country ? { country: where.country } : {}),
        intensity_g_per_kwh: override,
        intensity_kind: 'override',
        source: `explicit carbon-intensity input (${override} g/kWh)`,
      },
    };
  }
  if (zone) {
    const context = zoneContext(zone);
    if (cloud && cloud.zone !== zone.id) {
      context.warning = [context.warning, `region ${zone.id} overrides cloud region ${cloud.id} (grid zone ${cloud.zone})`]
        .filter(Boolean)
        .join('; ');
    }
    return { ...base, zone, context };
  }
  if (cloud && cloudZone) {
    const context = zoneContext(cloudZone);
    context.name = `${cloud.id} (${cloud.name}, ${cloud.location}) -> ${cloudZone.name}`;
    context.source = `${describeSource(cloud.source)}; zone of ${cloud.id} from its published location`;
    return { ...base, zone: cloudZone, context };
  }
  return {
    zone: WORLD,
    context: {
      region: WORLD.id,
      name: WORLD.name,
      intensity_g_per_kwh: WORLD.g_per_kwh,
      intensity_kind: 'default',
      source: describeSource(WORLD.source),
      year: WORLD.year,
      warning: `no region or cloud-region given: world average ${WORLD.g_per_kwh} g/kWh (${WORLD.year}) used; set 'region' (e.g. US-CAL-CISO) or 'cloud-region' (e.g. aws:us-east-1) for a meaningful CO2eq`,
    },
  };
}
