// The step's process tree and the machine, from the real /proc (Linux). Produces ProcSample.
//
// Cost model (measured on this machine, Node 24): a pread of /proc/<pid>/stat costs ~4 us, of which ~2 us
// is Node's sync-call overhead; open+read+close (readFileSync) ~30 us; readdir(/proc) ~60 us for 150
// processes. /proc/<pid>/task/*/children (cheaper tree walk) is not compiled into every kernel (absent
// here), so the tree is found by ppid links in /proc/<pid>/stat. To stay light:
//   - every file we read repeatedly stays open and is re-read with pread at offset 0 (procfs regenerates
//     it); an open /proc/<pid>/stat fd also pins the process identity: once the process is gone it reads
//     ESRCH even if the pid is reused;
//   - the full /proc listing is rescanned at a bounded rate (rescanMs), only when a pid was handed out
//     since the last listing (the last field of /proc/loadavg, one pread), and only pids not seen before
//     have their stat read (a known non-member cannot become a member: a ppid only changes to a reaper);
//   - members whose CPU time did not move are read less often (back-off doubling up to idleMaxMs, 10 s in
//     the sampler: 200 idle data-loader workers cost 2 reads a tick, not 200); a member that burns CPU is
//     read every tick. Idle members' ticks are never lost, only reported up to idleMaxMs later; summarize
//     moves ticks seen late back into the intervals before them (attribution.ts cpuShares).
//
// Children that exit between samples (attribution policy, see TREE_ATTRIBUTION): each member contributes
// utime+stime+cutime+cstime, so a child reaped by a member lives on in the member's cutime/cstime. A member
// that vanishes without being reaped by a live member (reparented to init, or reaped by the meter itself)
// keeps its last-seen ticks (loses at most its last interval), except a member reaped by the meter itself
// (the root in `joulecheck run`): its whole final CPU time lands in the meter's own cutime/cstime, so the
// meter's /proc/self/stat cutime+cstime delta over that interval is used (a shell's last child is not
// lost). The cumulative count is kept monotone, so a child reaped just after its parent was read is counted
// once, one tick later.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import type { ProcSample } from './types.ts';

export const TREE_ATTRIBUTION =
  "utime+stime+cutime+cstime of every tree member from /proc/<pid>/stat (children reaped by a member are kept in its cutime/cstime); a member reaped by the meter (the root) counts with its final time from the meter's own cutime+cstime delta; members that vanish otherwise keep their last-seen ticks; tree = the root's descendants by ppid, once a member always a member";

export interface ProcTreeOptions {
  rootPid: number;
  /** pids whose subtrees are never members (the meter itself when it sits inside the tree it meters) */
  exclude?: readonly number[];
  /** full /proc rescan at most this often, ms (default 2000: readdir(/proc) is the costliest read per tick) */
  rescanMs?: number;
  /** longest back-off between reads of a member whose CPU time does not move, ms (default 2000) */
  idleMaxMs?: number;
  /** clock, ms (default performance.now) */
  now?: () => number;
}

interface Member {
  pid: number;
  fd: number;
  ppid: number;
  /** last-seen utime+stime+cutime+cstime, ticks */
  ticks: number;
  rssPages: number;
  /** back-off: read again at or after this time (ms) */
  due: number;
  backoffMs: number;
  /** tick number of the last read, to avoid reading twice in one tick */
  readAt: number;
}

/** Everything a ProcTree knows, as plain data (structured-clonable), for handing it to another thread. */
export interface ProcTreeState {
  rootPid: number;
  exclude: number[];
  rescanMs: number;
  idleMaxMs: number;
  pageBytes: number;
  members: Member[];
  nonMembers: number[];
  lastRescan: number;
  frozen: number;
  cumulative: number;
  tick: number;
  lastBusy: number;
  lastTotal: number;
  usedBytes: number;
  statFd: number;
  memFd: number;
  selfFd: number;
  loadFd: number;
  lastPid: number;
  quiet: number;
  selfReaped: number;
}

/** Fields of /proc/<pid>/stat that we use; null when the process is gone. */
export interface StatFields {
  ppid: number;
  ticks: number;
  rssPages: number;
}

const BUF = Buffer.alloc(4096);
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
function parseStatChildren(buf: Uint8Array, len: number): number {
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

function preadText(fd: number): string {
  const n = readSync(fd, BUF, 0, BUF.length, 0);
  return BUF.toString('latin1', 0, n);
}

/** Reads /proc/<pid>/stat through an open fd; null when the process is gone. */
function readStatFd(fd: number): StatFields | null {
  let n: number;
  try {
    n = readSync(fd, BUF, 0, BUF.length, 0);
  } catch {
    return null; // ESRCH: the process exited (and was reaped)
  }
  if (n === 0) return null;
  return parseStat(BUF, n);
}

function openStat(pid: number): number | null {
  try {
    return openSync(`/proc/${pid}/stat`, 'r');
  } catch {
    return null;
  }
}

/** Reads the ppid of a process once (open, read, close); null when gone. */
function readPpid(pid: number): number | null {
  const fd = openStat(pid);
  if (fd === null) return null;
  try {
    return readStatFd(fd)?.ppid ?? null;
  } finally {
    closeSync(fd);
  }
}

function listPids(): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    const c = name.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) out.push(Number(name));
  }
  return out;
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

function openOptional(path: string): number {
  try {
    return openSync(path, 'r');
  } catch {
    return -1;
  }
}

/** Page size in bytes: statm counts pages, status counts kB; compare them once for our own process. */
function pageSize(): number {
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

function preadOnce(path: string): string {
  const fd = openSync(path, 'r');
  try {
    return preadText(fd);
  } finally {
    closeSync(fd);
  }
}

const MAX_OPEN_FDS = 4096;
/** a rescan lists /proc at least every this many times even when no pid was handed out */
const FORCE_LIST_EVERY = 5;

/** The process tree under a root pid plus machine counters; `sample()` returns deltas since the last call. */
export class ProcTree {
  readonly rootPid: number;
  readonly pageBytes: number;
  private readonly exclude: Set<number>;
  private readonly rescanMs: number;
  private readonly idleMaxMs: number;
  /** live members' pids, maintained incrementally and handed out as ProcSample.pids (the same Set each
   * time: read it during the tick, copy it to keep it) */
  private readonly pidSet = new Set<number>();
  private readonly now: () => number;
  private readonly members = new Map<number, Member>();
  /** pids seen and known not to be in the tree (pruned at every rescan) */
  private nonMembers = new Set<number>();
  private lastRescan = -Infinity;
  private frozen = 0;
  /** sums over the current members of their last-seen ticks and rss pages (kept as members are read) */
  private liveTicks = 0;
  private liveRss = 0;
  private cumulative = 0;
  private tick = 0;
  private lastBusy = 0;
  private lastTotal = 0;
  private usedBytes = 0;
  private readonly statFd: number;
  private readonly memFd: number;
  private readonly selfFd: number;
  /** /proc/loadavg (-1: unreadable), whose last field is the pid most recently handed out */
  private readonly loadFd: number;
  /** that pid at the last full rescan (-1: unknown), and the rescans skipped since */
  private lastPid = -1;
  private quiet = 0;
  /** the meter's own cutime+cstime (children it reaped) at the previous read */
  private selfReaped = 0;
  private closed = false;
  private membership = 0;
  /** the members as an array, rebuilt when the membership changed: the per-tick due check walks it (a
   * Map iterator costs ~10x an indexed loop in code run only 10 times a second) */
  private list: Member[] = [];
  private listFor = -1;

  /**
   * Opens and primes a tree, or resumes one handed over by another thread of this process (`state`, from
   * handOver(): its file descriptors are the process's, so they stay open and keep pinning the members).
   */
  constructor(opts: ProcTreeOptions | { state: ProcTreeState; now?: () => number }) {
    if ('state' in opts) {
      const st = opts.state;
      this.rootPid = st.rootPid;
      this.exclude = new Set(st.exclude);
      this.rescanMs = st.rescanMs;
      this.idleMaxMs = st.idleMaxMs;
      this.now = opts.now ?? (() => performance.now());
      this.pageBytes = st.pageBytes;
      this.statFd = st.statFd;
      this.memFd = st.memFd;
      this.selfFd = st.selfFd;
      this.loadFd = st.loadFd;
      this.lastPid = st.lastPid;
      this.quiet = st.quiet;
      for (const m of st.members) {
        this.members.set(m.pid, { ...m });
        this.pidSet.add(m.pid);
        this.liveTicks += m.ticks;
        this.liveRss += m.rssPages;
      }
      this.nonMembers = new Set(st.nonMembers);
      this.lastRescan = st.lastRescan;
      this.frozen = st.frozen;
      this.cumulative = st.cumulative;
      this.tick = st.tick;
      this.lastBusy = st.lastBusy;
      this.lastTotal = st.lastTotal;
      this.usedBytes = st.usedBytes;
      this.selfReaped = st.selfReaped;
      return;
    }
    this.rootPid = opts.rootPid;
    this.exclude = new Set(opts.exclude ?? []);
    this.rescanMs = opts.rescanMs ?? 2000;
    this.idleMaxMs = opts.idleMaxMs ?? 2000;
    this.now = opts.now ?? (() => performance.now());
    this.pageBytes = pageSize();
    this.statFd = openSync('/proc/stat', 'r');
    this.memFd = openSync('/proc/meminfo', 'r');
    this.selfFd = openSync('/proc/self/stat', 'r');
    this.loadFd = openOptional('/proc/loadavg');
    this.selfReaped = this.readSelfReaped();
    this.addMember(this.rootPid, 0);
    this.rescan(this.now());
    // prime: the first sample() returns deltas from here
    const s = this.readProcStat();
    this.lastBusy = s.busy;
    this.lastTotal = s.total;
    this.cumulative = this.readTree(this.now());
  }

  /**
   * The whole state, file descriptors included, for `new ProcTree({ state })` in another thread of this
   * process (the tick worker). This instance is spent: it must not be read or closed afterwards.
   */
  handOver(): ProcTreeState {
    if (this.closed) throw new Error('ProcTree: handed over or closed');
    this.closed = true;
    return {
      rootPid: this.rootPid,
      exclude: [...this.exclude],
      rescanMs: this.rescanMs,
      idleMaxMs: this.idleMaxMs,
      pageBytes: this.pageBytes,
      members: [...this.members.values()].map((m) => ({ ...m })),
      nonMembers: [...this.nonMembers],
      lastRescan: this.lastRescan,
      frozen: this.frozen,
      cumulative: this.cumulative,
      tick: this.tick,
      lastBusy: this.lastBusy,
      lastTotal: this.lastTotal,
      usedBytes: this.usedBytes,
      statFd: this.statFd,
      memFd: this.memFd,
      selfFd: this.selfFd,
      loadFd: this.loadFd,
      lastPid: this.lastPid,
      quiet: this.quiet,
      selfReaped: this.selfReaped,
    };
  }

  /** Changes whenever a member joins or leaves (a cheap test for "send the pid list again"). */
  get membershipVersion(): number {
    return this.membership;
  }

  /** Live members' pids (the same Set each time, kept current by sample()). */
  get pids(): ReadonlySet<number> {
    return this.pidSet;
  }

  /** Number of current members (live or zombie). */
  get size(): number {
    return this.members.size;
  }

  /**
   * Deltas since the previous call (the constructor primes). `full`: rescan /proc and read every member
   * now (the final sample of a run, so totals are exact).
   */
  sample(full = false): ProcSample {
    if (this.closed) throw new Error('ProcTree: sampled after close or hand-over');
    const now = this.now();
    this.tick++;
    if (full || now - this.lastRescan >= this.rescanMs) this.rescan(now, full);
    const total = this.readTree(full ? Infinity : now);
    // monotone: a dip (child reaped after its parent was read this tick) is made up by the next read
    const delta = Math.max(0, total - this.cumulative);
    this.cumulative = Math.max(this.cumulative, total);

    const s = this.readProcStat();
    const busy = Math.max(0, s.busy - this.lastBusy);
    const tot = Math.max(0, s.total - this.lastTotal);
    this.lastBusy = s.busy;
    this.lastTotal = s.total;
    // machine memory in use moves slowly and /proc/meminfo is one of the costlier files: every 5th tick
    if (full || this.tick % 5 === 1) this.usedBytes = parseMeminfo(preadText(this.memFd)).used;

    return { busy, total: tot, tree: delta, rss: this.liveRss * this.pageBytes, used: this.usedBytes, pids: this.pidSet };
  }

  /** true while the root process exists (also as a zombie). */
  rootAlive(): boolean {
    return this.members.has(this.rootPid);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const m of this.members.values()) if (m.fd >= 0) closeSync(m.fd);
    this.members.clear();
    closeSync(this.statFd);
    closeSync(this.memFd);
    closeSync(this.selfFd);
    if (this.loadFd >= 0) closeSync(this.loadFd);
  }

  private readProcStat(): { busy: number; total: number } {
    const n = readSync(this.statFd, BUF, 0, BUF.length, 0);
    return parseProcStatBytes(BUF, n);
  }

  /** Last field of /proc/loadavg (the most recent pid of this pid namespace); -1 when unknown. */
  private readLastPid(): number {
    if (this.loadFd < 0) return -1;
    let n: number;
    try {
      n = readSync(this.loadFd, BUF, 0, BUF.length, 0);
    } catch {
      return -1;
    }
    return parseLastPid(BUF, n);
  }

  private readSelfReaped(): number {
    const n = readSync(this.selfFd, BUF, 0, BUF.length, 0);
    const f = parseStatChildren(BUF, n);
    return f;
  }

  private addMember(pid: number, now: number): Member | null {
    const fd = this.members.size < MAX_OPEN_FDS ? openStat(pid) : -1;
    if (fd === null) return null;
    const m: Member = { pid, fd, ppid: 0, ticks: 0, rssPages: 0, due: now, backoffMs: 0, readAt: -1 };
    this.members.set(pid, m);
    this.pidSet.add(pid);
    this.membership++;
    return m;
  }

  /** Reads one member; false when it is gone. */
  private readMember(m: Member, now: number): boolean {
    let f: StatFields | null;
    if (m.fd >= 0) f = readStatFd(m.fd);
    else {
      const fd = openStat(m.pid);
      f = fd === null ? null : readStatFd(fd);
      if (fd !== null) closeSync(fd);
    }
    m.readAt = this.tick;
    if (!f) return false;
    const moved = f.ticks !== m.ticks;
    this.liveTicks += f.ticks - m.ticks;
    this.liveRss += f.rssPages - m.rssPages;
    m.ppid = f.ppid;
    m.ticks = f.ticks;
    m.rssPages = f.rssPages;
    // back-off for idle members; CPU-burning members (and the root) are read every tick
    m.backoffMs = moved || m.pid === this.rootPid ? 0 : Math.min(this.idleMaxMs, Math.max(100, m.backoffMs * 2));
    m.due = (now === Infinity ? this.now() : now) + m.backoffMs;
    return true;
  }

  /** Reads due members, handles vanished ones, returns the tree's cumulative ticks. */
  private readTree(now: number): number {
    let vanished: Member[] | null = null;
    if (this.listFor !== this.membership) {
      this.list = [...this.members.values()];
      this.listFor = this.membership;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!;
      if (m.due > now) continue;
      if (!this.readMember(m, now)) (vanished ??= []).push(m);
    }
    // children the meter itself reaped since the previous tick (normally just the root at its end); read
    // every tick, after the members, so other children we reap earlier do not inflate it; only while a
    // member is our own child (never in --attach mode)
    let selfDelta = 0;
    const me = process.pid;
    if (this.members.get(this.rootPid)?.ppid === me || vanished?.some((m) => m.ppid === me)) {
      const self = this.readSelfReaped();
      selfDelta = Math.max(0, self - this.selfReaped);
      this.selfReaped = self;
    }
    if (vanished) {
      for (const m of vanished) {
        this.members.delete(m.pid);
        this.pidSet.delete(m.pid);
        this.membership++;
        this.liveTicks -= m.ticks;
        this.liveRss -= m.rssPages;
        if (m.fd >= 0) closeSync(m.fd);
      }
      for (const m of vanished) {
        const parent = this.members.get(m.ppid);
        if (parent) {
          // reaped by a live member: its cutime/cstime now carries the child's final ticks
          if (parent.readAt !== this.tick && !this.readMember(parent, now)) this.frozen += m.ticks;
        } else if (m.ppid === process.pid && selfDelta > 0) {
          // reaped by us: getrusage(children) now holds its whole lifetime (its own + its reaped children)
          this.frozen += Math.max(m.ticks, selfDelta);
          selfDelta = 0;
        } else {
          this.frozen += m.ticks;
        }
      }
    }
    return this.frozen + this.liveTicks;
  }

  /** Finds new members among pids not seen before. */
  private rescan(now: number, force = true): void {
    this.lastRescan = now;
    // no pid handed out since the last listing: no process can have joined (read BEFORE listing, so a
    // fork during the listing shows up next time). Listing /proc costs ~100x this one pread.
    // Still listed at least every FORCE_LIST_EVERY rescans: a virtualised /proc/loadavg (LXCFS) may lag.
    const last = this.readLastPid();
    if (!force && last >= 0 && last === this.lastPid && ++this.quiet < FORCE_LIST_EVERY) return;
    this.quiet = 0;
    this.lastPid = last;
    const listed = listPids();
    const nextNon = new Set<number>();
    const fresh = new Map<number, number>(); // pid -> ppid of pids not seen before
    for (const pid of listed) {
      if (this.members.has(pid)) continue;
      if (this.nonMembers.has(pid) || this.exclude.has(pid)) {
        nextNon.add(pid);
        continue;
      }
      const ppid = readPpid(pid);
      if (ppid !== null) fresh.set(pid, ppid);
    }
    // resolve chains of new processes (a new grandchild of a member whose parent is also new)
    const verdict = new Map<number, boolean>();
    const resolve = (pid: number, depth: number): boolean => {
      const known = verdict.get(pid);
      if (known !== undefined) return known;
      if (this.exclude.has(pid)) return false;
      if (this.members.has(pid)) return true;
      const ppid = fresh.get(pid);
      const v = ppid === undefined || depth > 64 ? false : resolve(ppid, depth + 1);
      verdict.set(pid, v);
      return v;
    };
    for (const pid of fresh.keys()) {
      if (resolve(pid, 0)) {
        const m = this.addMember(pid, now);
        if (m) m.ppid = fresh.get(pid)!;
      } else nextNon.add(pid);
    }
    this.nonMembers = nextNon;
  }
}

/** Host facts from /proc for the log header. */
export function readCpuModel(): string {
  try {
    const text = preadOnce('/proc/cpuinfo');
    const m = /^(?:model name|Hardware|cpu model|Processor)\s*:\s*(.+)$/m.exec(text);
    return m?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
