import { describe, expect, it } from 'vitest';
import { yearly2025 } from '@tgwf/co2/data/electricity-maps';
import { regions } from '../../src/cli/regions.ts';
import { UsageError } from '../../src/cli/types.ts';
import { CLOUD, ZONES } from '../../src/model/regions.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await regions(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: '.', env: {} });
  return { code, out, err };
}

describe('joulecheck regions', () => {
  it('finds a cloud region with its zone, intensity, year, PUE and sources', async () => {
    const { code, out } = await run(['gcp:europe-west4']);
    expect(code).toBe(0);
    const row = out.split('\n').find((l) => l.startsWith('gcp:europe-west4'))!;
    const nl = yearly2025.data.NL!.carbonIntensity.value;
    expect(row).toMatch(new RegExp(`^gcp:europe-west4\\s+${nl}\\s+2025\\s+NL\\s+1\\.09 \\(site 2019\\)`));
    expect(out).toMatch(/electricitymaps-2025: Electricity Maps .*https:\/\/www\.electricitymaps\.com/);
    expect(out).toMatch(/gcp-pue: .*google\.com/);
    expect(out).not.toContain('Grid zones');
  });

  it('searches zones by id prefix and by name', async () => {
    const byId = await run(['US-CAL']);
    for (const id of ['US-CAL-CISO', 'US-CAL-BANC', 'US-CAL-LDWP']) expect(byId.out).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(byId.out).toMatch(/^aws:us-west-1\s/m); // cloud regions in a matching zone
    const byName = await run(['québec', '--zones']);
    expect(byName.out).toMatch(/^CA-QC\s+\d+\s+2025/m);
    expect(byName.out).not.toContain('Cloud regions');
  });

  it('prints JSON with only the sources it uses', async () => {
    const { out } = await run(['aws:eu-central-1', '--json']);
    const j = JSON.parse(out) as { zones: unknown[]; cloud: { id: string; zone: string; pue?: { value: number } }[]; sources: Record<string, unknown> };
    expect(j.zones).toEqual([]);
    expect(j.cloud.map((c) => c.id)).toEqual(['aws:eu-central-1']);
    expect(j.cloud[0]!.zone).toBe('DE');
    expect(Object.keys(j.sources).sort()).toEqual(['aws-pue', 'cloud-locations', 'electricitymaps-2025']);
  });

  it('lists everything without a query', async () => {
    const { out } = await run(['--json']);
    const j = JSON.parse(out) as { zones: unknown[]; cloud: unknown[] };
    expect(j.zones).toHaveLength(ZONES.zones.length);
    expect(j.cloud).toHaveLength(CLOUD.regions.length);
  });

  it('says when nothing matches, with suggestions, and rejects bad usage', async () => {
    const none = await run(['US-CAL-CISOX']);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/nothing matches 'US-CAL-CISOX'; did you mean US-CAL-CISO/);
    await expect(run(['--bogus'])).rejects.toThrow(UsageError);
    await expect(run(['a', 'b'])).rejects.toThrow(/at most one query/);
  });
});
