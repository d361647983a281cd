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
import { closeSync, openSync, readSync } from 'node:fs';
import type { ProcSample } from '../types.ts';
import { parseLastPid, parseMeminfo, parseProcStatBytes, parseStatChildren, type StatFields } from './procfs-parse.ts';
import { BUF, listPids, openOptional, openStat, pageSize, preadText, readPpid, readStatFd } from './procfs-io.ts';

export const TREE_ATTRIBUTION =
  "utime+stime+cutime+cstime of every tree member from /proc/<pid>/stat (children reaped by a member are kept in its cutime/cstime); a member reaped by the meter (the root) counts with its final time from the meter's own cutime+cstime delta; members that vanish otherwise keep their last-seen ticks; tree = the root's descendants by ppid, once a member always a member";

export interface ProcTreeOptions {
  rootPid: number;
  /** pids whose subtrees are never members (the meter itself when it sits inside the tree it meters) */
  exclude?: readonly number[];
  /**
   * pids that are not members themselves but whose descendants are (the node meter of a SLURM step sits
   * between the step's slurmstepd, the root, and its own command: the command counts, the meter does not)
   */
  through?: readonly number[];
  /** full /proc rescan at most this often, ms (default 2000: readdir(/proc) is the costliest read per tick) */
  rescanMs?: number;
  /** longest back-off between reads of a member whose CPU time does not move, ms (default 2000) */
  idleMaxMs?: number;
  /** clock, ms (default performance.now) */
  now?: () => number;
  /**
   * The root was spawned by the meter and is read from its first moments (held at a gate): its whole
   * lifetime is the step's, so the CPU time it used before the first read counts too. Without it, the
   * ticks of the process's start (fork, exec) before the meter's first read went missing, and more of them
   * on a busy machine, where the first read comes later.
   */
  countFromStart?: boolean;
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
  through: number[];
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

const MAX_OPEN_FDS = 4096;
/** a rescan lists /proc at least every this many times even when no pid was handed out */
const FORCE_LIST_EVERY = 5;

/** The process tree under a root pid plus machine counters; `sample()` returns deltas since the last call. */
export class ProcTree {
  readonly rootPid: number;
  readonly pageBytes: number;
  private readonly exclude: Set<number>;
  private readonly through: Set<number>;
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

  /** Opens the tree under `opts.rootPid` (its /proc files and the machine's) and primes it. */
  static open(opts: ProcTreeOptions): ProcTree {
    const tree = new ProcTree(
      {
        rootPid: opts.rootPid,
        exclude: [...(opts.exclude ?? [])],
        through: [...(opts.through ?? [])],
        rescanMs: opts.rescanMs ?? 2000,
        idleMaxMs: opts.idleMaxMs ?? 2000,
        pageBytes: pageSize(),
        members: [],
        nonMembers: [],
        lastRescan: -Infinity,
        frozen: 0,
        cumulative: 0,
        tick: 0,
        lastBusy: 0,
        lastTotal: 0,
        usedBytes: 0,
        statFd: openSync('/proc/stat', 'r'),
        memFd: openSync('/proc/meminfo', 'r'),
        selfFd: openSync('/proc/self/stat', 'r'),
        loadFd: openOptional('/proc/loadavg'),
        lastPid: -1,
        quiet: 0,
        selfReaped: 0,
      },
      opts.now,
    );
    tree.prime(opts.countFromStart === true);
    return tree;
  }

  /**
   * Goes on with a tree handed over by another thread of this process (`handOver()`): its file
   * descriptors are the process's, so they stay open and keep pinning the members.
   */
  static resume(state: ProcTreeState, now?: () => number): ProcTree {
    return new ProcTree(state, now);
  }

  private constructor(st: ProcTreeState, now: () => number = () => performance.now()) {
    this.rootPid = st.rootPid;
    this.exclude = new Set(st.exclude);
    this.through = new Set(st.through);
    this.rescanMs = st.rescanMs;
    this.idleMaxMs = st.idleMaxMs;
    this.now = now;
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
  }

  /** First reads of a new tree: the root, a full listing, and the counters the first sample() diffs against. */
  private prime(fromStart: boolean): void {
    this.selfReaped = this.readSelfReaped();
    this.addMember(this.rootPid, 0);
    this.rescan(this.now());
    const s = this.readProcStat();
    this.lastBusy = s.busy;
    this.lastTotal = s.total;
    const ticks = this.readTree(this.now());
    this.cumulative = fromStart ? 0 : ticks;
  }

  /**
   * The whole state, file descriptors included, for `ProcTree.resume(state)` in another thread of this
   * process (the tick worker). This instance is spent: it must not be read or closed afterwards.
   */
  handOver(): ProcTreeState {
    if (this.closed) throw new Error('ProcTree: handed over or closed');
    this.closed = true;
    return {
      rootPid: this.rootPid,
      exclude: [...this.exclude],
      through: [...this.through],
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
      // Time a vanished member's final figure holds beyond its own last-seen ticks: the children it reaped
      // since. A child that vanished in the same interval (sh reaping its last command, then we reaping
      // sh) is inside it and must not count twice; an orphan is not, and keeps its ticks.
      const cover = new Map<number, number>();
      const byPid = new Map(vanished.map((m) => [m.pid, m]));
      for (const m of vanished) {
        const parent = this.members.get(m.ppid);
        if (parent) {
          // reaped by a live member: its cutime/cstime now carries the child's final ticks
          if (parent.readAt !== this.tick && !this.readMember(parent, now)) this.frozen += m.ticks;
        } else if (m.ppid === process.pid && selfDelta > 0) {
          // reaped by us: getrusage(children) now holds its whole lifetime (its own + its reaped children)
          this.frozen += Math.max(m.ticks, selfDelta);
          cover.set(m.pid, Math.max(0, selfDelta - m.ticks));
          selfDelta = 0;
        }
      }
      for (const m of vanished) {
        if (this.members.has(m.ppid) || cover.has(m.pid)) continue;
        let left = m.ticks;
        // up the chain of ancestors that vanished with it, to the one whose final figure holds it
        for (let a = byPid.get(m.ppid), hops = 0; a && left > 0 && hops < 64; a = byPid.get(a.ppid), hops++) {
          const c = cover.get(a.pid) ?? 0;
          const take = Math.min(c, left);
          if (take > 0) cover.set(a.pid, c - take);
          left -= take;
        }
        this.frozen += left;
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
      if (this.through.has(pid)) {
        // resolved again at every listing: its children join through it
        const ppid = readPpid(pid);
        if (ppid !== null) fresh.set(pid, ppid);
        continue;
      }
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
      if (this.through.has(pid)) continue;
      if (resolve(pid, 0)) {
        const m = this.addMember(pid, now);
        if (m) m.ppid = fresh.get(pid)!;
      } else nextNon.add(pid);
    }
    this.nonMembers = nextNon;
  }
}

