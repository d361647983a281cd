// RAPL energy counters through Linux powercap (/sys/class/powercap, or a configured root for containers
// that mount the host's sysfs elsewhere). Adapter: reads the filesystem, never throws out of discovery or
// read(). Pitfalls handled: dies summed, psys and intel-rapl-mmio not double
// counted, hexadecimal zone ids, wraparound at max_energy_range_uj, root-only energy_uj (CVE-2020-8694).
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { RaplZone, SensorStatus } from '../../model/log.ts';
import type { RaplCounter as Counter, RaplDiscovery, RaplMeter, RaplState } from '../types.ts';

/** Group the runner user is put in by the permission fix we print. */
export const RAPL_GROUP = 'powercap';

/** Energy of a zone whose reads fail is carried into the next good read for at most this long; then re-primed. */
const MAX_CARRY_MS = 30_000;

const TOP = /^intel-rapl(-mmio)?:([0-9a-f]+)$/;
const CHILD = /^intel-rapl(-mmio)?:([0-9a-f]+):([0-9a-f]+)$/;

interface ZoneDir {
  id: string;
  dir: string;
  mmio: boolean;
  parent: string | null;
}

export function roleOf(name: string): RaplZone['role'] {
  if (/^package-\d+(-die-\d+)?$/.test(name)) return 'package';
  if (name === 'dram') return 'dram';
  if (name === 'psys') return 'psys';
  if (name === 'core' || /^core-\d+$/.test(name)) return 'core';
  if (name === 'uncore') return 'uncore';
  return 'other';
}

/** Parses a sysfs counter: a non-negative integer and a newline. Anything else is null (garbage). */
export function parseCounter(text: string): number | null {
  const b = Buffer.from(text, 'latin1');
  return parseCounterBytes(b, b.length);
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** The same from the bytes read, without building a string (the sampler's tick reads five of them). */
export function parseCounterBytes(buf: Uint8Array, len: number): number | null {
  let i = 0;
  while (i < len && isSpace(buf[i]!)) i++;
  const start = i;
  let v = 0;
  while (i < len && buf[i]! >= 0x30 && buf[i]! <= 0x39) v = v * 10 + (buf[i++]! - 0x30);
  const digits = i - start;
  while (i < len && isSpace(buf[i]!)) i++;
  if (i !== len || digits === 0 || digits > 20) return null;
  return Number.isSafeInteger(v) ? v : null;
}

function readText(path: string): { text: string } | { code: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Zone directories: the top-level entries (sysfs links every zone there) plus nested children (copies of a tree). */
function listZones(root: string): ZoneDir[] {
  const found = new Map<string, ZoneDir>();
  const add = (id: string, dir: string): void => {
    if (found.has(id) || !isDir(dir)) return;
    const c = CHILD.exec(id);
    const t = TOP.exec(id);
    if (c) found.set(id, { id, dir, mmio: c[1] !== undefined, parent: `intel-rapl${c[1] ?? ''}:${c[2]}` });
    else if (t) found.set(id, { id, dir, mmio: t[1] !== undefined, parent: null });
  };
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  for (const e of entries) add(e, join(root, e));
  // The control-type dirs (intel-rapl, intel-rapl-mmio) hold the packages when the root is a devices/ copy.
  for (const ctl of ['intel-rapl', 'intel-rapl-mmio']) {
    if (!entries.includes(ctl)) continue;
    try {
      for (const e of readdirSync(join(root, ctl))) add(e, join(root, ctl, e));
    } catch {
      /* unreadable control dir: the top-level links were enough */
    }
  }
  for (const z of [...found.values()]) {
    if (z.parent !== null) continue;
    try {
      for (const e of readdirSync(z.dir)) if (CHILD.test(e)) add(e, join(z.dir, e));
    } catch {
      /* zone dir unreadable: its children stay unseen, noted via the zone itself */
    }
  }
  return [...found.values()].sort((a, b) => zoneOrder(a.id) - zoneOrder(b.id) || a.id.localeCompare(b.id));
}

function zoneOrder(id: string): number {
  const parts = id.split(':').slice(1).map((p) => parseInt(p, 16));
  return (id.includes('mmio') ? 1e9 : 0) + (parts[0] ?? 0) * 1e4 + (parts.length > 1 ? 1 + (parts[1] ?? 0) : 0);
}

function runnerUser(): string {
  try {
    return process.env.USER || userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`;
  }
}

/** The exact, copy-pasteable fix for root-only energy_uj (Linux >= 5.10, CVE-2020-8694). */
export function permissionFix(files: string[], user = runnerUser()): string {
  const list = files.join(' ');
  return (
    `energy_uj is readable by root only (Linux >= 5.10, CVE-2020-8694). ` +
    `Grant the runner user '${user}' read access through the '${RAPL_GROUP}' group: ` +
    `sudo groupadd -f ${RAPL_GROUP} && sudo usermod -aG ${RAPL_GROUP} ${user} && ` +
    `sudo chgrp ${RAPL_GROUP} ${list} && sudo chmod g+r ${list}; ` +
    `to keep it across reboots and driver reloads add the udev rule ` +
    `echo 'SUBSYSTEM=="powercap", ACTION=="add", RUN+="/bin/chgrp ${RAPL_GROUP} /sys%p/energy_uj", RUN+="/bin/chmod g+r /sys%p/energy_uj"' | sudo tee /etc/udev/rules.d/99-joulecheck-powercap.rules && sudo udevadm control --reload && sudo udevadm trigger --subsystem-match=powercap --action=add; ` +
    `then restart the runner service (sudo ./svc.sh stop && sudo ./svc.sh start) so it picks up the new group.`
  );
}

export async function discoverRapl(root: string): Promise<RaplDiscovery> {
  return discoverRaplSync(root);
}

/** Synchronous core of discoverRapl (the filesystem reads are tiny). */
export function discoverRaplSync(root: string): RaplDiscovery {
  const notes: string[] = [];
  const none = (detail: string): SensorStatus => ({ kind: 'none', detail });
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

  interface Probe {
    zone: RaplZone;
    dir: ZoneDir;
    readable: boolean;
    denied: boolean;
  }
  const probes: Probe[] = [];
  for (const d of dirs) {
    const nameRead = readText(join(d.dir, 'name'));
    const name = 'text' in nameRead ? nameRead.text.trim() : '';
    if (!('text' in nameRead)) notes.push(`${d.id}: cannot read 'name' (${nameRead.code}); zone ignored`);
    const maxRead = readText(join(d.dir, 'max_energy_range_uj'));
    const max = 'text' in maxRead ? parseCounter(maxRead.text) : null;
    if (name && max === null)
      notes.push(`${d.id} (${name}): max_energy_range_uj unreadable or not a number; a counter wrap cannot be corrected and reads as a gap`);
    const e = readText(join(d.dir, 'energy_uj'));
    const denied = 'code' in e && (e.code === 'EACCES' || e.code === 'EPERM');
    const readable = 'text' in e && parseCounter(e.text) !== null;
    if ('text' in e && !readable) notes.push(`${d.id} (${name}): energy_uj is not a number (${JSON.stringify(e.text.slice(0, 40))}); zone ignored`);
    if ('code' in e && !denied) notes.push(`${d.id} (${name}): cannot read energy_uj (${e.code}); zone ignored`);
    const role = name ? roleOf(name) : 'other';
    probes.push({ zone: { id: d.id, name, role, max_energy_range_uj: max ?? 0, counted: false }, dir: d, readable, denied });
  }

  // Packages: the MSR interface (intel-rapl:*) when present; intel-rapl-mmio duplicates it.
  const msrPkgs = probes.filter((p) => p.zone.role === 'package' && !p.dir.mmio && p.dir.parent === null);
  const mmioPkgs = probes.filter((p) => p.zone.role === 'package' && p.dir.mmio && p.dir.parent === null);
  const pkgs = msrPkgs.length > 0 ? msrPkgs : mmioPkgs;
  if (msrPkgs.length > 0 && mmioPkgs.length > 0)
    notes.push(`${mmioPkgs.map((p) => p.zone.id).join(', ')}: intel-rapl-mmio duplicates the package counters; not summed`);
  else if (msrPkgs.length === 0 && mmioPkgs.length > 0) notes.push('only intel-rapl-mmio package zones found; using them');
  // DRAM: a 'dram' zone, child of a counted package or top-level, never from a duplicate interface.
  const pkgIds = new Set(pkgs.map((p) => p.zone.id));
  const drams = probes.filter(
    (p) => p.zone.role === 'dram' && (p.dir.parent === null ? p.dir.mmio === (pkgs[0]?.dir.mmio ?? false) : pkgIds.has(p.dir.parent)),
  );
  const psys = probes.filter((p) => p.zone.role === 'psys');
  if (psys.length > 0) notes.push(`${psys.map((p) => p.zone.id).join(', ')} (psys): platform zone that contains the packages; not summed`);

  const denied: string[] = [];
  for (const group of [pkgs, drams])
    for (const p of group) {
      if (p.readable) p.zone.counted = true;
      else if (p.denied) denied.push(join(p.dir.dir, 'energy_uj'));
    }
  let fix = '';
  if (denied.length > 0) {
    fix = permissionFix(denied);
    notes.push(fix);
  }

  const describe = (ps: Probe[]): string => ps.filter((p) => p.zone.counted).map((p) => `${p.zone.id} (${p.zone.name})`).join(', ');
  const status = (ps: Probe[], what: string, absent: string): SensorStatus => {
    if (ps.length === 0) return none(absent);
    const counted = ps.filter((p) => p.zone.counted);
    if (counted.length === ps.length)
      return { kind: 'measured', sensor: 'rapl', detail: `RAPL ${what}: ${describe(ps)}${ps.length > 1 ? ', summed' : ''}` };
    // A partial sum would under-count silently: all zones of a component or none.
    for (const p of counted) p.zone.counted = false;
    if (ps.some((p) => p.denied)) return none(`${fix} Until then the ${what} energy is estimated instead of measured.`);
    return none(`RAPL ${what} zones found but not readable (${ps.filter((p) => !p.readable).map((p) => p.zone.id).join(', ')}); the estimate is used instead`);
  };
  const cpu = status(pkgs, 'package', `no RAPL package zone under ${root}${psys.length > 0 ? ' (psys alone is the whole platform, not used as CPU)' : ''}; the CPU estimate is used instead`);
  const dram = status(
    drams,
    'dram',
    `no RAPL dram zone under ${root} (normal on AMD Zen, which exposes package and core only, and on most client CPUs); DRAM energy not measured`,
  );
  return { root, zones: probes.map((p) => p.zone), cpu, dram, notes };
}

/**
 * Opens the counted zones. Each read() costs one pread of a ~12-byte file per counted zone, through a
 * file descriptor kept open (sysfs regenerates the text at offset 0): no open/close, no path lookups, no
 * globbing. Returns null when neither package nor dram is counted. `now`: the clock (ms) of the carry limit.
 */
export function openRapl(d: RaplDiscovery, now: () => number = () => performance.now()): RaplMeter | null {
  const mk = (role: RaplZone['role']): Counter[] =>
    d.zones
      .filter((z) => z.counted && (role === 'package' ? z.role === 'package' : z.role === 'dram'))
      .map((z) => ({ path: zonePath(d.root, z.id), fd: -1, range: z.max_energy_range_uj, prev: null, prevAt: 0, pending: 0 }));
  const pkg = mk('package');
  const dram = mk('dram');
  if (pkg.length === 0 && dram.length === 0) return null;
  return resumeRapl({ pkg: { cs: pkg, first: true }, dram: { cs: dram, first: true } }, now);
}

/** A meter over counters already open (openRapl's, or handed over by another thread: handOver()). */
export function resumeRapl(st: RaplState, now: () => number = () => performance.now()): RaplMeter {
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
      if (spent) throw new Error('RAPL meter: handed over or closed');
      spent = true; // its fds now belong to the receiver: close() here must not touch them
      return structuredClone(st);
    },
  };
}

/**
 * Where a zone's energy_uj is, in every layout discovery accepts: the class dir's top-level links, a
 * copied tree with children nested under their package, or a devices/ copy (a container mounting the
 * host's /sys/devices/virtual/powercap) where zones sit under their control type.
 */
export function zonePath(root: string, id: string): string {
  const c = CHILD.exec(id);
  const t = TOP.exec(id);
  const ctl = `intel-rapl${(c ?? t)?.[1] ?? ''}`;
  const pkg = c ? `${ctl}:${c[2]}` : id;
  for (const dir of [join(root, id), join(root, pkg, id), join(root, ctl, id), join(root, ctl, pkg, id)]) {
    try {
      statSync(join(dir, 'energy_uj'));
      return join(dir, 'energy_uj');
    } catch {
      /* next layout */
    }
  }
  return join(root, id, 'energy_uj');
}

/**
 * Joules of a component since its previous emitted value. A failed read of any zone makes the component
 * null (a gap) and keeps every zone's pending energy, which the next good read emits (totals stay right);
 * a zone failing longer than MAX_CARRY_MS is re-primed (a wrap could no longer be told apart).
 */
function readGroup(g: { cs: Counter[]; first: boolean }, now: number): number | null {
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
      // Wrapped at max_energy_range_uj; without a known range a drop is a reset we cannot size.
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
    // The first call primes and returns 0 (the RaplMeter contract); a later re-prime (a zone came back
    // after a long failure) cannot size this interval, so it is a gap and the others' energy is dropped.
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

const readBuf = Buffer.alloc(64);

function preadCounter(fd: number): number | null {
  try {
    const n = readSync(fd, readBuf, 0, readBuf.length, 0);
    return parseCounterBytes(readBuf, n);
  } catch {
    return null;
  }
}

function closeCounter(c: Counter): void {
  if (c.fd < 0) return;
  try {
    closeSync(c.fd);
  } catch {
    // already gone
  }
  c.fd = -1;
}

/**
 * A counter's value through its open fd. A value that did not move since the previous read, or a failed
 * read, is confirmed through a fresh open: a live RAPL counter moves every millisecond, so an unchanged
 * value means the file may have been replaced under us (a copied tree refreshed by rename, a driver
 * reload) and the open fd shows a stale inode. The common case costs one pread.
 */
function readCounter(c: Counter): number | null {
  if (c.fd >= 0) {
    const v = preadCounter(c.fd);
    if (v !== null && v !== c.prev) return v;
    closeCounter(c);
  }
  try {
    c.fd = openSync(c.path, 'r');
  } catch {
    return null;
  }
  return preadCounter(c.fd);
}
