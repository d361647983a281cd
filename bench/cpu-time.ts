// CPU time of a process from /proc/<pid>/task/*/schedstat (ns on CPU, every thread), for the meter
// benchmarks. Children (the fake nvidia-smi, the powercap writer) are separate processes and not in it.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds of a process, per kind of thread (Node names its threads): where the time goes. */
export function cpuByThread(pid: number): Map<'main' | 'ticks' | 'v8' | 'other', number> {
  const out = new Map<'main' | 'ticks' | 'v8' | 'other', number>();
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    try {
      const comm = readFileSync(`/proc/${pid}/task/${t}/comm`, 'latin1').trim();
      const kind = comm === 'MainThread' ? 'main' : comm === 'WorkerThread' ? 'ticks' : comm === 'V8Worker' ? 'v8' : 'other';
      const ns = Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'latin1').split(' ')[0]);
      out.set(kind, (out.get(kind) ?? 0) + ns / 1e9);
    } catch {
      // thread gone
    }
  }
  return out;
}

/** CPU seconds of a process, all its threads. */
export function cpuSeconds(pid: number): number {
  let s = 0;
  for (const v of cpuByThread(pid).values()) s += v;
  return s;
}
