// Runs the sampler's ticks: in the tick worker thread (src/meter/sampling/tick-worker.ts: the light way, used for
// the real sensors), or on the main thread with a timer (injected sensors, whose state cannot move to
// another thread, and the fallback when no worker can be started). Either way the sampler receives the
// same batches, once a second, through onBatch.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { ProcTree, resumeRapl, type ProcTreeState } from '../sensors.ts';
import type { RaplState } from '../types.ts';
import { nextTick, TickReader, type TickBatch } from './tick-reader.ts';
import { CTL, type TickWorkerInit, type TickWorkerMessage } from './tick-protocol.ts';
import type { GpuTickReads, RaplMeter } from '../types.ts';
import type { GpuTickState } from '../types.ts';

export interface TickOptions {
  /** opened and primed by the caller; handed over to the worker (do not use them afterwards) */
  proc: ProcTree;
  rapl: RaplMeter | null;
  /** a GPU meter's per-tick reads: `state` is resumed in the worker, `local` reads on the main thread */
  gpu?: { local: GpuTickReads; state: GpuTickState } | null;
  /** the run's time origin (performance.now()) */
  t0: number;
  intervalMs: number;
  /** a batch at least this often, ms */
  batchMs: number;
  onBatch: (b: TickBatch) => void;
  /** the worker script (tests of the fallback; default: the one beside this module) */
  workerFile?: string;
}

export interface TickSource {
  /** where the ticks run, and why not in the worker when they are not */
  readonly where: 'worker' | 'main';
  readonly note: string | null;
  /** resolves once the root process is gone (or the ticks ended) */
  readonly rootGone: Promise<void>;
  /** takes the final, full sample; its batch is delivered before this resolves. Idempotent. */
  stop(): Promise<void>;
  /** delivers everything read so far, synchronously (from a process 'exit' handler) */
  flushSync(): void;
}

const WORKER_START_MS = 10_000;
const WORKER_STOP_MS = 5_000;

export async function startTicks(o: TickOptions): Promise<TickSource> {
  // injected sensors (tests) have no state to hand over: they run where they were made
  if (o.rapl && !o.rapl.handOver) return mainTicks(o.proc, o.rapl, o, null);
  const file = o.workerFile ?? workerFile();
  if (!file) return mainTicks(o.proc, o.rapl, o, 'tick worker script not found; ticks run on the main thread');
  const procState = o.proc.handOver();
  const raplState = o.rapl?.handOver?.() ?? null;
  try {
    return await workerTicks(file, procState, raplState, o);
  } catch (err) {
    // the worker never ran a tick: the state is as it was handed over
    const why = err instanceof Error ? err.message : String(err);
    return mainTicks(ProcTree.resume(procState), raplState ? resumeRapl(raplState) : null, o, `tick worker failed to start (${why}); ticks run on the main thread`);
  }
}

/** The worker script beside this module: the .ts source (tests, bench) or the bundle's meter-ticks.js. */
function workerFile(): string | null {
  for (const rel of ['./tick-worker.ts', './meter-ticks.js', '../meter-ticks.js']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return null;
}

async function workerTicks(file: string, proc: ProcTreeState, rapl: RaplState | null, o: TickOptions): Promise<TickSource> {
  const ctlBuf = new SharedArrayBuffer(CTL.size * 4);
  const ctl = new Int32Array(ctlBuf);
  const { port1, port2 } = new MessageChannel();
  const init: TickWorkerInit = {
    ctl: ctlBuf,
    port: port2,
    proc,
    rapl,
    gpu: o.gpu?.state ?? null,
    t0: o.t0,
    intervalMs: o.intervalMs,
    batchMs: o.batchMs,
    originNs: process.hrtime.bigint() - BigInt(Math.round(performance.now() * 1e6)),
  };
  // its own stdio is not needed (it prints nothing); the step's output stays the step's
  const worker = new Worker(file, { workerData: init, transferList: [port2], stdout: true, stderr: true });
  let exited = false;
  let finished = false;
  let resolveFinal: () => void = () => {};
  const final = new Promise<void>((r) => (resolveFinal = r));
  let resolveGone: () => void = () => {};
  const rootGone = new Promise<void>((r) => (resolveGone = r));
  const end = (): void => {
    finished = true;
    resolveFinal();
    resolveGone();
  };

  let finalSeen = false;
  const handle = (m: TickWorkerMessage): void => {
    if (m.type !== 'batch') return;
    o.onBatch(m);
    if (m.rootGone) resolveGone();
    if (m.final) {
      finalSeen = true;
      end();
    }
  };

  await new Promise<void>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no answer in ${WORKER_START_MS} ms`)), WORKER_START_MS);
    const fail = (err: Error): void => {
      clearTimeout(timer);
      void worker.terminate();
      rej(err);
    };
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    port1.once('message', (m: TickWorkerMessage) => {
      clearTimeout(timer);
      worker.removeAllListeners('error');
      worker.removeAllListeners('exit');
      if (m.type === 'ready') res();
      else fail(new Error(`unexpected first message '${m.type}'`));
    });
  });

  // after the start: a worker that dies ends the ticks (the sampler writes what it has and the footer)
  let problem: string | null = null;
  worker.on('error', (err) => {
    problem = err.message;
    end();
  });
  worker.on('exit', (code) => {
    exited = true;
    if (!finalSeen) problem ??= `ended with code ${code} before its final sample`;
    end();
  });
  port1.on('message', handle);
  if (Atomics.load(ctl, CTL.root) === 0) resolveGone(); // gone before the first tick
  // neither keeps the process alive: the command does
  port1.unref();
  worker.unref();

  const request = (slot: number): void => {
    Atomics.store(ctl, slot, 1);
    Atomics.add(ctl, CTL.wake, 1);
    Atomics.notify(ctl, CTL.wake);
  };
  let stopping: Promise<void> | null = null;
  return {
    where: 'worker',
    get note() {
      return problem ? `tick worker failed (${problem}); no samples after it` : null;
    },
    rootGone,
    stop: () =>
      (stopping ??= (async () => {
        if (finished) return;
        request(CTL.stop);
        // the final batch and the worker's end must arrive even if nothing else keeps the process alive
        port1.ref();
        worker.ref();
        const timer = setTimeout(() => {
          problem ??= `no final sample in ${WORKER_STOP_MS} ms`;
          void worker.terminate();
        }, WORKER_STOP_MS);
        await final;
        clearTimeout(timer);
        // the worker closes the sensors' fds as it ends
        if (!exited) await new Promise<void>((r) => (exited ? r() : worker.once('exit', () => r())));
        port1.close();
      })()),
    flushSync: () => {
      if (finished) return;
      if (!exited) {
        Atomics.store(ctl, CTL.ack, 0);
        request(CTL.flush);
        Atomics.wait(ctl, CTL.ack, 0, 500);
      }
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) handle(m.message as TickWorkerMessage);
    },
  };
}

/** Ticks on the main thread, on a timer (drift-free schedule, as in the worker). */
function mainTicks(proc: ProcTree, rapl: RaplMeter | null, o: TickOptions, note: string | null): TickSource {
  const reader = new TickReader(proc, rapl, o.t0, o.gpu?.local ?? null);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let resolveGone: () => void = () => {};
  const rootGone = new Promise<void>((r) => (resolveGone = r));
  let k = 0;
  let batchAt = o.t0;
  let rootReported = false;
  const deliver = (final: boolean): void => o.onBatch(reader.take(final, false));
  const tick = (): void => {
    timer = null;
    if (stopped) return;
    const now = performance.now();
    reader.read(now);
    if (!rootReported && !proc.rootAlive()) {
      rootReported = true;
      resolveGone();
      batchAt = now;
      deliver(false);
    } else if (now - batchAt >= o.batchMs) {
      batchAt = now;
      deliver(false);
    }
    schedule();
  };
  const schedule = (): void => {
    const now = performance.now();
    k = nextTick(o.t0, o.intervalMs, k, now);
    timer = setTimeout(tick, o.t0 + k * o.intervalMs - now);
  };
  schedule();
  return {
    where: 'main',
    note,
    rootGone,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      reader.read(performance.now(), true);
      deliver(true);
      resolveGone();
      reader.close();
    },
    flushSync: () => {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      deliver(false);
    },
  };
}
