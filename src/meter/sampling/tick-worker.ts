// The tick worker: a thread that runs the sampler's ticks in a plain synchronous loop, asleep in
// Atomics.wait between them, and hands the main thread a batch of records once a second.
//
// Why a thread: the meter's CPU time is part of what it measures, and at 10 Hz most of it is the cost of
// waking up. A libuv timer wake-up (epoll, timer heap, microtask and promise-hook machinery, then our code
// cold in the caches) costs about twice what a futex wake-up of a thread that does nothing else costs
// (measured in bench/meter.bench.ts). The main thread keeps what needs the event loop (the command's exit,
// signals, the nvidia-smi child, the carbon poller) and wakes once a second for the batch.
//
// The sensors were opened and primed on the main thread at the sampler's start; their state arrives here
// as plain data with its file descriptors (a process's fds are shared by its threads). NVML's per-tick
// reads (src/meter/nvml/tick-reads.ts) and ROCm's (src/meter/amd/tick-reads.ts) load the library here and
// borrow the main thread's initialisation.
import { workerData } from 'node:worker_threads';
import { ProcTree, resumeAmdTicks, resumeNvmlTicks, resumeRapl } from '../sensors.ts';
import { nextTick, TickReader } from './tick-reader.ts';
import { CTL, type TickWorkerInit, type TickWorkerMessage } from './tick-protocol.ts';

const init = workerData as TickWorkerInit;
const ctl = new Int32Array(init.ctl);
const port = init.port;
// performance.now() counts from each thread's own start; shift it onto the main thread's clock
const offset = Number(process.hrtime.bigint() - init.originNs) / 1e6 - performance.now();
const clock = (): number => performance.now() + offset;

// the GPUs first: when they cannot be read here the worker fails to start before it owns any fd, and the
// ticks run on the main thread
const gpu = init.gpu ? (init.gpu.kind === 'amd' ? resumeAmdTicks(init.gpu, clock) : resumeNvmlTicks(init.gpu, clock)) : null;
const proc = ProcTree.resume(init.proc, clock);
const rapl = init.rapl ? resumeRapl(init.rapl, clock) : null;
const reader = new TickReader(proc, rapl, init.t0, gpu);
const post = (m: TickWorkerMessage): void => port.postMessage(m);
let rootReported = !proc.rootAlive();
Atomics.store(ctl, CTL.root, proc.rootAlive() ? 1 : 0);
post({ type: 'ready' });

const send = (final: boolean): void => {
  const rootGone = !proc.rootAlive();
  Atomics.store(ctl, CTL.root, rootGone ? 0 : 1);
  post({ type: 'batch', rootGone, ...reader.take(final, true) });
};

const { t0, intervalMs, batchMs } = init;
let k = 0;
let batchAt = clock();
for (;;) {
  let now = clock();
  k = nextTick(t0, intervalMs, k, now);
  const due = t0 + k * intervalMs;
  // asleep until due, or until the main thread asks for something
  for (;;) {
    const seq = Atomics.load(ctl, CTL.wake);
    if (Atomics.load(ctl, CTL.stop) || Atomics.load(ctl, CTL.flush)) break;
    const left = due - clock();
    if (left <= 0) break;
    Atomics.wait(ctl, CTL.wake, seq, left);
  }
  now = clock();
  if (Atomics.load(ctl, CTL.stop)) {
    reader.read(now, true);
    send(true);
    break;
  }
  if (Atomics.load(ctl, CTL.flush)) {
    send(false);
    Atomics.store(ctl, CTL.flush, 0);
    Atomics.store(ctl, CTL.ack, 1);
    Atomics.notify(ctl, CTL.ack);
    k--; // the tick that was due is still due
    continue;
  }
  reader.read(now);
  if (!rootReported && !proc.rootAlive()) {
    rootReported = true;
    batchAt = now;
    send(false); // the main thread may be waiting for the root's end (attach mode)
  } else if (now - batchAt >= batchMs) {
    batchAt = now;
    send(false);
  }
}
reader.close();
// the port closes as the thread ends, after the final batch is delivered
