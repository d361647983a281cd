// Where the machine's own description is read (CPU vendor and model, memory size, DMI, device nodes, the
// PID namespace): '/' on a runner. JOULECHECK_HOST_ROOT points it at another tree, so that what doctor and
// the meter say about a machine can be tested with the machine's facts set, never the test host's.
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';

export function hostRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.JOULECHECK_HOST_ROOT || '/';
}

/** An absolute path of the machine (`/proc/cpuinfo`) under the host root. */
export function hostPath(root: string, path: string): string {
  return root === '/' ? path : join(root, path);
}

/** MemTotal of the host root's /proc/meminfo in bytes; the OS's figure when unreadable. */
export function hostMemTotal(root: string): number {
  if (root === '/') return totalmem();
  try {
    const kb = /^MemTotal:\s*(\d+)\s*kB/m.exec(readFileSync(hostPath(root, '/proc/meminfo'), 'latin1'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    /* fall through */
  }
  return totalmem();
}
