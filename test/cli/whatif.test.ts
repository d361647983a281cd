import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whatif } from '../../src/cli/whatif.ts';
import { capture, makeSummary } from '../helpers/reports.ts';

// Expected figures come straight from the carbon data files, not from resolveCarbon.
const cloud = JSON.parse(readFileSync(new URL('../../regions/cloud.json', import.meta.url), 'utf8')) as {
  regions: { id: string; zone: string }[];
};
const zones = JSON.parse(readFileSync(new URL('../../regions/zones.json', import.meta.url), 'utf8')) as {
  zones: { id: string; g_per_kwh: number }[];
};
const zoneOf = (cloudId: string) => {
  const c = cloud.regions.find((r) => r.id === cloudId)!;
  return zones.zones.find((z) => z.id === c.zone)!;
};

describe('joulecheck whatif', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jc-whatif-'));
  // 36 MJ = 10 kWh measured at 300 g/kWh.
  writeFileSync(join(dir, 'a.summary.json'), JSON.stringify(makeSummary({ total_j: 3.6e7, intensity: 300 })));

  it('recomputes CO2eq of the measured energy with each cloud region\'s grid intensity', async () => {
    const c = capture(dir);
    const code = await whatif(['a.summary.json', '--cloud-region', 'aws:eu-north-1', '--cloud-region', 'aws:us-east-1', '--format', 'json'], c.io);
    expect(code).toBe(0);
    const rows = JSON.parse(c.out()).rows as { co2eq_g: number; energy_kwh: number; place: { region: string; intensity_g_per_kwh: number } }[];
    expect(rows).toHaveLength(2);
    const north = zoneOf('aws:eu-north-1');
    const east = zoneOf('aws:us-east-1');
    expect(rows[0]!.place.region).toBe(north.id);
    expect(rows[0]!.co2eq_g).toBeCloseTo(10 * north.g_per_kwh, 9);
    expect(rows[1]!.place.region).toBe(east.id);
    expect(rows[1]!.co2eq_g).toBeCloseTo(10 * east.g_per_kwh, 9);
    expect(rows[0]!.energy_kwh).toBeCloseTo(10, 12);
  });

  it('accepts grid zones and prints a text line per place', async () => {
    const c = capture(dir);
    expect(await whatif(['a.summary.json', '--region', 'PL'], c.io)).toBe(0);
    const pl = zones.zones.find((z) => z.id === 'PL')!;
    expect(c.out()).toContain('10 kWh measured');
    expect(c.out()).toContain(`what-if PL -> PL`);
    expect(c.out()).toContain(`${Number((10 * pl.g_per_kwh / 1000).toPrecision(3))} kg CO2eq`);
  });

  it('rejects an unknown cloud region with a suggestion, and missing places', async () => {
    await expect(whatif(['a.summary.json', '--cloud-region', 'aws:eu-nort-1'], capture(dir).io)).rejects.toThrow(/aws:eu-nort-1.*did you mean.*aws:eu-north-1/);
    await expect(whatif(['a.summary.json'], capture(dir).io)).rejects.toThrow(/--cloud-region or --region/);
  });

  it('reads every summary of a directory', async () => {
    const sub = join(dir, 'runs');
    mkdirSync(sub);
    for (const r of [1, 2]) writeFileSync(join(sub, `t-${r}.summary.json`), JSON.stringify(makeSummary({ repeat: r, total_j: 3.6e6 })));
    const c = capture(dir);
    expect(await whatif(['runs', '--region', 'FR', '--region', 'PL', '--format', 'json'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).rows).toHaveLength(4);
  });

  it('names a file that is not a summary', async () => {
    writeFileSync(join(dir, 'bad.summary.json'), JSON.stringify({ schema: 'joulecheck/summary@1', label: 3 }));
    await expect(whatif(['bad.summary.json', '--region', 'FR'], capture(dir).io)).rejects.toThrow(/bad\.summary\.json' is not a joulecheck\/summary@1 file/);
  });
});
