// Small readers of /proc files for the process tree: one shared buffer, pread at offset 0 through fds kept
// open (procfs regenerates the text at each read), and the one-shot reads done at start.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { parseStat, type StatFields } from './procfs-parse.ts';

/** One buffer for every read: the tree is read synchronously, on one thread at a time. */
export const BUF = Buffer.alloc(4096);

export function preadText(fd: number): string {
  const n = readSync(fd, BUF, 0, BUF.length, 0);
  return BUF.toString('latin1', 0, n);
}

/** Reads /proc/<pid>/stat through an open fd; null when the process is gone. */
export function readStatFd(fd: number): StatFields | null {
  let n: number;
  try {
    n = readSync(fd, BUF, 0, BUF.length, 0);
  } catch {
    return null; // ESRCH: the process exited (and was reaped)
  }
  if (n === 0) return null;
  return parseStat(BUF, n);
}

export function openStat(pid: number): number | null {
  try {
    return openSync(`/proc/${pid}/stat`, 'r');
  } catch {
    return null;
  }
}

/** Reads the ppid of a process once (open, read, close); null when gone. */
export function readPpid(pid: number): number | null {
  const fd = openStat(pid);
  if (fd === null) return null;
  try {
    return readStatFd(fd)?.ppid ?? null;
  } finally {
    closeSync(fd);
  }
}

export function listPids(): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    const c = name.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) out.push(Number(name));
  }
  return out;
}

export function openOptional(path: string): number {
  try {
    return openSync(path, 'r');
  } catch {
    return -1;
  }
}

/** Page size in bytes: statm counts pages, status counts kB; compare them once for our own process. */
export function pageSize(): number {
  try {
    const statm = preadOnce('/proc/self/statm').split(' ');
    const status = preadOnce('/proc/self/status');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    const pages = Number(statm[1]);
    if (m && pages > 0) {
      const guess = (Number(m[1]) * 1024) / pages;
      for (const p of [4096, 16384, 65536]) if (Math.abs(guess - p) / p < 0.2) return p;
    }
  } catch {
    // fall through
  }
  return 4096;
}

export function preadOnce(path: string): string {
  const fd = openSync(path, 'r');
  try {
    return preadText(fd);
  } finally {
    closeSync(fd);
  }
}
