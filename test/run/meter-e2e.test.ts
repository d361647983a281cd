// End to end: the real meter process (`joulecheck run`) against a fake powercap tree whose energy_uj files
// are advanced by a writer at a KNOWN power profile (a wrap and a hex zone included) and a fake nvidia-smi
// streaming known power for 8 GPUs. Measured machine energies must match the profiles within 0.5%.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunLog } from '../../src/log/reader.ts';
import { Summary } from '../../src/model/summary.ts';
import { buildPowercapTree, intelLayout, profileEnergyJ, type PowerProfile } from '../fakes/powercap.ts';
import { meter, tempDir } from './helpers.ts';
import { readFileSync } from 'node:fs';

const WRITER = resolve(import.meta.dirname, '../fakes/powercap-writer.ts');
const FAKE_SMI = resolve(import.meta.dirname, '../fakes/nvidia-smi');

describe('joulecheck run, end to end on fake sensors', () => {
  it('RAPL (dies summed, hex zone wrapping, psys/mmio not counted) and 8 GPUs within 0.5% of their profiles', async () => {
    const dir = tempDir('jc-e2e-');
    const tree = buildPowercapTree(dir, intelLayout());
    const D = 2.5;
    // package-0: 30 W then 80 W; package-1 dies: 20 W and 45 W (the hex die wraps its 60 J range after ~1 s)
    const zones: Record<string, PowerProfile> = {
      'intel-rapl:0': [[0, 30], [1.2, 80]],
      'intel-rapl:1': [[0, 20]],
      'intel-rapl:a': [[0, 45]],
      'intel-rapl:0:2': [[0, 6]],
      'intel-rapl:1:1': [[0, 4], [2, 9]],
      'intel-rapl:b': [[0, 500]], // psys contains the packages: must not be counted
      'intel-rapl-mmio:0': [[0, 300]], // duplicates package-0: must not be counted
    };
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ zones, period_ms: 20, duration_s: D }));
    const gpus = Array.from({ length: 8 }, (_, i) => ({ power: [[0, 100 + 25 * i]], util: [[0, 60]] }));
    const scenario = join(dir, 'gpus.json');
    writeFileSync(scenario, JSON.stringify({ gpus }));
    const out = join(dir, 'out');
    // the metered command IS the writer: the meter primes before it advances the counters and takes its last
    // read after the writer wrote the exact value at D, so the truth is the profile's energy over [0, D]
    const r = await meter(
      ['--out', out, '--label', 'e2e', '--powercap-root', tree.root, '--gpu-sensor', 'nvidia-smi', '--nvidia-smi', FAKE_SMI, '--interval-ms', '100', '--',
        process.execPath, WRITER, tree.root, profile],
      { env: { JOULECHECK_FAKE_NVSMI: scenario } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ready .*\ndone 2\.5\n$/);
    const s = Summary.parse(JSON.parse(readFileSync(join(out, 'e2e-1.summary.json'), 'utf8')));
    const log = await readRunLog(join(out, 'e2e-1.log.ndjson'));

    const pkgTruth = profileEnergyJ(zones['intel-rapl:0']!, D) + profileEnergyJ(zones['intel-rapl:1']!, D) + profileEnergyJ(zones['intel-rapl:a']!, D);
    const dramTruth = profileEnergyJ(zones['intel-rapl:0:2']!, D) + profileEnergyJ(zones['intel-rapl:1:1']!, D);
    expect(s.methods.cpu).toMatchObject({ kind: 'measured', sensor: 'rapl' });
    expect(s.methods.dram).toMatchObject({ kind: 'measured', sensor: 'rapl' });
    expect(Math.abs(s.energy_j.machine.cpu - pkgTruth) / pkgTruth).toBeLessThan(0.005);
    expect(Math.abs(s.energy_j.machine.dram - dramTruth) / dramTruth).toBeLessThan(0.005);
    expect(log.header.rapl?.zones.filter((z) => z.counted).map((z) => z.id).sort()).toEqual(
      ['intel-rapl:0', 'intel-rapl:0:2', 'intel-rapl:1', 'intel-rapl:1:1', 'intel-rapl:a'],
    );

    // GPUs: constant power each, streamed by the fake; truth = sum of powers x the metered time
    expect(s.methods.gpu).toMatchObject({ kind: 'measured', sensor: 'nvidia-smi' });
    expect(log.header.host.gpus).toHaveLength(8);
    const metered = log.samples.reduce((a, x) => a + x.dt, 0);
    const gpuTruth = gpus.reduce((a, g) => a + g.power[0]![1]!, 0) * metered;
    expect(Math.abs(s.energy_j.machine.gpu - gpuTruth) / gpuTruth).toBeLessThan(0.005);
    expect(log.footer).toMatchObject({ exit_code: 0 });
  });
});
