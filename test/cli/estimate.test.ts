import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/cli/estimate.ts';
import { capture } from '../helpers/reports.ts';

// Expected values from the data files' own figures, read here independently of the lookup code.
const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const gpus = read('../../hardware/gpu-tdp.json') as { entries: { name: string; tdp_w: number }[] };
const zones = read('../../regions/zones.json') as { zones: { id: string; g_per_kwh: number }[] };
const cloud = read('../../regions/cloud.json') as { regions: { id: string; zone: string; pue?: { value: number } }[] };
const tdp = (name: string) => gpus.entries.find((e) => e.name === name)!.tdp_w;
const zone = (id: string) => zones.zones.find((z) => z.id === id)!.g_per_kwh;

async function json(argv: string[]) {
  const c = capture(process.cwd());
  const code = await estimate([...argv, '--format', 'json'], c.io);
  expect(code).toBe(0);
  return JSON.parse(c.out());
}

describe('joulecheck estimate', () => {
  it('is TDP x count x hours x PUE x intensity for a grid zone', async () => {
    const r = await json(['--gpu', 'A100 SXM4 80 GB', '--count', '8', '--hours', '24', '--region', 'FR', '--pue', '1.1']);
    const kwh = (tdp('A100 SXM4 80 GB') * 8 * 24 * 1.1) / 1000;
    expect(r.energy_kwh).toBeCloseTo(kwh, 10);
    expect(r.intensity_g_per_kwh).toBe(zone('FR'));
    expect(r.co2eq_g).toBeCloseTo(kwh * zone('FR'), 8);
    expect(r.gpu).toMatchObject({ name: 'A100 SXM4 80 GB', tdp_w: tdp('A100 SXM4 80 GB'), count: 8, exact: true });
    expect(r.gpu.source).toContain('W TDP');
    expect(r.hours).toBe(24);
    expect(r.pue).toEqual({ value: 1.1, source: '--pue' });
    expect(r.region.region).toBe('FR');
  });

  it("uses the cloud region's grid zone and published PUE", async () => {
    const c = cloud.regions.find((x) => x.id === 'aws:eu-north-1')!;
    const r = await json(['--gpu', 'Tesla V100-SXM2-32GB', '--hours', '1.5', '--cloud-region', 'aws:eu-north-1']);
    const kwh = (tdp('Tesla V100-SXM2-32GB') * 1 * 1.5 * c.pue!.value) / 1000;
    expect(r.pue.value).toBe(c.pue!.value);
    expect(r.energy_kwh).toBeCloseTo(kwh, 10);
    expect(r.co2eq_g).toBeCloseTo(kwh * zone(c.zone), 8);
    expect(r.region.region).toBe(c.zone);
  });

  it('says PUE 1.0 was assumed when nothing gives one', async () => {
    const r = await json(['--gpu', 'H100 SXM', '--hours', '2', '--region', 'PL']);
    expect(r.pue.value).toBe(1);
    expect(r.pue.source).toMatch(/default 1\.0/);
    expect(r.co2eq_g).toBeCloseTo((tdp('H100 SXM') * 2 / 1000) * zone('PL'), 8);
  });

  it('matches nvidia-smi names and says it was not exact', async () => {
    const r = await json(['--gpu', 'NVIDIA A100-SXM4-80GB', '--hours', '1', '--region', 'FR']);
    expect(r.gpu.name).toBe('A100 SXM4 80 GB');
    expect(r.gpu.exact).toBe(false);
    expect(r.gpu.source).toMatch(/closest match for 'NVIDIA A100-SXM4-80GB'/);
  });

  it('prints the formula in text form', async () => {
    const c = capture(process.cwd());
    await estimate(['--gpu', 'A100 SXM4 80 GB', '--count', '8', '--hours', '24', '--region', 'FR', '--pue', '1.1'], c.io);
    expect(c.out()).toContain(`= 8 x A100 SXM4 80 GB at ${tdp('A100 SXM4 80 GB')} W TDP x 24 h x PUE 1.1 x ${zone('FR')} g/kWh`);
    expect(c.out()).toMatch(/^estimated: 84\.5 kWh/);
  });

  it('suggests near GPU names and rejects bad values, naming the option', async () => {
    const io = capture(process.cwd()).io;
    await expect(estimate(['--gpu', 'H1OO SXM', '--hours', '1', '--region', 'FR'], io)).rejects.toThrow(/unknown GPU 'H1OO SXM'; did you mean 'H100 SXM'/);
    await expect(estimate(['--gpu', 'H100 SXM', '--hours=-1', '--region', 'FR'], io)).rejects.toThrow("--hours must be a number > 0 and <= 1000000, got '-1'");
    await expect(estimate(['--gpu', 'H100 SXM', '--hours', '1', '--count', '1.5', '--region', 'FR'], io)).rejects.toThrow(/--count must be an integer/);
    await expect(estimate(['--gpu', 'H100 SXM', '--hours', '1', '--region', 'FR', '--pue', '0.9'], io)).rejects.toThrow(/--pue must be a number >= 1/);
    await expect(estimate(['--gpu', 'H100 SXM', '--hours', '1'], io)).rejects.toThrow(/--region ZONE or --cloud-region ID is required/);
    await expect(estimate(['--gpu', 'H100 SXM', '--hours', '1', '--region', 'XX-NOPE'], io)).rejects.toThrow(/unknown region 'XX-NOPE'/);
  });
});
