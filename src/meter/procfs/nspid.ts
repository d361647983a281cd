// PID namespaces. nvidia-smi reports PIDs of the host's PID namespace; a meter inside a container sees its
// own. `/proc/<pid>/status` NSpid lists a process's PID in every namespace from the procfs mount's one down
// to its own, so with the host's /proc mounted in the container (e.g. -v /proc:/host/proc:ro) a host PID
// maps to ours: NSpid's last entry, when the process lives in our PID namespace (/proc/<pid>/ns/pid).
import { readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** NSpid of a process as seen from `procRoot` (outermost first), or null (gone, unreadable, old kernel). */
export function readNsPids(pid: number | 'self', procRoot = '/proc'): number[] | null {
  let text: string;
  try {
    text = readFileSync(join(procRoot, String(pid), 'status'), 'latin1');
  } catch {
    return null;
  }
  return parseNsPid(text);
}

/** The NSpid line of a status file (`NSpid:\t9147\t2`). Kernels before 4.1 have none: null. */
export function parseNsPid(status: string): number[] | null {
  const m = /^NSpid:\s*([\d\s]+)$/m.exec(status);
  if (!m) return null;
  const ids = m[1]!.trim().split(/\s+/).map(Number);
  return ids.length > 0 && ids.every((n) => Number.isInteger(n) && n > 0) ? ids : null;
}

/** `pid:[4026531836]` of a process's PID namespace, or null. */
export function pidNamespace(pid: number | 'self', procRoot = '/proc'): string | null {
  try {
    return readlinkSync(join(procRoot, String(pid), 'ns', 'pid'));
  } catch {
    return null;
  }
}

/**
 * Maps PIDs as nvidia-smi prints them (host namespace) to PIDs of our namespace. `hostProcRoot` is where the
 * host's /proc is visible: '/proc' on the host itself (identity), a bind mount inside a container. Returns
 * null for processes outside our PID namespace (another container's) or not visible. Results are cached per
 * PID; call forget() for PIDs that left (PIDs are reused).
 */
export function createHostPidMapper(hostProcRoot = '/proc', selfProcRoot = '/proc'): { map(hostPid: number): number | null; forget(hostPid: number): void } {
  const identity = hostProcRoot === selfProcRoot;
  const ours = pidNamespace('self', selfProcRoot);
  const cache = new Map<number, number | null>();
  return {
    map(hostPid) {
      if (identity) return hostPid;
      const hit = cache.get(hostPid);
      if (hit !== undefined) return hit;
      let local: number | null = null;
      const chain = readNsPids(hostPid, hostProcRoot);
      if (chain && ours !== null && pidNamespace(hostPid, hostProcRoot) === ours) local = chain[chain.length - 1]!;
      cache.set(hostPid, local);
      return local;
    },
    forget(hostPid) {
      cache.delete(hostPid);
    },
  };
}
