import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverRapl, openRapl, parseCounter, resumeRapl, roleOf } from '../../../src/meter/rapl/powercap.ts';
import { amdLayout, buildPowercapTree, intelLayout, PowercapWriter, profileEnergyJ } from '../../fakes/powercap.ts';
import type { FakeZone, PowerProfile } from '../../fakes/powercap.ts';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'jc-powercap-'));
  chmodSync(d, 0o755); // the non-root child of the permission test must be able to walk it
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const within = (got: number, want: number, rel = 0.005): void => {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(Math.abs(want) * rel);
};

// Known power per zone: steps, so a meter that mis-times or drops an interval is off by far more than 0.5%.
const PROFILES: Record<string, PowerProfile> = {
  'intel-rapl:0': [[0, 35], [1.2, 80], [3.1, 20]],
  'intel-rapl:1': [[0, 15], [2.0, 60]],
  'intel-rapl:a': [[0, 25], [0.7, 55]], // 60 J range, starts 1 J below it: wraps several times
  'intel-rapl:0:2': [[0, 6], [2.5, 9]],
  'intel-rapl:1:1': [[0, 4]],
  // zones that must NOT be summed: psys contains the packages, mmio duplicates package-0, core is inside package
  'intel-rapl:b': [[0, 500]],
  'intel-rapl-mmio:0': [[0, 300]],
  'intel-rapl:0:0': [[0, 200]],
};
const PKG = ['intel-rapl:0', 'intel-rapl:1', 'intel-rapl:a'];
const DRAM = ['intel-rapl:0:2', 'intel-rapl:1:1'];
const truth = (ids: string[], t1: number, t2: number): number =>
  ids.reduce((s, id) => s + profileEnergyJ(PROFILES[id]!, t2) - profileEnergyJ(PROFILES[id]!, t1), 0);

describe('discoverRapl', () => {
  it('counts packages (dies summed, hex ids) and dram; not psys, mmio, core, uncore', async () => {
    const tree = buildPowercapTree(tmp(), intelLayout());
    const d = await discoverRapl(tree.root);
    const counted = d.zones.filter((z) => z.counted).map((z) => z.id).sort();
    expect(counted).toEqual(['intel-rapl:0', 'intel-rapl:0:2', 'intel-rapl:1', 'intel-rapl:1:1', 'intel-rapl:a']);
    const byId = new Map(d.zones.map((z) => [z.id, z]));
    expect(byId.get('intel-rapl:a')).toMatchObject({ name: 'package-1-die-1', role: 'package', max_energy_range_uj: 60_000_000 });
    expect(byId.get('intel-rapl:b')).toMatchObject({ role: 'psys', counted: false });
    expect(byId.get('intel-rapl-mmio:0')).toMatchObject({ role: 'package', counted: false });
    expect(byId.get('intel-rapl:0:1')).toMatchObject({ role: 'uncore', counted: false });
    expect(d.cpu).toMatchObject({ kind: 'measured', sensor: 'rapl' });
    expect(d.dram).toMatchObject({ kind: 'measured', sensor: 'rapl' });
    expect(d.notes.join('\n')).toMatch(/psys/);
    expect(d.notes.join('\n')).toMatch(/mmio/);
  });

  it('finds child zones nested under their package when the class dir links only packages', async () => {
    const tree = buildPowercapTree(tmp(), intelLayout(), { flat: false });
    const d = await discoverRapl(tree.root);
    expect(d.zones.filter((z) => z.counted && z.role === 'dram').map((z) => z.id).sort()).toEqual(['intel-rapl:0:2', 'intel-rapl:1:1']);
    const w = new PowercapWriter(tree.root.replace(/class\/powercap$/, 'devices/virtual/powercap/intel-rapl/intel-rapl:0'), {
      'intel-rapl:0:2': [[0, 10]],
    });
    const m = openRapl(d)!;
    w.writeAt(0);
    m.read();
    w.writeAt(2);
    expect(m.read().dram).toBeCloseTo(20, 6);
  });

  it('AMD: package measured, dram none with the reason', async () => {
    const tree = buildPowercapTree(tmp(), amdLayout());
    const d = await discoverRapl(tree.root);
    expect(d.cpu.kind).toBe('measured');
    expect(d.dram.kind).toBe('none');
    expect(d.dram.detail).toMatch(/AMD/);
    expect(d.zones.map((z) => [z.id, z.role, z.counted])).toEqual([
      ['intel-rapl:0', 'package', true],
      ['intel-rapl:0:0', 'core', false],
    ]);
  });

  it('missing root, empty root and garbage files give notes, never a throw', async () => {
    const base = tmp();
    const missing = await discoverRapl(join(base, 'nope'));
    expect(missing.cpu.kind).toBe('none');
    expect(missing.notes[0]).toMatch(/not found/);
    expect(openRapl(missing)).toBeNull();

    const empty = await discoverRapl(base);
    expect(empty.cpu.kind).toBe('none');
    expect(empty.notes[0]).toMatch(/no intel-rapl zones/);

    const zones: FakeZone[] = [
      { id: 'intel-rapl:0', name: 'package-0', max_energy_range_uj: 1000, garbage: 'banana\n' },
      { id: 'intel-rapl:1', name: 'package-1', max_energy_range_uj: 1000, energy_uj: 7 },
    ];
    const tree = buildPowercapTree(join(base, 'g'), zones);
    writeFileSync(join(tree.files['intel-rapl:1']!, '..', 'max_energy_range_uj'), 'x\n');
    const g = await discoverRapl(tree.root);
    expect(g.zones.find((z) => z.id === 'intel-rapl:0')!.counted).toBe(false);
    expect(g.notes.some((n) => n.includes('intel-rapl:0') && n.includes('not a number'))).toBe(true);
    expect(g.notes.some((n) => n.includes('intel-rapl:1') && n.includes('max_energy_range_uj'))).toBe(true);
    expect(g.cpu.kind).toBe('none'); // a partial package sum would under-count silently
  });

  it('parses counters strictly', () => {
    expect(parseCounter('123456\n')).toBe(123456);
    expect(parseCounter('')).toBeNull();
    expect(parseCounter('-5\n')).toBeNull();
    expect(parseCounter('12a')).toBeNull();
    expect(parseCounter('1 2\n')).toBeNull();
    expect(parseCounter('\n')).toBeNull();
    expect(parseCounter('123\n'.padEnd(24, ' '))).toBe(123); // the fake writer's fixed-width text
    expect(parseCounter('262143328850\r\n')).toBe(262143328850);
    expect(parseCounter('1'.repeat(21))).toBeNull();
    expect(parseCounter('9007199254740993\n')).toBeNull(); // beyond 2^53: not exact
    expect(roleOf('package-0-die-1')).toBe('package');
    expect(roleOf('psys')).toBe('psys');
  });
});

describe('openRapl read()', () => {
  it('matches the known profile within 0.5% across wraps, dies summed, no double counting', async () => {
    const tree = buildPowercapTree(tmp(), intelLayout());
    const w = new PowercapWriter(tree.root, PROFILES);
    const m = openRapl(await discoverRapl(tree.root))!;
    w.writeAt(0);
    expect(m.read()).toEqual({ pkg: 0, dram: 0 }); // primes
    let pkg = 0;
    let dram = 0;
    let wraps = 0;
    let prevA = w.valueAt('intel-rapl:a', 0);
    for (let i = 1; i <= 40; i++) {
      const t = i * 0.1;
      w.writeAt(t);
      const a = w.valueAt('intel-rapl:a', t);
      if (a < prevA) wraps++;
      prevA = a;
      const r = m.read();
      pkg += r.pkg!;
      dram += r.dram!;
    }
    expect(wraps).toBeGreaterThanOrEqual(2);
    within(pkg, truth(PKG, 0, 4));
    within(dram, truth(DRAM, 0, 4));
    // Summing psys/mmio/core too would have added >= 4 kJ; check it is really excluded.
    expect(pkg).toBeLessThan(truth(PKG, 0, 4) + 1);
  });

  it('hands its open counters to a resumed meter (another thread) without losing or repeating energy', async () => {
    const tree = buildPowercapTree(tmp(), intelLayout());
    const w = new PowercapWriter(tree.root, PROFILES);
    const a = openRapl(await discoverRapl(tree.root))!;
    w.writeAt(0);
    a.read();
    let pkg = 0;
    let dram = 0;
    for (let i = 1; i <= 12; i++) {
      w.writeAt(i * 0.1);
      const r = a.read();
      pkg += r.pkg!;
      dram += r.dram!;
    }
    // the thread boundary: plain data only (fds are the process's)
    const state = structuredClone(a.handOver!());
    expect(() => a.handOver!()).toThrow(/handed over/);
    a.close?.(); // a no-op now: closing here would pull the fds from under the receiver
    const b = resumeRapl(state);
    for (let i = 13; i <= 40; i++) {
      w.writeAt(i * 0.1);
      const r = b.read();
      pkg += r.pkg!;
      dram += r.dram!;
    }
    within(pkg, truth(PKG, 0, 4));
    within(dram, truth(DRAM, 0, 4));
    b.close?.();
  });

  it('AMD package across its 32-bit wrap', async () => {
    const tree = buildPowercapTree(tmp(), amdLayout());
    const w = new PowercapWriter(tree.root, { 'intel-rapl:0': [[0, 120]] });
    const m = openRapl(await discoverRapl(tree.root))!;
    m.read();
    let pkg = 0;
    for (let t = 0.5; t <= 3; t += 0.5) {
      w.writeAt(t);
      const r = m.read();
      expect(r.dram).toBeNull();
      pkg += r.pkg!;
    }
    within(pkg, 360);
  });

  it('a garbage read is a gap whose energy reaches the next good read', async () => {
    const tree = buildPowercapTree(tmp(), amdLayout());
    const w = new PowercapWriter(tree.root, { 'intel-rapl:0': [[0, 50]] });
    const m = openRapl(await discoverRapl(tree.root))!;
    m.read();
    w.writeAt(1);
    expect(m.read().pkg).toBeCloseTo(50, 6);
    writeFileSync(tree.files['intel-rapl:0']!, '');
    expect(m.read().pkg).toBeNull();
    w.writeAt(3);
    expect(m.read().pkg).toBeCloseTo(100, 6);
  });

  it('keeps its energy_uj files open (one pread per read), and still follows a file replaced by rename', async () => {
    const tree = buildPowercapTree(tmp(), amdLayout());
    const file = tree.files['intel-rapl:0']!;
    const w = new PowercapWriter(tree.root, { 'intel-rapl:0': [[0, 50]] });
    const m = openRapl(await discoverRapl(tree.root))!;
    const fdsOpen = (): number => readdirSync('/proc/self/fd').filter((fd) => { try { return readlinkSync(`/proc/self/fd/${fd}`) === file; } catch { return false; } }).length;
    m.read();
    // the writer updates in place, as sysfs does: the same open file serves every read
    w.writeAt(1);
    expect(m.read().pkg).toBeCloseTo(50, 6);
    expect(fdsOpen()).toBe(1);
    // a copied tree refreshed by rename: the open fd shows the old inode (a value that did not move), so
    // the meter reopens the path and finds the new value
    const replace = (uj: number): void => {
      writeFileSync(`${file}.new`, `${uj}\n`);
      renameSync(`${file}.new`, file);
    };
    replace(w.valueAt('intel-rapl:0', 2));
    expect(m.read().pkg).toBeCloseTo(50, 6);
    replace(w.valueAt('intel-rapl:0', 2.5));
    expect(m.read().pkg).toBeCloseTo(25, 6);
    m.close!();
    expect(fdsOpen()).toBe(0);
  });

  it('reads a tree advanced by the writer script in another process (wraps included)', async () => {
    const base = tmp();
    const tree = buildPowercapTree(base, intelLayout());
    const profile = join(base, 'profile.json');
    const duration = 1.6;
    writeFileSync(profile, JSON.stringify({ zones: PROFILES, period_ms: 20, duration_s: duration }));
    const m = openRapl(await discoverRapl(tree.root))!;
    m.read();
    const script = resolve('test/fakes/powercap-writer.ts');
    const child = spawn(process.execPath, [script, base, profile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    let pkg = 0;
    let dram = 0;
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      await new Promise((r) => setTimeout(r, 25));
      const r = m.read();
      pkg += r.pkg ?? NaN;
      dram += r.dram ?? NaN;
    }
    expect(await exited, err).toBe(0);
    expect(out).toMatch(/^ready /);
    expect(out).toMatch(new RegExp(`done ${duration}`));
    const r = m.read();
    pkg += r.pkg!;
    dram += r.dram!;
    within(pkg, truth(PKG, 0, duration));
    within(dram, truth(DRAM, 0, duration));
  });
});

describe('powercap-writer script', () => {
  it('builds a layout into an empty dir, runs until SIGTERM, and leaves the exact value at its stop time', async () => {
    const base = join(tmp(), 'tree');
    const profile = join(base + '-profile.json');
    writeFileSync(profile, JSON.stringify({ layout: 'amd', period_ms: 50, zones: { 'intel-rapl:0': [[0, 40]] } }));
    const child = spawn(process.execPath, [resolve('test/fakes/powercap-writer.ts'), base, profile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    while (!out.includes('\n')) await new Promise((r) => setTimeout(r, 20));
    const root = /^ready (.*)$/m.exec(out)![1]!;
    expect(root).toBe(join(base, 'class', 'powercap'));
    const d = await discoverRapl(root);
    expect(d.cpu.kind).toBe('measured');
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const t = Number(/^done (\S+)$/m.exec(out)![1]);
    expect(t).toBeGreaterThan(0.2);
    const start = amdLayout()[0]!.energy_uj!;
    const want = (start + Math.round(40 * t * 1e6)) % amdLayout()[0]!.max_energy_range_uj;
    expect(Number(readFileSync(join(root, 'intel-rapl:0', 'energy_uj'), 'utf8'))).toBe(want);
  });
});

describe('root-only energy_uj (Linux >= 5.10)', () => {
  it('a non-root runner gets status none with the exact fix, and the estimate is announced', () => {
    const tree = buildPowercapTree(tmp(), intelLayout().map((z) => ({ ...z, mode: 0o400 })));
    const mod = resolve('src/meter/rapl/powercap.ts');
    // Tests run as root, where chmod denies nothing: discover from a child running as nobody (65534).
    const code = `import { discoverRapl, openRapl } from ${JSON.stringify(mod)};
      const d = await discoverRapl(${JSON.stringify(tree.root)});
      console.log(JSON.stringify({ d, meter: openRapl(d) === null ? null : 'open' }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, USER: 'runner' },
      timeout: 15_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const { d, meter } = JSON.parse(r.stdout) as { d: Awaited<ReturnType<typeof discoverRapl>>; meter: null | string };
    expect(meter).toBeNull();
    expect(d.cpu.kind).toBe('none');
    expect(d.dram.kind).toBe('none');
    const detail = d.cpu.detail!;
    expect(detail).toMatch(/CVE-2020-8694/);
    expect(detail).toContain("runner user 'runner'");
    expect(detail).toContain('sudo usermod -aG powercap runner');
    expect(detail).toContain(`sudo chgrp powercap ${tree.root}/intel-rapl:0/energy_uj`);
    expect(detail).toContain('chmod g+r');
    expect(detail).toMatch(/udev/);
    expect(detail).toMatch(/estimated instead/);
    // only the zones we would count are named in the fix, not psys/mmio
    expect(detail).not.toContain('intel-rapl:b/energy_uj');
    expect(d.zones.every((z) => !z.counted)).toBe(true);
    // sanity: the same tree is readable as root, so the child really was denied by the OS
    expect(readFileSync(tree.files['intel-rapl:0']!, 'utf8').trim()).toBe('1000000');
  });
});
