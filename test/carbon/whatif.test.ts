import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/escape.ts';
import { estimateEmissions, greenerPlaces, whatIfLine, whatIfRows } from '../../src/carbon/whatif.ts';
import { formatGrams, formatKwh } from '../../src/render/format.ts';
import { makeSummary } from '../helpers/reports.ts';

describe('estimateEmissions', () => {
  it('is TDP x count x hours x PUE x intensity', () => {
    const r = estimateEmissions({
      gpu: { name: 'A100 SXM4 80 GB', tdp_w: 400, source: 'datasheet' },
      count: 8,
      hours: 24,
      pue: { value: 1.1, source: 'given' },
      carbon: { region: 'SE-SE1', intensity_g_per_kwh: 25, intensity_kind: 'annual', source: 'x' },
    });
    // 400 W * 8 * 24 h = 76.8 kWh; * 1.1 = 84.48 kWh; * 25 g/kWh = 2112 g.
    expect(r.energy_kwh).toBeCloseTo(84.48, 10);
    expect(r.co2eq_g).toBeCloseTo(2112, 8);
    expect(r.intensity_g_per_kwh).toBe(25);
    expect(r.gpu).toEqual({ name: 'A100 SXM4 80 GB', tdp_w: 400, source: 'datasheet', count: 8 });
    expect(r.kind).toBe('estimated');
  });
});

describe('whatIfRows', () => {
  it('keeps the measured energy and changes only the intensity', () => {
    // 7.2 MJ = 2 kWh at 300 g/kWh = 600 g as measured.
    const s = makeSummary({ total_j: 7.2e6, intensity: 300 });
    const rows = whatIfRows(
      [s],
      [
        { query: 'aws:eu-north-1', carbon: { region: 'SE-SE3', intensity_g_per_kwh: 30, intensity_kind: 'annual', source: 'src-a', year: 2024 } },
        { query: 'PL', carbon: { region: 'PL', intensity_g_per_kwh: 600, intensity_kind: 'annual', source: 'src-b' } },
      ],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]!.energy_kwh).toBeCloseTo(2, 12);
    expect(rows[0]!.co2eq_g).toBeCloseTo(60, 10);
    expect(rows[0]!.change).toBeCloseTo(-0.9, 12);
    expect(rows[0]!.place).toMatchObject({ query: 'aws:eu-north-1', region: 'SE-SE3', source: 'src-a', year: 2024 });
    expect(rows[1]!.co2eq_g).toBeCloseTo(1200, 10);
    expect(rows[1]!.change).toBeCloseTo(1, 12);
  });
  it('has no relative change when the actual CO2eq is zero (no division by zero)', () => {
    const s = makeSummary({ total_j: 3.6e6, intensity: 0 });
    const [row] = whatIfRows([s], [{ query: 'X', carbon: { region: 'X', intensity_g_per_kwh: 100, intensity_kind: 'annual', source: 's' } }]);
    expect(row!.change).toBeNull();
    expect(row!.co2eq_g).toBeCloseTo(100, 10);
  });
});

describe('formatting', () => {
  it('picks a unit with 3 significant digits', () => {
    expect(formatGrams(12.345)).toBe('12.3 g');
    expect(formatGrams(4567)).toBe('4.57 kg');
    expect(formatGrams(7.891e6)).toBe('7.89 t');
    expect(formatKwh(0.0123)).toBe('12.3 Wh');
    expect(formatKwh(84.48)).toBe('84.5 kWh');
    expect(formatGrams(Number.NaN)).toBe('n/a');
    expect(formatGrams(0.00154)).toBe('1.54 mg');
    expect(formatGrams(0)).toBe('0 g');
  });
});

describe('whatIfLine', () => {
  const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
  const zones = (read('../../regions/zones.json') as { zones: { id: string; g_per_kwh: number; country?: string; kind: string }[] }).zones;
  const cloud = (read('../../regions/cloud.json') as { regions: { id: string; provider: string; zone: string }[] }).regions;
  const g = (id: string) => zones.find((z) => z.id === id)!.g_per_kwh;

  it("names the 3 lowest-intensity zones of the runner's cloud provider, one per grid zone", () => {
    // 1 kWh measured in US-CAL-CISO.
    const s = makeSummary({ total_j: 3.6e6, region: 'US-CAL-CISO', intensity: g('US-CAL-CISO') });
    const line = whatIfLine(s, 'aws:us-west-1')!;
    const expected = cloud
      .filter((c) => c.provider === 'aws')
      .map((c) => ({ id: c.id, zone: c.zone, w: g(c.zone) }))
      .sort((a, b) => a.w - b.w || a.id.localeCompare(b.id))
      .filter((c, i, all) => all.findIndex((x) => x.zone === c.zone) === i)
      .slice(0, 3);
    expect(line.startsWith('**What-if:** the same 1 kWh (measured) would emit ')).toBe(true);
    for (const c of expected) expect(line).toContain(`${formatGrams(c.w)} in ${escapeMarkdown(c.id)} (${c.w} g/kWh)`);
    expect(line).toContain(`instead of ${formatGrams(g('US-CAL-CISO'))} in ${escapeMarkdown('US-CAL-CISO')}`);
  });

  it('falls back to zones of the same country and kind, and prints nothing when none is lower', () => {
    const s = makeSummary({ total_j: 3.6e6, region: 'US-CAL-CISO', intensity: g('US-CAL-CISO') });
    const lowest = zones
      .filter((z) => z.country === 'US' && z.kind === 'subnational' && z.id !== 'US-CAL-CISO')
      .sort((a, b) => a.g_per_kwh - b.g_per_kwh)[0]!;
    const r = greenerPlaces({ energy_j: 3.6e6, co2eq_g: s.carbon.co2eq_g, region: 'US-CAL-CISO', intensity_g_per_kwh: g('US-CAL-CISO'), kind: 'measured' })!;
    expect(r.scope).toBe('grid zones of US');
    expect(r.places[0]!.id).toBe(lowest.id);
    expect(r.places[0]!.co2eq_g).toBeCloseTo(lowest.g_per_kwh, 9);
    // Nothing below 1 g/kWh anywhere: no line rather than an empty one.
    expect(whatIfLine(makeSummary({ total_j: 3.6e6, region: 'US-CAL-CISO', intensity: 1 }), 'aws:us-west-1')).toBeNull();
    expect(whatIfLine(makeSummary({ total_j: 0 }), 'aws:us-west-1')).toBeNull();
  });

  it('says when the energy was estimated, not measured', () => {
    const s = makeSummary({ total_j: 3.6e6, region: 'US-CAL-CISO', intensity: g('US-CAL-CISO') });
    s.methods.cpu = { kind: 'estimated', model: 'tdp-linear' };
    expect(whatIfLine(s, 'aws:us-west-1')).toMatch(/^\*\*What-if:\*\* the same 1 kWh \(estimated\) would emit/);
    expect(whatIfRows([s], [{ query: 'FR', carbon: { region: 'FR', intensity_g_per_kwh: 31, intensity_kind: 'annual', source: 's' } }])[0]!.kind).toBe('estimated');
  });
});
