import { describe, expect, it } from 'vitest';
import { yearly2025 } from '@tgwf/co2/data/electricity-maps';
import { averageIntensity } from '@tgwf/co2/data';
import { CarbonContext } from '../../src/model/log.ts';
import { checkIntensity, resolveCarbon } from '../../src/carbon/resolve.ts';
import { editDistance, suggest } from '../../src/model/regions.ts';

const em = yearly2025.data as Record<string, { carbonIntensity: { value: number } }>;
const world = (averageIntensity.data as Record<string, number>).WORLD!;

describe('resolveCarbon', () => {
  it('resolves a grid zone to its annual intensity with source and year', () => {
    const r = resolveCarbon({ region: 'US-CAL-CISO' });
    expect(CarbonContext.parse(r.context)).toEqual(r.context);
    expect(r.context).toMatchObject({
      region: 'US-CAL-CISO',
      country: 'US',
      intensity_g_per_kwh: em['US-CAL-CISO']!.carbonIntensity.value,
      intensity_kind: 'annual',
      year: 2025,
    });
    expect(r.context.source).toMatch(/Electricity Maps/);
    expect(r.context.warning).toBeUndefined();
    expect(r.pue).toBeUndefined();
  });

  it('matches zone ids case-insensitively (same id, not a guess)', () => {
    expect(resolveCarbon({ region: ' us-cal-ciso ' }).context.region).toBe('US-CAL-CISO');
  });

  it('falls back to the world average with a visible warning when nothing is given', () => {
    for (const req of [{}, { region: '', cloudRegion: null }, { region: '   ' }]) {
      const r = resolveCarbon(req);
      expect(r.context.region).toBe('WORLD');
      expect(r.context.intensity_kind).toBe('default');
      expect(r.context.intensity_g_per_kwh).toBe(world);
      expect(r.context.warning).toMatch(/world average/);
    }
  });

  it('resolves a cloud region to its grid zone and the provider PUE', () => {
    const r = resolveCarbon({ cloudRegion: 'aws:us-east-1' });
    expect(r.context.region).toBe('US-MIDA-PJM');
    expect(r.context.intensity_g_per_kwh).toBe(em['US-MIDA-PJM']!.carbonIntensity.value);
    expect(r.context.name).toContain('aws:us-east-1');
    expect(r.pue?.value).toBe(1.14);
    expect(r.pue?.source).toMatch(/PUE/);
    // GCP regions without a data-centre figure carry no PUE rather than a guess.
    expect(resolveCarbon({ cloudRegion: 'gcp:us-east5' }).pue).toBeUndefined();
  });

  it('lets region win over cloud region, keeps the cloud PUE and says so', () => {
    const r = resolveCarbon({ region: 'DE', cloudRegion: 'azure:westeurope' });
    expect(r.context.region).toBe('DE');
    expect(r.context.intensity_g_per_kwh).toBe(em.DE!.carbonIntensity.value);
    expect(r.pue?.value).toBe(1.18);
    expect(r.context.warning).toMatch(/DE overrides cloud region azure:westeurope/);
  });

  it('lets an explicit intensity win over everything and keeps the place for the social cost', () => {
    const r = resolveCarbon({ region: 'FR', cloudRegion: 'gcp:europe-west9', intensity: 123.5 });
    expect(r.context).toMatchObject({ region: 'FR', country: 'FR', intensity_g_per_kwh: 123.5, intensity_kind: 'override' });
    expect(resolveCarbon({ intensity: 0 }).context).toMatchObject({ region: 'CUSTOM', intensity_g_per_kwh: 0 });
    expect(resolveCarbon({ intensity: 2000 }).context.intensity_g_per_kwh).toBe(2000);
  });

  it('rejects negative, non-numeric and absurd intensities with a clear error', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, 2000.5, 1e6]) {
      expect(() => resolveCarbon({ intensity: bad }), String(bad)).toThrow(/carbon-intensity' must be a number of g CO2eq\/kWh between 0 and 2000/);
    }
    expect(() => checkIntensity('abc')).toThrow(/got "abc"/);
    expect(() => checkIntensity('')).toThrow(/between 0 and 2000/);
    expect(checkIntensity('250')).toBe(250);
  });

  it('names a former Electricity Maps id with its one successor', () => {
    expect(() => resolveCarbon({ region: 'US-CA' })).toThrow(/^unknown region 'US-CA'; did you mean US-CAL-CISO\?$/);
    expect(() => resolveCarbon({ region: 'AUS-NSW' })).toThrow(/did you mean AU-NSW\?/);
  });

  it('suggests near misses for typos and validates inputs that are overridden', () => {
    expect(() => resolveCarbon({ region: 'US-CAL-CISOO' })).toThrow(/did you mean US-CAL-CISO[,?]/);
    expect(() => resolveCarbon({ region: 'DEU' })).toThrow(/did you mean DE[,?]/);
    expect(() => resolveCarbon({ region: 'QQQQQQQQ' })).toThrow(/unknown region 'QQQQQQQQ'; expected a grid zone id/);
    // a typo in cloud-region must not hide behind a valid intensity override
    expect(() => resolveCarbon({ cloudRegion: 'aws:us-est-1', intensity: 100 })).toThrow(/unknown cloud region 'aws:us-est-1'; did you mean aws:us-east-1/);
    expect(() => resolveCarbon({ cloudRegion: 'us-east-1' })).toThrow(/did you mean aws:us-east-1\?/);
    expect(() => resolveCarbon({ region: 'aws:us-east-1' })).toThrow(/that is a cloud region; give it as cloud-region/);
  });

  it('labels a US state average as not a grid zone', () => {
    const r = resolveCarbon({ region: 'US-STATE-WA' });
    expect(r.context.year).toBe(2016);
    expect(r.context.warning).toMatch(/not a grid zone/);
  });
});

describe('suggestions', () => {
  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('DE', 'DE')).toBe(0);
  });

  it('puts one-character slips first, then prefixes', () => {
    expect(suggest('FX', ['FR', 'FI', 'FRANCE-X'])).toEqual(['FI', 'FR']);
    expect(suggest('US-CAL', ['US-CAL-CISO', 'US-CAL-IID', 'GB'])).toEqual(['US-CAL-IID', 'US-CAL-CISO']);
    expect(suggest('zzzzzz', ['DE', 'FR'])).toEqual([]);
  });
});
