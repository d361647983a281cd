// Parsers of /proc files, byte-level where they run every tick (no string of the file is built). Pure.

/** Fields of /proc/<pid>/stat that we use; null when the process is gone. */
export interface StatFields {
  ppid: number;
  ticks: number;
  rssPages: number;
}

const SPACE = 0x20;

/**
 * Parses /proc/<pid>/stat bytes: "pid (comm) state ppid ... utime stime cutime cstime ... rss ...".
 * comm may contain spaces and parentheses, so fields are counted from the LAST ')'. Byte-level to avoid
 * building strings on the hot path. Exported for tests.
 */
export function parseStat(buf: Uint8Array, len: number): StatFields | null {
  let i = len - 1;
  while (i >= 0 && buf[i] !== 0x29) i--;
  if (i < 0) return null;
  i += 2; // skip ") "
  // field numbers per proc(5): 3 state, 4 ppid, 14 utime, 15 stime, 16 cutime, 17 cstime, 24 rss
  let field = 3;
  let ppid = 0;
  let ticks = 0;
  let rss = 0;
  while (i < len && field <= 24) {
    let v = 0;
    let neg = false;
    if (buf[i] === 0x2d) {
      neg = true;
      i++;
    }
    while (i < len && buf[i] !== SPACE && buf[i] !== 0x0a) {
      const c = buf[i]!;
      if (c >= 0x30 && c <= 0x39) v = v * 10 + (c - 0x30);
      i++;
    }
    if (neg) v = -v;
    if (field === 4) ppid = v;
    else if (field >= 14 && field <= 17) ticks += v;
    else if (field === 24) rss = v;
    field++;
    i++;
  }
  if (field <= 24) return null;
  return { ppid, ticks, rssPages: Math.max(0, rss) };
}

/** cutime+cstime (fields 16, 17) of a /proc/<pid>/stat buffer. */
export function parseStatChildren(buf: Uint8Array, len: number): number {
  let i = len - 1;
  while (i >= 0 && buf[i] !== 0x29) i--;
  i += 2;
  let field = 3;
  let sum = 0;
  while (i < len && field <= 17) {
    let v = 0;
    while (i < len && buf[i] !== SPACE) {
      const c = buf[i]!;
      if (c >= 0x30 && c <= 0x39) v = v * 10 + (c - 0x30);
      i++;
    }
    if (field >= 16) sum += v;
    field++;
    i++;
  }
  return sum;
}

/** First line of /proc/stat -> busy and total ticks summed over all CPUs. Exported for tests. */
export function parseProcStat(text: string): { busy: number; total: number } {
  const b = Buffer.from(text, 'latin1');
  return parseProcStatBytes(b, b.length);
}

/**
 * The same from the bytes read (the sampler's tick: no string of the whole file, which holds a line per
 * CPU and every interrupt counter, is built). Fields of the `cpu` line: user nice system idle iowait irq
 * softirq steal (guest/guest_nice are already inside user/nice).
 */
export function parseProcStatBytes(buf: Uint8Array, len: number): { busy: number; total: number } {
  if (len < 4 || buf[0] !== 0x63 || buf[1] !== 0x70 || buf[2] !== 0x75 || (buf[3] !== SPACE && buf[3] !== 0x09)) {
    const nl = buf.indexOf(0x0a);
    const line = Buffer.from(buf.subarray(0, nl >= 0 && nl < len ? nl : Math.min(len, 200))).toString('latin1');
    throw new Error(`/proc/stat: unexpected first line '${line}'`);
  }
  let i = 3;
  let field = 1;
  let busy = 0;
  let idle = 0;
  while (i < len && buf[i] !== 0x0a && field <= 8) {
    while (i < len && (buf[i] === SPACE || buf[i] === 0x09)) i++;
    if (i >= len || buf[i] === 0x0a) break;
    let v = 0;
    let digits = false;
    while (i < len && buf[i]! >= 0x30 && buf[i]! <= 0x39) {
      v = v * 10 + (buf[i]! - 0x30);
      digits = true;
      i++;
    }
    while (i < len && buf[i] !== SPACE && buf[i] !== 0x09 && buf[i] !== 0x0a) i++; // not a number: 0
    if (!digits) v = 0;
    if (field === 4 || field === 5) idle += v;
    else busy += v;
    field++;
  }
  return { busy, total: busy + idle };
}

/** /proc/meminfo -> bytes in use (MemTotal - MemAvailable) and total. Exported for tests. */
const MEMINFO_KEY = /^(MemTotal|MemFree|MemAvailable|Buffers|Cached):\s+(\d+)/gm;

export function parseMeminfo(text: string): { used: number; total: number } {
  const found: Record<string, number> = {};
  MEMINFO_KEY.lastIndex = 0;
  for (let m = MEMINFO_KEY.exec(text); m; m = MEMINFO_KEY.exec(text)) found[m[1]!] = Number(m[2]) * 1024;
  const kb = (key: string): number | null => found[key] ?? null;
  const total = kb('MemTotal') ?? 0;
  // MemAvailable exists since Linux 3.14; older kernels: free + buffers + cached
  const avail = kb('MemAvailable') ?? (kb('MemFree') ?? 0) + (kb('Buffers') ?? 0) + (kb('Cached') ?? 0);
  return { used: Math.max(0, total - avail), total };
}

/** The last field of /proc/loadavg ("0.20 0.18 0.12 1/80 11206\n"); -1 when it is not a number. Exported for tests. */
export function parseLastPid(buf: Uint8Array, len: number): number {
  let end = len;
  while (end > 0 && (buf[end - 1] === 0x0a || buf[end - 1] === SPACE)) end--;
  let i = end;
  while (i > 0 && buf[i - 1]! >= 0x30 && buf[i - 1]! <= 0x39) i--;
  if (i === end || (i > 0 && buf[i - 1] !== SPACE)) return -1;
  let v = 0;
  for (let j = i; j < end; j++) v = v * 10 + (buf[j]! - 0x30);
  return v;
}
