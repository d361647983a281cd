// The nvidia-smi adapter against the fake executable (test/fakes/nvidia-smi): real child processes, real
// pipes, recorded output formats, known power.
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GpuSample } from '../../../src/model/log.ts';
import { findOnPath, probeNvidiaSmi, startSmiMeter } from '../../../src/meter/smi/nvidia-smi.ts';
import type { GpuMeterEvent, GpuProbe } from '../../../src/meter/types.ts';
import { createHostPidMapper } from '../../../src/meter/procfs/nspid.ts';

const FAKE = resolve('test/fakes/nvidia-smi');
const dir = mkdtempSync(join(tmpdir(), 'jc-nvsmi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

type Step = [number, number | string];
interface Scenario {
  help?: string;
  t0_ms?: number;
  count?: number;
  gpus?: Array<{ uuid?: string; name?: string; power?: Step[] | string; util?: Step[] | string; power_limit_w?: number; mig?: string[] }>;
  processes?: Array<{ pid: number; gpu: string | number; sm: number | null }>;
  pmon?: string | false;
  compute_apps?: boolean;
  die_after_s?: number;
  fail?: string;
  log?: string;
}
function envFor(s: Scenario): NodeJS.ProcessEnv {
  const p = join(dir, `scenario-${n++}.json`);
  writeFileSync(p, JSON.stringify(s));
  return { ...process.env, JOULECHECK_FAKE_NVSMI: p };
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Joules of a piecewise-constant profile between two epoch-ms instants (the first value also holds before t0). */
function profileJ(profile: Step[], t0: number, fromMs: number, toMs: number): number {
  const a = (fromMs - t0) / 1000;
  const b = (toMs - t0) / 1000;
  let e = 0;
  for (let i = 0; i < profile.length; i++) {
    const lo = Math.max(a, i === 0 ? -Infinity : profile[i]![0]);
    const hi = Math.min(b, profile[i + 1]?.[0] ?? Infinity);
    if (hi > lo) e += (profile[i]![1] as number) * (hi - lo);
  }
  return e;
}
// Wall-clock ms of a performance.now() instant. Measured, not performance.timeOrigin: the monotonic clock
// and the wall clock the fake stamps its lines with can be tens of ms apart on a busy VM.
const epoch = (perf: number): number => perf + (Date.now() - performance.now());

// One probe shared by the 590 probe test and the meter tests (probing spawns 5 processes); the meter tests
// rewrite the scenario file, which the fake reads at every start, keeping the two GPUs' UUIDs.
const scenario = join(dir, 'shared-scenario.json');
const env = { ...process.env, JOULECHECK_FAKE_NVSMI: scenario };
const write = (s: Scenario): void => writeFileSync(scenario, JSON.stringify(s));
const GPU1 = { name: 'NVIDIA A100-SXM4-80GB', uuid: 'GPU-abc' };
let probe: GpuProbe;
beforeAll(async () => {
  write({ gpus: [{ power_limit_w: 350 }, { ...GPU1, mig: ['3g.40gb', '4g.40gb'] }], pmon: '550' });
  probe = await probeNvidiaSmi(FAKE, { env });
});

describe('probeNvidiaSmi', () => {
  it('590 driver: instant power, GPUs by UUID with limits, pmon, MIG noted', () => {
    const p = probe;
    expect(p.available).toBe(true);
    expect(p.bin).toBe(FAKE);
    expect(p.fields).toEqual(['timestamp', 'uuid', 'power.draw.instant', 'utilization.gpu']);
    expect(p.gpus.map((g) => [g.index, g.uuid, g.name, g.power_limit_w, g.tdp_w, g.driver])).toEqual([
      [0, 'GPU-00000000-1111-2222-3333-000000000000', 'NVIDIA H100 80GB HBM3', 350, 700, '590.48.01'],
      [1, 'GPU-abc', 'NVIDIA A100-SXM4-80GB', 700, 700, '590.48.01'],
    ]);
    expect(p.status).toMatchObject({ kind: 'measured', sensor: 'nvidia-smi' });
    expect(p.status.detail).toMatch(/power\.draw\.instant/);
    expect(p.per_process).toBe('pmon');
    expect(p.notes.filter((x) => /MIG mode/.test(x))).toEqual([expect.stringContaining('GPU 1 (GPU-abc) is in MIG mode')]);
  });

  it('pre-530 driver: falls back to power.draw; neither pmon nor compute-apps -> per_process none', async () => {
    const old = await probeNvidiaSmi(FAKE, { env: envFor({ help: 'pre530', pmon: false, compute_apps: false }) });
    expect(old.fields).toEqual(['timestamp', 'uuid', 'power.draw', 'utilization.gpu']);
    expect(old.status.kind).toBe('measured');
    expect(old.status.detail).toMatch(/does not say it is averaged/);
    expect(old.per_process).toBe('none');
    expect(old.notes.join('\n')).toMatch(/no per-process GPU share/);
  });

  it('power [N/A] / [Not Supported] everywhere: estimated, said so, utilisation still streamed', async () => {
    const p = await probeNvidiaSmi(FAKE, { env: envFor({ gpus: [{ power: '[N/A]' }, { power: '[Not Supported]' }] }) });
    expect(p.available).toBe(true);
    expect(p.status.kind).toBe('estimated');
    expect(p.status.detail).toMatch(/reports no power/);
    expect(p.status.detail).toMatch(/estimated from utilization\.gpu/);
    expect(p.fields).toEqual(['timestamp', 'uuid', 'utilization.gpu']);
  });

  it("'none' disables; PATH lookup; missing binary; broken driver", async () => {
    const none = await probeNvidiaSmi('none');
    expect(none).toMatchObject({ available: false, status: { kind: 'none', detail: 'disabled' }, per_process: 'none' });
    expect(findOnPath('nvidia-smi', { PATH: `${dir}:${dirname(FAKE)}:/usr/bin` })).toBe(FAKE);
    expect(findOnPath('nvidia-smi', { PATH: dir })).toBeNull();
    const absent = await probeNvidiaSmi(null, { env: { ...env, PATH: dir } });
    expect(absent.available).toBe(false);
    expect(absent.status.detail).toMatch(/not found on PATH/);
    const gone = await probeNvidiaSmi(join(dir, 'no-such-nvidia-smi'), { env });
    expect(gone.available).toBe(false);
    expect(gone.status.kind).toBe('none');
    const msg = "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.";
    const broken = await probeNvidiaSmi(FAKE, { env: envFor({ fail: msg }) });
    expect(broken.available).toBe(false);
    expect(broken.status.detail).toContain("couldn't communicate with the NVIDIA driver");
  });
});

describe('startSmiMeter', () => {
  // t0 is set when the meter starts, so the profile's steps fall inside the run whatever the probe took.
  it('energy within 0.5% of the known profile; one long-lived child per source; per-process share; stop kills', async () => {
    const log = join(dir, 'calls.log');
    const gpu0: Step[] = [[0, 210], [1.0, 270]];
    const gpu1: Step[] = [[0, 95], [0.6, 120]];
    const t0 = Date.now() + 1500; // the fake needs up to a second to start on a busy machine
    write({
      t0_ms: t0,
      gpus: [{ power: gpu0, util: [[0, 80]] }, { ...GPU1, power: gpu1, util: [[0, 10]] }],
      processes: [
        { pid: 4242, gpu: 0, sm: 55 },
        { pid: 5151, gpu: 0, sm: 20 },
        { pid: 4242, gpu: 1, sm: null },
      ],
      log,
    });
    const events: GpuMeterEvent[] = [];
    const m = startSmiMeter(probe, 25, (e) => events.push(e), { env });
    expect(m.method).toMatch(/one child, -lms 25/);
    expect(m.method).toMatch(/trapezoid/);
    const takes: Array<{ a: number; b: number; s: GpuSample[] }> = [];
    let a = performance.now();
    while (Date.now() < t0 + 2000) {
      await sleep(100);
      const b = performance.now();
      takes.push({ a, b, s: m.take(b, new Set([4242])) });
      a = b;
    }
    const callsDuring = readFileSync(log, 'utf8');
    await m.stop();
    expect(events.filter((e) => e.level === 'warning')).toEqual([]);

    // Sum the intervals after the first with readings on both GPUs (the stream needs a moment to start).
    const firstFull = takes.findIndex((t) => t.s.every((g) => g.j !== null));
    expect(firstFull).toBeGreaterThanOrEqual(0);
    const used = takes.slice(firstFull + 1);
    expect(used.every((t) => t.s.every((g) => g.j !== null && g.w !== null))).toBe(true);
    const from = epoch(used[0]!.a);
    const to = epoch(used[used.length - 1]!.b);
    expect(to - from).toBeGreaterThan(1000);
    expect(from).toBeLessThan(t0 + 600); // both steps (t0+0.6 s, t0+1.0 s) lie inside the measured window
    const sum = (i: number): number => used.reduce((s, t) => s + t.s[i]!.j!, 0);
    const want0 = profileJ(gpu0, t0, from, to);
    const want1 = profileJ(gpu1, t0, from, to);
    expect(Math.abs(sum(0) - want0) / want0).toBeLessThan(0.005);
    expect(Math.abs(sum(1) - want1) / want1).toBeLessThan(0.005);
    // mean power of an interval is its energy over its length
    const one = used[3]!;
    expect(one.s[0]!.w! * ((one.b - one.a) / 1000)).toBeCloseTo(one.s[0]!.j!, 2);
    expect(one.s[0]!.util).toBe(80);

    // per process (pmon): 4242 is ours with 55% on GPU 0; 5151 is not ours; on GPU 1 ours but unsampled
    const late = used[used.length - 1]!.s;
    expect(late[0]).toMatchObject({ sm: 55, on: true });
    expect(late[1]!.on).toBe(true);
    expect(late[1]!.sm).toBeNull(); // the only process there is '-': share unknown, not 0
    // sole tenancy from pmon's process rows: GPU 1 holds only 4242 (ours), GPU 0 also 5151
    expect(late[1]!.sole).toBe(true);
    expect(late[0]!.sole).toBeUndefined();

    // ONE query child and ONE pmon child for the whole run, both gone after stop()
    const lines = callsDuring.trim().split('\n');
    const streams = lines.filter((l) => l.includes('-lms'));
    const pmons = lines.filter((l) => / pmon -s u -d 1$/.test(l));
    expect(streams).toHaveLength(1);
    expect(pmons).toHaveLength(1);
    for (const l of [...streams, ...pmons]) {
      const pid = Number(l.split(' ')[0]);
      expect(() => process.kill(pid, 0)).toThrow();
    }
  });

  it('absent power mid-stream is a gap (null), never zero; a GPU without power keeps util', async () => {
    const t0 = Date.now() + 1500;
    write({ t0_ms: t0, gpus: [{ power: [[0, 150], [0.4, '[N/A]'], [1.0, 150]] }, { ...GPU1, power: '[Not Supported]', util: [[0, 42]] }] });
    const m = startSmiMeter(probe, 50, () => {}, { env, holdMs: 200 });
    const seen: GpuSample[][] = [];
    while (Date.now() < t0 + 1500) {
      await sleep(100);
      seen.push(m.take(performance.now(), new Set()));
    }
    await m.stop();
    const pattern = seen.map((s) => (s[0]!.j === null ? '_' : 'x')).join('').replace(/(.)\1+/g, '$1');
    expect(pattern).toMatch(/x_x$/); // readings, the [N/A] stretch as a gap, readings again
    expect(seen.some((s) => s[0]!.j === 0 || s[0]!.w === 0)).toBe(false);
    expect(seen.every((s) => s[1]!.j === null && s[1]!.w === null)).toBe(true);
    expect(seen.some((s) => s[1]!.util === 42)).toBe(true);
  });

  it('the stream dying mid-run is a warning and a gap; it restarts; the meter keeps going', async () => {
    write({ gpus: [{}, GPU1], die_after_s: 0.6 });
    const events: GpuMeterEvent[] = [];
    const m = startSmiMeter(probe, 50, (e) => events.push(e), { env, holdMs: 200, restarts: 1, restartDelayMs: 500 });
    const seen: Array<GpuSample[]> = [];
    const deadline = performance.now() + 12_000;
    const done = (): boolean => events.some((e) => /no restarts left/.test(e.message));
    while (performance.now() < deadline && !done()) {
      await sleep(100);
      seen.push(m.take(performance.now(), new Set()));
    }
    for (let i = 0; i < 4; i++) {
      await sleep(100);
      seen.push(m.take(performance.now(), new Set()));
    }
    await m.stop();
    const warnings = events.filter((e) => e.level === 'warning').map((e) => e.message);
    const died = warnings.filter((w) => /stream exited with code 15/.test(w));
    expect(died).toHaveLength(2);
    expect(died[0]).toMatch(/Unknown Error/);
    expect(died[0]).toMatch(/restarts in 500 ms/);
    expect(died[1]).toMatch(/no restarts left/);
    expect(events.some((e) => e.level === 'info' && /restarted/.test(e.message))).toBe(true);
    // readings, then a gap, then readings again (restart), then a gap to the end
    const pattern = seen.map((s) => (s[0]!.j === null ? '_' : 'x')).join('').replace(/(.)\1+/g, '$1');
    expect(pattern).toMatch(/x_x_$/);
  });

  it('compute-apps source: who holds a context (host PIDs mapped through NSpid), SM share unknown', async () => {
    // nvidia-smi prints host PIDs; the meter sees the host /proc at hostProcRoot, where host pid 41000 is
    // pid 7 of our PID namespace (the tree's view). 777 on GPU 0 is someone else's.
    const host = join(dir, 'hostproc');
    mkdirSync(join(host, '41000', 'ns'), { recursive: true });
    writeFileSync(join(host, '41000', 'status'), 'Name:\tpython\nNSpid:\t41000\t7\n');
    symlinkSync(readlinkSync('/proc/self/ns/pid'), join(host, '41000', 'ns', 'pid'));
    write({ gpus: [{}, GPU1], pmon: false, processes: [{ pid: 777, gpu: 0, sm: 30 }, { pid: 41000, gpu: 1, sm: 30 }, { pid: 41000, gpu: 0, sm: 30 }] });
    const m = startSmiMeter({ ...probe, per_process: 'compute-apps' }, 100, () => {}, { env, hostPids: createHostPidMapper(host) });
    let s: GpuSample[] = [];
    const deadline = performance.now() + 8000;
    while (performance.now() < deadline && !s[1]?.on) {
      await sleep(200);
      s = m.take(performance.now(), new Set([7]));
    }
    await m.stop();
    // GPU 0: ours beside someone else's context, shared; GPU 1: only ours, the sole tenant (share 1)
    expect(s[0]).toMatchObject({ on: true, sm: null });
    expect(s[0]!.sole).toBeUndefined();
    expect(s[1]).toMatchObject({ on: true, sm: null, sole: true });
    // a tree that holds nothing is never a sole tenant
    expect(m.take(performance.now(), new Set([8])).some((g) => g.on || g.sole)).toBe(false);
  });

  it('an unavailable probe gives a meter with no GPUs and no children', async () => {
    const none = await probeNvidiaSmi('none');
    const m = startSmiMeter(none, 100, () => {});
    expect(m.take(performance.now() + 100, new Set())).toEqual([]);
    await m.stop();
  });
});
