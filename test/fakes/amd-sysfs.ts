// A fake amdgpu/KFD sysfs tree for the REAL ROCm SMI library (Debian's librocm-smi64-1): built under a
// directory that a test bind-mounts over /sys/class in a private mount namespace (unshare -m), so the
// library reads it exactly as it reads a host's. What the library needs was found by running it under
// strace and gdb (catch throw) against an empty tree and adding what it asked for:
//   drm/cardN -> a device dir named by its PCI address (the library parses the link for the BDF), with
//     vendor 0x1002, vbios_version, unique_id, gpu_busy_percent, product_name, gpu_metrics (binary,
//     rsmi_gpu_metrics_t: the energy accumulator), hwmon/hwmonM/{name=amdgpu, power1_average (µW), caps};
//   kfd/kfd/topology/nodes/K/{properties, gpu_id, name, io_links/0/properties}, matched to the card by
//     location_id/domain; rsmi_init throws unless hive_id, array_count, simd_arrays_per_engine and
//     cu_per_simd_array are in the properties;
//   kfd/kfd/proc/<pid>/{pasid, queues/Q/gpuid, vram_<gpu_id>, sdma_<gpu_id>, stats_<gpu_id>/cu_occupancy}:
//     a process using a GPU; its CU occupancy % is cu_occupancy over the node's CUs (simd_count / simd_per_cu).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LAYOUT_SRC = resolve(import.meta.dirname, 'amd', 'layout.c');
/** Debian's librocm-smi64-1 installs it here (ROCm: /opt/rocm/lib). */
export const DEBIAN_ROCM_SMI = '/usr/lib/librocm_smi64.so.1';
export const INSTALL = 'apt-get install -y librocm-smi64-1 librocm-smi-dev gcc (Debian bookworm main); .ci/run installs them';

export interface RocmLayout {
  metrics: {
    size: number; format_revision: number; content_revision: number; average_gfx_activity: number;
    average_socket_power: number; energy_accumulator: number; system_clock_counter: number; api_format: number;
  };
  process_info: { size: number; process_id: number; pasid: number; vram_usage: number; sdma_usage: number; cu_occupancy: number };
}

/**
 * The layouts of rocm_smi.h, from a C program compiled against the real header. Throws, naming what to
 * install, when gcc, the header or the library is missing: a test needing them fails, never skips.
 */
export function rocmLayout(cacheDir = join(tmpdir(), 'joulecheck-rocm-layout')): RocmLayout {
  if (!existsSync(DEBIAN_ROCM_SMI)) throw new Error(`ROCm SMI is not installed (${DEBIAN_ROCM_SMI} missing): ${INSTALL}`);
  if (!existsSync('/usr/include/rocm_smi/rocm_smi.h')) throw new Error(`rocm_smi.h is not installed: ${INSTALL}`);
  const src = readFileSync(LAYOUT_SRC);
  const hdr = readFileSync('/usr/include/rocm_smi/rocm_smi.h');
  const hash = createHash('sha256').update(src).update(hdr).update(process.arch).digest('hex').slice(0, 16);
  const bin = join(cacheDir, hash, 'layout');
  if (!existsSync(bin)) {
    mkdirSync(join(cacheDir, hash), { recursive: true });
    const tmp = `${bin}.${process.pid}.tmp`;
    try {
      execFileSync('gcc', ['-Wall', '-Werror', '-o', tmp, LAYOUT_SRC], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
      if (e.code === 'ENOENT') throw new Error(`gcc not found: ${INSTALL}`);
      throw new Error(`gcc failed on test/fakes/amd/layout.c: ${e.stderr?.toString() ?? e.message}`);
    }
    renameSync(tmp, bin);
  }
  return JSON.parse(execFileSync(bin, { encoding: 'utf8' })) as RocmLayout;
}

export interface FakeAmdGpu {
  /** PCI bus number (the BDF is 0000:<bus>:00.0) */
  bus: number;
  name?: string;
  /** 16 hex digits; null: the GPU has no unique_id file */
  uniqueId?: string | null;
  /** KFD gpu_id */
  gpuId: number;
  /** compute units (simd_count / simd_per_cu) */
  cus?: number;
  /** false: no gpu_metrics file (the counter is NOT_SUPPORTED) */
  metrics?: boolean;
  capW?: number;
}

export interface AmdTree {
  /** the directory to bind-mount over /sys/class */
  classDir: string;
  gpus: Array<FakeAmdGpu & { device: string; hwmon: string; metricsPath: string }>;
}

const bdf = (bus: number): string => `0000:${bus.toString(16).padStart(2, '0')}:00.0`;

/** Atomic write (rename): the library never reads a half-written file. */
export function writeAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Builds the tree under `root` (root/class is what replaces /sys/class). */
export function buildAmdSysfs(root: string, gpus: FakeAmdGpu[]): AmdTree {
  const classDir = join(root, 'class');
  rmSync(classDir, { recursive: true, force: true });
  const nodes = join(classDir, 'kfd', 'kfd', 'topology', 'nodes');
  mkdirSync(join(classDir, 'drm'), { recursive: true });
  mkdirSync(join(classDir, 'hwmon'), { recursive: true });
  mkdirSync(join(classDir, 'kfd', 'kfd', 'proc'), { recursive: true });
  const props = (o: Record<string, number | string>): string => Object.entries(o).map(([k, v]) => `${k} ${v}\n`).join('');
  const common = {
    mem_banks_count: 1, caches_count: 0, io_links_count: 1, cpu_core_id_base: 0, lds_size_in_kb: 0, gds_size_in_kb: 0,
    max_slots_scratch_cu: 0, domain: 0, hive_id: 0, num_sdma_engines: 0, num_sdma_xgmi_engines: 0, num_sdma_queues_per_engine: 0, num_cp_queues: 0,
  };
  // node 0: the CPU
  mkdirSync(join(nodes, '0', 'io_links', '0'), { recursive: true });
  writeFileSync(join(nodes, '0', 'properties'), props({
    cpu_cores_count: 16, simd_count: 0, ...common, simd_id_base: 0, max_waves_per_simd: 0, num_gws: 0, wave_front_size: 0, array_count: 0,
    simd_arrays_per_engine: 0, cu_per_simd_array: 0, simd_per_cu: 0, gfx_target_version: 0, vendor_id: 0, device_id: 0, location_id: 0,
    drm_render_minor: 0, max_engine_clk_ccompute: 3000,
  }));
  writeFileSync(join(nodes, '0', 'gpu_id'), '0\n');
  writeFileSync(join(nodes, '0', 'name'), '\n');
  writeFileSync(join(nodes, '0', 'io_links', '0', 'properties'), props({ type: 2, node_from: 0, node_to: 1, weight: 20, min_bandwidth: 0, max_bandwidth: 0 }));
  const out: AmdTree['gpus'] = [];
  gpus.forEach((g, i) => {
    const addr = bdf(g.bus);
    const device = join(classDir, 'devs', 'pci0000:00', addr);
    const hwmon = join(device, 'hwmon', `hwmon${i + 2}`);
    mkdirSync(join(device, 'drm', `card${i}`), { recursive: true });
    mkdirSync(hwmon, { recursive: true });
    symlinkSync(`../devs/pci0000:00/${addr}/drm/card${i}`, join(classDir, 'drm', `card${i}`));
    symlinkSync('../../../' + addr, join(device, 'drm', `card${i}`, 'device'));
    symlinkSync(`../devs/pci0000:00/${addr}/hwmon/hwmon${i + 2}`, join(classDir, 'hwmon', `hwmon${i + 2}`));
    const files: Record<string, string> = {
      vendor: '0x1002\n', device: '0x740f\n', subsystem_vendor: '0x1002\n', subsystem_device: '0x0c34\n', revision: '0x02\n',
      vbios_version: '113-D67301-063\n', gpu_busy_percent: '0\n', product_name: `${g.name ?? 'AMD Instinct MI210'}\n`,
    };
    if (g.uniqueId !== null) files.unique_id = `${g.uniqueId ?? (0x8c1f2a3b4d5e6f00 + i).toString(16)}\n`;
    for (const [f, v] of Object.entries(files)) writeFileSync(join(device, f), v);
    const cap = String(Math.round((g.capW ?? 300) * 1e6));
    const hw: Record<string, string> = {
      name: 'amdgpu\n', power1_average: '0\n', power1_cap: `${cap}\n`, power1_cap_default: `${cap}\n`,
      temp1_label: 'edge\n', temp1_input: '45000\n', in0_label: 'vddgfx\n', in0_input: '800\n',
    };
    for (const [f, v] of Object.entries(hw)) writeFileSync(join(hwmon, f), v);
    const cus = g.cus ?? 104;
    const k = join(nodes, String(i + 1));
    mkdirSync(join(k, 'io_links', '0'), { recursive: true });
    writeFileSync(join(k, 'properties'), props({
      cpu_cores_count: 0, simd_count: cus * 4, ...common, simd_id_base: 2147487744, max_waves_per_simd: 8, num_gws: 64, wave_front_size: 64,
      array_count: 8, simd_arrays_per_engine: 1, cu_per_simd_array: Math.ceil(cus / 8), simd_per_cu: 4, gfx_target_version: 90010,
      vendor_id: 4098, device_id: 29711, location_id: g.bus << 8, drm_render_minor: 128 + i, max_engine_clk_fcompute: 1700, max_engine_clk_ccompute: 3000,
    }));
    writeFileSync(join(k, 'gpu_id'), `${g.gpuId}\n`);
    writeFileSync(join(k, 'name'), 'aldebaran\n');
    writeFileSync(join(k, 'io_links', '0', 'properties'), props({ type: 2, node_from: i + 1, node_to: 0, weight: 20, min_bandwidth: 0, max_bandwidth: 0 }));
    out.push({ ...g, device, hwmon, metricsPath: join(device, 'gpu_metrics') });
  });
  return { classDir, gpus: out };
}

/** device/gpu_metrics as amdgpu writes it (format 1, content 1: the layout rsmi_gpu_metrics_t has). */
export function gpuMetrics(l: RocmLayout, v: { energyCounts: number; tsNs: number; busy: number; powerW: number }): Buffer {
  const m = l.metrics;
  const b = Buffer.alloc(m.size);
  b.writeUInt16LE(m.size, 0);
  b.writeUInt8(m.api_format, m.format_revision);
  b.writeUInt8(1, m.content_revision);
  b.writeUInt16LE(Math.round(v.busy), m.average_gfx_activity);
  b.writeUInt16LE(Math.round(v.powerW), m.average_socket_power);
  b.writeBigUInt64LE(BigInt(Math.floor(v.energyCounts)), m.energy_accumulator);
  b.writeBigUInt64LE(BigInt(Math.floor(v.tsNs)), m.system_clock_counter);
  return b;
}

/** A process using GPUs as the KFD shows it: its dir under kfd/kfd/proc, a queue per GPU, its CUs in use. */
export function addKfdProcess(classDir: string, pid: number, uses: Array<{ gpuId: number; cusInUse: number; vramBytes?: number }>): void {
  const p = join(classDir, 'kfd', 'kfd', 'proc', String(pid));
  mkdirSync(join(p, 'queues'), { recursive: true });
  writeFileSync(join(p, 'pasid'), `${(pid % 60000) + 1}\n`);
  uses.forEach((u, q) => {
    mkdirSync(join(p, 'queues', String(q)), { recursive: true });
    writeFileSync(join(p, 'queues', String(q), 'gpuid'), `${u.gpuId}\n`);
    writeFileSync(join(p, `vram_${u.gpuId}`), `${u.vramBytes ?? 1 << 20}\n`);
    writeFileSync(join(p, `sdma_${u.gpuId}`), '0\n');
    mkdirSync(join(p, `stats_${u.gpuId}`), { recursive: true });
    writeFileSync(join(p, `stats_${u.gpuId}`, 'cu_occupancy'), `${u.cusInUse}\n`);
  });
}

export function removeKfdProcess(classDir: string, pid: number): void {
  rmSync(join(classDir, 'kfd', 'kfd', 'proc', String(pid)), { recursive: true, force: true });
}

/** The scenario the writer follows: per GPU, power steps [seconds after start, W] and a busy %. */
export interface AmdScenario {
  period_ms?: number;
  /** the accumulator's start value, counts (near 2^32 to make it wrap) */
  start_counts?: number;
  /** µJ per count (what the library reports: 15.3) */
  resolution_uj?: number;
  /** per GPU (GPU i is the tree's i-th: bus 3 + i); metrics false: no gpu_metrics file (no counter) */
  gpus: Array<{ steps: Array<[number, number]>; busy: number; metrics?: boolean }>;
}

/** Energy (J) of a step profile over [a, b] seconds after its start. */
export function stepIntegral(steps: Array<[number, number]>, a: number, b: number): number {
  let e = 0;
  for (let i = 0; i < steps.length; i++) {
    const from = Math.max(a, steps[i]![0]);
    const to = Math.min(b, i + 1 < steps.length ? steps[i + 1]![0] : Infinity);
    if (to > from) e += (to - from) * steps[i]![1];
  }
  return e;
}
