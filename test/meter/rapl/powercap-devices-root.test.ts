// A powercap root that is a copy of /sys/devices/virtual/powercap (what a container mounting only the
// zone directories sees): zones sit under their control type (intel-rapl/intel-rapl:0/...). Discovery
// accepted it; the meter must then read the same files, not paths of the class-dir layout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverRaplSync, openRapl, zonePath } from '../../../src/meter/rapl/powercap.ts';
import { buildPowercapTree, intelLayout, PowercapWriter } from '../../fakes/powercap.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-devroot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a devices/ copy as the powercap root', () => {
  it('the counted zones are read where discovery found them, and their energy is the writer\'s', () => {
    const tree = buildPowercapTree(dir, intelLayout());
    const devRoot = join(dir, 'devices', 'virtual', 'powercap');
    expect(zonePath(devRoot, 'intel-rapl:0')).toBe(join(devRoot, 'intel-rapl', 'intel-rapl:0', 'energy_uj'));
    expect(zonePath(devRoot, 'intel-rapl:0:2')).toBe(join(devRoot, 'intel-rapl', 'intel-rapl:0', 'intel-rapl:0:2', 'energy_uj'));
    expect(zonePath(tree.root, 'intel-rapl:0:2')).toBe(join(tree.root, 'intel-rapl:0:2', 'energy_uj'));
    const d = discoverRaplSync(devRoot);
    expect([d.cpu.kind, d.dram.kind]).toEqual(['measured', 'measured']);
    const w = new PowercapWriter(tree.root, { 'intel-rapl:0': [[0, 50]], 'intel-rapl:0:2': [[0, 10]] });
    w.writeAt(0);
    const m = openRapl(d)!;
    expect(m.read()).toEqual({ pkg: 0, dram: 0 }); // primes
    w.writeAt(2);
    const r = m.read();
    m.close?.();
    expect(r.pkg).toBeCloseTo(100, 6); // 50 W x 2 s on package-0; the other packages did not move
    expect(r.dram).toBeCloseTo(20, 6);
  });
});
