// The sensors as the sampling engine sees them: the one place where sampling/ reaches a sensor folder.
// The sampler opens the process tree here; the tick worker (a thread of its own) rebuilds each sensor's
// reader from the plain state the main thread handed over. Everything else sampling needs of a sensor is
// an interface in types.ts, so a new sensor is a new folder plus a line here.
export { ProcTree, type ProcTreeOptions, type ProcTreeState } from './procfs/proc-tree.ts';
export { resumeRapl } from './rapl/powercap.ts';
export { resumeNvmlTicks } from './nvml/tick-reads.ts';
export { resumeAmdTicks } from './amd/tick-reads.ts';
