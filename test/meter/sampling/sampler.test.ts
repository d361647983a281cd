// The sampler around a real child process, with sensors injected at their seam (RaplMeter, GpuMeter):
// schedule, raw sample lines, gap events, real-time intensity failures, header and footer.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GpuSample } from '../../../src/model/log.ts';
import { readRunLog } from '../../../src/log/reader.ts';
import { startSampler, type MeterContext } from '../../../src/meter/sampling/sampler.ts';
import type { GpuMeter, RaplMeter } from '../../../src/meter/types.ts';
import { discoverRaplSync, openRapl } from '../../../src/meter/rapl/powercap.ts';
import { buildPowercapTree, intelLayout } from '../../fakes/powercap.ts';
import { tempDir } from '../../run/helpers.ts';

/** threads of this process named as Node names a worker_threads Worker */
function workerThreads(): number {
  let n = 0;
  for (const t of readdirSync('/proc/self/task')) {
    try {
      if (readFileSync(`/proc/self/task/${t}/comm`, 'latin1').trim() === 'WorkerThread') n++;
    } catch {
      // thread gone
    }
  }
  return n;
}

function context(over: Partial<MeterContext> = {}, intervalMs = 50): MeterContext {
  return {
    header: {
      schema: 'joulecheck/log@1',
      tool: { name: 'joulecheck', version: 'test' },
      interval_ms: intervalMs,
      pue: 1.5,
      host: { hostname: 'h', platform: 'linux', arch: 'x64', cpu_model: 'cpu', logical_cpus: 2, mem_total_bytes: 1e9, gpus: [] },
      sensors: { cpu: { kind: 'measured', sensor: 'rapl' }, dram: { kind: 'measured', sensor: 'rapl' }, gpu: { kind: 'none' }, notes: [] },
      attribution: { children: 'test', gpu_idle: 'test' },
      carbon: { region: 'DE', intensity_g_per_kwh: 380, intensity_kind: 'annual', source: 'test annual' },
    },
    openRapl: null,
    startGpu: null,
    realtime: null,
    ...over,
  };
}

/** Sample, event and intensity lines never go back in time through the file. */
function expectTimeOrdered(path: string): void {
  const ts = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; t?: number })
    .filter((o) => o.type === 'sample' || o.type === 'event' || o.type === 'intensity')
    .map((o) => o.t!);
  expect(ts.length).toBeGreaterThan(1);
  for (let i = 1; i < ts.length; i++) expect(ts[i]!).toBeGreaterThanOrEqual(ts[i - 1]!);
}

function child(seconds: number) {
  const c = spawn('sleep', [String(seconds)], { stdio: 'ignore' });
  return { pid: c.pid!, exited: new Promise<void>((r) => c.on('exit', () => r())) };
}

describe('startSampler', () => {
  it('ticks on a drift-free schedule and writes raw samples, then the footer', async () => {
    const dir = tempDir('jc-sampler-');
    // a RAPL meter at exactly 10 W package, 2 W dram, per its own clock
    let last = performance.now();
    const rapl: RaplMeter = {
      read() {
        const now = performance.now();
        const dt = (now - last) / 1000;
        last = now;
        return { pkg: 10 * dt, dram: 2 * dt };
      },
    };
    const c = child(1.2);
    const s = await startSampler(context({ openRapl: () => rapl }), { rootPid: c.pid, logPath: join(dir, 'a.log.ndjson'), label: 'a', repeat: 1, command: ['sleep', '1.2'] });
    await c.exited;
    const footer = await s.stop({ exitCode: 0, signal: null });
    const log = await readRunLog(join(dir, 'a.log.ndjson'));
    expect(log.header).toMatchObject({ label: 'a', repeat: 1, command: ['sleep', '1.2'], pue: 1.5, interval_ms: 50 });
    expect(log.footer).toEqual(footer);
    expect(footer.samples).toBe(log.samples.length);
    // ~1.2 s at 50 ms: about 24 ticks (a loaded machine may skip a few; never more than the schedule allows)
    expect(log.samples.length).toBeGreaterThanOrEqual(12);
    expect(log.samples.length).toBeLessThanOrEqual(Math.ceil(footer.duration_s / 0.05) + 1);
    // drift-free: tick k ends near k x 50 ms (late ticks skip slots, they never shift the grid)
    const regular = log.samples.slice(0, -1);
    const offGrid = regular.filter((x) => { const r = (x.t * 1000) % 50; return Math.min(r, 50 - r) > 25; });
    expect(offGrid.length).toBeLessThanOrEqual(regular.length / 4);
    // dt are the real intervals: they sum to the last t
    const sum = log.samples.reduce((a, x) => a + x.dt, 0);
    expect(sum).toBeCloseTo(log.samples.at(-1)!.t, 2);
    // the RAPL energy per sample is the injected 10 W x dt (same clocks up to scheduling jitter)
    const pkg = log.samples.reduce((a, x) => a + (x.pkg ?? 0), 0);
    expect(pkg / sum).toBeGreaterThan(9);
    expect(pkg / sum).toBeLessThan(11);
    expect(log.samples.every((x) => x.procs >= 0 && x.total >= x.busy)).toBe(true);
  });

  it('a failing sensor becomes a gap (null) with one event when it starts and one when it ends', async () => {
    const dir = tempDir('jc-sampler-');
    let n = 0;
    const rapl: RaplMeter = {
      read() {
        n++;
        if (n >= 4 && n < 8) throw new Error('EIO');
        return { pkg: 1, dram: null };
      },
    };
    const gpuReadings: GpuSample[][] = [];
    let g = 0;
    const gpu: GpuMeter = {
      gpus: [],
      method: 'fake stream',
      take() {
        g++;
        const w = g >= 3 && g < 6 ? null : 100;
        const out = [{ u: 'GPU-x', w, j: w === null ? null : 5, util: 50, sm: null, on: false }];
        gpuReadings.push(out);
        return out;
      },
      stop: async () => {},
    };
    const ctx = context({ openRapl: () => rapl, startGpu: () => gpu });
    ctx.header.gpu_sampling = { method: 'probe', fields: [], interval_ms: 50, per_process: 'none' };
    const c = child(0.7);
    const s = await startSampler(ctx, { rootPid: c.pid, logPath: join(dir, 'g.log.ndjson'), label: 'g', repeat: 1, command: ['x'] });
    await c.exited;
    await s.stop({ exitCode: 0, signal: null });
    const log = await readRunLog(join(dir, 'g.log.ndjson'));
    expect(log.header.gpu_sampling?.method).toBe('fake stream'); // the running meter's method
    const messages = log.events.map((e) => e.message);
    expect(messages.filter((m) => /RAPL read failed \(EIO\)/.test(m))).toHaveLength(1);
    expect(messages.filter((m) => /RAPL readings resumed/.test(m))).toHaveLength(1);
    expect(messages.filter((m) => /GPU GPU-x: no power reading \(gap\)/.test(m))).toHaveLength(1);
    expect(messages.filter((m) => /GPU GPU-x: power readings resumed/.test(m))).toHaveLength(1);
    expect(log.samples.filter((x) => x.pkg === null)).toHaveLength(4);
    expect(log.samples.filter((x) => x.gpu?.[0]?.w === null)).toHaveLength(3);
  });

  it('reads at every tick, builds the samples (GPU readings, log lines) once a second, keeps the log in time order', async () => {
    const dir = tempDir('jc-sampler-');
    let n = 0;
    const rapl: RaplMeter = {
      read() {
        n++;
        if (n >= 30 && n < 34) throw new Error('EIO'); // events in the middle of a batch (~1.5 s)
        return { pkg: 1, dram: null };
      },
    };
    const takes: Array<{ at: number; real: number }> = [];
    const gpu: GpuMeter = {
      gpus: [],
      method: 'fake stream',
      take(nowMs) {
        takes.push({ at: nowMs, real: performance.now() });
        return [{ u: 'GPU-x', w: 100, j: 5, util: 50, sm: null, on: false }];
      },
      stop: async () => {},
    };
    const ctx = context({ openRapl: () => rapl, startGpu: () => gpu });
    const c = child(2.6);
    const path = join(dir, 'b.log.ndjson');
    const s = await startSampler(ctx, { rootPid: c.pid, logPath: path, label: 'b', repeat: 1, command: ['x'] });
    await new Promise((r) => setTimeout(r, 400));
    expect(s.samples).toBe(0); // read, not yet built: the first batch is due at 1 s
    await c.exited;
    await s.stop({ exitCode: 0, signal: null });
    // one take per interval, at the interval's own end time, in order...
    expect(takes.length).toBeGreaterThanOrEqual(40);
    for (let i = 1; i < takes.length; i++) expect(takes[i]!.at).toBeGreaterThan(takes[i - 1]!.at);
    // ...made in a few batches (a pause of more than 30 ms between two takes starts a new one)
    const batches = 1 + takes.slice(1).filter((x, i) => x.real - takes[i]!.real > 30).length;
    expect(batches).toBeLessThanOrEqual(5);
    const log = await readRunLog(path);
    expect(log.samples).toHaveLength(takes.length);
    expect(log.footer?.samples).toBe(takes.length);
    expect(log.samples.filter((x) => x.pkg === null)).toHaveLength(4);
    // samples and events in the file in time order (an event first writes the samples read before it)
    expectTimeOrdered(path);
  });

  it('a real-time provider that fails: warning event and the annual intensity line', async () => {
    const dir = tempDir('jc-sampler-');
    const ctx = context({ realtime: { provider: 'uk', token: null, zone: 'GB', pollMs: 60_000, baseUrl: 'http://127.0.0.1:9' } });
    const c = child(0.8);
    const s = await startSampler(ctx, { rootPid: c.pid, logPath: join(dir, 'i.log.ndjson'), label: 'i', repeat: 1, command: ['x'] });
    await c.exited;
    await s.stop({ exitCode: 0, signal: null });
    const log = await readRunLog(join(dir, 'i.log.ndjson'));
    expect(log.events.some((e) => e.level === 'warning' && /real-time carbon intensity \(uk\):.*annual value used/.test(e.message))).toBe(true);
    expect(log.intensities).toHaveLength(1);
    expect(log.intensities[0]).toMatchObject({ kind: 'annual', g_per_kwh: 380, source: 'test annual' });
    expectTimeOrdered(join(dir, 'i.log.ndjson'));
  });

  it('real sensors tick in a worker thread that ends with the run: RAPL energy as written, the tree pids reach the GPU take', async () => {
    const dir = tempDir('jc-sampler-');
    const tree = buildPowercapTree(dir, intelLayout());
    const profile = join(dir, 'profile.json');
    // 50 W on every counted zone: package 3 x 50 W (dies summed), dram 2 x 50 W
    const W = 50;
    const ids = ['intel-rapl:0', 'intel-rapl:1', 'intel-rapl:a', 'intel-rapl:0:2', 'intel-rapl:1:1'];
    writeFileSync(profile, JSON.stringify({ zones: Object.fromEntries(ids.map((id) => [id, [[0, W]]])), period_ms: 10, duration_s: 60 }));
    const writer = spawn(process.execPath, [resolve(import.meta.dirname, '../../fakes/powercap-writer.ts'), tree.root, profile], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((r) => writer.stdout!.once('data', () => r()));
    const discovery = discoverRaplSync(tree.root);
    const seen: number[][] = [];
    const gpu: GpuMeter = {
      gpus: [],
      method: 'fake stream',
      take(_now, pids) {
        seen.push([...pids]);
        return [];
      },
      stop: async () => {},
    };
    const ctx = context({ openRapl: () => openRapl(discovery)!, startGpu: () => gpu }, 100);
    const before = workerThreads();
    // the root lives until a batch or two arrived (a loaded machine may take a while to start the worker)
    const root = spawn('sleep', ['60'], { stdio: 'ignore' });
    const c = { pid: root.pid!, exited: new Promise<void>((r) => root.on('exit', () => r())) };
    const path = join(dir, 'w.log.ndjson');
    try {
      const s = await startSampler(ctx, { rootPid: c.pid, logPath: path, label: 'w', repeat: 1, command: ['sleep'] });
      expect(workerThreads()).toBe(before + 1);
      for (let i = 0; i < 300 && s.samples < 15; i++) await new Promise((r) => setTimeout(r, 50));
      root.kill('SIGKILL');
      await c.exited;
      await s.stop({ exitCode: 0, signal: null });
      expect(workerThreads()).toBe(before); // ended with the run, its fds closed
    } finally {
      root.kill('SIGKILL');
      writer.kill('SIGTERM');
    }
    const log = await readRunLog(path);
    expect(log.events.map((e) => e.message).join('\n')).not.toMatch(/main thread/);
    expect(log.samples.length).toBeGreaterThanOrEqual(15);
    // every interval's energy is the writer's power x dt (the writer steps every 10 ms: allow 2 steps)
    const sum = log.samples.reduce((a, x) => a + x.dt, 0);
    const pkg = log.samples.reduce((a, x) => a + (x.pkg ?? NaN), 0);
    const dram = log.samples.reduce((a, x) => a + (x.dram ?? NaN), 0);
    expect(Math.abs(pkg - 3 * W * sum)).toBeLessThan(3 * W * 0.02 + 3 * W * sum * 0.01);
    expect(Math.abs(dram - 2 * W * sum)).toBeLessThan(2 * W * 0.02 + 2 * W * sum * 0.01);
    expect(log.samples.some((x) => x.tree >= 0 && x.procs === 1)).toBe(true);
    // the tree's pids crossed the thread boundary to the GPU take
    expect(seen.length).toBe(log.samples.length);
    expect(seen[0]).toEqual([c.pid]);
    // and its end: the last batch's records ran while the root lived, so it is still counted in them
    // (the members before AND after a batch), never dropped before it exited
    expect(seen.at(-1)).toEqual([c.pid]);
    expectTimeOrdered(path);
  });

  it('a meter that exits mid-run still writes what the worker read since the last batch, then the footer', async () => {
    const dir = tempDir('jc-sampler-');
    const path = join(dir, 'x.log.ndjson');
    const code = await new Promise<number | null>((r) =>
      spawn(process.execPath, [resolve(import.meta.dirname, 'sampler-exit-child.ts'), path, '1600'], { stdio: 'inherit' }).on('exit', (c) => r(c)),
    );
    expect(code).toBe(3);
    const log = await readRunLog(path);
    expect(log.footer).toMatchObject({ signal: 'meter-exit', exit_code: null });
    expect(log.footer!.samples).toBe(log.samples.length);
    // batches go out every second (the exit comes ~0.6 s after one): the samples read since then reached
    // the log only through the exit handler, so the log goes on up to the exit
    expect(log.footer!.duration_s - log.samples.at(-1)!.t).toBeLessThan(0.3);
    expect(log.samples.length).toBeGreaterThanOrEqual(10);
    expectTimeOrdered(path);
  });
});
