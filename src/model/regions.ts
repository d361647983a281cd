// Typed, validated access to regions/*.json (bundled via JSON import) plus "did you mean" suggestions.
// Pure: no I/O at call time, nothing from @actions/*.
import { z } from 'zod';
import zonesJson from '../../regions/zones.json' with { type: 'json' };
import cloudJson from '../../regions/cloud.json' with { type: 'json' };
import socialJson from '../../regions/social-cost.json' with { type: 'json' };

const Source = z.object({
  title: z.string().min(1),
  url: z.string().min(1),
  year: z.number().int(),
  licence: z.string().optional(),
  note: z.string().optional(),
  conversion: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

const Intensity = z.number().finite().gt(0).lt(2000);

export const Zone = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  country: z.string().length(2).optional(),
  kind: z.enum(['country', 'subnational', 'state', 'world']),
  g_per_kwh: Intensity,
  year: z.number().int(),
  unit: z.literal('gCO2eq/kWh'),
  source: z.string().min(1),
  original: z.object({ value: z.number(), unit: z.string(), conversion: z.string() }).optional(),
});
export type Zone = z.infer<typeof Zone>;

export const Pue = z.object({
  value: z.number().finite().min(1).lt(3),
  scope: z.string(),
  year: z.number().int(),
  source: z.string().min(1),
});

export const CloudRegion = z.object({
  id: z.string().regex(/^(aws|gcp|azure):[a-z0-9-]+$/),
  provider: z.enum(['aws', 'gcp', 'azure']),
  region: z.string().min(1),
  name: z.string().min(1),
  location: z.string().min(1),
  zone: z.string().min(1),
  g_per_kwh: Intensity,
  year: z.number().int(),
  unit: z.literal('gCO2eq/kWh'),
  source: z.string().min(1),
  location_source: z.string().min(1),
  pue: Pue.optional(),
});
export type CloudRegion = z.infer<typeof CloudRegion>;

export const SccEntry = z.object({
  country: z.string().min(1),
  iso2: z.string().length(2).optional(),
  name: z.string(),
  median: z.number().finite(),
  low: z.number().finite(),
  high: z.number().finite(),
  source: z.string().min(1),
  derivation: z.string().optional(),
});
export type SccEntry = z.infer<typeof SccEntry>;

export const ZonesFile = z.object({
  schema: z.literal('joulecheck/regions-zones@1'),
  sources: z.record(z.string(), Source),
  legacy_ids: z.record(z.string(), z.string()),
  zones: z.array(Zone),
});
export const CloudFile = z.object({
  schema: z.literal('joulecheck/regions-cloud@1'),
  sources: z.record(z.string(), Source),
  regions: z.array(CloudRegion),
});
export const SocialCostFile = z.object({
  schema: z.literal('joulecheck/regions-social-cost@1'),
  currency: z.string(),
  currency_year: z.number().int(),
  substitute: z.string(),
  sources: z.record(z.string(), Source),
  countries: z.array(SccEntry),
});

// The tables are ours and bundled: `checkRegionData` validates them in the build (scripts/build.mjs refuses
// to bundle a broken file) and in the tests, so a broken file fails loudly there, not as NaN in a report.
// Not again at every start: parsing them costs the meter ~20 ms of CPU, which it would then measure.
export const ZONES = zonesJson as unknown as z.infer<typeof ZonesFile>;
export const CLOUD = cloudJson as unknown as z.infer<typeof CloudFile>;
export const SOCIAL_COST = socialJson as unknown as z.infer<typeof SocialCostFile>;

/** Validates the bundled tables against their schemas; throws naming the file and the first problem. */
export function checkRegionData(): void {
  for (const [file, schema, data] of [
    ['regions/zones.json', ZonesFile, zonesJson],
    ['regions/cloud.json', CloudFile, cloudJson],
    ['regions/social-cost.json', SocialCostFile, socialJson],
  ] as const) {
    const r = schema.safeParse(data);
    if (!r.success) throw new Error(`${file} does not match its schema: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  }
}

const zoneById = new Map(ZONES.zones.map((z) => [z.id, z]));
const zoneByUpper = new Map(ZONES.zones.map((z) => [z.id.toUpperCase(), z]));
const cloudById = new Map(CLOUD.regions.map((c) => [c.id, c]));

export const WORLD: Zone = (() => {
  const w = zoneById.get('WORLD');
  if (!w) throw new Error('regions/zones.json has no WORLD entry');
  return w;
})();

/** Exact zone id, case-insensitive ('us-cal-ciso' is US-CAL-CISO: same id, not a guess). */
export function findZone(id: string): Zone | undefined {
  return zoneById.get(id) ?? zoneByUpper.get(id.trim().toUpperCase());
}

/** Cloud region id `provider:region`, case-insensitive. */
export function findCloudRegion(id: string): CloudRegion | undefined {
  return cloudById.get(id) ?? cloudById.get(id.trim().toLowerCase());
}

export function sourceOf(key: string): Source | undefined {
  return ZONES.sources[key] ?? CLOUD.sources[key] ?? SOCIAL_COST.sources[key];
}

/** "Electricity Maps yearly ... 2025" style one-liner for reports: title (url). */
export function describeSource(key: string): string {
  const s = sourceOf(key);
  return s ? `${s.title} (${s.url})` : key;
}

export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[n]!;
}

/**
 * Up to `max` near misses for an unknown id, best first: a known former id's successor, then ids that
 * the input is a prefix of (or vice versa), then small edit distances (<= 1/3 of the length, at least 2).
 */
export function suggest(input: string, candidates: readonly string[], legacy: Record<string, string> = {}, max = 3): string[] {
  const q = input.trim().toUpperCase();
  if (!q) return [];
  const out: string[] = [];
  const push = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  const legacyHit = Object.entries(legacy).find(([k]) => k.toUpperCase() === q);
  if (legacyHit) push(legacyHit[1]);
  const upper = candidates.map((c) => [c, c.toUpperCase()] as const);
  // Reverse prefix only for a near-complete id ('DEU' -> DE), not a bare country for a long typo.
  const prefixed = upper.filter(([, u]) => u.startsWith(q) || (q.startsWith(u) && u.length >= q.length - 1));
  prefixed.sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
  const limit = Math.max(2, Math.floor(q.length / 3));
  const scored = upper
    .map(([c, u]) => [c, editDistance(q, u)] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  // Edit distance first when it is a one-character slip; otherwise prefixes are the better hint.
  for (const [c, d] of scored) if (d <= 1) push(c);
  for (const [c] of prefixed) push(c);
  for (const [c] of scored) push(c);
  return out.slice(0, max);
}

export function zoneSuggestions(input: string): string[] {
  return suggest(input, ZONES.zones.map((z) => z.id), ZONES.legacy_ids);
}

export function cloudSuggestions(input: string): string[] {
  const ids = CLOUD.regions.map((c) => c.id);
  const q = input.trim().toLowerCase();
  // 'us-east-1' without provider: offer the providers that have it.
  if (!q.includes(':')) {
    const bare = CLOUD.regions.filter((c) => c.region === q).map((c) => c.id);
    if (bare.length) return bare;
  }
  return suggest(q, ids).map((s) => s.toLowerCase());
}

/** Country code (ISO 3166 alpha-2) of a zone id, cloud id or country code; undefined when unknown. */
export function countryOf(idOrCountry: string | undefined): string | undefined {
  if (!idOrCountry) return undefined;
  const zone = findZone(idOrCountry);
  if (zone) return zone.country;
  const cloud = findCloudRegion(idOrCountry);
  if (cloud) return findZone(cloud.zone)?.country;
  return undefined;
}
