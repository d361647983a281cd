import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);

// src/meter/rapl/powercap.ts
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
var RAPL_GROUP = "powercap";
var MAX_CARRY_MS = 3e4;
var TOP = /^intel-rapl(-mmio)?:([0-9a-f]+)$/;
var CHILD = /^intel-rapl(-mmio)?:([0-9a-f]+):([0-9a-f]+)$/;
function roleOf(name) {
  if (/^package-\d+(-die-\d+)?$/.test(name)) return "package";
  if (name === "dram") return "dram";
  if (name === "psys") return "psys";
  if (name === "core" || /^core-\d+$/.test(name)) return "core";
  if (name === "uncore") return "uncore";
  return "other";
}
function parseCounter(text) {
  const b = Buffer.from(text, "latin1");
  return parseCounterBytes(b, b.length);
}
var isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13;
function parseCounterBytes(buf, len) {
  let i = 0;
  while (i < len && isSpace(buf[i])) i++;
  const start = i;
  let v = 0;
  while (i < len && buf[i] >= 48 && buf[i] <= 57) v = v * 10 + (buf[i++] - 48);
  const digits = i - start;
  while (i < len && isSpace(buf[i])) i++;
  if (i !== len || digits === 0 || digits > 20) return null;
  return Number.isSafeInteger(v) ? v : null;
}
function readText(path) {
  try {
    return { text: readFileSync(path, "utf8") };
  } catch (e) {
    return { code: e.code ?? "EIO" };
  }
}
function isDir(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function listZones(root) {
  const found = /* @__PURE__ */ new Map();
  const add = (id, dir) => {
    if (found.has(id) || !isDir(dir)) return;
    const c = CHILD.exec(id);
    const t = TOP.exec(id);
    if (c) found.set(id, { id, dir, mmio: c[1] !== void 0, parent: `intel-rapl${c[1] ?? ""}:${c[2]}` });
    else if (t) found.set(id, { id, dir, mmio: t[1] !== void 0, parent: null });
  };
  let entries;
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  for (const e of entries) add(e, join(root, e));
  for (const ctl of ["intel-rapl", "intel-rapl-mmio"]) {
    if (!entries.includes(ctl)) continue;
    try {
      for (const e of readdirSync(join(root, ctl))) add(e, join(root, ctl, e));
    } catch {
    }
  }
  for (const z of [...found.values()]) {
    if (z.parent !== null) continue;
    try {
      for (const e of readdirSync(z.dir)) if (CHILD.test(e)) add(e, join(z.dir, e));
    } catch {
    }
  }
  return [...found.values()].sort((a, b) => zoneOrder(a.id) - zoneOrder(b.id) || a.id.localeCompare(b.id));
}
function zoneOrder(id) {
  const parts = id.split(":").slice(1).map((p) => parseInt(p, 16));
  return (id.includes("mmio") ? 1e9 : 0) + (parts[0] ?? 0) * 1e4 + (parts.length > 1 ? 1 + (parts[1] ?? 0) : 0);
}
function runnerUser() {
  try {
    return process.env.USER || userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? "?"}`;
  }
}
function permissionFix(files, user = runnerUser()) {
  const list = files.join(" ");
  return `energy_uj is readable by root only (Linux >= 5.10, CVE-2020-8694). Grant the runner user '${user}' read access through the '${RAPL_GROUP}' group: sudo groupadd -f ${RAPL_GROUP} && sudo usermod -aG ${RAPL_GROUP} ${user} && sudo chgrp ${RAPL_GROUP} ${list} && sudo chmod g+r ${list}; to keep it across reboots and driver reloads add the udev rule echo 'SUBSYSTEM=="powercap", ACTION=="add", RUN+="/bin/chgrp ${RAPL_GROUP} /sys%p/energy_uj", RUN+="/bin/chmod g+r /sys%p/energy_uj"' | sudo tee /etc/udev/rules.d/99-joulecheck-powercap.rules && sudo udevadm control --reload && sudo udevadm trigger --subsystem-match=powercap --action=add; then restart the runner service (sudo ./svc.sh stop && sudo ./svc.sh start) so it picks up the new group.`;
}
function discoverRaplSync(root) {
  const notes = [];
  const none = (detail) => ({ kind: "none", detail });
  if (!isDir(root)) {
    const why = `powercap root ${root} not found (no RAPL driver loaded, not Linux, or a container without the host's /sys; set the powercap root to where the host's /sys/class/powercap is mounted)`;
    notes.push(why);
    return { root, zones: [], cpu: none(why), dram: none(why), notes };
  }
  const dirs = listZones(root);
  if (dirs.length === 0) {
    const why = `no intel-rapl zones under ${root} (RAPL driver not loaded: modprobe intel_rapl_msr, or a virtual machine without RAPL)`;
    notes.push(why);
    return { root, zones: [], cpu: none(why), dram: none(why), notes };
  }
  const probes = [];
  for (const d of dirs) {
    const nameRead = readText(join(d.dir, "name"));
    const name = "text" in nameRead ? nameRead.text.trim() : "";
    if (!("text" in nameRead)) notes.push(`${d.id}: cannot read 'name' (${nameRead.code}); zone ignored`);
    const maxRead = readText(join(d.dir, "max_energy_range_uj"));
    const max = "text" in maxRead ? parseCounter(maxRead.text) : null;
    if (name && max === null)
      notes.push(`${d.id} (${name}): max_energy_range_uj unreadable or not a number; a counter wrap cannot be corrected and reads as a gap`);
    const e = readText(join(d.dir, "energy_uj"));
    const denied2 = "code" in e && (e.code === "EACCES" || e.code === "EPERM");
    const readable = "text" in e && parseCounter(e.text) !== null;
    if ("text" in e && !readable) notes.push(`${d.id} (${name}): energy_uj is not a number (${JSON.stringify(e.text.slice(0, 40))}); zone ignored`);
    if ("code" in e && !denied2) notes.push(`${d.id} (${name}): cannot read energy_uj (${e.code}); zone ignored`);
    const role = name ? roleOf(name) : "other";
    probes.push({ zone: { id: d.id, name, role, max_energy_range_uj: max ?? 0, counted: false }, dir: d, readable, denied: denied2 });
  }
  const msrPkgs = probes.filter((p) => p.zone.role === "package" && !p.dir.mmio && p.dir.parent === null);
  const mmioPkgs = probes.filter((p) => p.zone.role === "package" && p.dir.mmio && p.dir.parent === null);
  const pkgs = msrPkgs.length > 0 ? msrPkgs : mmioPkgs;
  if (msrPkgs.length > 0 && mmioPkgs.length > 0)
    notes.push(`${mmioPkgs.map((p) => p.zone.id).join(", ")}: intel-rapl-mmio duplicates the package counters; not summed`);
  else if (msrPkgs.length === 0 && mmioPkgs.length > 0) notes.push("only intel-rapl-mmio package zones found; using them");
  const pkgIds = new Set(pkgs.map((p) => p.zone.id));
  const drams = probes.filter(
    (p) => p.zone.role === "dram" && (p.dir.parent === null ? p.dir.mmio === (pkgs[0]?.dir.mmio ?? false) : pkgIds.has(p.dir.parent))
  );
  const psys = probes.filter((p) => p.zone.role === "psys");
  if (psys.length > 0) notes.push(`${psys.map((p) => p.zone.id).join(", ")} (psys): platform zone that contains the packages; not summed`);
  const denied = [];
  for (const group of [pkgs, drams])
    for (const p of group) {
      if (p.readable) p.zone.counted = true;
      else if (p.denied) denied.push(join(p.dir.dir, "energy_uj"));
    }
  let fix = "";
  if (denied.length > 0) {
    fix = permissionFix(denied);
    notes.push(fix);
  }
  const describe = (ps) => ps.filter((p) => p.zone.counted).map((p) => `${p.zone.id} (${p.zone.name})`).join(", ");
  const status = (ps, what, absent) => {
    if (ps.length === 0) return none(absent);
    const counted = ps.filter((p) => p.zone.counted);
    if (counted.length === ps.length)
      return { kind: "measured", sensor: "rapl", detail: `RAPL ${what}: ${describe(ps)}${ps.length > 1 ? ", summed" : ""}` };
    for (const p of counted) p.zone.counted = false;
    if (ps.some((p) => p.denied)) return none(`${fix} Until then the ${what} energy is estimated instead of measured.`);
    return none(`RAPL ${what} zones found but not readable (${ps.filter((p) => !p.readable).map((p) => p.zone.id).join(", ")}); the estimate is used instead`);
  };
  const cpu = status(pkgs, "package", `no RAPL package zone under ${root}${psys.length > 0 ? " (psys alone is the whole platform, not used as CPU)" : ""}; the CPU estimate is used instead`);
  const dram = status(
    drams,
    "dram",
    `no RAPL dram zone under ${root} (normal on AMD Zen, which exposes package and core only, and on most client CPUs); DRAM energy not measured`
  );
  return { root, zones: probes.map((p) => p.zone), cpu, dram, notes };
}
function openRapl(d, now = () => performance.now()) {
  const mk = (role) => d.zones.filter((z) => z.counted && (role === "package" ? z.role === "package" : z.role === "dram")).map((z) => ({ path: zonePath(d.root, z.id), fd: -1, range: z.max_energy_range_uj, prev: null, prevAt: 0, pending: 0 }));
  const pkg = mk("package");
  const dram = mk("dram");
  if (pkg.length === 0 && dram.length === 0) return null;
  return resumeRapl({ pkg: { cs: pkg, first: true }, dram: { cs: dram, first: true } }, now);
}
function resumeRapl(st, now = () => performance.now()) {
  const { pkg, dram } = st;
  let spent = false;
  return {
    read() {
      const t = now();
      return { pkg: pkg.cs.length > 0 ? readGroup(pkg, t) : null, dram: dram.cs.length > 0 ? readGroup(dram, t) : null };
    },
    close() {
      if (spent) return;
      spent = true;
      for (const c of [...pkg.cs, ...dram.cs]) closeCounter(c);
    },
    handOver() {
      if (spent) throw new Error("RAPL meter: handed over or closed");
      spent = true;
      return structuredClone(st);
    }
  };
}
function zonePath(root, id) {
  const c = CHILD.exec(id);
  const t = TOP.exec(id);
  const ctl = `intel-rapl${(c ?? t)?.[1] ?? ""}`;
  const pkg = c ? `${ctl}:${c[2]}` : id;
  for (const dir of [join(root, id), join(root, pkg, id), join(root, ctl, id), join(root, ctl, pkg, id)]) {
    try {
      statSync(join(dir, "energy_uj"));
      return join(dir, "energy_uj");
    } catch {
    }
  }
  return join(root, id, "energy_uj");
}
function readGroup(g, now) {
  const cs = g.cs;
  let ok = true;
  let primed = false;
  for (const c of cs) {
    const v = readCounter(c);
    if (v === null) {
      ok = false;
      if (c.prev !== null && now - c.prevAt > MAX_CARRY_MS) {
        c.prev = null;
        for (const o of cs) o.pending = 0;
      }
      continue;
    }
    if (c.prev === null) {
      c.prev = v;
      c.prevAt = now;
      primed = true;
      continue;
    }
    let delta = v - c.prev;
    if (delta < 0) {
      if (c.range > 0 && c.prev <= c.range) delta += c.range;
      else {
        c.prev = v;
        c.prevAt = now;
        ok = false;
        continue;
      }
    }
    c.prev = v;
    c.prevAt = now;
    c.pending += delta;
  }
  if (!ok) return null;
  if (primed) {
    const first = g.first;
    g.first = false;
    for (const c of cs) c.pending = 0;
    return first ? 0 : null;
  }
  g.first = false;
  let sum = 0;
  for (const c of cs) {
    sum += c.pending;
    c.pending = 0;
  }
  return sum / 1e6;
}
var readBuf = Buffer.alloc(64);
function preadCounter(fd) {
  try {
    const n = readSync(fd, readBuf, 0, readBuf.length, 0);
    return parseCounterBytes(readBuf, n);
  } catch {
    return null;
  }
}
function closeCounter(c) {
  if (c.fd < 0) return;
  try {
    closeSync(c.fd);
  } catch {
  }
  c.fd = -1;
}
function readCounter(c) {
  if (c.fd >= 0) {
    const v = preadCounter(c.fd);
    if (v !== null && v !== c.prev) return v;
    closeCounter(c);
  }
  try {
    c.fd = openSync(c.path, "r");
  } catch {
    return null;
  }
  return preadCounter(c.fd);
}

// src/meter/procfs/proc-tree.ts
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync3 } from "node:fs";

// src/meter/procfs/procfs-parse.ts
var SPACE = 32;
function parseStat(buf, len) {
  let i = len - 1;
  while (i >= 0 && buf[i] !== 41) i--;
  if (i < 0) return null;
  i += 2;
  let field = 3;
  let ppid = 0;
  let ticks = 0;
  let rss = 0;
  while (i < len && field <= 24) {
    let v = 0;
    let neg = false;
    if (buf[i] === 45) {
      neg = true;
      i++;
    }
    while (i < len && buf[i] !== SPACE && buf[i] !== 10) {
      const c = buf[i];
      if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
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
function parseStatChildren(buf, len) {
  let i = len - 1;
  while (i >= 0 && buf[i] !== 41) i--;
  i += 2;
  let field = 3;
  let sum = 0;
  while (i < len && field <= 17) {
    let v = 0;
    while (i < len && buf[i] !== SPACE) {
      const c = buf[i];
      if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
      i++;
    }
    if (field >= 16) sum += v;
    field++;
    i++;
  }
  return sum;
}
function parseProcStat(text) {
  const b = Buffer.from(text, "latin1");
  return parseProcStatBytes(b, b.length);
}
function parseProcStatBytes(buf, len) {
  if (len < 4 || buf[0] !== 99 || buf[1] !== 112 || buf[2] !== 117 || buf[3] !== SPACE && buf[3] !== 9) {
    const nl = buf.indexOf(10);
    const line = Buffer.from(buf.subarray(0, nl >= 0 && nl < len ? nl : Math.min(len, 200))).toString("latin1");
    throw new Error(`/proc/stat: unexpected first line '${line}'`);
  }
  let i = 3;
  let field = 1;
  let busy = 0;
  let idle = 0;
  while (i < len && buf[i] !== 10 && field <= 8) {
    while (i < len && (buf[i] === SPACE || buf[i] === 9)) i++;
    if (i >= len || buf[i] === 10) break;
    let v = 0;
    let digits = false;
    while (i < len && buf[i] >= 48 && buf[i] <= 57) {
      v = v * 10 + (buf[i] - 48);
      digits = true;
      i++;
    }
    while (i < len && buf[i] !== SPACE && buf[i] !== 9 && buf[i] !== 10) i++;
    if (!digits) v = 0;
    if (field === 4 || field === 5) idle += v;
    else busy += v;
    field++;
  }
  return { busy, total: busy + idle };
}
var MEMINFO_KEY = /^(MemTotal|MemFree|MemAvailable|Buffers|Cached):\s+(\d+)/gm;
function parseMeminfo(text) {
  const found = {};
  MEMINFO_KEY.lastIndex = 0;
  for (let m = MEMINFO_KEY.exec(text); m; m = MEMINFO_KEY.exec(text)) found[m[1]] = Number(m[2]) * 1024;
  const kb = (key) => found[key] ?? null;
  const total = kb("MemTotal") ?? 0;
  const avail = kb("MemAvailable") ?? (kb("MemFree") ?? 0) + (kb("Buffers") ?? 0) + (kb("Cached") ?? 0);
  return { used: Math.max(0, total - avail), total };
}
function parseLastPid(buf, len) {
  let end = len;
  while (end > 0 && (buf[end - 1] === 10 || buf[end - 1] === SPACE)) end--;
  let i = end;
  while (i > 0 && buf[i - 1] >= 48 && buf[i - 1] <= 57) i--;
  if (i === end || i > 0 && buf[i - 1] !== SPACE) return -1;
  let v = 0;
  for (let j = i; j < end; j++) v = v * 10 + (buf[j] - 48);
  return v;
}

// src/meter/procfs/procfs-io.ts
import { closeSync as closeSync2, openSync as openSync2, readdirSync as readdirSync2, readSync as readSync2 } from "node:fs";
var BUF = Buffer.alloc(4096);
function preadText(fd) {
  const n = readSync2(fd, BUF, 0, BUF.length, 0);
  return BUF.toString("latin1", 0, n);
}
function readStatFd(fd) {
  let n;
  try {
    n = readSync2(fd, BUF, 0, BUF.length, 0);
  } catch {
    return null;
  }
  if (n === 0) return null;
  return parseStat(BUF, n);
}
function openStat(pid) {
  try {
    return openSync2(`/proc/${pid}/stat`, "r");
  } catch {
    return null;
  }
}
function readPpid(pid) {
  const fd = openStat(pid);
  if (fd === null) return null;
  try {
    return readStatFd(fd)?.ppid ?? null;
  } finally {
    closeSync2(fd);
  }
}
function listPids() {
  const out = [];
  for (const name of readdirSync2("/proc")) {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push(Number(name));
  }
  return out;
}
function openOptional(path) {
  try {
    return openSync2(path, "r");
  } catch {
    return -1;
  }
}
function pageSize() {
  try {
    const statm = preadOnce("/proc/self/statm").split(" ");
    const status = preadOnce("/proc/self/status");
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    const pages = Number(statm[1]);
    if (m && pages > 0) {
      const guess = Number(m[1]) * 1024 / pages;
      for (const p of [4096, 16384, 65536]) if (Math.abs(guess - p) / p < 0.2) return p;
    }
  } catch {
  }
  return 4096;
}
function preadOnce(path) {
  const fd = openSync2(path, "r");
  try {
    return preadText(fd);
  } finally {
    closeSync2(fd);
  }
}

// src/meter/procfs/proc-tree.ts
var TREE_ATTRIBUTION = "utime+stime+cutime+cstime of every tree member from /proc/<pid>/stat (children reaped by a member are kept in its cutime/cstime); a member reaped by the meter (the root) counts with its final time from the meter's own cutime+cstime delta; members that vanish otherwise keep their last-seen ticks; tree = the root's descendants by ppid, once a member always a member";
var MAX_OPEN_FDS = 4096;
var FORCE_LIST_EVERY = 5;
var ProcTree = class _ProcTree {
  rootPid;
  pageBytes;
  exclude;
  through;
  rescanMs;
  idleMaxMs;
  /** live members' pids, maintained incrementally and handed out as ProcSample.pids (the same Set each
   * time: read it during the tick, copy it to keep it) */
  pidSet = /* @__PURE__ */ new Set();
  now;
  members = /* @__PURE__ */ new Map();
  /** pids seen and known not to be in the tree (pruned at every rescan) */
  nonMembers = /* @__PURE__ */ new Set();
  lastRescan = -Infinity;
  frozen = 0;
  /** sums over the current members of their last-seen ticks and rss pages (kept as members are read) */
  liveTicks = 0;
  liveRss = 0;
  cumulative = 0;
  tick = 0;
  lastBusy = 0;
  lastTotal = 0;
  usedBytes = 0;
  statFd;
  memFd;
  selfFd;
  /** /proc/loadavg (-1: unreadable), whose last field is the pid most recently handed out */
  loadFd;
  /** that pid at the last full rescan (-1: unknown), and the rescans skipped since */
  lastPid = -1;
  quiet = 0;
  /** the meter's own cutime+cstime (children it reaped) at the previous read */
  selfReaped = 0;
  closed = false;
  membership = 0;
  /** the members as an array, rebuilt when the membership changed: the per-tick due check walks it (a
   * Map iterator costs ~10x an indexed loop in code run only 10 times a second) */
  list = [];
  listFor = -1;
  /** Opens the tree under `opts.rootPid` (its /proc files and the machine's) and primes it. */
  static open(opts) {
    const tree = new _ProcTree(
      {
        rootPid: opts.rootPid,
        exclude: [...opts.exclude ?? []],
        through: [...opts.through ?? []],
        rescanMs: opts.rescanMs ?? 2e3,
        idleMaxMs: opts.idleMaxMs ?? 2e3,
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
        statFd: openSync3("/proc/stat", "r"),
        memFd: openSync3("/proc/meminfo", "r"),
        selfFd: openSync3("/proc/self/stat", "r"),
        loadFd: openOptional("/proc/loadavg"),
        lastPid: -1,
        quiet: 0,
        selfReaped: 0
      },
      opts.now
    );
    tree.prime(opts.countFromStart === true);
    return tree;
  }
  /**
   * Goes on with a tree handed over by another thread of this process (`handOver()`): its file
   * descriptors are the process's, so they stay open and keep pinning the members.
   */
  static resume(state, now) {
    return new _ProcTree(state, now);
  }
  constructor(st, now = () => performance.now()) {
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
  prime(fromStart) {
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
  handOver() {
    if (this.closed) throw new Error("ProcTree: handed over or closed");
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
      selfReaped: this.selfReaped
    };
  }
  /** Changes whenever a member joins or leaves (a cheap test for "send the pid list again"). */
  get membershipVersion() {
    return this.membership;
  }
  /** Live members' pids (the same Set each time, kept current by sample()). */
  get pids() {
    return this.pidSet;
  }
  /** Number of current members (live or zombie). */
  get size() {
    return this.members.size;
  }
  /**
   * Deltas since the previous call (the constructor primes). `full`: rescan /proc and read every member
   * now (the final sample of a run, so totals are exact).
   */
  sample(full = false) {
    if (this.closed) throw new Error("ProcTree: sampled after close or hand-over");
    const now = this.now();
    this.tick++;
    if (full || now - this.lastRescan >= this.rescanMs) this.rescan(now, full);
    const total = this.readTree(full ? Infinity : now);
    const delta = Math.max(0, total - this.cumulative);
    this.cumulative = Math.max(this.cumulative, total);
    const s = this.readProcStat();
    const busy = Math.max(0, s.busy - this.lastBusy);
    const tot = Math.max(0, s.total - this.lastTotal);
    this.lastBusy = s.busy;
    this.lastTotal = s.total;
    if (full || this.tick % 5 === 1) this.usedBytes = parseMeminfo(preadText(this.memFd)).used;
    return { busy, total: tot, tree: delta, rss: this.liveRss * this.pageBytes, used: this.usedBytes, pids: this.pidSet };
  }
  /** true while the root process exists (also as a zombie). */
  rootAlive() {
    return this.members.has(this.rootPid);
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    for (const m of this.members.values()) if (m.fd >= 0) closeSync3(m.fd);
    this.members.clear();
    closeSync3(this.statFd);
    closeSync3(this.memFd);
    closeSync3(this.selfFd);
    if (this.loadFd >= 0) closeSync3(this.loadFd);
  }
  readProcStat() {
    const n = readSync3(this.statFd, BUF, 0, BUF.length, 0);
    return parseProcStatBytes(BUF, n);
  }
  /** Last field of /proc/loadavg (the most recent pid of this pid namespace); -1 when unknown. */
  readLastPid() {
    if (this.loadFd < 0) return -1;
    let n;
    try {
      n = readSync3(this.loadFd, BUF, 0, BUF.length, 0);
    } catch {
      return -1;
    }
    return parseLastPid(BUF, n);
  }
  readSelfReaped() {
    const n = readSync3(this.selfFd, BUF, 0, BUF.length, 0);
    const f = parseStatChildren(BUF, n);
    return f;
  }
  addMember(pid, now) {
    const fd = this.members.size < MAX_OPEN_FDS ? openStat(pid) : -1;
    if (fd === null) return null;
    const m = { pid, fd, ppid: 0, ticks: 0, rssPages: 0, due: now, backoffMs: 0, readAt: -1 };
    this.members.set(pid, m);
    this.pidSet.add(pid);
    this.membership++;
    return m;
  }
  /** Reads one member; false when it is gone. */
  readMember(m, now) {
    let f;
    if (m.fd >= 0) f = readStatFd(m.fd);
    else {
      const fd = openStat(m.pid);
      f = fd === null ? null : readStatFd(fd);
      if (fd !== null) closeSync3(fd);
    }
    m.readAt = this.tick;
    if (!f) return false;
    const moved = f.ticks !== m.ticks;
    this.liveTicks += f.ticks - m.ticks;
    this.liveRss += f.rssPages - m.rssPages;
    m.ppid = f.ppid;
    m.ticks = f.ticks;
    m.rssPages = f.rssPages;
    m.backoffMs = moved || m.pid === this.rootPid ? 0 : Math.min(this.idleMaxMs, Math.max(100, m.backoffMs * 2));
    m.due = (now === Infinity ? this.now() : now) + m.backoffMs;
    return true;
  }
  /** Reads due members, handles vanished ones, returns the tree's cumulative ticks. */
  readTree(now) {
    let vanished = null;
    if (this.listFor !== this.membership) {
      this.list = [...this.members.values()];
      this.listFor = this.membership;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      if (m.due > now) continue;
      if (!this.readMember(m, now)) (vanished ??= []).push(m);
    }
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
        if (m.fd >= 0) closeSync3(m.fd);
      }
      const cover = /* @__PURE__ */ new Map();
      const byPid = new Map(vanished.map((m) => [m.pid, m]));
      for (const m of vanished) {
        const parent = this.members.get(m.ppid);
        if (parent) {
          if (parent.readAt !== this.tick && !this.readMember(parent, now)) this.frozen += m.ticks;
        } else if (m.ppid === process.pid && selfDelta > 0) {
          this.frozen += Math.max(m.ticks, selfDelta);
          cover.set(m.pid, Math.max(0, selfDelta - m.ticks));
          selfDelta = 0;
        }
      }
      for (const m of vanished) {
        if (this.members.has(m.ppid) || cover.has(m.pid)) continue;
        let left = m.ticks;
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
  rescan(now, force = true) {
    this.lastRescan = now;
    const last = this.readLastPid();
    if (!force && last >= 0 && last === this.lastPid && ++this.quiet < FORCE_LIST_EVERY) return;
    this.quiet = 0;
    this.lastPid = last;
    const listed = listPids();
    const nextNon = /* @__PURE__ */ new Set();
    const fresh = /* @__PURE__ */ new Map();
    for (const pid of listed) {
      if (this.members.has(pid)) continue;
      if (this.through.has(pid)) {
        const ppid2 = readPpid(pid);
        if (ppid2 !== null) fresh.set(pid, ppid2);
        continue;
      }
      if (this.nonMembers.has(pid) || this.exclude.has(pid)) {
        nextNon.add(pid);
        continue;
      }
      const ppid = readPpid(pid);
      if (ppid !== null) fresh.set(pid, ppid);
    }
    const verdict = /* @__PURE__ */ new Map();
    const resolve = (pid, depth) => {
      const known = verdict.get(pid);
      if (known !== void 0) return known;
      if (this.exclude.has(pid)) return false;
      if (this.members.has(pid)) return true;
      const ppid = fresh.get(pid);
      const v = ppid === void 0 || depth > 64 ? false : resolve(ppid, depth + 1);
      verdict.set(pid, v);
      return v;
    };
    for (const pid of fresh.keys()) {
      if (this.through.has(pid)) continue;
      if (resolve(pid, 0)) {
        const m = this.addMember(pid, now);
        if (m) m.ppid = fresh.get(pid);
      } else nextNon.add(pid);
    }
    this.nonMembers = nextNon;
  }
};

// src/meter/koffi.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var KOFFI_VERSION = "3.3.4";
var cached = null;
function nativeTriplets(platform = process.platform, arch = process.arch) {
  return platform === "linux" ? [`linux_${arch}`, `musl_${arch}`] : [`${platform}_${arch}`];
}
function bundledNativeCandidates(moduleUrl = import.meta.url) {
  const out = [];
  for (const rel of ["./native/", "../native/"]) {
    for (const t of nativeTriplets()) out.push(fileURLToPath(new URL(`${rel}${t}/koffi.node`, moduleUrl)));
  }
  return out;
}
function loadKoffi(first = []) {
  if (cached) return cached;
  const req = createRequire(import.meta.url);
  const problems = [];
  for (const p of [...first, ...bundledNativeCandidates()]) {
    if (!existsSync(p)) continue;
    try {
      const native = req(p);
      if (native.version !== KOFFI_VERSION) {
        problems.push(`${p} is koffi ${native.version ?? "?"}, expected ${KOFFI_VERSION}`);
        continue;
      }
      return cached = { koffi: native, from: p };
    } catch (err) {
      problems.push(`${p}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  try {
    const k = req("koffi");
    return cached = { koffi: k, from: "node_modules/koffi" };
  } catch (err) {
    problems.push(`koffi package: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  }
  return cached = { error: `the FFI library koffi could not be loaded for ${process.platform}-${process.arch} (${problems.join("; ")})` };
}

// src/meter/nvml/errors.ts
var E = (code, name, meaning, fix) => ({ code, name, meaning, fix });
var TABLE = [
  E(0, "NVML_SUCCESS", "the call succeeded", "nothing to do"),
  E(1, "NVML_ERROR_UNINITIALIZED", "NVML was used before nvmlInit succeeded", "a bug in the caller: report it"),
  E(2, "NVML_ERROR_INVALID_ARGUMENT", "NVML refused an argument (a stale device handle or a wrong struct size)", "report it with the driver version: the library may be older than the API called"),
  E(3, "NVML_ERROR_NOT_SUPPORTED", "this GPU or driver does not offer the query (the energy counter needs Volta or newer; per-process utilisation is not reported under MIG)", "nothing to fix: joulecheck falls back to the next method and says which"),
  E(4, "NVML_ERROR_NO_PERMISSION", "the runner user may not make this query", "run the meter as a user allowed to query the GPU, or grant access to /dev/nvidia* (e.g. the video group)"),
  E(5, "NVML_ERROR_ALREADY_INITIALIZED", "NVML was initialised twice (deprecated code, harmless)", "nothing to do"),
  E(6, "NVML_ERROR_NOT_FOUND", "nothing to report (no process sample since the last query, or no such object)", "nothing to do"),
  E(7, "NVML_ERROR_INSUFFICIENT_SIZE", "a buffer was too small for the answer", "nothing to do: joulecheck retries with a larger buffer"),
  E(8, "NVML_ERROR_INSUFFICIENT_POWER", "a GPU's external power cables are not properly attached", "check the GPU's power connectors"),
  E(9, "NVML_ERROR_DRIVER_NOT_LOADED", "the NVIDIA kernel driver is not loaded (in a container: the GPU is not passed through)", "load the driver (nvidia-smi should work), or run the container with the GPU (--gpus all / the NVIDIA container toolkit)"),
  E(10, "NVML_ERROR_TIMEOUT", "the driver did not answer in time", "retry; if it persists the GPU or driver is wedged (check dmesg for Xid errors)"),
  E(11, "NVML_ERROR_IRQ_ISSUE", "the kernel detected an interrupt problem with a GPU", "check dmesg and the GPU's seating; reboot the runner"),
  E(12, "NVML_ERROR_LIBRARY_NOT_FOUND", "NVML could not find a library it needs", "install the NVIDIA driver's user-space libraries matching the kernel driver"),
  E(13, "NVML_ERROR_FUNCTION_NOT_FOUND", "this driver's NVML lacks the function (an older driver)", "update the NVIDIA driver; joulecheck falls back meanwhile"),
  E(14, "NVML_ERROR_CORRUPTED_INFOROM", "the GPU's infoROM is corrupted", "contact the hardware vendor; readings of this GPU are not trusted"),
  E(15, "NVML_ERROR_GPU_IS_LOST", "the GPU fell off the bus or stopped answering", "the GPU needs a reset or the runner a reboot (check dmesg for Xid 79); its energy is a gap from here on"),
  E(16, "NVML_ERROR_RESET_REQUIRED", "the GPU needs a reset before it can be used", "reset the GPU (nvidia-smi -r) or reboot the runner"),
  E(17, "NVML_ERROR_OPERATING_SYSTEM", "the operating system blocked the call", "check the runner's security policy (seccomp, SELinux) for /dev/nvidia*"),
  E(18, "NVML_ERROR_LIB_RM_VERSION_MISMATCH", "the NVML library and the kernel driver have different versions (the driver was updated without a reboot, or a container ships its own libnvidia-ml)", "reboot after a driver update, or use the host's libnvidia-ml.so.1 (--nvml-lib / nvml-lib) that matches the kernel driver"),
  E(19, "NVML_ERROR_IN_USE", "the GPU is in use by another operation", "retry later"),
  E(20, "NVML_ERROR_MEMORY", "NVML ran out of memory", "free memory on the runner"),
  E(21, "NVML_ERROR_NO_DATA", "no data yet", "nothing to do"),
  E(22, "NVML_ERROR_VGPU_ECC_NOT_SUPPORTED", "ECC is not supported on this vGPU", "nothing to do"),
  E(23, "NVML_ERROR_INSUFFICIENT_RESOURCES", "not enough resources for the request", "retry later"),
  E(24, "NVML_ERROR_FREQ_NOT_SUPPORTED", "the frequency is not supported", "nothing to do"),
  E(25, "NVML_ERROR_ARGUMENT_VERSION_MISMATCH", "the struct version passed is not the one this driver expects", "update the NVIDIA driver"),
  E(26, "NVML_ERROR_DEPRECATED", "the function is deprecated on this driver", "nothing to do: joulecheck falls back"),
  E(27, "NVML_ERROR_NOT_READY", "the system is not ready for the request", "retry later"),
  E(28, "NVML_ERROR_GPU_NOT_FOUND", "no GPU was found", "check that the GPU is visible (nvidia-smi -L); in a container pass it through"),
  E(29, "NVML_ERROR_INVALID_STATE", "the resource is in an invalid state", "reset the GPU or reboot the runner"),
  E(999, "NVML_ERROR_UNKNOWN", "the driver reported an unknown error", "check dmesg for Xid errors; reboot the runner if it persists")
];
var BY_CODE = new Map(TABLE.map((e) => [e.code, e]));
function nvmlError(code) {
  return BY_CODE.get(code) ?? {
    code,
    name: `NVML error ${code}`,
    meaning: `NVML returned code ${code}, which this joulecheck does not know (a newer driver)`,
    fix: "update joulecheck; meanwhile the GPU falls back to the next method"
  };
}
function nvmlNote(call, code, where = null, driverText = null) {
  const e = nvmlError(code);
  const said = driverText && driverText.toLowerCase() !== e.meaning.toLowerCase() ? ` ("${driverText}")` : "";
  return `NVML ${call}${where ? ` on ${where}` : ""}: ${e.name} (${code})${said}: ${e.meaning}; ${e.fix}`;
}
var NVML_SUCCESS = 0;
var NVML_ERROR_NOT_SUPPORTED = 3;
var NVML_ERROR_NOT_FOUND = 6;
var NVML_ERROR_INSUFFICIENT_SIZE = 7;
var NVML_ERROR_FUNCTION_NOT_FOUND = 13;
var NVML_ERROR_GPU_IS_LOST = 15;

// src/meter/nvml/binding.ts
var DEFAULT_NVML_LIB = "libnvidia-ml.so.1";
var NVML_FI_DEV_POWER_INSTANT = 186;
var NVML_VALUE_TYPE_DOUBLE = 0;
var NVML_VALUE_TYPE_UNSIGNED_INT = 1;
var NVML_VALUE_TYPE_UNSIGNED_LONG = 2;
var NVML_VALUE_TYPE_UNSIGNED_LONG_LONG = 3;
var NVML_VALUE_TYPE_SIGNED_LONG_LONG = 4;
var NVML_VALUE_TYPE_SIGNED_INT = 5;
var LAYOUT = {
  /** nvmlProcessUtilizationSample_t: pid, timeStamp (us), smUtil, memUtil, encUtil, decUtil */
  procSample: { size: 32, pid: 0, timeStamp: 8, smUtil: 16, memUtil: 20, encUtil: 24, decUtil: 28 },
  /** nvmlProcessInfo_t of the _v3 calls: pid, usedGpuMemory, gpuInstanceId, computeInstanceId */
  procInfo: { size: 24, pid: 0, usedGpuMemory: 8 },
  /** nvmlFieldValue_t: fieldId, scopeId, timestamp, latencyUsec, valueType, nvmlReturn, value */
  fieldValue: { size: 40, fieldId: 0, scopeId: 4, timestamp: 8, latencyUsec: 16, valueType: 24, nvmlReturn: 28, value: 32 }
};
var declared = null;
function declare(k) {
  const device = k.pointer("nvmlDevice_t", k.opaque("nvmlDevice_st"));
  const value = k.union("nvmlValue_t", { dVal: "double", siVal: "int", uiVal: "uint", ulVal: "ulong", ullVal: "ulonglong", sllVal: "longlong", usVal: "ushort" });
  return {
    device,
    procSample: k.struct("nvmlProcessUtilizationSample_t", { pid: "uint", timeStamp: "ulonglong", smUtil: "uint", memUtil: "uint", encUtil: "uint", decUtil: "uint" }),
    procInfo: k.struct("nvmlProcessInfo_t", { pid: "uint", usedGpuMemory: "ulonglong", gpuInstanceId: "uint", computeInstanceId: "uint" }),
    fieldValue: k.struct("nvmlFieldValue_t", { fieldId: "uint", scopeId: "uint", timestamp: "longlong", latencyUsec: "longlong", valueType: "int", nvmlReturn: "int", value })
  };
}
function types(k) {
  return declared ??= declare(k);
}
var NVML_PROTOTYPES = {
  init: "int nvmlInit_v2(void)",
  shutdown: "int nvmlShutdown(void)",
  errorString: "const char *nvmlErrorString(int result)",
  driverVersion: "int nvmlSystemGetDriverVersion(void *version, unsigned int length)",
  count: "int nvmlDeviceGetCount_v2(void *count)",
  uuid: "int nvmlDeviceGetUUID(nvmlDevice_t device, void *uuid, unsigned int length)",
  name: "int nvmlDeviceGetName(nvmlDevice_t device, void *name, unsigned int length)",
  energy: "int nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, void *energy)",
  power: "int nvmlDeviceGetPowerUsage(nvmlDevice_t device, void *power)",
  fields: "int nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, void *values)",
  util: "int nvmlDeviceGetUtilizationRates(nvmlDevice_t device, void *utilization)",
  procUtil: "int nvmlDeviceGetProcessUtilization(nvmlDevice_t device, void *utilization, void *processSamplesCount, unsigned long long lastSeenTimeStamp)",
  compute: "int nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, void *infoCount, void *infos)",
  graphics: "int nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, void *infoCount, void *infos)",
  mig: "int nvmlDeviceGetMigMode(nvmlDevice_t device, void *currentMode, void *pendingMode)",
  persistence: "int nvmlDeviceGetPersistenceMode(nvmlDevice_t device, void *mode)",
  enforced: "int nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, void *limit)",
  dflt: "int nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, void *limit)"
};
var NVML_HANDLE_BY_INDEX = "nvmlDeviceGetHandleByIndex_v2";
function nvmlFunctionName(prototype) {
  const m = /([A-Za-z_]\w*)\s*\(/.exec(prototype);
  if (!m) throw new Error(`not a C prototype: ${prototype}`);
  return m[1];
}
function openNvml(libPath = DEFAULT_NVML_LIB) {
  const loaded = loadKoffi();
  if ("error" in loaded) return loaded.error;
  const k = loaded.koffi;
  let lib;
  try {
    lib = k.load(libPath);
  } catch (err) {
    return `${libPath} could not be loaded (${err instanceof Error ? err.message : String(err)})`;
  }
  const t = types(k);
  const fn = (proto) => {
    try {
      return lib.func(proto);
    } catch {
      return null;
    }
  };
  const missing = [];
  const bind = (key) => {
    const f = fn(NVML_PROTOTYPES[key]);
    if (!f) missing.push(nvmlFunctionName(NVML_PROTOTYPES[key]));
    return f;
  };
  const init = bind("init");
  const shutdown = bind("shutdown");
  const errorString = bind("errorString");
  const driverVersion = bind("driverVersion");
  const count = bind("count");
  const byIndex = safeFunc(lib, NVML_HANDLE_BY_INDEX, "int", ["uint", k.out(k.pointer(t.device))]);
  if (!byIndex) missing.push(NVML_HANDLE_BY_INDEX);
  const uuid = bind("uuid");
  const name = bind("name");
  const energy = bind("energy");
  const power = bind("power");
  const fields = bind("fields");
  const util = bind("util");
  const procUtil = bind("procUtil");
  const compute = bind("compute");
  const graphics = bind("graphics");
  const mig = bind("mig");
  const persistence = bind("persistence");
  const enforced = bind("enforced");
  const dflt = bind("dflt");
  if (!init || !byIndex || !count) {
    lib.unload();
    return `${libPath} loaded but it is not NVML (nvmlInit_v2, nvmlDeviceGetCount_v2 or nvmlDeviceGetHandleByIndex_v2 missing)`;
  }
  const u32 = Buffer.alloc(8);
  const u64 = Buffer.alloc(8);
  const str = Buffer.alloc(128);
  const field = Buffer.alloc(LAYOUT.fieldValue.size);
  let samples = Buffer.alloc(LAYOUT.procSample.size * 64);
  let infos = Buffer.alloc(LAYOUT.procInfo.size * 32);
  const NF = NVML_ERROR_FUNCTION_NOT_FOUND;
  const cstr = (b) => {
    const z = b.indexOf(0);
    return b.toString("utf8", 0, z < 0 ? b.length : z);
  };
  const getStr = (f, d) => {
    if (!f) return { rc: NF, value: null };
    str.fill(0);
    const rc = d === void 0 ? f(str, str.length) : f(d, str, str.length);
    return { rc, value: rc === NVML_SUCCESS ? cstr(str) : null };
  };
  const getU32 = (f, d) => {
    if (!f) return { rc: NF, value: 0 };
    const rc = f(d, u32);
    return { rc, value: rc === NVML_SUCCESS ? u32.readUInt32LE(0) : 0 };
  };
  const running = (f, d) => {
    if (!f) return { rc: NF, pids: [] };
    for (let attempt = 0; attempt < 3; attempt++) {
      u32.writeUInt32LE(infos.length / LAYOUT.procInfo.size, 0);
      const rc = f(d, u32, infos);
      if (rc === NVML_ERROR_INSUFFICIENT_SIZE) {
        infos = Buffer.alloc(Math.max(infos.length * 2, (u32.readUInt32LE(0) + 8) * LAYOUT.procInfo.size));
        continue;
      }
      if (rc !== NVML_SUCCESS) return { rc, pids: [] };
      const n = u32.readUInt32LE(0);
      const L = LAYOUT.procInfo;
      const pids = [];
      for (let i = 0; i < n; i++) {
        const o = i * L.size;
        pids.push({ pid: infos.readUInt32LE(o + L.pid), usedBytes: Number(infos.readBigUInt64LE(o + L.usedGpuMemory)) });
      }
      return { rc, pids };
    }
    return { rc: NVML_ERROR_INSUFFICIENT_SIZE, pids: [] };
  };
  return {
    path: libPath,
    ffi: loaded.from,
    missing,
    init: () => init(),
    shutdown: () => shutdown ? shutdown() : NF,
    errorString: (rc) => {
      try {
        return errorString ? errorString(rc) : null;
      } catch {
        return null;
      }
    },
    driverVersion: () => getStr(driverVersion),
    deviceCount: () => {
      const rc = count(u32);
      return { rc, value: rc === NVML_SUCCESS ? u32.readUInt32LE(0) : 0 };
    },
    handle: (index) => {
      const out = [null];
      const rc = byIndex(index, out);
      return { rc, value: out[0] };
    },
    uuid: (d) => getStr(uuid, d),
    name: (d) => getStr(name, d),
    energyMj: (d) => {
      if (!energy) return { rc: NF, value: 0 };
      const rc = energy(d, u64);
      return { rc, value: rc === NVML_SUCCESS ? Number(u64.readBigUInt64LE(0)) : 0 };
    },
    powerUsageMw: (d) => getU32(power, d),
    powerInstantMw: (d) => {
      if (!fields) return { rc: NF, value: 0 };
      field.fill(0);
      field.writeUInt32LE(NVML_FI_DEV_POWER_INSTANT, LAYOUT.fieldValue.fieldId);
      const rc = fields(d, 1, field);
      if (rc !== NVML_SUCCESS) return { rc, value: 0 };
      const frc = field.readInt32LE(LAYOUT.fieldValue.nvmlReturn);
      if (frc !== NVML_SUCCESS) return { rc: frc, value: 0 };
      return { rc: NVML_SUCCESS, value: fieldNumber(field, field.readInt32LE(LAYOUT.fieldValue.valueType)) };
    },
    utilization: (d) => {
      if (!util) return { rc: NF, gpu: 0, memory: 0 };
      const rc = util(d, u64);
      return { rc, gpu: rc === NVML_SUCCESS ? u64.readUInt32LE(0) : 0, memory: rc === NVML_SUCCESS ? u64.readUInt32LE(4) : 0 };
    },
    processUtilization: (d, lastSeenUs) => {
      if (!procUtil) return { rc: NF, samples: [] };
      const last = BigInt(Math.max(0, Math.floor(lastSeenUs)));
      for (let attempt = 0; attempt < 3; attempt++) {
        u32.writeUInt32LE(samples.length / LAYOUT.procSample.size, 0);
        const rc = procUtil(d, samples, u32, last);
        if (rc === NVML_ERROR_NOT_FOUND) return { rc: NVML_SUCCESS, samples: [] };
        if (rc === NVML_ERROR_INSUFFICIENT_SIZE) {
          samples = Buffer.alloc(Math.max(samples.length * 2, (u32.readUInt32LE(0) + 16) * LAYOUT.procSample.size));
          continue;
        }
        if (rc !== NVML_SUCCESS) return { rc, samples: [] };
        const n = u32.readUInt32LE(0);
        const out = [];
        const L = LAYOUT.procSample;
        for (let i = 0; i < n; i++) {
          const o = i * L.size;
          out.push({
            pid: samples.readUInt32LE(o + L.pid),
            timeStampUs: Number(samples.readBigUInt64LE(o + L.timeStamp)),
            sm: samples.readUInt32LE(o + L.smUtil),
            mem: samples.readUInt32LE(o + L.memUtil)
          });
        }
        return { rc, samples: out };
      }
      return { rc: NVML_ERROR_INSUFFICIENT_SIZE, samples: [] };
    },
    processUtilizationRaw: (d, lastSeenTimeStamp, capacity) => {
      if (!procUtil) return { rc: NF, count: 0, samples: [] };
      const L = LAYOUT.procSample;
      const buf = Buffer.alloc(Math.max(1, capacity) * L.size);
      const n = Buffer.alloc(4);
      n.writeUInt32LE(Math.max(1, capacity), 0);
      const rc = procUtil(d, buf, n, BigInt(Math.max(0, Math.floor(lastSeenTimeStamp))));
      const count2 = n.readUInt32LE(0);
      const out = [];
      if (rc === NVML_SUCCESS)
        for (let i = 0; i < Math.min(count2, capacity); i++) {
          const o = i * L.size;
          out.push({
            pid: buf.readUInt32LE(o + L.pid),
            timeStamp: Number(buf.readBigUInt64LE(o + L.timeStamp)),
            smUtil: buf.readUInt32LE(o + L.smUtil),
            memUtil: buf.readUInt32LE(o + L.memUtil),
            encUtil: buf.readUInt32LE(o + L.encUtil),
            decUtil: buf.readUInt32LE(o + L.decUtil)
          });
        }
      return { rc, count: count2, samples: out };
    },
    computeProcesses: (d) => running(compute, d),
    graphicsProcesses: (d) => running(graphics, d),
    migMode: (d) => {
      if (!mig) return { rc: NF, current: 0 };
      const rc = mig(d, u32, u64);
      return { rc, current: rc === NVML_SUCCESS ? u32.readUInt32LE(0) : 0 };
    },
    persistence: (d) => {
      const r = getU32(persistence, d);
      return { rc: r.rc, enabled: r.value === 1 };
    },
    enforcedLimitMw: (d) => getU32(enforced, d),
    defaultLimitMw: (d) => getU32(dflt, d)
  };
}
function safeFunc(lib, name, ret, args) {
  try {
    return lib.func(name, ret, args);
  } catch {
    return null;
  }
}
function fieldNumber(b, type) {
  const o = LAYOUT.fieldValue.value;
  switch (type) {
    case NVML_VALUE_TYPE_DOUBLE:
      return b.readDoubleLE(o);
    case NVML_VALUE_TYPE_UNSIGNED_INT:
      return b.readUInt32LE(o);
    case NVML_VALUE_TYPE_UNSIGNED_LONG:
    case NVML_VALUE_TYPE_UNSIGNED_LONG_LONG:
      return Number(b.readBigUInt64LE(o));
    case NVML_VALUE_TYPE_SIGNED_LONG_LONG:
      return Number(b.readBigInt64LE(o));
    case NVML_VALUE_TYPE_SIGNED_INT:
      return b.readInt32LE(o);
    default:
      return b.readUInt16LE(o);
  }
}

// src/meter/nvml/tick-reads.ts
var READ_STRIDE = 5;
var READ_KIND = { energy: 0, power: 1, util: 2 };
var NvmlTickReads = class {
  out = [];
  lost;
  nvml;
  handles;
  devices;
  clock;
  constructor(nvml, handles, devices, clock) {
    this.nvml = nvml;
    this.handles = handles;
    this.devices = devices;
    this.clock = clock;
    this.lost = devices.map(() => false);
  }
  /** Reads every GPU once; each value stamped at its own call (eight GPUs' calls add up to milliseconds). */
  read() {
    const { nvml, clock, out } = this;
    for (let i = 0; i < this.devices.length; i++) {
      const d = this.devices[i];
      const h = this.handles[i];
      if (d.counter && !this.lost[i]) {
        const t = clock();
        const r = nvml.energyMj(h);
        out.push(i, READ_KIND.energy, (t + clock()) / 2, r.rc, r.value);
        this.check(i, r.rc);
      }
      if (d.power && !this.lost[i]) {
        const t = clock();
        const r = d.instant ? nvml.powerInstantMw(h) : nvml.powerUsageMw(h);
        out.push(i, READ_KIND.power, t, r.rc, r.value);
        this.check(i, r.rc);
      }
      if (d.util && !this.lost[i]) {
        const t = clock();
        const u = nvml.utilization(h);
        out.push(i, READ_KIND.util, t, u.rc, u.gpu);
        this.check(i, u.rc);
      }
    }
  }
  /** The readings since the previous take. */
  take() {
    const o = this.out;
    this.out = [];
    return o;
  }
  check(i, rc) {
    if (rc === NVML_ERROR_GPU_IS_LOST) this.lost[i] = true;
  }
};
function resumeNvmlTicks(state, clock) {
  const nvml = openNvml(state.lib);
  if (typeof nvml === "string") throw new Error(`NVML in the tick worker: ${nvml}`);
  const handles = state.devices.map((d) => {
    const h = nvml.handle(d.index);
    if (h.rc !== NVML_SUCCESS) throw new Error(`NVML in the tick worker: nvmlDeviceGetHandleByIndex_v2(${d.index}) returned ${h.rc}`);
    const u = nvml.uuid(h.value);
    if (u.rc !== NVML_SUCCESS || u.value !== d.uuid) throw new Error(`NVML in the tick worker: GPU ${d.index} is ${u.value ?? `unknown (${u.rc})`}, expected ${d.uuid}`);
    return h.value;
  });
  return new NvmlTickReads(nvml, handles, state.devices, clock);
}

// src/meter/amd/amd-smi.ts
var DEFAULT_AMD_SMI_LIB = "libamd_smi.so";
var AMD_SMI_UNBOUND = "this joulecheck does not bind AMD SMI yet";
function openAmdSmi(_k, _ffi, _libPath = DEFAULT_AMD_SMI_LIB) {
  return AMD_SMI_UNBOUND;
}

// src/meter/amd/errors.ts
var E2 = (code, name, meaning, fix) => ({ code, name, meaning, fix });
var GROUPS = "add the runner user to the render and video groups that /dev/kfd and /dev/dri need (sudo usermod -aG render,video USER), then restart the runner";
var FALLBACK = "nothing to fix: joulecheck falls back to the next method and says which";
var RSMI = [
  E2(0, "RSMI_STATUS_SUCCESS", "the call succeeded", "nothing to do"),
  E2(1, "RSMI_STATUS_INVALID_ARGS", "ROCm SMI refused an argument (a device index out of range or a null pointer)", "report it with the ROCm version: the library may be older than the API called"),
  E2(2, "RSMI_STATUS_NOT_SUPPORTED", "this GPU or kernel driver does not offer the query (the energy counter needs a gpu_metrics file with an energy accumulator; per-process CU occupancy needs a newer amdgpu)", FALLBACK),
  E2(3, "RSMI_STATUS_FILE_ERROR", "a sysfs file of the amdgpu driver could not be read (the kernel does not offer it, or /sys is not the host's)", "check that the amdgpu driver is loaded (ls /sys/class/drm/card*/device/hwmon); in a container, do not mount a private /sys over the host's"),
  E2(4, "RSMI_STATUS_PERMISSION", "the runner user may not read this file", GROUPS),
  E2(5, "RSMI_STATUS_OUT_OF_RESOURCES", "ROCm SMI could not get memory or another resource", "free memory on the runner"),
  E2(6, "RSMI_STATUS_INTERNAL_EXCEPTION", "ROCm SMI caught an internal exception (often a sysfs file it expected is missing)", "check that the amdgpu driver and the KFD are loaded (ls /sys/class/kfd/kfd/topology/nodes); update ROCm"),
  E2(7, "RSMI_STATUS_INPUT_OUT_OF_BOUNDS", "an argument was out of the allowed range", "report it with the ROCm version"),
  E2(8, "RSMI_STATUS_INIT_ERROR", "rsmi_init failed while discovering the GPUs (no amdgpu card under /sys/class/drm, or its KFD node under /sys/class/kfd/kfd/topology is missing or incomplete)", "load the amdgpu driver (modprobe amdgpu; rocm-smi should list the GPU); in a container pass the GPU with --device /dev/kfd --device /dev/dri"),
  E2(9, "RSMI_STATUS_NOT_YET_IMPLEMENTED", "this ROCm SMI does not implement the call for this GPU", FALLBACK),
  E2(10, "RSMI_STATUS_NOT_FOUND", "the item was not found (a process that has exited, a device index that is gone)", "nothing to do"),
  E2(11, "RSMI_STATUS_INSUFFICIENT_SIZE", "a buffer was too small for the answer", "nothing to do: joulecheck retries with a larger buffer"),
  E2(12, "RSMI_STATUS_INTERRUPT", "the call was interrupted", "retry"),
  E2(13, "RSMI_STATUS_UNEXPECTED_SIZE", "a sysfs file had an unexpected size (a gpu_metrics layout this ROCm SMI does not know)", "update ROCm to one that knows this kernel's gpu_metrics"),
  E2(14, "RSMI_STATUS_NO_DATA", "no data for this input", "nothing to do"),
  E2(15, "RSMI_STATUS_UNEXPECTED_DATA", "a sysfs file held data ROCm SMI did not expect", "update ROCm to one that matches the kernel driver"),
  E2(16, "RSMI_STATUS_BUSY", "a resource or mutex of ROCm SMI was held by another process", "retry; a crashed rocm-smi may have left /dev/shm/rocm_smi_* behind"),
  E2(17, "RSMI_STATUS_REFCOUNT_OVERFLOW", "rsmi_init was called too often without rsmi_shut_down", "a bug in the caller: report it"),
  E2(4294967295, "RSMI_STATUS_UNKNOWN_ERROR", "ROCm SMI reported an unknown error", "check dmesg for amdgpu errors; reboot the runner if it persists")
];
var AMDSMI = [
  E2(0, "AMDSMI_STATUS_SUCCESS", "the call succeeded", "nothing to do"),
  E2(1, "AMDSMI_STATUS_INVAL", "AMD SMI refused an argument (a stale handle or a wrong struct size)", "report it with the ROCm version: the library may be older than the API called"),
  E2(2, "AMDSMI_STATUS_NOT_SUPPORTED", "this GPU or driver does not offer the query", FALLBACK),
  E2(3, "AMDSMI_STATUS_NOT_YET_IMPLEMENTED", "this AMD SMI does not implement the call", FALLBACK),
  E2(4, "AMDSMI_STATUS_FAIL_LOAD_MODULE", "AMD SMI could not load a library it needs (libdrm_amdgpu)", "install ROCm's runtime libraries (libdrm-amdgpu1) matching the driver"),
  E2(5, "AMDSMI_STATUS_FAIL_LOAD_SYMBOL", "a library AMD SMI needs lacks a symbol (mismatched ROCm components)", "install matching ROCm packages"),
  E2(6, "AMDSMI_STATUS_DRM_ERROR", "a call into libdrm failed (the render node could not be opened)", GROUPS),
  E2(7, "AMDSMI_STATUS_API_FAILED", "the API call failed", "check dmesg for amdgpu errors"),
  E2(8, "AMDSMI_STATUS_TIMEOUT", "the driver did not answer in time", "retry; if it persists the GPU is wedged (check dmesg)"),
  E2(9, "AMDSMI_STATUS_RETRY", "the driver asks to retry", "nothing to do: the next read retries"),
  E2(10, "AMDSMI_STATUS_NO_PERM", "the runner user may not make this query", GROUPS),
  E2(11, "AMDSMI_STATUS_INTERRUPT", "the call was interrupted", "retry"),
  E2(12, "AMDSMI_STATUS_IO", "an I/O error", "check dmesg for amdgpu errors"),
  E2(13, "AMDSMI_STATUS_ADDRESS_FAULT", "bad address", "report it with the ROCm version"),
  E2(14, "AMDSMI_STATUS_FILE_ERROR", "a sysfs file of the amdgpu driver could not be read", "check that the amdgpu driver is loaded; in a container, do not mount a private /sys over the host's"),
  E2(15, "AMDSMI_STATUS_OUT_OF_RESOURCES", "not enough memory", "free memory on the runner"),
  E2(16, "AMDSMI_STATUS_INTERNAL_EXCEPTION", "AMD SMI caught an internal exception", "update ROCm; report it if it persists"),
  E2(17, "AMDSMI_STATUS_INPUT_OUT_OF_BOUNDS", "an argument was out of range", "report it with the ROCm version"),
  E2(18, "AMDSMI_STATUS_INIT_ERROR", "amdsmi_init failed while discovering the GPUs", "load the amdgpu driver (amd-smi list should show the GPU); in a container pass the GPU with --device /dev/kfd --device /dev/dri"),
  E2(19, "AMDSMI_STATUS_REFCOUNT_OVERFLOW", "amdsmi_init was called too often without amdsmi_shut_down", "a bug in the caller: report it"),
  E2(30, "AMDSMI_STATUS_BUSY", "the device is busy", "retry"),
  E2(31, "AMDSMI_STATUS_NOT_FOUND", "the device or item was not found", "check that the GPU is visible (amd-smi list); in a container pass it through"),
  E2(32, "AMDSMI_STATUS_NOT_INIT", "the device is not initialised", "a bug in the caller: report it"),
  E2(33, "AMDSMI_STATUS_NO_SLOT", "no free slot", "retry later"),
  E2(40, "AMDSMI_STATUS_NO_DATA", "no data for this input", "nothing to do"),
  E2(41, "AMDSMI_STATUS_INSUFFICIENT_SIZE", "a buffer was too small for the answer", "nothing to do: joulecheck retries with a larger buffer"),
  E2(42, "AMDSMI_STATUS_UNEXPECTED_SIZE", "an unexpected amount of data was read", "update ROCm to one that matches the kernel driver"),
  E2(43, "AMDSMI_STATUS_UNEXPECTED_DATA", "the data read is not what was expected", "update ROCm to one that matches the kernel driver"),
  E2(4294967294, "AMDSMI_STATUS_MAP_ERROR", "an internal error of the library did not map to a status code", "update ROCm; report it if it persists"),
  E2(4294967295, "AMDSMI_STATUS_UNKNOWN_ERROR", "AMD SMI reported an unknown error", "check dmesg for amdgpu errors; reboot the runner if it persists")
];
var BY = { "rocm-smi": new Map(RSMI.map((e) => [e.code, e])), amdsmi: new Map(AMDSMI.map((e) => [e.code, e])) };
var AMD_LIB_TITLE = { amdsmi: "AMD SMI", "rocm-smi": "ROCm SMI" };
function amdError(kind, code) {
  if (code === AMD_FUNCTION_MISSING)
    return { code, name: "function missing", meaning: `this ${AMD_LIB_TITLE[kind]} library does not export the function (an older ROCm)`, fix: "update ROCm; joulecheck falls back meanwhile" };
  const c = code >>> 0;
  return BY[kind].get(c) ?? {
    code: c,
    name: `${AMD_LIB_TITLE[kind]} status ${c}`,
    meaning: `${AMD_LIB_TITLE[kind]} returned code ${c}, which this joulecheck does not know (a newer ROCm)`,
    fix: "update joulecheck; meanwhile the GPU falls back to the next method"
  };
}
function amdNote(kind, call, code, where = null, libText = null) {
  const e = amdError(kind, code);
  const said = libText && !libText.toLowerCase().includes(e.meaning.toLowerCase()) ? ` ("${libText}")` : "";
  return `${AMD_LIB_TITLE[kind]} ${call}${where ? ` on ${where}` : ""}: ${e.name} (${e.code})${said}: ${e.meaning}; ${e.fix}`;
}
var AMD_SUCCESS = 0;
var AMD_NOT_SUPPORTED = 2;
var AMD_FUNCTION_MISSING = -1;
var RSMI_STATUS_INSUFFICIENT_SIZE = 11;

// src/meter/amd/rocm-smi.ts
var DEFAULT_ROCM_SMI_LIB = "librocm_smi64.so.1";
var RSMI_PROCESS_INFO = { size: 32, process_id: 0, pasid: 4, vram_usage: 8, sdma_usage: 16, cu_occupancy: 24 };
var ROCM_SMI_PROTOTYPES = {
  init: "uint32_t rsmi_init(uint64_t init_flags)",
  shutdown: "uint32_t rsmi_shut_down(void)",
  statusString: "uint32_t rsmi_status_string(uint32_t status, _Out_ const char **status_string)",
  count: "uint32_t rsmi_num_monitor_devices(void *num_devices)",
  name: "uint32_t rsmi_dev_name_get(uint32_t dv_ind, void *name, size_t len)",
  uniqueId: "uint32_t rsmi_dev_unique_id_get(uint32_t dv_ind, void *id)",
  pciId: "uint32_t rsmi_dev_pci_id_get(uint32_t dv_ind, void *bdfid)",
  energy: "uint32_t rsmi_dev_energy_count_get(uint32_t dv_ind, void *power, void *counter_resolution, void *timestamp)",
  power: "uint32_t rsmi_dev_power_ave_get(uint32_t dv_ind, uint32_t sensor_ind, void *power)",
  busy: "uint32_t rsmi_dev_busy_percent_get(uint32_t dv_ind, void *busy_percent)",
  cap: "uint32_t rsmi_dev_power_cap_get(uint32_t dv_ind, uint32_t sensor_ind, void *cap)",
  capDefault: "uint32_t rsmi_dev_power_cap_default_get(uint32_t dv_ind, void *default_cap)",
  procs: "uint32_t rsmi_compute_process_info_get(void *procs, void *num_items)",
  procByPid: "uint32_t rsmi_compute_process_info_by_pid_get(uint32_t pid, void *proc)",
  procGpus: "uint32_t rsmi_compute_process_gpus_get(uint32_t pid, void *dv_indices, void *num_devices)"
};
function functionName(prototype) {
  const m = /([A-Za-z_]\w*)\s*\(/.exec(prototype);
  if (!m) throw new Error(`not a C prototype: ${prototype}`);
  return m[1];
}
function openRocmSmi(k, ffi, libPath = DEFAULT_ROCM_SMI_LIB) {
  let lib;
  try {
    lib = k.load(libPath);
  } catch (err) {
    return `${libPath} could not be loaded (${err instanceof Error ? err.message : String(err)})`;
  }
  const missing = [];
  const bind = (key) => {
    try {
      return lib.func(ROCM_SMI_PROTOTYPES[key]);
    } catch {
      missing.push(functionName(ROCM_SMI_PROTOTYPES[key]));
      return null;
    }
  };
  const f = Object.fromEntries(Object.keys(ROCM_SMI_PROTOTYPES).map((key) => [key, bind(key)]));
  if (!f.init || !f.count) {
    lib.unload();
    return `${libPath} loaded but it is not ROCm SMI (rsmi_init or rsmi_num_monitor_devices missing)`;
  }
  const init = f.init;
  const count = f.count;
  const NF = AMD_FUNCTION_MISSING;
  const u32 = Buffer.alloc(4);
  const u64 = Buffer.alloc(8);
  const e64 = Buffer.alloc(8);
  const res = Buffer.alloc(4);
  const ts = Buffer.alloc(8);
  const str = Buffer.alloc(256);
  const one = Buffer.alloc(RSMI_PROCESS_INFO.size);
  let infos = Buffer.alloc(RSMI_PROCESS_INFO.size * 64);
  let idx = Buffer.alloc(4 * 32);
  const P = RSMI_PROCESS_INFO;
  const u64Of = (fn, ...args) => {
    if (!fn) return { rc: NF, value: 0 };
    const rc = fn(...args, u64);
    return { rc, value: rc === AMD_SUCCESS ? Number(u64.readBigUInt64LE(0)) : 0 };
  };
  const gpusOf = (pid) => {
    if (!f.procGpus) return { rc: NF, value: [] };
    for (let attempt = 0; attempt < 3; attempt++) {
      u32.writeUInt32LE(idx.length / 4, 0);
      const rc = f.procGpus(pid, idx, u32);
      if (rc === RSMI_STATUS_INSUFFICIENT_SIZE) {
        idx = Buffer.alloc(idx.length * 2);
        continue;
      }
      if (rc !== AMD_SUCCESS) return { rc, value: [] };
      const n = Math.min(u32.readUInt32LE(0), idx.length / 4);
      const out = [];
      for (let i = 0; i < n; i++) out.push(idx.readUInt32LE(i * 4));
      return { rc, value: out };
    }
    return { rc: RSMI_STATUS_INSUFFICIENT_SIZE, value: [] };
  };
  return {
    kind: "rocm-smi",
    path: libPath,
    ffi,
    missing,
    init: () => init(0),
    shutdown: () => f.shutdown ? f.shutdown() : NF,
    statusString: (rc) => {
      if (!f.statusString) return null;
      try {
        const out = [null];
        return f.statusString(rc >>> 0, out) === AMD_SUCCESS && typeof out[0] === "string" ? out[0] : null;
      } catch {
        return null;
      }
    },
    deviceCount: () => {
      const rc = count(u32);
      return { rc, value: rc === AMD_SUCCESS ? u32.readUInt32LE(0) : 0 };
    },
    name: (i) => {
      if (!f.name) return { rc: NF, value: null };
      str.fill(0);
      const rc = f.name(i, str, str.length);
      const z = str.indexOf(0);
      return { rc, value: rc === AMD_SUCCESS ? str.toString("utf8", 0, z < 0 ? str.length : z).trim() : null };
    },
    uniqueId: (i) => {
      const u = u64Of(f.uniqueId, i);
      if (u.rc === AMD_SUCCESS && u.value !== 0) return { rc: u.rc, value: `AMD-GPU-${u64.readBigUInt64LE(0).toString(16).padStart(16, "0")}` };
      if (!f.pciId) return { rc: u.rc, value: null };
      const rc = f.pciId(i, u64);
      if (rc !== AMD_SUCCESS) return { rc: u.rc === AMD_SUCCESS ? rc : u.rc, value: null };
      const b = u64.readBigUInt64LE(0);
      const hex = (v, w) => v.toString(16).padStart(w, "0");
      return { rc, value: `AMD-PCI-${hex(b >> 32n, 4)}:${hex(b >> 8n & 0xffn, 2)}:${hex(b >> 3n & 0x1fn, 2)}.${(b & 7n).toString()}` };
    },
    energy: (i) => {
      if (!f.energy) return { rc: NF, raw: 0, resolutionUj: 0, tsNs: 0 };
      const rc = f.energy(i, e64, res, ts);
      return rc === AMD_SUCCESS ? { rc, raw: Number(e64.readBigUInt64LE(0)), resolutionUj: res.readFloatLE(0), tsNs: Number(ts.readBigUInt64LE(0)) } : { rc, raw: 0, resolutionUj: 0, tsNs: 0 };
    },
    powerW: (i) => {
      const r = u64Of(f.power, i, 0);
      return { rc: r.rc, value: r.value / 1e6 };
    },
    busy: (i) => {
      if (!f.busy) return { rc: NF, value: 0 };
      const rc = f.busy(i, u32);
      return { rc, value: rc === AMD_SUCCESS ? u32.readUInt32LE(0) : 0 };
    },
    powerCapW: (i) => {
      const r = u64Of(f.cap, i, 0);
      return { rc: r.rc, value: r.value / 1e6 };
    },
    defaultCapW: (i) => {
      const r = u64Of(f.capDefault, i);
      return { rc: r.rc, value: r.value / 1e6 };
    },
    // ROCm SMI 5.x has no compute-partition query (MI300's partitions appear as separate devices)
    partition: () => null,
    processes: () => {
      if (!f.procs) return { rc: NF, value: [] };
      let n = 0;
      let rc = AMD_SUCCESS;
      for (let attempt = 0; attempt < 3; attempt++) {
        u32.writeUInt32LE(infos.length / P.size, 0);
        rc = f.procs(infos, u32);
        if (rc === RSMI_STATUS_INSUFFICIENT_SIZE) {
          infos = Buffer.alloc(infos.length * 2);
          continue;
        }
        break;
      }
      if (rc !== AMD_SUCCESS) return { rc, value: [] };
      n = Math.min(u32.readUInt32LE(0), infos.length / P.size);
      const out = [];
      for (let k2 = 0; k2 < n; k2++) {
        const pid = infos.readUInt32LE(k2 * P.size + P.process_id);
        if (pid === 0) continue;
        const gpus = gpusOf(pid);
        if (gpus.rc !== AMD_SUCCESS) continue;
        let cu = null;
        if (f.procByPid) {
          one.fill(0);
          if (f.procByPid(pid, one) === AMD_SUCCESS) cu = one.readUInt32LE(P.cu_occupancy);
        }
        for (const device of gpus.value) out.push({ pid, device, cu, busyNs: null });
      }
      return { rc, value: out };
    }
  };
}

// src/meter/amd/tick-reads.ts
var READ_STRIDE2 = 5;
var READ_KIND2 = { energy: 0, power: 1, busy: 2, energyTs: 3 };
var AmdTickReads = class {
  out = [];
  lib;
  devices;
  clock;
  constructor(lib, devices, clock) {
    this.lib = lib;
    this.devices = devices;
    this.clock = clock;
  }
  /** Reads every GPU once; each value stamped at its own call (each is a sysfs read underneath). */
  read() {
    const { lib, clock, out } = this;
    for (let i = 0; i < this.devices.length; i++) {
      const d = this.devices[i];
      if (d.counter) {
        const t = clock();
        const r = lib.energy(d.index);
        const at = (t + clock()) / 2;
        out.push(i, READ_KIND2.energy, at, r.rc, r.raw, i, READ_KIND2.energyTs, at, r.rc, r.tsNs);
      }
      if (d.power) {
        const t = clock();
        const r = lib.powerW(d.index);
        out.push(i, READ_KIND2.power, t, r.rc, r.value);
      }
      if (d.busy) {
        const t = clock();
        const r = lib.busy(d.index);
        out.push(i, READ_KIND2.busy, t, r.rc, r.value);
      }
    }
  }
  take() {
    const o = this.out;
    this.out = [];
    return o;
  }
};
function resumeAmdTicks(state, clock) {
  const loaded = loadKoffi();
  if ("error" in loaded) throw new Error(`ROCm in the tick worker: ${loaded.error}`);
  const lib = state.lib === "amdsmi" ? openAmdSmi(loaded.koffi, loaded.from, state.path) : openRocmSmi(loaded.koffi, loaded.from, state.path);
  if (typeof lib === "string") throw new Error(`ROCm in the tick worker: ${lib}`);
  for (const d of state.devices) {
    const u = lib.uniqueId(d.index);
    if (u.rc !== AMD_SUCCESS || u.value !== d.uuid) throw new Error(`ROCm in the tick worker: GPU ${d.index} is ${u.value ?? `unknown (${u.rc})`}, expected ${d.uuid}`);
  }
  return new AmdTickReads(lib, state.devices, clock);
}

// src/meter/sampling/tick-reader.ts
var round = (v, d = 6) => Math.round(v * 10 ** d) / 10 ** d;
function nextTick(t0, intervalMs, k, now) {
  const next = k + 1;
  return t0 + next * intervalMs > now ? next : Math.floor((now - t0) / intervalMs) + 1;
}
var TickReader = class {
  proc;
  rapl;
  gpu;
  t0;
  lastNow;
  raplGap = false;
  records = [];
  sentMembership = -1;
  gpuFailed = false;
  /** `t0`: the run's time origin, also the start of the first interval */
  constructor(proc, rapl, t0, gpu = null) {
    this.proc = proc;
    this.rapl = rapl;
    this.gpu = gpu;
    this.t0 = t0;
    this.lastNow = t0;
  }
  /** Reads one interval ending at `now`. `final`: rescan and read every member (exact totals at the end). */
  read(now, final = false) {
    const dt = (now - this.lastNow) / 1e3;
    if (dt <= 0) return;
    this.lastNow = now;
    try {
      const p = this.proc.sample(final);
      let pkg = null;
      let dram = null;
      if (this.rapl) {
        try {
          const r = this.rapl.read();
          pkg = r.pkg;
          dram = r.dram;
          if (this.raplGap) this.event(now, "info", "RAPL readings resumed");
          this.raplGap = false;
        } catch (err) {
          if (!this.raplGap) this.event(now, "warning", `RAPL read failed (${msg(err)}): gap, pkg/dram null until it recovers`);
          this.raplGap = true;
        }
      }
      this.records.push({
        now,
        sample: {
          type: "sample",
          t: round(Math.max(0, (now - this.t0) / 1e3)),
          dt: round(dt),
          pkg,
          dram,
          busy: p.busy,
          total: p.total,
          tree: p.tree,
          rss: p.rss,
          used: p.used,
          procs: p.pids.size
        }
      });
    } catch (err) {
      this.event(now, "warning", `${final ? "final sample" : "sampling"} failed (${msg(err)}); sample skipped`);
    }
    if (this.gpu) {
      try {
        this.gpu.read();
        this.gpuFailed = false;
      } catch (err) {
        if (!this.gpuFailed) this.event(now, "warning", `GPU reads failed (${msg(err)}): gaps until they recover`);
        this.gpuFailed = true;
      }
    }
  }
  event(now, level, message) {
    this.records.push({ now, event: { level, message } });
  }
  /** The records read since the previous take, and the pids when they changed (copied: `copyPids`). */
  take(final, copyPids) {
    const records = this.records;
    this.records = [];
    let pids = null;
    if (this.proc.membershipVersion !== this.sentMembership) {
      this.sentMembership = this.proc.membershipVersion;
      pids = copyPids ? [...this.proc.pids] : this.proc.pids;
    }
    return { records, pids, final, gpu: this.gpu ? this.gpu.take() : null };
  }
  close() {
    this.proc.close();
    this.rapl?.close?.();
  }
};
function msg(err) {
  return err instanceof Error ? err.message : String(err);
}

// src/meter/sampling/tick-protocol.ts
var CTL = {
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
  size: 5
};

export {
  parseCounter,
  discoverRaplSync,
  openRapl,
  resumeRapl,
  zonePath,
  parseProcStat,
  preadOnce,
  TREE_ATTRIBUTION,
  ProcTree,
  nvmlError,
  nvmlNote,
  NVML_SUCCESS,
  NVML_ERROR_NOT_SUPPORTED,
  NVML_ERROR_FUNCTION_NOT_FOUND,
  NVML_ERROR_GPU_IS_LOST,
  loadKoffi,
  DEFAULT_NVML_LIB,
  openNvml,
  READ_STRIDE,
  READ_KIND,
  NvmlTickReads,
  resumeNvmlTicks,
  AMD_LIB_TITLE,
  amdError,
  amdNote,
  AMD_SUCCESS,
  AMD_NOT_SUPPORTED,
  DEFAULT_AMD_SMI_LIB,
  AMD_SMI_UNBOUND,
  openAmdSmi,
  DEFAULT_ROCM_SMI_LIB,
  openRocmSmi,
  READ_STRIDE2,
  READ_KIND2,
  AmdTickReads,
  resumeAmdTicks,
  nextTick,
  TickReader,
  CTL
};
