// joulecheck against NVIDIA's own libnvidia-ml.so.1 and nvidia-smi (Debian non-free, driver 535, unpacked by
// scripts/fetch-nvidia-debs.sh) on a machine without the kernel driver: every function the binding binds
// exists in the real library under its exact name, and `joulecheck run` and `joulecheck doctor` answer the
// real failures (nvmlInit_v2: DRIVER_NOT_LOADED; nvidia-smi: exit 9, or exit 12 without its library) with
// a labelled result and the fix, never a crash, in the auto chain's order.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredLayouts, nvmlBoundFunctions, NVML_HANDLE_BY_INDEX, NVML_PROTOTYPES, openNvml } from '../../../src/meter/nvml/binding.ts';
import { loadKoffi } from '../../../src/meter/koffi.ts';
import { DoctorReport, type DoctorCheck } from '../../../src/model/doctor.ts';
import { buildFakeNvml, writeScenario } from '../../fakes/nvml.ts';
import { nvidiaVendor } from '../../fakes/nvidia-vendor.ts';
import { buildHostRoot } from '../../fakes/host-root.ts';
import { buildPowercapTree, intelLayout } from '../../fakes/powercap.ts';

const CLI = resolve('src/cli.ts');
const RECORDER = resolve('scripts/nvml-process-util.ts');
const FAKE_SMI = resolve('test/fakes/nvidia-smi');
const v = nvidiaVendor();
const dir = mkdtempSync(join(tmpdir(), 'jc-real-nvidia-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const sub = () => join(dir, String(n++));
// a machine with a GPU on the bus and its device node, but no driver answering: what these binaries see here
const GPU_HOST = buildHostRoot(sub(), { vendor: 'intel', nvidiactl: true, gpuNodes: 1 });
const BASE_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', JOULECHECK_HOST_ROOT: GPU_HOST };

interface Header {
  sensors: { gpu: { kind: string; sensor?: string; detail?: string }; notes: string[] };
}

function jc(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...BASE_ENV, ...env }, timeout: 60_000 });
}

interface Summary {
  exit_code: number;
  methods: { gpu: { kind: string; detail?: string } };
}

function run(args: string[], env: Record<string, string> = {}): { code: number | null; stderr: string; header: Header; summary: Summary } {
  const out = sub();
  const r = jc(['run', '--out', out, '--label', 'r', '--powercap-root', sub(), ...args, '--', 'sh', '-c', 'exit 3'], env);
  const header = JSON.parse(readFileSync(join(out, 'r-1.log.ndjson'), 'utf8').split('\n')[0]!) as Header;
  return { code: r.status, stderr: r.stderr, header, summary: JSON.parse(readFileSync(join(out, 'r-1.summary.json'), 'utf8')) };
}

function doctor(args: string[], env: Record<string, string> = {}): { code: number | null; checks: DoctorCheck[]; gpu: string } {
  const tree = buildPowercapTree(sub(), intelLayout());
  const r = jc(['doctor', '--format', 'json', '--powercap-root', tree.root, ...args], env);
  if (r.stdout.trim() === '') throw new Error(`doctor printed nothing (exit ${r.status}): ${r.stderr}`);
  const rep = DoctorReport.parse(JSON.parse(r.stdout));
  return { code: r.status, checks: rep.checks, gpu: String(rep.components?.gpu) };
}
const get = (checks: DoctorCheck[], id: string): DoctorCheck => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`);
  return c;
};
const NVML_9 = 'NVML_ERROR_DRIVER_NOT_LOADED (9): the NVIDIA kernel driver is not loaded (in a container: the GPU is not passed through) (nvmlInit_v2: "Driver Not Loaded")';
const SMI_9 = "exit 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.";
const SMI_12 = "exit 12: NVIDIA-SMI couldn't find libnvidia-ml.so library in your system.";

describe("the binding against NVIDIA's libnvidia-ml.so.1", () => {
  it('every function the binding binds is exported under that exact name, versioned ones included', () => {
    const k = loadKoffi();
    if ('error' in k) throw new Error(k.error);
    declaredLayouts(k.koffi); // declares nvmlDevice_t and the structs process-wide, as openNvml does
    const lib = k.koffi.load(v.lib);
    const names = nvmlBoundFunctions();
    expect(names).toContain('nvmlInit_v2');
    expect(names).toContain('nvmlDeviceGetCount_v2');
    expect(names).toContain('nvmlDeviceGetComputeRunningProcesses_v3');
    expect(names).toContain(NVML_HANDLE_BY_INDEX);
    // koffi resolves each symbol with dlsym, as openNvml does: a missing name throws
    const unresolved: string[] = [];
    for (const proto of Object.values(NVML_PROTOTYPES)) {
      try {
        lib.func(proto);
      } catch (err) {
        unresolved.push(`${proto}: ${(err as Error).message}`);
      }
    }
    try {
      lib.func(NVML_HANDLE_BY_INDEX, 'int', ['uint', 'void *']);
    } catch (err) {
      unresolved.push(`${NVML_HANDLE_BY_INDEX}: ${(err as Error).message}`);
    }
    expect(unresolved).toEqual([]);
    lib.unload();
  });

  it('openNvml binds them all, and nvmlInit_v2 answers DRIVER_NOT_LOADED (9) with its own words', () => {
    const nvml = openNvml(v.lib);
    if (typeof nvml === 'string') throw new Error(nvml);
    expect(nvml.missing).toEqual([]);
    expect(nvml.init()).toBe(9);
    expect(nvml.errorString(9)).toBe('Driver Not Loaded');
  });
});

describe("joulecheck run with NVIDIA's library and nvidia-smi", () => {
  it('auto: NVML fails (driver not loaded), then nvidia-smi (exit 9), then no GPU energy; each reason named in order; the exit code kept', () => {
    const r = run(['--nvml-lib', v.lib, '--nvidia-smi', v.smi], { LD_LIBRARY_PATH: v.libDir });
    expect(r.code, r.stderr).toBe(3);
    expect(r.summary.exit_code).toBe(3);
    const gpu = r.header.sensors.gpu;
    expect(gpu.kind).toBe('none');
    expect(gpu.detail).toMatch(/^NVML not used \(NVML_ERROR_DRIVER_NOT_LOADED: .*\); nvidia-smi does not work here \(exit 9: .*\); GPU energy not measured$/);
    expect(r.summary.methods.gpu).toEqual(gpu);
    const notes = r.header.sensors.notes;
    const nvmlAt = notes.findIndex((x) => x.startsWith(`NVML not used: ${NVML_9}`));
    const smiAt = notes.findIndex((x) => x.startsWith('nvidia-smi does not work here') && x.includes(SMI_9));
    expect(nvmlAt, notes.join('\n')).toBeGreaterThanOrEqual(0);
    expect(smiAt).toBeGreaterThan(nvmlAt);
    // the fix of NVML's code travels with it
    expect(notes[nvmlAt]).toContain('load the driver (nvidia-smi should work), or run the container with the GPU (--gpus all / the NVIDIA container toolkit)');
  });

  it('nvidia-smi without its library on the loader path: exit 12 named', () => {
    const r = run(['--gpu-sensor', 'nvidia-smi', '--nvidia-smi', v.smi]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.header.sensors.gpu.kind).toBe('none');
    expect(r.header.sensors.gpu.detail).toContain(`nvidia-smi does not work here (${SMI_12}`);
  });

  it('gpu-sensor nvml: not measured, the NVML reason, nvidia-smi not tried', () => {
    const r = run(['--gpu-sensor', 'nvml', '--nvml-lib', v.lib]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.header.sensors.gpu).toMatchObject({ kind: 'none' });
    expect(r.header.sensors.gpu.detail).toContain('NVML not used (NVML_ERROR_DRIVER_NOT_LOADED');
    expect(r.header.sensors.gpu.detail).toContain('nvidia-smi not tried (gpu-sensor nvml)');
  });

  it('the real NVML failing, a working nvidia-smi is the sensor, polled power, the NVML reason kept', () => {
    const scen = sub();
    writeFileSync(scen, JSON.stringify({ count: 1 }));
    const r = run(['--nvml-lib', v.lib, '--nvidia-smi', FAKE_SMI], { JOULECHECK_FAKE_NVSMI: scen });
    expect(r.code, r.stderr).toBe(3);
    expect(r.header.sensors.gpu).toMatchObject({ kind: 'measured', sensor: 'nvidia-smi' });
    expect(r.header.sensors.gpu.detail).toMatch(/^polled power: .*; NVML not used \(NVML_ERROR_DRIVER_NOT_LOADED: /);
  });
});

describe("joulecheck doctor with NVIDIA's library and nvidia-smi", () => {
  it('auto on a machine whose GPU has no driver: both failures with their fixes, the GPU broken, exit 1', () => {
    const r = doctor(['--nvml-lib', v.lib, '--nvidia-smi', v.smi], { LD_LIBRARY_PATH: v.libDir });
    expect(r.code).toBe(1);
    expect(r.gpu).toBe('broken');
    const nvml = get(r.checks, 'gpu.nvml');
    expect(nvml).toMatchObject({ status: 'warn', fix: 'load the driver (nvidia-smi should work), or run the container with the GPU (--gpus all / the NVIDIA container toolkit)' });
    expect(nvml.detail).toBe(`NVML ${v.lib} not usable: ${NVML_9}; and nvidia-smi does not work either`);
    const smi = get(r.checks, 'gpu.nvidia-smi');
    expect(smi.status).toBe('fail');
    expect(smi.detail).toContain(SMI_9);
    expect(smi.fix).toContain('docker run --gpus all ...');
    expect(get(r.checks, 'gpu.sensor')).toMatchObject({ status: 'fail', detail: `an NVIDIA GPU is present (${join(GPU_HOST, 'dev', 'nvidia0')}) but no sensor reads its power: GPU energy will be missing` });
  });

  it('gpu-sensor nvml: NVML fails with the driver-not-loaded fix', () => {
    const r = doctor(['--gpu-sensor', 'nvml', '--nvml-lib', v.lib]);
    expect(get(r.checks, 'gpu.nvml')).toMatchObject({ status: 'fail', detail: `NVML ${v.lib} not usable: ${NVML_9}` });
  });

  it('nvidia-smi without its library: exit 12 and the loader-path fix', () => {
    const r = doctor(['--gpu-sensor', 'nvidia-smi', '--nvidia-smi', v.smi]);
    const smi = get(r.checks, 'gpu.nvidia-smi');
    expect(smi.status).toBe('fail');
    expect(smi.detail).toContain(SMI_12);
    expect(smi.fix!.split('\n')).toContain('ldconfig -p | grep libnvidia-ml   # empty: the library is not in the loader\'s cache');
  });

  it('no GPU on the machine: the failing library and binary are not failures', () => {
    const r = doctor(['--nvml-lib', v.lib, '--nvidia-smi', v.smi], { LD_LIBRARY_PATH: v.libDir, JOULECHECK_HOST_ROOT: buildHostRoot(sub(), { vendor: 'intel', nvidiactl: true }) });
    expect(get(r.checks, 'gpu.nvml')).toMatchObject({ status: 'ok', detail: `NVML ${v.lib} not loaded (NVML_ERROR_DRIVER_NOT_LOADED): no NVIDIA driver on this machine` });
    expect(r.checks.filter((c) => c.component === 'gpu' && c.status === 'fail')).toEqual([]);
  });
});

describe('the process-utilisation recorder (scripts/nvml-process-util.ts)', () => {
  it("on NVIDIA's library without a driver: exits 3 naming NVML error 9", () => {
    const out = sub();
    const r = spawnSync(process.execPath, [RECORDER, '--out', out, '--lib', v.lib, '--seconds', '1'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`nvml-process-util: nvmlInit_v2 on ${v.lib} failed: NVML error 9 NVML_ERROR_DRIVER_NOT_LOADED ("Driver Not Loaded")`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ type: 'meta', lib: v.lib, init: { rc: 9, name: 'NVML_ERROR_DRIVER_NOT_LOADED', said: 'Driver Not Loaded' } });
  });

  it('bad arguments: exit 2 naming the option', () => {
    const r = spawnSync(process.execPath, [RECORDER, '--out', sub(), '--intervals-ms', '100,x'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--intervals-ms must be a comma-separated list of whole milliseconds >= 1, got '100,x'");
  });

  it('on a library with NVML\'s ABI: every call with the lastSeenTimeStamp passed and the raw entries', async () => {
    const lib = buildFakeNvml();
    const scen = sub();
    const load = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const env = { ...process.env, ...writeScenario(scen, { sample_ms: 50, proc_util_mode: 'aggregate', gpus: [{ proc_util: true }], procs: [{ gpu: 0, pid: load.pid!, sm: 40, mem: 512 }] }) };
      const out = sub();
      const r = spawnSync(process.execPath, [RECORDER, '--out', out, '--lib', lib, '--seconds', '0.6', '--intervals-ms', '200,50'], { encoding: 'utf8', env, timeout: 30_000 });
      expect(r.status, r.stderr).toBe(0);
      const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[0]).toMatchObject({ type: 'meta', lib, gpus: [{ index: 0 }], intervals_ms: [200, 50], missing: [] });
      // koffi from the committed bundle, as on a GPU machine without node_modules
      expect(String(lines[0]!.ffi)).toMatch(/\/dist\/native\/linux_(x64|arm64)\/koffi\.node$/);
      const calls = lines.slice(1) as Array<{ interval_ms: number; lastSeenTimeStamp: number; rc: number; samples: Array<Record<string, number>> }>;
      for (const interval of [200, 50]) {
        const mine = calls.filter((c) => c.interval_ms === interval);
        expect(mine.length).toBeGreaterThanOrEqual(interval === 200 ? 3 : 8);
        expect(mine[0]!.lastSeenTimeStamp).toBe(0);
        // each call passes the newest timeStamp of those before it
        let newest = 0;
        for (const c of mine) {
          expect(c.lastSeenTimeStamp).toBe(newest);
          for (const s of c.samples) newest = Math.max(newest, s.timeStamp!);
        }
        const s = mine.find((c) => c.samples.length > 0)!.samples[0]!;
        expect(Object.keys(s).sort()).toEqual(['decUtil', 'encUtil', 'memUtil', 'pid', 'smUtil', 'timeStamp']);
        expect(s).toMatchObject({ pid: load.pid, smUtil: 40 });
      }
    } finally {
      load.kill();
    }
  });
});
