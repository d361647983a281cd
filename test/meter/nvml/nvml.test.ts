// The NVML sensor through the real FFI path (koffi) against the fake libnvidia-ml.so.1 built from
// test/fakes/nvml/fake-nvml.c: NVML's ABI, power following a scenario, processes found in /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GpuSample } from '../../../src/model/log.ts';
import { declaredLayouts, LAYOUT } from '../../../src/meter/nvml/binding.ts';
import { loadKoffi } from '../../../src/meter/nvml/koffi.ts';
import { nvmlSensorStatus, startNvmlMeter } from '../../../src/meter/nvml/meter.ts';
import { openNvmlSession, probeNvml } from '../../../src/meter/nvml/probe.ts';
import type { GpuMeterEvent } from '../../../src/meter/types.ts';
import { buildFakeNvml, exactEnergyJ, writeScenario, type FakeGpu, type FakeNvmlScenario } from '../../fakes/nvml.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-nvml-'));
let lib: string;
let n = 0;
const children: ChildProcess[] = [];
beforeAll(() => {
  lib = buildFakeNvml();
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Points the library (loaded in this process) at a scenario: it reads it at every nvmlInit_v2. */
function use(s: FakeNvmlScenario): void {
  Object.assign(process.env, writeScenario(join(dir, `scenario-${n++}.txt`), s));
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const epoch = (perf: number): number => perf + (Date.now() - performance.now());

/** A process whose argv[0] is `name` (the fake finds GPU processes by it). */
function gpuProcess(name: string, seconds: number): ChildProcess {
  const c = spawn('bash', ['-c', `exec -a ${name} sleep ${seconds}`], { stdio: 'ignore' });
  children.push(c);
  return c;
}

describe('NVML binding', () => {
  it('reads output structs at the offsets nvml.h gives (koffi lays the same structs out identically)', () => {
    const k = loadKoffi();
    if ('error' in k) throw new Error(k.error);
    const d = declaredLayouts(k.koffi);
    expect(d.procSample).toEqual({ size: LAYOUT.procSample.size, offsets: { pid: 0, timeStamp: 8, smUtil: 16, memUtil: 20, encUtil: 24, decUtil: 28 } });
    expect(d.procInfo).toEqual({ size: LAYOUT.procInfo.size, offsets: { pid: 0, usedGpuMemory: 8 } });
    expect(d.fieldValue.size).toBe(LAYOUT.fieldValue.size);
    expect(d.fieldValue.offsets).toEqual({ fieldId: 0, scopeId: 4, timestamp: 8, latencyUsec: 16, valueType: 24, nvmlReturn: 28, value: 32 });
  });
});

describe('probeNvml', () => {
  it('GPUs by UUID with name, counter, power, MIG and persistence as the library reports them', () => {
    use({
      driver: '575.51.03',
      gpus: [
        { uuid: 'GPU-aaaa', name: 'NVIDIA H100 80GB HBM3' },
        { uuid: 'GPU-bbbb', name: 'Tesla P100-PCIE-16GB', counter: false, persistence: null },
        { uuid: 'GPU-cccc', name: 'NVIDIA A100-SXM4-80GB', mig: true, persistence: false },
      ],
    });
    const p = probeNvml(lib);
    expect(p).toMatchObject({ ok: true, lib, driver: '575.51.03', error: null });
    expect(p.gpus).toEqual([
      { index: 0, uuid: 'GPU-aaaa', name: 'NVIDIA H100 80GB HBM3', energyCounter: true, powerReadable: true, mig: false, persistence: true },
      { index: 1, uuid: 'GPU-bbbb', name: 'Tesla P100-PCIE-16GB', energyCounter: false, powerReadable: true, mig: false, persistence: null },
      { index: 2, uuid: 'GPU-cccc', name: 'NVIDIA A100-SXM4-80GB', energyCounter: true, powerReadable: true, mig: true, persistence: false },
    ]);
  });

  it('library missing, init failing, no GPU: ok false with the code, its meaning and a fix; never throws', () => {
    const missing = probeNvml(join(dir, 'no-such-libnvidia-ml.so.1'));
    expect(missing.ok).toBe(false);
    expect(missing.gpus).toEqual([]);
    expect(missing.error).toMatchObject({ code: 12, name: 'NVML_ERROR_LIBRARY_NOT_FOUND' });
    expect(missing.error!.meaning).toContain('no-such-libnvidia-ml.so.1');
    expect(missing.error!.fix).toMatch(/--nvml-lib/);

    use({ init: 9, gpus: [{}] });
    const noDriver = probeNvml(lib);
    expect(noDriver).toMatchObject({ ok: false, driver: null, gpus: [], error: { code: 9, name: 'NVML_ERROR_DRIVER_NOT_LOADED' } });
    expect(noDriver.error!.meaning).toMatch(/kernel driver is not loaded.*"Driver Not Loaded"/);
    expect(noDriver.error!.fix).toMatch(/--gpus all/);

    use({ init: 18, gpus: [{}] });
    expect(probeNvml(lib).error).toMatchObject({ code: 18, name: 'NVML_ERROR_LIB_RM_VERSION_MISMATCH' });

    use({ gpus: [] });
    expect(probeNvml(lib)).toMatchObject({ ok: false, error: { code: 28 } });
  });

  it('a library that is not NVML is refused with a reason', () => {
    const p = probeNvml('libc.so.6');
    expect(p.ok).toBe(false);
    expect(p.error!.meaning).toMatch(/not NVML/);
  });
});

/** Runs a meter over `ms`, taking every `stepMs`; returns the takes with their perf-clock bounds. */
async function meter(
  s: FakeNvmlScenario,
  ms: number,
  tree: () => ReadonlySet<number> = () => new Set(),
  intervalMs = 100,
): Promise<{ takes: Array<{ a: number; b: number; s: GpuSample[] }>; events: GpuMeterEvent[]; status: ReturnType<typeof nvmlSensorStatus> }> {
  use(s);
  const session = openNvmlSession(lib);
  expect(session.probe.ok).toBe(true);
  const status = nvmlSensorStatus(session);
  const events: GpuMeterEvent[] = [];
  const since = performance.now();
  const m = startNvmlMeter(session, intervalMs, (e) => events.push(e), { since });
  const takes: Array<{ a: number; b: number; s: GpuSample[] }> = [];
  let a = since;
  const end = since + ms;
  // like the sampler: a batch of interval ends once a second, taken after the fact
  while (a < end) {
    await sleep(1000);
    const now = performance.now();
    const ends: number[] = [];
    for (let t = a + intervalMs; t < now; t += intervalMs) ends.push(t);
    ends.push(now);
    for (const b of ends) {
      takes.push({ a, b, s: m.take(b, tree()) });
      a = b;
    }
  }
  await m.stop();
  return { takes, events, status };
}

describe('startNvmlMeter', () => {
  // a 50 Hz square wave: 2 ms spikes to 800 W over a 100 W floor; polling at 10 Hz sees the floor (or a
  // spike) at the same phase every time, the counter sees every spike
  const wave = (extra: Partial<FakeGpu> = {}): FakeGpu => ({ uuid: 'GPU-wave', name: 'NVIDIA H100 80GB HBM3', base_w: 100, wave_w: 700, wave_period_ms: 20, wave_duty: 0.1, ...extra });

  it('energy counter: machine energy within 0.5 % of the exact integral; polled power on the same waveform is off by more', async () => {
    const t0 = Date.now();
    const g = wave();
    const c = await meter({ t0_ms: t0, gpus: [g] }, 3000);
    expect(c.status).toMatchObject({ kind: 'measured', sensor: 'nvml' });
    expect(c.status!.detail).toMatch(/energy counter/);
    expect(c.events).toEqual([]);
    const used = c.takes.slice(1); // the first interval starts before the counter's first read
    const got = used.reduce((s, t) => s + t.s[0]!.j!, 0);
    const want = exactEnergyJ(g, t0, epoch(used[0]!.a), epoch(used[used.length - 1]!.b));
    const errCounter = Math.abs(got - want) / want;

    const t1 = Date.now();
    const gp = wave({ counter: false });
    const p = await meter({ t0_ms: t1, gpus: [gp] }, 3000);
    expect(p.status!.detail).toMatch(/polled power on GPU 0/);
    expect(p.status!.detail).not.toMatch(/energy counter \(/);
    const usedP = p.takes.slice(1);
    const gotP = usedP.reduce((s, t) => s + t.s[0]!.j!, 0);
    const wantP = exactEnergyJ(gp, t1, epoch(usedP[0]!.a), epoch(usedP[usedP.length - 1]!.b));
    const errPolled = Math.abs(gotP - wantP) / wantP;
    console.log(`square wave 100/800 W, 2 ms spikes every 20 ms (true mean 170 W): counter ${got.toFixed(1)} J vs exact ${want.toFixed(1)} J (${(100 * errCounter).toFixed(3)} %); polled power ${gotP.toFixed(1)} J vs exact ${wantP.toFixed(1)} J (${(100 * errPolled).toFixed(1)} %)`);
    expect(errCounter).toBeLessThan(0.005);
    expect(errPolled).toBeGreaterThan(0.005);
    expect(errPolled).toBeGreaterThan(5 * errCounter);
  });

  // real drivers return one entry per process per call (an aggregate since lastSeenTimeStamp), some pad
  // with stale, pid-0 or out-of-range entries; the step's share must come out the same from every shape
  it.each(['per-period', 'aggregate', 'stale', 'over100'] as const)('per-process SM (%s): the step alone gets ~all of the energy, beside a competitor at half the SM ~half', async (mode) => {
    const tag = `jc-nvml-${process.pid}-${mode}`;
    const step = gpuProcess(`${tag}-step`, 6);
    const other = gpuProcess(`${tag}-other`, 6);
    await sleep(200);
    const r = await meter(
      { gpus: [{ uuid: 'GPU-solo' }, { uuid: 'GPU-shared' }], sample_ms: 200, proc_util_mode: mode, procs: [{ gpu: 0, argv0: `${tag}-step`, sm: 100 }, { gpu: 1, argv0: `${tag}-step`, sm: 50 }, { gpu: 1, argv0: `${tag}-other`, sm: 50 }] },
      3000,
      () => new Set([step.pid!]),
    );
    const late = r.takes.slice(5);
    const solo = late.map((t) => t.s[0]!);
    const shared = late.map((t) => t.s[1]!);
    expect(solo.every((g) => g.on)).toBe(true);
    expect(shared.every((g) => g.on)).toBe(true);
    // the step's share of each GPU's energy, weighted by that energy as attribution weighs it
    const share = (gs: GpuSample[]): number => gs.reduce((s, g) => s + (g.j! * g.sm!) / g.util!, 0) / gs.reduce((s, g) => s + g.j!, 0);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`proc_util_mode ${mode}: sole tenant ${share(solo).toFixed(3)} of the GPU energy, beside a competitor at half the SM ${share(shared).toFixed(3)}`);
    expect(Math.abs(share(solo) - 1)).toBeLessThan(0.03);
    expect(mean(solo.map((g) => g.util!))).toBe(100);
    expect(Math.abs(share(shared) - 0.5)).toBeLessThan(0.03);
    // no interval of the live step drops to 0 because its sample was not in yet
    expect(solo.every((g) => g.sm! > 0)).toBe(true);
    const said = r.events.map((e) => e.message).join('\n');
    if (mode === 'per-period') expect(said).toMatch(/GPU 0 \(GPU-solo\): .* returns per-period samples/);
    else {
      expect(said).toMatch(/GPU 0 \(GPU-solo\): .* returns a per-call aggregate/);
      expect(said).not.toMatch(/per-period/);
    }
    const drops = r.events.filter((e) => /cannot be real/.test(e.message));
    if (mode === 'stale') {
      // said once per GPU, at the first call (pid-0 padding only: no lastSeenTimeStamp yet); the stale
      // entries of later calls, at 0 % for the step, would have pulled the shares above down
      expect(drops).toHaveLength(2);
      expect(drops[0]!.message).toMatch(/returned 99 of 100 entries .*99 with pid 0/);
    } else if (mode === 'over100') {
      expect(drops).toHaveLength(2);
      expect(drops[0]!.message).toMatch(/returned 1 of 2 entries .*1 with SM above 100 %/);
    } else expect(drops).toEqual([]);
    step.kill();
    other.kill();
  });

  it('MIG: energy measured, SM share unknown (null) and said; GPU lost mid-run: a warning and gaps, no throw', async () => {
    const r = await meter({ gpus: [{ uuid: 'GPU-mig', mig: true }, { uuid: 'GPU-lost', lost_after_s: 1.2 }], t0_ms: Date.now() }, 2500);
    expect(r.status!.detail).toMatch(/MIG on GPU 0/);
    const last = r.takes[r.takes.length - 1]!.s;
    expect(last[0]).toMatchObject({ sm: null, util: null });
    expect(last[0]!.j).toBeGreaterThan(0);
    expect(last[1]!.j).toBeNull();
    const lost = r.events.filter((e) => /GPU_IS_LOST/.test(e.message));
    expect(lost.length).toBeGreaterThanOrEqual(1);
    expect(lost[0]!.message).toMatch(/GPU 1 \(GPU-lost\).*reset.*gap/);
  });
});
