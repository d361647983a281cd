import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);
import {
  CTL,
  ProcTree,
  TickReader,
  nextTick,
  resumeAmdTicks,
  resumeNvmlTicks,
  resumeRapl
} from "./chunks/chunk-ZT36PZ5S.js";
import "./chunks/chunk-GMPB3SXE.js";

// src/meter/sampling/tick-worker.ts
import { workerData } from "node:worker_threads";
var init = workerData;
var ctl = new Int32Array(init.ctl);
var port = init.port;
var offset = Number(process.hrtime.bigint() - init.originNs) / 1e6 - performance.now();
var clock = () => performance.now() + offset;
var gpu = init.gpu ? init.gpu.kind === "amd" ? resumeAmdTicks(init.gpu, clock) : resumeNvmlTicks(init.gpu, clock) : null;
var proc = ProcTree.resume(init.proc, clock);
var rapl = init.rapl ? resumeRapl(init.rapl, clock) : null;
var reader = new TickReader(proc, rapl, init.t0, gpu);
var post = (m) => port.postMessage(m);
var rootReported = !proc.rootAlive();
Atomics.store(ctl, CTL.root, proc.rootAlive() ? 1 : 0);
post({ type: "ready" });
var send = (final) => {
  const rootGone = !proc.rootAlive();
  Atomics.store(ctl, CTL.root, rootGone ? 0 : 1);
  post({ type: "batch", rootGone, ...reader.take(final, true) });
};
var { t0, intervalMs, batchMs } = init;
var k = 0;
var batchAt = clock();
for (; ; ) {
  let now = clock();
  k = nextTick(t0, intervalMs, k, now);
  const due = t0 + k * intervalMs;
  for (; ; ) {
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
    k--;
    continue;
  }
  reader.read(now);
  if (!rootReported && !proc.rootAlive()) {
    rootReported = true;
    batchAt = now;
    send(false);
  } else if (now - batchAt >= batchMs) {
    batchAt = now;
    send(false);
  }
}
reader.close();
