// Where the ticks run: the tick worker thread for real sensors, the main thread when the worker cannot
// start (the same state goes on there, nothing is lost) or for injected sensors.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProcTree } from '../../../src/meter/procfs/proc-tree.ts';
import type { TickBatch } from '../../../src/meter/sampling/tick-reader.ts';
import { nextTick } from '../../../src/meter/sampling/tick-reader.ts';
import { startTicks } from '../../../src/meter/sampling/ticks.ts';
import { tempDir } from '../../run/helpers.ts';

async function run(workerFile?: string) {
  // the root lives until two batches arrived (a loaded machine may take a while to start the worker)
  const c = spawn('sleep', ['60'], { stdio: 'ignore' });
  const exited = new Promise<void>((r) => c.on('exit', () => r()));
  const t0 = performance.now();
  const proc = ProcTree.open({ rootPid: c.pid! });
  const batches: TickBatch[] = [];
  const ticks = await startTicks({
    proc, rapl: null, t0, intervalMs: 50, batchMs: 200, onBatch: (b) => batches.push(b), ...(workerFile ? { workerFile } : {}),
  });
  for (let i = 0; i < 300 && batches.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
  c.kill('SIGKILL');
  await exited;
  await ticks.rootGone;
  await ticks.stop();
  return { ticks, batches, pid: c.pid! };
}

describe('startTicks', () => {
  it('runs in the worker: batches in time order, the final one last, the tree pids sent when they change', async () => {
    const { ticks, batches, pid } = await run();
    expect(ticks.where).toBe('worker');
    expect(ticks.note).toBeNull();
    expect(batches.at(-1)!.final).toBe(true);
    expect(batches.filter((b) => b.final)).toHaveLength(1);
    const samples = batches.flatMap((b) => b.records).filter((r) => 'sample' in r);
    expect(samples.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < samples.length; i++) expect(samples[i]!.now).toBeGreaterThan(samples[i - 1]!.now);
    expect([...(batches[0]!.pids ?? [])]).toEqual([pid]);
    // the root's end is seen by the ticks and the pid list follows it
    expect(batches.some((b) => b.pids !== null && [...b.pids].length === 0)).toBe(true);
  });

  it('a worker that cannot start: the ticks run on the main thread from the same state, and say so', async () => {
    const bad = join(tempDir('jc-ticks-'), 'broken-worker.mjs');
    writeFileSync(bad, "throw new Error('broken on purpose');\n");
    const { ticks, batches } = await run(bad);
    expect(ticks.where).toBe('main');
    expect(ticks.note).toMatch(/tick worker failed to start \(.*broken on purpose.*\); ticks run on the main thread/);
    const samples = batches.flatMap((b) => b.records).filter((r) => 'sample' in r);
    expect(samples.length).toBeGreaterThanOrEqual(6);
    expect(batches.at(-1)!.final).toBe(true);
  });

  it('a worker that dies after its start ends the ticks (rootGone, stop) and says why', async () => {
    const dies = join(tempDir('jc-ticks-'), 'dying-worker.mjs');
    writeFileSync(dies, "import { workerData } from 'node:worker_threads';\nworkerData.port.postMessage({ type: 'ready' });\nsetTimeout(() => process.exit(3), 100);\n");
    const c = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const proc = ProcTree.open({ rootPid: c.pid! });
      const ticks = await startTicks({ proc, rapl: null, t0: performance.now(), intervalMs: 50, batchMs: 200, onBatch: () => {}, workerFile: dies });
      expect(ticks.where).toBe('worker');
      await ticks.rootGone; // resolves although the root still runs: nothing meters it any more
      await ticks.stop();
      expect(ticks.note).toMatch(/tick worker failed \(ended with code 3 before its final sample\)/);
    } finally {
      c.kill('SIGKILL');
    }
  });

  it('schedules drift-free: the next slot of the grid, skipping the slots a late tick missed', () => {
    expect(nextTick(1000, 100, 0, 1000)).toBe(1);
    expect(nextTick(1000, 100, 3, 1301)).toBe(4); // on time
    expect(nextTick(1000, 100, 3, 1400)).toBe(5); // exactly at slot 4: slot 4 is past
    expect(nextTick(1000, 100, 3, 1655)).toBe(7); // late: slots 4-6 missed, 7 is next (not 4, not 6.55)
  });
});
