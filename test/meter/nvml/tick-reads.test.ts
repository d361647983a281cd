// NVML's per-tick reads in the tick worker: once the sampler takes them over, the main thread makes no
// NVML call per tick (its only wake-up is the batch), the worker's readings give the same energy as the
// library's exact integral; when the worker cannot start, or cannot reach the GPUs, the main thread reads.
// Real FFI (koffi) against the fake libnvidia-ml.so.1, loaded in both threads.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNvmlMeter } from '../../../src/meter/nvml/meter.ts';
import { openNvmlSession } from '../../../src/meter/nvml/probe.ts';
import { READ_KIND, READ_STRIDE } from '../../../src/meter/nvml/tick-reads.ts';
import type { NvmlTickState } from '../../../src/meter/types.ts';
import { ProcTree } from '../../../src/meter/procfs/proc-tree.ts';
import type { TickBatch } from '../../../src/meter/sampling/tick-reader.ts';
import { startTicks } from '../../../src/meter/sampling/ticks.ts';
import type { GpuMeterEvent } from '../../../src/meter/types.ts';
import { buildFakeNvml, exactEnergyJ, writeScenario, type FakeGpu } from '../../fakes/nvml.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-nvml-ticks-'));
let lib: string;
beforeAll(() => {
  lib = buildFakeNvml();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const epoch = (perf: number): number => perf + (Date.now() - performance.now());

const GPUS: FakeGpu[] = [
  { uuid: 'GPU-tick-a', base_w: 150 },
  { uuid: 'GPU-tick-b', base_w: 250, counter: false },
];

/**
 * As the sampler does it: the meter's reads taken over, the ticks (worker or main) reading them, the batches
 * ingested and every sample's interval taken. Counts the NVML energy and power calls made on this thread.
 */
async function run(opts: { workerFile?: string; state?: (s: NvmlTickState) => NvmlTickState } = {}) {
  const t0ms = Date.now();
  Object.assign(process.env, writeScenario(join(dir, `s-${t0ms}.txt`), { t0_ms: t0ms, gpus: GPUS }));
  const session = openNvmlSession(lib);
  expect(session.probe.ok).toBe(true);
  const nvml = session.lib!;
  let mainCalls = 0;
  for (const k of ['energyMj', 'powerInstantMw', 'powerUsageMw', 'utilization'] as const) {
    const f = nvml[k].bind(nvml);
    (nvml as unknown as Record<string, unknown>)[k] = (...a: unknown[]) => {
      mainCalls++;
      return (f as (...x: unknown[]) => unknown)(...a);
    };
  }
  const events: GpuMeterEvent[] = [];
  const t0 = performance.now();
  const m = startNvmlMeter(session, 50, (e) => events.push(e), { since: t0 });
  const over = m.takeOverReads!();
  const atTakeover = mainCalls;
  const c = spawn('sleep', ['60'], { stdio: 'ignore' });
  const exited = new Promise<void>((r) => c.on('exit', () => r()));
  const proc = ProcTree.open({ rootPid: c.pid! });
  const takes: Array<{ a: number; b: number; j: Array<number | null> }> = [];
  const readings = new Map<number, number>();
  let a = t0;
  const onBatch = (b: TickBatch): void => {
    if (b.gpu) {
      for (let o = 0; o < b.gpu.length; o += READ_STRIDE) readings.set(b.gpu[o + 1]!, (readings.get(b.gpu[o + 1]!) ?? 0) + 1);
      over.ingest(b.gpu);
    }
    for (const r of b.records) {
      if (!('sample' in r)) continue;
      takes.push({ a, b: r.now, j: m.take(r.now, new Set()).map((g) => g.j) });
      a = r.now;
    }
  };
  const state = opts.state && over.state.kind === 'nvml' ? opts.state(over.state) : over.state;
  const gpu = { local: over.local, state };
  const worker = opts.workerFile ? { workerFile: opts.workerFile } : {};
  const ticks = await startTicks({ proc, rapl: null, gpu, t0, intervalMs: 50, batchMs: 300, onBatch, ...worker });
  await sleep(1500);
  c.kill('SIGKILL');
  await exited;
  await ticks.stop();
  await m.stop();
  return { ticks, takes, readings, events, mainAfterTakeover: mainCalls - atTakeover, t0ms };
}

function expectExactEnergy(r: Awaited<ReturnType<typeof run>>): void {
  // the first interval starts before the first read; the rest tile the run
  const used = r.takes.slice(1).filter((t) => t.b > t.a);
  expect(used.length).toBeGreaterThanOrEqual(10);
  GPUS.forEach((g, i) => {
    const got = used.reduce((s, t) => s + t.j[i]!, 0);
    const want = exactEnergyJ(g, r.t0ms, epoch(used[0]!.a), epoch(used.at(-1)!.b));
    // GPU 0 by its counter; GPU 1 (no counter) by its polled power, constant here
    expect(Math.abs(got - want) / want).toBeLessThan(0.01);
  });
}

describe('NVML reads at the ticks', () => {
  it('in the tick worker: no NVML call per tick on the main thread, every GPU read at every tick, energy exact', async () => {
    const r = await run();
    expect(r.ticks.where).toBe('worker');
    expect(r.ticks.note).toBeNull();
    expect(r.events).toEqual([]);
    expect(r.mainAfterTakeover).toBe(0);
    // ~30 ticks in 1.5 s at 20 Hz: the counter of GPU 0, the power of both, the utilisation of both
    expect(r.readings.get(READ_KIND.energy)).toBeGreaterThanOrEqual(15);
    expect(r.readings.get(READ_KIND.power)).toBe(2 * r.readings.get(READ_KIND.energy)!);
    expect(r.readings.get(READ_KIND.util)).toBe(2 * r.readings.get(READ_KIND.energy)!);
    expectExactEnergy(r);
  });

  it('a worker that cannot start: the main thread reads the GPUs at the ticks, the energy is the same', async () => {
    const bad = join(dir, 'broken-worker.mjs');
    writeFileSync(bad, "throw new Error('broken on purpose');\n");
    const r = await run({ workerFile: bad });
    expect(r.ticks.where).toBe('main');
    expect(r.mainAfterTakeover).toBeGreaterThanOrEqual(15 * 5);
    expectExactEnergy(r);
  });

  it('a worker that cannot reach a GPU by its index: it does not start, says which GPU, the main thread reads', async () => {
    const r = await run({ state: (s) => ({ ...s, devices: s.devices.map((d, i) => (i === 1 ? { ...d, uuid: 'GPU-elsewhere' } : d)) }) });
    expect(r.ticks.where).toBe('main');
    expect(r.ticks.note).toMatch(/tick worker failed to start \(.*GPU 1 is GPU-tick-b, expected GPU-elsewhere.*\)/);
    expect(r.mainAfterTakeover).toBeGreaterThan(0);
    // the main thread's reads are the meter's own (the worker's state is not used there)
    expectExactEnergy(r);
  });
});
