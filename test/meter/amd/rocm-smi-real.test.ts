// joulecheck against the REAL ROCm SMI library (Debian's librocm-smi64-1 5.2.3) reading a fake amdgpu/KFD
// sysfs tree (test/fakes/amd-sysfs.ts) bind-mounted over /sys/class in a private mount namespace
// (unshare -m): the tree's power, energy accumulator and busy files follow a scenario written by another
// process, and the processes using the GPUs appear under kfd/kfd/proc/<pid> as on a real driver. The
// figures: machine GPU energy against the scenario's exact integral, the sole tenant's share, a competitor
// at half the step's activity; and the fallbacks when the library is missing, init fails or the counter is
// unsupported. Needs root (unshare, mount), gcc, librocm-smi64-1 and librocm-smi-dev: fails without them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DoctorReport } from '../../../src/model/doctor.ts';
import { ROCM_SMI_PROTOTYPES, RSMI_PROCESS_INFO, functionName } from '../../../src/meter/amd/rocm-smi.ts';
import {
  addKfdProcess, buildAmdSysfs, DEBIAN_ROCM_SMI, INSTALL, removeKfdProcess, rocmLayout, stepIntegral, type AmdScenario, type FakeAmdGpu, type RocmLayout,
} from '../../fakes/amd-sysfs.ts';

const CLI = resolve('src/cli.ts');
const WRITER = resolve('test/fakes/amd-sysfs-writer.ts');
const KFD_PROC = resolve('test/fakes/amd-kfd-process.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jc-rocm-'));
let n = 0;
const sub = (): string => join(dir, String(n++));
let layout: RocmLayout;
let layoutPath: string;

beforeAll(() => {
  // a missing tool fails every test here (never a skip): what to install is in the message
  if (spawnSync('unshare', ['-m', 'true']).status !== 0) throw new Error('unshare -m failed: these tests need root and util-linux (they bind-mount a fake sysfs in a private mount namespace)');
  layout = rocmLayout();
  layoutPath = join(dir, 'layout.json');
  writeFileSync(layoutPath, JSON.stringify(layout));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** argv run with `classDir` mounted over /sys/class, in a mount namespace of its own. */
function inNamespace(classDir: string, argv: string[]): string[] {
  return ['unshare', '-m', 'sh', '-c', 'mount --bind "$0" /sys/class && exec "$@"', classDir, ...argv];
}

function run(argv: string[], timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const p = spawn(argv[0]!, argv.slice(1), { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('close', (code) => {
      clearTimeout(t);
      res({ code, stdout, stderr });
    });
  });
}

async function startWriter(classDir: string, sc: AmdScenario): Promise<{ p: ChildProcess; epoch0: number }> {
  const f = join(sub() + '.json');
  writeFileSync(f, JSON.stringify(sc));
  const p = spawn(process.execPath, [WRITER, classDir, f, layoutPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const epoch0 = await new Promise<number>((res, rej) => {
    let buf = '';
    p.stdout!.on('data', (d) => {
      buf += d;
      const m = /ready (\d+(\.\d+)?)/.exec(buf);
      if (m) res(Number(m[1]));
    });
    p.on('exit', (c) => rej(new Error(`writer exited ${c}`)));
  });
  return { p, epoch0 };
}

interface Summary {
  exit_code: number;
  duration_s: number;
  energy_j: { machine: { gpu: number }; attributed: { gpu: number } };
  methods: { gpu: { kind: string; sensor?: string; detail?: string } };
}
interface Header {
  started_at: string;
  sensors: { gpu: { kind: string; sensor?: string; detail?: string }; notes: string[] };
  gpu_sampling?: { sensor?: string; method: string };
  host: { gpus: Array<{ uuid: string; name: string; power_limit_w?: number | null }> };
}

/** `joulecheck run` in the namespace; returns the summary, the log's header, samples and events. */
async function meter(classDir: string, args: string[], command: string[]) {
  const out = sub();
  const r = await run(inNamespace(classDir, [process.execPath, CLI, 'run', '--out', out, '--label', 'r', '--powercap-root', sub(), '--interval-ms', '100', ...args, '--', ...command]));
  let lines: Array<Record<string, unknown>>;
  try {
    lines = readFileSync(join(out, 'r-1.log.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  } catch {
    throw new Error(`no log (exit ${r.code}): ${r.stderr}`);
  }
  const summary = JSON.parse(readFileSync(join(out, 'r-1.summary.json'), 'utf8')) as Summary;
  const header = lines[0] as unknown as Header;
  const samples = lines.filter((l) => l.type === 'sample') as Array<{ t: number; dt: number; gpu?: Array<{ u: string; j: number | null; sole?: boolean; sm: number | null; util: number | null }> }>;
  const events = lines.filter((l) => l.type === 'event').map((l) => String(l.message));
  return { code: r.code, stderr: r.stderr, summary, header, samples, events };
}

/** The scenario's energy over the run, from the log's own start and the summed interval lengths. */
function integralOverRun(sc: AmdScenario, epoch0: number, header: Header, samples: Array<{ dt: number }>, gpus: number[]): number {
  const a = (Date.parse(header.started_at) - epoch0) / 1000;
  const b = a + samples.reduce((s, x) => s + x.dt, 0);
  return gpus.reduce((s, i) => s + stepIntegral(sc.gpus[i]!.steps, a, b), 0);
}

const twoGpus: FakeAmdGpu[] = [
  { bus: 3, gpuId: 53657, name: 'AMD Instinct MI210', uniqueId: '8c1f2a3b4d5e6f70' },
  { bus: 4, gpuId: 41022, name: 'AMD Instinct MI210', uniqueId: '8c1f2a3b4d5e6f71' },
];

describe('the real ROCm SMI library on a fake sysfs', () => {
  it('every function the binding binds is exported by the real library, and the struct layout is the header\'s', () => {
    const syms = spawnSync('nm', ['-D', '--defined-only', DEBIAN_ROCM_SMI], { encoding: 'utf8' });
    if (syms.status !== 0) throw new Error(`nm failed on ${DEBIAN_ROCM_SMI}: ${INSTALL} (and binutils)`);
    for (const p of Object.values(ROCM_SMI_PROTOTYPES)) expect(syms.stdout).toMatch(new RegExp(`\\bT ${functionName(p)}$`, 'm'));
    expect(RSMI_PROCESS_INFO).toEqual(layout.process_info);
  });

  it('sole tenant on one of two GPUs: machine energy within 0.5 % of the scenario, the step gets its GPU whole', async () => {
    const tree = buildAmdSysfs(sub(), twoGpus);
    const sc: AmdScenario = { gpus: [{ steps: [[0, 120], [1.5, 280]], busy: 60 }, { steps: [[0, 90]], busy: 0 }] };
    const w = await startWriter(tree.classDir, sc);
    try {
      const r = await meter(tree.classDir, ['--gpu-sensor', 'rocm-smi', '--rocm-smi-lib', DEBIAN_ROCM_SMI], [process.execPath, KFD_PROC, tree.classDir, '3', '53657:52']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.summary.methods.gpu.kind).toBe('measured');
      expect(r.summary.methods.gpu.sensor).toBe('rocm-smi');
      expect(r.header.sensors.gpu.detail).toContain('energy counter (rsmi_dev_energy_count_get)');
      expect(r.header.gpu_sampling?.sensor).toBe('rocm-smi');
      expect(r.header.host.gpus.map((g) => g.uuid)).toEqual(['AMD-GPU-8c1f2a3b4d5e6f70', 'AMD-GPU-8c1f2a3b4d5e6f71']);
      expect(r.header.host.gpus[0]!.name).toBe('AMD Instinct MI210');
      expect(r.header.host.gpus[0]!.power_limit_w).toBe(300);
      const truth = integralOverRun(sc, w.epoch0, r.header, r.samples, [0, 1]);
      const machineErr = Math.abs(r.summary.energy_j.machine.gpu - truth) / truth;
      console.log(`rocm-smi sole: machine ${r.summary.energy_j.machine.gpu.toFixed(2)} J vs integral ${truth.toFixed(2)} J (${(machineErr * 100).toFixed(3)} %)`);
      expect(machineErr).toBeLessThan(0.005);
      const gpu0 = integralOverRun(sc, w.epoch0, r.header, r.samples, [0]);
      const share = r.summary.energy_j.attributed.gpu / gpu0;
      console.log(`rocm-smi sole: attributed ${r.summary.energy_j.attributed.gpu.toFixed(2)} J of GPU 0's ${gpu0.toFixed(2)} J (${(share * 100).toFixed(2)} %)`);
      expect(Math.abs(share - 1)).toBeLessThan(0.03);
      // the other GPU, which the step never touched, is not its
      const sole1 = r.samples.flatMap((s) => s.gpu ?? []).filter((g) => g.u.endsWith('71') && g.sole);
      expect(sole1).toHaveLength(0);
      expect(r.samples.flatMap((s) => s.gpu ?? []).filter((g) => g.u.endsWith('70') && g.sole).length).toBeGreaterThan(10);
    } finally {
      w.p.kill('SIGTERM');
    }
  });

  it('a competitor outside the tree at half the step\'s CU occupancy: the step gets 2/3 of its time on the GPU within 3 points', async () => {
    const tree = buildAmdSysfs(sub(), [twoGpus[0]!]);
    const sc: AmdScenario = { gpus: [{ steps: [[0, 240]], busy: 90 }] };
    const w = await startWriter(tree.classDir, sc);
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    addKfdProcess(tree.classDir, other.pid!, [{ gpuId: 53657, cusInUse: 26 }]);
    try {
      const times = sub() + '.json';
      const r = await meter(tree.classDir, ['--gpu-sensor', 'rocm-smi', '--rocm-smi-lib', DEBIAN_ROCM_SMI], [process.execPath, KFD_PROC, tree.classDir, '4', '53657:52', times]);
      expect(r.code, r.stderr).toBe(0);
      // the step used the GPU only while its KFD entry existed (not while node started or exited)
      const on = JSON.parse(readFileSync(times, 'utf8')) as { from: number; to: number };
      const a = Date.parse(r.header.started_at);
      const b = a + r.samples.reduce((s, x) => s + x.dt, 0) * 1000;
      const expected = ((2 / 3) * (Math.min(b, on.to) - Math.max(a, on.from))) / (b - a);
      const share = r.summary.energy_j.attributed.gpu / r.summary.energy_j.machine.gpu;

      console.log(`rocm-smi competitor at half: step share ${(share * 100).toFixed(2)} % (expected ${(expected * 100).toFixed(2)} %: 2/3 of its ${((on.to - on.from) / 1000).toFixed(2)} s on the GPU in a ${((b - a) / 1000).toFixed(2)} s run)`);
      expect(Math.abs(share - expected)).toBeLessThan(0.03);
      expect(r.samples.flatMap((s) => s.gpu ?? []).some((g) => g.sole)).toBe(false);
      expect(r.events.join('\n')).toContain('CU occupancy per process');
    } finally {
      removeKfdProcess(tree.classDir, other.pid!);
      other.kill();
      w.p.kill('SIGTERM');
    }
  });

  it('a 32-bit energy accumulator that wraps during the run is unwrapped, not taken for a reset', async () => {
    const tree = buildAmdSysfs(sub(), [twoGpus[0]!]);
    // 6 s of 200 W before 2^32 counts of 15.3 µJ: after the meter's start even when a loaded machine delays
    // it by seconds, before the end of the 9 s step
    const sc: AmdScenario = { start_counts: 2 ** 32 - Math.round((200 * 6 * 1e6) / 15.3), gpus: [{ steps: [[0, 200]], busy: 50 }] };
    const w = await startWriter(tree.classDir, sc);
    try {
      const r = await meter(tree.classDir, ['--gpu-sensor', 'rocm-smi', '--rocm-smi-lib', DEBIAN_ROCM_SMI], [process.execPath, KFD_PROC, tree.classDir, '9', '53657:52']);
      const truth = integralOverRun(sc, w.epoch0, r.header, r.samples, [0]);
      const err = Math.abs(r.summary.energy_j.machine.gpu - truth) / truth;
      console.log(`rocm-smi wrap: machine ${r.summary.energy_j.machine.gpu.toFixed(2)} J vs integral ${truth.toFixed(2)} J (${(err * 100).toFixed(3)} %)`);
      expect(err).toBeLessThan(0.005);
      expect(r.events.join('\n')).toMatch(/accumulator wrapped 1 time/);
    } finally {
      w.p.kill('SIGTERM');
    }
  });

  it('no energy counter (no gpu_metrics): polled power, labelled, with the library\'s NOT_SUPPORTED explained', async () => {
    const tree = buildAmdSysfs(sub(), [twoGpus[0]!]);
    const sc: AmdScenario = { gpus: [{ steps: [[0, 150]], busy: 40, metrics: false }] };
    const w = await startWriter(tree.classDir, sc);
    try {
      const r = await meter(tree.classDir, ['--gpu-sensor', 'rocm-smi', '--rocm-smi-lib', DEBIAN_ROCM_SMI], ['sh', '-c', 'sleep 2; exit 4']);
      expect(r.code).toBe(4);
      expect(r.summary.methods.gpu.kind).toBe('measured');
      expect(r.header.sensors.gpu.detail).toContain('polled power');
      expect(r.header.sensors.notes.join('\n')).toContain('rsmi_dev_energy_count_get on GPU 0 (AMD-GPU-8c1f2a3b4d5e6f70): RSMI_STATUS_NOT_SUPPORTED (2)');
      const truth = integralOverRun(sc, w.epoch0, r.header, r.samples, [0]);
      expect(Math.abs(r.summary.energy_j.machine.gpu - truth) / truth).toBeLessThan(0.05);
    } finally {
      w.p.kill('SIGTERM');
    }
  });

  it('rsmi_init failing (no amdgpu card in sysfs): no GPU, the code and its fix in the header, the exit code kept', async () => {
    const empty = join(sub(), 'class');
    mkdirSync(empty, { recursive: true });
    const r = await meter(empty, ['--gpu-sensor', 'rocm-smi', '--rocm-smi-lib', DEBIAN_ROCM_SMI], ['sh', '-c', 'exit 3']);
    expect(r.code).toBe(3);
    expect(r.summary.methods.gpu.kind).toBe('none');
    expect(r.header.sensors.notes.join('\n')).toMatch(/ROCm SMI not used: RSMI_STATUS_INIT_ERROR \(8\): rsmi_init failed .*; load the amdgpu driver/);
  });

  it('the library missing: no GPU, the path named with the fix; auto on a machine with neither vendor says both', async () => {
    const empty = join(sub(), 'class');
    mkdirSync(empty, { recursive: true });
    const r = await meter(empty, ['--gpu-sensor', 'rocm-smi', '--rocm-smi-lib', '/nonexistent/librocm_smi64.so.1'], ['sh', '-c', 'exit 0']);
    expect(r.code).toBe(0);
    expect(r.summary.methods.gpu.kind).toBe('none');
    expect(r.header.sensors.notes.join('\n')).toContain('check the path given to --rocm-smi-lib / rocm-smi-lib (/nonexistent/librocm_smi64.so.1)');
    const a = await meter(empty, ['--nvidia-smi', '/nonexistent/nvidia-smi', '--nvml-lib', '/nonexistent/libnvidia-ml.so.1', '--amd-smi-lib', '/nonexistent/libamd_smi.so', '--rocm-smi-lib', DEBIAN_ROCM_SMI], ['sh', '-c', 'exit 0']);
    expect(a.summary.methods.gpu.kind).toBe('none');
    expect(a.header.sensors.notes.join('\n')).toMatch(/NVML not used[\s\S]*ROCm SMI not used: RSMI_STATUS_INIT_ERROR \(8\)/);
  });

  it('auto finds the AMD GPUs when NVIDIA has none', async () => {
    const tree = buildAmdSysfs(sub(), [twoGpus[0]!]);
    const w = await startWriter(tree.classDir, { gpus: [{ steps: [[0, 100]], busy: 10 }] });
    try {
      const r = await meter(tree.classDir, ['--nvidia-smi', '/nonexistent/nvidia-smi', '--nvml-lib', '/nonexistent/libnvidia-ml.so.1', '--amd-smi-lib', '/nonexistent/libamd_smi.so', '--rocm-smi-lib', DEBIAN_ROCM_SMI], ['sh', '-c', 'sleep 1']);
      expect(r.summary.methods.gpu.sensor).toBe('rocm-smi');
      expect(r.header.sensors.notes.join('\n')).toContain('AMD SMI not used: not bound: this joulecheck does not bind AMD SMI yet; use ROCm SMI');
    } finally {
      w.p.kill('SIGTERM');
    }
  });

  it('doctor in the namespace: gpu.amd.rocm-smi and the energy counter ok', async () => {
    const tree = buildAmdSysfs(sub(), [twoGpus[0]!]);
    const w = await startWriter(tree.classDir, { gpus: [{ steps: [[0, 100]], busy: 10 }] });
    try {
      const r = await run(inNamespace(tree.classDir, [process.execPath, CLI, 'doctor', '--format', 'json', '--powercap-root', sub(), '--gpu-sensor', 'rocm-smi', '--rocm-smi-lib', DEBIAN_ROCM_SMI]));
      const rep = DoctorReport.parse(JSON.parse(r.stdout));
      const byId = new Map(rep.checks.map((c) => [c.id, c]));
      expect(byId.get('gpu.amd.rocm-smi')?.status).toBe('ok');
      expect(byId.get('gpu.amd.energy.0')?.detail).toContain('energy counter readable (rsmi_dev_energy_count_get, 15.3');
      expect(rep.components?.gpu).toBe('measured');
    } finally {
      w.p.kill('SIGTERM');
    }
  });
});
