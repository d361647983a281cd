// No result of doctor or of a metered run depends on the machine that runs the tests: every fact they read
// about the machine (CPU vendor and model, memory size, NVIDIA device nodes, the PID namespace) comes from
// JOULECHECK_HOST_ROOT. Each shape is run as a user runs it, the CLI in a child process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DoctorReport } from '../../src/model/doctor.ts';
import { readHostFacts } from '../../src/doctor/facts.ts';
import { buildHostRoot, FAKE_CPU_MODEL, type FakeHost } from '../fakes/host-root.ts';
import { amdLayout, buildPowercapTree } from '../fakes/powercap.ts';

const CLI = resolve('src/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'jc-host-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const sub = () => join(dir, String(n++));
const BASE_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp' };

const SHAPES: FakeHost[] = [
  { vendor: 'intel', nvidiactl: false, memKb: 8_000_000 },
  { vendor: 'intel', nvidiactl: true, memKb: 8_000_000 },
  { vendor: 'amd', nvidiactl: false, memKb: 32_000_000 },
  { vendor: 'amd', nvidiactl: true, memKb: 32_000_000 },
];

describe.each(SHAPES)('a $vendor host, /dev/nvidiactl $nvidiactl', (shape) => {
  const host = buildHostRoot(sub(), shape);
  const env = { ...BASE_ENV, JOULECHECK_HOST_ROOT: host };

  it('the host facts are the tree\'s', () => {
    const f = readHostFacts(env);
    expect(f.vendor).toBe(shape.vendor);
    expect(f.cpuModel).toBe(FAKE_CPU_MODEL[shape.vendor]);
    expect(f.memTotalBytes).toBe(shape.memKb! * 1024);
    expect(f.pidNs).toBe('pid:[4026531836]');
    expect(f.hypervisor).toBeNull();
  });

  it('doctor words the missing dram zone by the faked vendor and takes no device node alone for a GPU', () => {
    const tree = buildPowercapTree(sub(), amdLayout());
    const r = spawnSync(process.execPath, [CLI, 'doctor', '--powercap-root', tree.root, '--gpu-sensor', 'none', '--format', 'json'], { encoding: 'utf8', env });
    const rep = DoctorReport.parse(JSON.parse(r.stdout));
    const dram = rep.checks.find((c) => c.id === 'rapl.read.dram')!;
    if (shape.vendor === 'amd') expect(dram.detail).toMatch(/^no RAPL dram zone: AMD Zen exposes package and core only/);
    else expect(dram.detail).toMatch(/^no RAPL dram zone \(normal on most client and some server CPUs\)/);
    const gpu = rep.checks.find((c) => c.id === 'gpu.sensor')!;
    // /dev/nvidiactl alone is no GPU (a container runtime creates it without one)
    expect(gpu.detail).not.toContain('although a GPU is present');
  });

  it('a metered run records the faked CPU model and memory, and estimates DRAM from that memory', () => {
    const out = sub();
    mkdirSync(out);
    const r = spawnSync(process.execPath, [CLI, 'run', '--out', out, '--label', 'h', '--powercap-root', sub(), '--nvidia-smi', 'none', '--', 'sleep', '0.2'], { encoding: 'utf8', env, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const header = JSON.parse(readFileSync(join(out, 'h-1.log.ndjson'), 'utf8').split('\n')[0]!) as { host: { cpu_model: string; mem_total_bytes: number } };
    expect(header.host.cpu_model).toBe(FAKE_CPU_MODEL[shape.vendor]);
    expect(header.host.mem_total_bytes).toBe(shape.memKb! * 1024);
    const summary = JSON.parse(readFileSync(join(out, 'h-1.summary.json'), 'utf8')) as { methods: { dram: { kind: string; detail?: string } } };
    expect(summary.methods.dram.kind).toBe('estimated');
    // the codecarbon RAM model: 3 W per 8 GB of the faked memory
    const gb = (shape.memKb! * 1024) / 1e9;
    expect(summary.methods.dram.detail).toContain(`${gb.toFixed(1)} GB`);
  });
});
