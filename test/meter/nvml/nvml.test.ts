// The NVML sensor through the real FFI path (koffi) against the fake libnvidia-ml.so.1 built from
// test/fakes/nvml/fake-nvml.c: NVML's ABI, power following a scenario, processes found in /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gpuShare } from '../../../src/accounting/attribution.ts';
import type { GpuSample } from '../../../src/model/log.ts';
import { declaredLayouts, LAYOUT } from '../../../src/meter/nvml/binding.ts';
import { loadKoffi } from '../../../src/meter/koffi.ts';
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
    // the step alone holds GPU 0's context (the competitor on GPU 1 is no concern of GPU 0's)
    expect(solo.every((g) => g.sole === true)).toBe(true);
    expect(shared.some((g) => 'sole' in g)).toBe(false);
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
    // the share beside the competitor, as summarize computes it (sole tenancy decides GPU 0)
    const attributed = (gs: GpuSample[]): number => gs.reduce((s, g) => s + g.j! * gpuShare(g), 0) / gs.reduce((s, g) => s + g.j!, 0);
    expect(attributed(solo)).toBe(1);
    expect(Math.abs(attributed(shared) - 0.5)).toBeLessThan(0.03);
    const drops = r.events.filter((e) => /cannot be real/.test(e.message));
    if (mode === 'stale') {
      // one summary per GPU at the end of the run, counting every call's drops: pid-0 padding, each
      // process's stale 0 % entry and the exited pid at 100 %, all stamped at or before lastSeenTimeStamp;
      // placed, the step's stale 0 % entries would have pulled the shares above down
      expect(drops).toHaveLength(2);
      const m = /GPU 1 \(GPU-shared\): .*returned (\d+) of (\d+) entries over the run that cannot be real, dropped: (\d+) with pid 0 .*; (\d+) with timestamp at or before lastSeenTimeStamp \(SM 0-100 %; pid ([\d, ]+)\)/.exec(drops[1]!.message);
      expect(m, drops[1]!.message).not.toBeNull();
      const [total, entries, pid0, stale] = [m![1], m![2], m![3], m![4]].map(Number);
      expect(total).toBe(pid0! + stale!);
      // every call after the first pads to 100 entries: the run's counts, not the first call's
      expect(entries).toBeGreaterThan(200);
      expect(stale).toBeGreaterThan(6);
      expect(m![5]).toContain(String(step.pid));
      expect(m![5]).toContain('4000000');
    } else if (mode === 'over100') {
      expect(drops).toHaveLength(2);
      const m = /GPU 0 \(GPU-solo\): .*returned (\d+) of (\d+) entries over the run .*dropped: (\d+) with SM above 100 % \(SM 255 %; pid (\d+)\)/.exec(drops[0]!.message);
      expect(m, drops[0]!.message).not.toBeNull();
      expect(Number(m![1])).toBe(Number(m![3]));
      expect(Number(m![2])).toBe(2 * Number(m![1])); // one garbage entry beside each real one
      expect(Number(m![1])).toBeGreaterThan(2);
      expect(Number(m![4])).toBe(step.pid);
    } else expect(drops).toEqual([]);
    // the samples of all processes never add up to more than the GPUs' utilisation here
    expect(r.events.filter((e) => /overcount/.test(e.message))).toEqual([]);
    step.kill();
    other.kill();
  });

  // drivers that under-report a process (an aggregate that undercounts, no sample at all) must not cost a
  // step that is alone on its GPU its energy: the context lists, not the samples, decide a sole tenant
  it.each(['per-period', 'aggregate', 'stale', 'over100'] as const)('sole tenant (%s): samples under-reporting (SM 40 of 100 %) or missing entirely -> share 1.000; another tree on another GPU does not matter', async (mode) => {
    const tag = `jc-nvml-sole-${process.pid}-${mode}`;
    const step = gpuProcess(`${tag}-step`, 7);
    const other = gpuProcess(`${tag}-other`, 7);
    await sleep(200);
    const r = await meter(
      {
        gpus: [{ uuid: 'GPU-under', util: 100 }, { uuid: 'GPU-unsampled', util: 100 }, { uuid: 'GPU-other' }],
        sample_ms: 200,
        proc_util_mode: mode,
        procs: [{ gpu: 0, argv0: `${tag}-step`, sm: 40 }, { gpu: 1, argv0: `${tag}-step`, sm: 100, samples: false }, { gpu: 2, argv0: `${tag}-other`, sm: 100 }],
      },
      3000,
      () => new Set([step.pid!]),
    );
    const used = r.takes.slice(1);
    const attributed = (k: number): number => used.reduce((s, t) => s + t.s[k]!.j! * gpuShare(t.s[k]!), 0) / used.reduce((s, t) => s + t.s[k]!.j!, 0);
    const energyOf = (k: number): number => used.reduce((s, t) => s + t.s[k]!.j!, 0);
    const fromSamples = (k: number): number => used.reduce((s, t) => s + (t.s[k]!.j! * (t.s[k]!.sm ?? 0)) / t.s[k]!.util!, 0) / energyOf(k);
    console.log(`proc_util_mode ${mode}: sole tenant, samples at 40 of 100 % -> attributed/machine ${attributed(0).toFixed(3)} (the samples alone: ${fromSamples(0).toFixed(3)}); no samples -> ${attributed(1).toFixed(3)} (the samples alone: ${fromSamples(1).toFixed(3)})`);
    expect(Math.abs(attributed(0) - 1)).toBeLessThan(0.005);
    expect(Math.abs(attributed(1) - 1)).toBeLessThan(0.005);
    expect(fromSamples(0)).toBeLessThan(0.5);
    expect(fromSamples(1)).toBe(0);
    expect(used.every((t) => t.s[0]!.sole === true && t.s[1]!.sole === true)).toBe(true);
    // GPU 2 holds only the other tree's process
    expect(used.every((t) => !t.s[2]!.on && t.s[2]!.sole === undefined)).toBe(true);
    const missed = r.events.filter((e) => /never named/.test(e.message));
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({ level: 'warning' });
    expect(missed[0]!.message).toMatch(/^GPU 1 \(GPU-unsampled\): a process of the step held a context/);
    step.kill();
    other.kill();
  });

  it('a competitor taking a context mid-run: sole only before it arrives; from then on the share is from the samples', async () => {
    const tag = `jc-nvml-arrive-${process.pid}`;
    const step = gpuProcess(`${tag}-step`, 7);
    const other = gpuProcess(`${tag}-other`, 7);
    await sleep(200);
    const t0 = Date.now();
    const arrive = 2;
    const r = await meter(
      { t0_ms: t0, gpus: [{ uuid: 'GPU-arrive' }], sample_ms: 200, proc_util_mode: 'aggregate', procs: [{ gpu: 0, argv0: `${tag}-step`, sm: 50 }, { gpu: 0, argv0: `${tag}-other`, sm: 50, from_s: arrive }] },
      4500,
      () => new Set([step.pid!]),
    );
    const at = t0 + arrive * 1000;
    const sole = r.takes.filter((t) => t.s[0]!.sole === true);
    const endOfSole = Math.max(...sole.map((t) => epoch(t.b)));
    console.log(`competitor arrives at ${arrive} s: last sole interval ends ${((endOfSole - at) / 1000).toFixed(3)} s from then; ${sole.length} of ${r.takes.length} intervals sole`);
    expect(sole.length).toBeGreaterThan(5);
    // never sole once it holds a context (the fake re-reads /proc every 50 ms)
    expect(endOfSole).toBeLessThan(at + 60);
    // sole up to the last poll before it, not sole from the first poll that lists it (polls every second)
    expect(r.takes.filter((t) => epoch(t.b) < at - 1200).every((t) => t.s[0]!.sole === true)).toBe(true);
    const after = r.takes.filter((t) => epoch(t.a) > at + 1200);
    expect(after.length).toBeGreaterThan(5);
    expect(after.some((t) => 'sole' in t.s[0]!)).toBe(false);
    const share = after.reduce((s, t) => s + t.s[0]!.j! * gpuShare(t.s[0]!), 0) / after.reduce((s, t) => s + t.s[0]!.j!, 0);
    expect(Math.abs(share - 0.5)).toBeLessThan(0.03);
    step.kill();
    other.kill();
  });

  it('per-process SM of all processes well above the GPU utilisation for seconds: one warning for that GPU, naming what was seen', async () => {
    const tag = `jc-nvml-over-${process.pid}`;
    const step = gpuProcess(`${tag}-step`, 6);
    await sleep(200);
    const r = await meter(
      { gpus: [{ uuid: 'GPU-ok' }, { uuid: 'GPU-over', util: 20 }], sample_ms: 200, proc_util_mode: 'aggregate', procs: [{ gpu: 0, argv0: `${tag}-step`, sm: 60 }, { gpu: 1, argv0: `${tag}-step`, sm: 60 }, { gpu: 1, pid: 1, sm: 40 }] },
      5000,
      () => new Set([step.pid!]),
    );
    const over = r.events.filter((e) => /overcount/.test(e.message));
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ level: 'warning' });
    const m = /^GPU 1 \(GPU-over\): the per-process SM samples of all its processes add up to ([\d.]+) % while the GPU's utilisation is ([\d.]+) % \(mean over ([\d.]+) s\)/.exec(over[0]!.message);
    expect(m, over[0]!.message).not.toBeNull();
    expect(Math.abs(Number(m![1]) - 100)).toBeLessThan(5);
    expect(Number(m![2])).toBe(20);
    expect(Number(m![3])).toBeGreaterThanOrEqual(3);
    step.kill();
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
