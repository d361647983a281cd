// A fake Linux powercap tree in a directory, and a writer that advances each zone's energy_uj at a KNOWN
// power profile (piecewise constant W over time), wrapping at max_energy_range_uj like the hardware.
// The layout mirrors sysfs: zones live under devices/virtual/powercap/<type>/..., and the class dir links
// every zone at top level (intel-rapl:0, intel-rapl:0:2, intel-rapl-mmio:0...). Plain TypeScript with
// erasable syntax only, so `node test/fakes/powercap-writer.ts` runs it directly on Node 24.
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** [t_s, watts] pairs: from t_s on (seconds since the writer's origin) the zone draws watts. Sorted by t_s. */
export type PowerProfile = Array<[number, number]>;

export interface FakeZone {
  /** 'intel-rapl:0', 'intel-rapl:0:2', 'intel-rapl-mmio:0', 'intel-rapl:a' */
  id: string;
  name: string;
  max_energy_range_uj: number;
  /** initial counter value */
  energy_uj?: number;
  /** file mode of energy_uj (0o400 = root-only like Linux >= 5.10) */
  mode?: number;
  /** write this text instead of a counter (garbage tests) */
  garbage?: string;
}

export interface FakeTree {
  /** the class dir: pass it as the powercap root */
  root: string;
  zones: FakeZone[];
  /** zone id -> path of its energy_uj (inside devices/) */
  files: Record<string, string>;
}

export const INTEL_RANGE = 262_143_328_850;
export const AMD_RANGE = 65_712_999_613;

/**
 * Two-socket Intel server, socket 1 reported as two dies, ids in hex past 9, with psys and mmio:
 * packages intel-rapl:0 (package-0), intel-rapl:1 / intel-rapl:a (package-1-die-0/-die-1), dram children.
 */
export function intelLayout(): FakeZone[] {
  const z = (id: string, name: string, energy = 1_000_000, range = INTEL_RANGE): FakeZone => ({
    id,
    name,
    max_energy_range_uj: range,
    energy_uj: energy,
  });
  return [
    z('intel-rapl:0', 'package-0'),
    z('intel-rapl:0:0', 'core'),
    z('intel-rapl:0:1', 'uncore'),
    z('intel-rapl:0:2', 'dram'),
    z('intel-rapl:1', 'package-1-die-0'),
    z('intel-rapl:1:0', 'core'),
    z('intel-rapl:1:1', 'dram'),
    // hex id, and a counter close to its (small) range so a wrap happens within seconds at tens of watts
    z('intel-rapl:a', 'package-1-die-1', 59_000_000, 60_000_000),
    z('intel-rapl:a:0', 'core'),
    z('intel-rapl:b', 'psys'),
    z('intel-rapl-mmio:0', 'package-0'),
  ];
}

/** AMD Zen (one socket): package and core only, no dram; 32-bit counter range (~65.7 kJ). */
export function amdLayout(): FakeZone[] {
  return [
    { id: 'intel-rapl:0', name: 'package-0', max_energy_range_uj: AMD_RANGE, energy_uj: AMD_RANGE - 2_000_000 },
    { id: 'intel-rapl:0:0', name: 'core', max_energy_range_uj: AMD_RANGE, energy_uj: 5 },
  ];
}

function controlType(id: string): string {
  return id.startsWith('intel-rapl-mmio') ? 'intel-rapl-mmio' : 'intel-rapl';
}

/** Builds the tree under `dir` (created). `flat: false` omits the class-dir links of child zones. */
export function buildPowercapTree(dir: string, zones: FakeZone[], opts: { flat?: boolean } = {}): FakeTree {
  const root = join(dir, 'class', 'powercap');
  const devices = join(dir, 'devices', 'virtual', 'powercap');
  mkdirSync(root, { recursive: true });
  const files: Record<string, string> = {};
  const made = new Set<string>();
  for (const z of zones) {
    const parts = z.id.split(':');
    const type = controlType(z.id);
    const zoneDir =
      parts.length === 3 ? join(devices, type, `${parts[0]}:${parts[1]}`, z.id) : join(devices, type, z.id);
    mkdirSync(zoneDir, { recursive: true });
    if (!made.has(type)) {
      made.add(type);
      writeFileSync(join(devices, type, 'enabled'), '1\n');
      symlinkSync(relative(root, join(devices, type)), join(root, type));
    }
    writeFileSync(join(zoneDir, 'name'), `${z.name}\n`);
    writeFileSync(join(zoneDir, 'max_energy_range_uj'), `${z.max_energy_range_uj}\n`);
    writeFileSync(join(zoneDir, 'enabled'), '1\n');
    const e = join(zoneDir, 'energy_uj');
    writeFileSync(e, z.garbage ?? `${z.energy_uj ?? 0}\n`);
    // + owner write: the writer updates the file in place (sysfs is read-only; readers see the same bits)
    chmodSync(e, (z.mode ?? 0o444) | 0o200);
    files[z.id] = e;
    if (parts.length === 2 || opts.flat !== false) symlinkSync(relative(root, zoneDir), join(root, z.id));
  }
  return { root, zones, files };
}

/** Joules drawn from 0 to t (s) under a piecewise-constant profile (zero before its first point). */
export function profileEnergyJ(profile: PowerProfile, t: number): number {
  let e = 0;
  for (let i = 0; i < profile.length; i++) {
    const [start, w] = profile[i]!;
    if (t <= start) break;
    const end = Math.min(t, profile[i + 1]?.[0] ?? Infinity);
    e += w * (end - start);
  }
  return e;
}

/**
 * Writes a counter in place, as sysfs shows it: the same inode for ever, so a reader holding the file
 * open (the meter preads its open fds) sees every new value. The value is padded with trailing spaces to
 * a fixed width, so one pwrite replaces the whole text (no truncate-then-write window in which a reader
 * in another process would find the file empty); the meter trims whitespace as it does for sysfs.
 */
function writeCounter(path: string, value: number): void {
  const text = `${value}\n`.padEnd(COUNTER_WIDTH, ' ');
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, text, 0);
    ftruncateSync(fd, COUNTER_WIDTH); // a shorter text written by a test (garbage, empty) is cut
  } finally {
    closeSync(fd);
  }
}

const COUNTER_WIDTH = 24;

export interface WriterZone {
  path: string;
  range: number;
  base: number;
  profile: PowerProfile;
}

/** In-process writer: energy_uj(t) = (initial + ∫0..t P) mod max_energy_range_uj, written when asked. */
export class PowercapWriter {
  readonly zones: Map<string, WriterZone>;
  private timer: NodeJS.Timeout | null = null;
  private t0 = 0;

  constructor(root: string, profiles: Record<string, PowerProfile>) {
    this.zones = new Map();
    for (const [id, profile] of Object.entries(profiles)) {
      const path = join(root, id, 'energy_uj');
      const range = Number(readFileSync(join(root, id, 'max_energy_range_uj'), 'utf8').trim());
      const base = Number(readFileSync(path, 'utf8').trim());
      this.zones.set(id, { path, range, base, profile });
    }
  }

  /** Counter value of a zone at t seconds since the origin. */
  valueAt(id: string, t: number): number {
    const z = this.zones.get(id);
    if (!z) throw new Error(`unknown zone ${id}`);
    return Math.round(z.base + profileEnergyJ(z.profile, t) * 1e6) % z.range;
  }

  /** Joules each zone's profile draws between t1 and t2 (the truth a meter must find). */
  energyBetween(id: string, t1: number, t2: number): number {
    const z = this.zones.get(id)!;
    return profileEnergyJ(z.profile, t2) - profileEnergyJ(z.profile, t1);
  }

  /** Sets every zone's energy_uj to its value at t seconds. */
  writeAt(t: number): void {
    for (const [id, z] of this.zones) writeCounter(z.path, this.valueAt(id, t));
  }

  /** Advances the files in real time every periodMs (origin = now), never past maxT (a counter must not step back). */
  start(periodMs: number, maxT = Infinity, origin = performance.now()): void {
    this.t0 = origin;
    this.writeAt(0);
    this.timer = setInterval(() => this.writeAt(Math.min(maxT, (performance.now() - this.t0) / 1000)), periodMs);
  }

  /** Stops; writes the value at `finalT` (default now) so totals are exactly the profile's integral. */
  stop(finalT?: number): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const t = finalT ?? (performance.now() - this.t0) / 1000;
    this.writeAt(t);
    return t;
  }
}

/** Profile file for the writer script. */
export interface WriterProfileFile {
  /** zone id -> [[t_s, W], ...] */
  zones: Record<string, PowerProfile>;
  /** write period, ms (default 100) */
  period_ms?: number;
  /** stop after this many seconds, writing the exact value at duration_s last; default: until SIGTERM */
  duration_s?: number;
  /** build the tree first when the root has no zones: 'intel' | 'amd' */
  layout?: 'intel' | 'amd';
}

export function treeDirOf(root: string): string {
  return dirname(dirname(root));
}
