// What the main thread and the tick worker share: the control slots of their SharedArrayBuffer, the
// worker's start data and its messages. (The worker script itself runs on import, so this lives apart.)
import type { MessagePort } from 'node:worker_threads';
import type { ProcTreeState } from '../sensors.ts';
import type { RaplState } from '../types.ts';
import type { TickBatch } from './tick-reader.ts';
import type { GpuTickState } from '../types.ts';

/** Slots of the shared control array (Int32Array over a SharedArrayBuffer). */
export const CTL = {
  /** bumped by the main thread with every request, waited on by the worker */
  wake: 0,
  /** 1: take the final sample, send it and end */
  stop: 1,
  /** 1: send what was read so far now (the main thread waits for `ack`) */
  flush: 2,
  /** set to 1 by the worker when a flush was sent */
  ack: 3,
  /** 1 while the root process exists */
  root: 4,
  size: 5,
} as const;

export interface TickWorkerInit {
  ctl: SharedArrayBuffer;
  port: MessagePort;
  proc: ProcTreeState;
  rapl: RaplState | null;
  /** the GPU meter's per-tick reads, resumed in the worker */
  gpu: GpuTickState | null;
  /** the run's time origin and the schedule, on the main thread's performance.now() clock */
  t0: number;
  intervalMs: number;
  batchMs: number;
  /** process.hrtime.bigint() at the main thread's performance.now() == 0: one clock for both threads */
  originNs: bigint;
}

/** Messages to the main thread. */
export type TickWorkerMessage =
  | { type: 'ready' }
  | ({ type: 'batch'; rootGone: boolean } & TickBatch);
