// The regions/ data: regenerates byte-identically from its inputs, every value sourced and plausible,
// ids unique, every cloud region resolvable. Expected values are read from the sources themselves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearly2025 } from '@tgwf/co2/data/electricity-maps';
import { averageIntensity } from '@tgwf/co2/data';
import { CLOUD, CloudFile, SOCIAL_COST, ZONES, ZonesFile, checkRegionData, findZone } from '../../src/model/regions.ts';
import { resolveCarbon } from '../../src/carbon/resolve.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
// The upstream files vendored in the repository: a missing one fails these tests, never skips them.
const SOURCES = join(ROOT, 'data', 'sources');

describe('regions/ schemas (checked by the build and here, not at every start)', () => {
  it('the bundled tables match their schemas, and a broken value is refused', () => {
    expect(() => checkRegionData()).not.toThrow();
    const zones = JSON.parse(readFileSync(join(ROOT, 'regions', 'zones.json'), 'utf8'));
    expect(ZonesFile.safeParse(zones).success).toBe(true);
    zones.zones[0].g_per_kwh = -1;
    expect(ZonesFile.safeParse(zones).success).toBe(false);
    const cloud = JSON.parse(readFileSync(join(ROOT, 'regions', 'cloud.json'), 'utf8'));
    cloud.regions[0].id = 'oracle:nowhere';
    expect(CloudFile.safeParse(cloud).success).toBe(false);
  });
});

describe('regions/ regeneration (from data/sources)', () => {
  it('scripts/build-regions.mjs regenerates regions/ byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'jc-regions-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-regions.mjs'), '--out', out], {
        cwd: ROOT,
        stdio: 'pipe',
      });
      for (const f of ['zones.json', 'cloud.json', 'social-cost.json']) {
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(ROOT, 'regions', f), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('US state intensities are eGRID lbs/MWh x 0.453592', () => {
    const raw = JSON.parse(readFileSync(join(SOURCES, 'codecarbon', 'private_infra_2016_usa_emissions.json'), 'utf8'));
    expect(raw._unit.emissions).toBe('lbs/MWh');
    const ca = findZone('US-STATE-CA')!;
    expect(ca.g_per_kwh).toBeCloseTo(raw.california.emissions * 0.453592, 1);
    expect(ca.original?.unit).toBe('lbs/MWh');
    const states = Object.keys(raw).filter((k) => k !== '_unit' && k !== 'usa');
    expect(ZONES.zones.filter((z) => z.kind === 'state')).toHaveLength(states.length);
  });

  it('GCP data-centre PUEs are those of mlco2/impact impact.csv', () => {
    const rows = readFileSync(join(SOURCES, 'mlco2-impact', 'impact.csv'), 'utf8').split('\n');
    const header = rows[0]!.split(',');
    const iRegion = header.indexOf('region');
    // europe-west4's row has no quoted fields, so a plain split reads it (independently of the build's parser).
    const iPue = header.indexOf('PUE');
    const europeWest4 = rows.find((r) => r.startsWith('gcp,') && r.split(',')[iRegion] === 'europe-west4')!;
    const expected = Number(europeWest4.split(',')[iPue]);
    expect(expected).toBeGreaterThan(1);
    expect(CLOUD.regions.find((c) => c.id === 'gcp:europe-west4')?.pue?.value).toBe(expected);
  });
});

describe('regions/ content', () => {
  it('takes Electricity Maps 2025 zone averages as published in @tgwf/co2', () => {
    const em = yearly2025.data as Record<string, { carbonIntensity: { value: number } }>;
    for (const id of ['DE', 'FR', 'US-CAL-CISO', 'CA-QC', 'AU-NSW', 'IN-WE']) {
      expect(findZone(id)?.g_per_kwh, id).toBe(em[id]!.carbonIntensity.value);
    }
    const emZones = ZONES.zones.filter((z) => z.source === 'electricitymaps-2025');
    expect(emZones).toHaveLength(Object.keys(em).length);
  });

  it('has a world average from Ember (via @tgwf/co2)', () => {
    expect(findZone('WORLD')?.g_per_kwh).toBe((averageIntensity.data as Record<string, number>).WORLD);
  });

  it('covers sub-national zones: US balancing authorities, Canadian provinces, Australian states', () => {
    const prefixed = (p: string) => ZONES.zones.filter((z) => z.id.startsWith(p) && z.kind === 'subnational').length;
    expect(prefixed('US-')).toBeGreaterThanOrEqual(50);
    expect(prefixed('CA-')).toBeGreaterThanOrEqual(10);
    expect(prefixed('AU-')).toBeGreaterThanOrEqual(6);
  });

  it('has no duplicate ids', () => {
    const zoneIds = ZONES.zones.map((z) => z.id);
    expect(new Set(zoneIds).size).toBe(zoneIds.length);
    const cloudIds = CLOUD.regions.map((c) => c.id);
    expect(new Set(cloudIds).size).toBe(cloudIds.length);
    expect(zoneIds.some((id) => id in ZONES.legacy_ids)).toBe(false);
  });

  it('names a known source with a year for every value', () => {
    for (const z of ZONES.zones) {
      expect(ZONES.sources[z.source], `${z.id} source ${z.source}`).toBeDefined();
      expect(z.year).toBeGreaterThanOrEqual(2010);
    }
    for (const c of CLOUD.regions) {
      expect(CLOUD.sources[c.source], `${c.id} source`).toBeDefined();
      expect(CLOUD.sources[c.location_source], `${c.id} location source`).toBeDefined();
      if (c.pue) expect(CLOUD.sources[c.pue.source], `${c.id} PUE source`).toBeDefined();
    }
    for (const s of SOCIAL_COST.countries) expect(SOCIAL_COST.sources[s.source], s.country).toBeDefined();
    for (const src of [...Object.values(ZONES.sources), ...Object.values(CLOUD.sources), ...Object.values(SOCIAL_COST.sources)]) {
      expect(src.url).toMatch(/^https:\/\//);
      expect(src.year).toBeGreaterThanOrEqual(2016);
    }
  });

  it('keeps every intensity and PUE in a plausible range', () => {
    for (const z of ZONES.zones) {
      expect(z.g_per_kwh, z.id).toBeGreaterThan(0);
      expect(z.g_per_kwh, z.id).toBeLessThan(2000);
    }
    for (const c of CLOUD.regions) {
      expect(c.g_per_kwh).toBeGreaterThan(0);
      expect(c.g_per_kwh).toBeLessThan(2000);
      if (c.pue) {
        expect(c.pue.value, c.id).toBeGreaterThanOrEqual(1);
        expect(c.pue.value, c.id).toBeLessThan(3);
      }
    }
  });

  it('covers the three clouds and resolves every cloud region to its zone', () => {
    for (const p of ['aws', 'gcp', 'azure']) expect(CLOUD.regions.filter((c) => c.provider === p).length, p).toBeGreaterThanOrEqual(30);
    for (const c of CLOUD.regions) {
      const r = resolveCarbon({ cloudRegion: c.id });
      expect(r.context.region, c.id).toBe(c.zone);
      expect(r.context.intensity_g_per_kwh, c.id).toBe(findZone(c.zone)!.g_per_kwh);
      expect(r.context.intensity_kind).toBe('annual');
      expect(r.pue?.value).toBe(c.pue?.value);
    }
  });

  it('points every legacy id at a current zone', () => {
    for (const [from, to] of Object.entries(ZONES.legacy_ids)) expect(findZone(to), `${from} -> ${to}`).toBeDefined();
  });
});
