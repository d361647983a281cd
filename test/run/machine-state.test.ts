// Machine state before an A/B run, read from a fake powercap tree advancing at a known power (written by
// PowercapWriter, read through sysfs-like files) and the fake nvidia-smi answering --query-gpu.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGpuState, probeMachine, probeMachineState } from '../../src/run/machine-state.ts';
import { sessionIdle } from '../../src/run/ab.ts';
import { buildMeterContext } from '../../src/run/meter-context.ts';
import { DEFAULT_OPTIONS } from '../../src/run/options.ts';
import { buildPowercapTree, intelLayout, PowercapWriter } from '../fakes/powercap.ts';

const FAKE_SMI = resolve(import.meta.dirname, '../fakes/nvidia-smi');
let writer: PowercapWriter | null = null;
afterEach(() => {
  writer?.stop();
  writer = null;
});

describe('parseGpuState', () => {
  it('takes the hottest GPU, the slowest SM clock and the summed power; [N/A] gives no field', () => {
    expect(parseGpuState('51, 1980, 100.00\n58, 1755, 70.50\n')).toEqual({ gpu_temp_c: 58, sm_clock_mhz: 1755, gpu_w: 170.5 });
    expect(parseGpuState('[N/A], [N/A], 100.00\n')).toEqual({ gpu_w: 100 });
    expect(parseGpuState('')).toEqual({});
    // with the UUID column: each GPU's power by UUID too
    expect(parseGpuState('51, 1980, 100.00, GPU-a1\n58, 1755, 70.50, GPU-b2\n')).toEqual({ gpu_temp_c: 58, sm_clock_mhz: 1755, gpu_w: 170.5, per_gpu_w: { 'GPU-a1': 100, 'GPU-b2': 70.5 } });
  });
});

describe('probeMachineState', () => {
  it('reads idle power from RAPL over a short window plus the GPUs, and their temperature and clocks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-state-'));
    const tree = buildPowercapTree(dir, intelLayout());
    // 40 W package, 6 W dram, constant
    const zones = Object.fromEntries(
      tree.zones.filter((z) => /^intel-rapl:\d$/.test(z.id) || z.name === 'dram').map((z) => [z.id, [[0, z.name === 'dram' ? 6 : 40]] as [number, number][]]),
    );
    writer = new PowercapWriter(tree.root, zones);
    writer.start(10);
    const scenario = join(dir, 'smi.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        gpus: [
          { name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-a', power: [[0, 100]], temp: [[0, 51]], sm_clock: [[0, 1980]] },
          { name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-b', power: [[0, 70]], temp: [[0, 58]], sm_clock: [[0, 1755]] },
        ],
      }),
    );
    const env = { ...process.env, JOULECHECK_FAKE_NVSMI: scenario };
    const ctx = await buildMeterContext({ ...DEFAULT_OPTIONS, powercapRoot: tree.root, nvidiaSmi: FAKE_SMI, intensity: 300 }, env);
    const packages = tree.zones.filter((z) => /^intel-rapl:\d$/.test(z.id)).length;
    const drams = tree.zones.filter((z) => z.name === 'dram').length;
    // a long window: the writer's last update lags the read by up to a timer delay, which on a loaded
    // machine is tens of ms; over 1 s that stays within the tolerance below
    const s = await probeMachineState(ctx, { nvidiaSmi: FAKE_SMI, env, windowMs: 1000 });
    expect(s.gpu_temp_c).toBe(58);
    expect(s.sm_clock_mhz).toBe(1755);
    const expected = 40 * packages + 6 * drams + 170;
    expect(s.idle_w).toBeGreaterThan(expected - 0.1 * (expected - 170));
    expect(s.idle_w).toBeLessThan(expected + 0.1 * (expected - 170));
    // the same per component, for the active energy: package, dram, each GPU by UUID
    const { idle } = await probeMachine(ctx, { nvidiaSmi: FAKE_SMI, env, windowMs: 1000 });
    expect(idle.cpu!).toBeGreaterThan(40 * packages * 0.9);
    expect(idle.cpu!).toBeLessThan(40 * packages * 1.1);
    expect(idle.dram!).toBeGreaterThan(6 * drams * 0.9);
    expect(idle.dram!).toBeLessThan(6 * drams * 1.1);
    expect(idle.gpu).toEqual({ 'GPU-a': 100, 'GPU-b': 70 });
  });

  it('the session idle is the lowest reading per component and GPU; nothing read gives none', () => {
    const s = sessionIdle([{ cpu: 50, dram: 7, gpu: { 'GPU-a': 90 } }, { cpu: 42, gpu: { 'GPU-a': 95, 'GPU-b': 60 } }, { dram: 6.5 }]);
    expect(s).toEqual({ cpu: 42, dram: 6.5, gpu: { 'GPU-a': 90, 'GPU-b': 60 }, source: expect.stringMatching(/lowest of 3 readings before the A\/B's runs/) });
    expect(sessionIdle([{}, {}])).toBeNull();
    expect(sessionIdle([])).toBeNull();
  });

  it('gives no field for a sensor that is not there (no RAPL, no nvidia-smi)', async () => {
    const ctx = await buildMeterContext({ ...DEFAULT_OPTIONS, powercapRoot: '/nonexistent', nvidiaSmi: 'none', intensity: 300 }, {});
    expect(await probeMachineState(ctx, { nvidiaSmi: null, windowMs: 20 })).toEqual({});
  });
});
