// ROCm SMI (librocm_smi64.so.1) through koffi, with the ABI of rocm_smi.h (Debian's librocm-smi-dev 5.2.3;
// these calls are unchanged in later ROCm SMI releases). Thin: every call returns its raw rsmi_status_t.
//
// What the library does underneath (found by running it under strace against a sysfs tree): it discovers
// the GPUs from /sys/class/drm/card*/device (vendor 0x1002) matched to their KFD node under
// /sys/class/kfd/kfd/topology/nodes; the energy counter is the energy_accumulator of the binary
// device/gpu_metrics file (units of 15.3 µJ, its timestamp the driver's clock); power is hwmon's
// power1_average (µW); busy is device/gpu_busy_percent; processes are /sys/class/kfd/kfd/proc/<pid>, their
// GPUs from queues/*/gpuid, their CU occupancy from stats_<gpuid>/cu_occupancy. Each call reads the file
// again, so a read costs an open, a read and a close.
import type { Koffi } from '../koffi.ts';
import { AMD_FUNCTION_MISSING, AMD_SUCCESS, RSMI_STATUS_INSUFFICIENT_SIZE } from './errors.ts';
import type { AmdLib, AmdProcessUse, RcValue } from './lib.ts';

/** The loader's name of the library (ROCm installs it under /opt/rocm/lib, Debian under /usr/lib). */
export const DEFAULT_ROCM_SMI_LIB = 'librocm_smi64.so.1';

/** rsmi_process_info_t of rocm_smi.h: process_id, pasid, vram_usage, sdma_usage, cu_occupancy. */
export const RSMI_PROCESS_INFO = { size: 32, process_id: 0, pasid: 4, vram_usage: 8, sdma_usage: 16, cu_occupancy: 24 } as const;

export const ROCM_SMI_PROTOTYPES = {
  init: 'uint32_t rsmi_init(uint64_t init_flags)',
  shutdown: 'uint32_t rsmi_shut_down(void)',
  statusString: 'uint32_t rsmi_status_string(uint32_t status, _Out_ const char **status_string)',
  count: 'uint32_t rsmi_num_monitor_devices(void *num_devices)',
  name: 'uint32_t rsmi_dev_name_get(uint32_t dv_ind, void *name, size_t len)',
  uniqueId: 'uint32_t rsmi_dev_unique_id_get(uint32_t dv_ind, void *id)',
  pciId: 'uint32_t rsmi_dev_pci_id_get(uint32_t dv_ind, void *bdfid)',
  energy: 'uint32_t rsmi_dev_energy_count_get(uint32_t dv_ind, void *power, void *counter_resolution, void *timestamp)',
  power: 'uint32_t rsmi_dev_power_ave_get(uint32_t dv_ind, uint32_t sensor_ind, void *power)',
  busy: 'uint32_t rsmi_dev_busy_percent_get(uint32_t dv_ind, void *busy_percent)',
  cap: 'uint32_t rsmi_dev_power_cap_get(uint32_t dv_ind, uint32_t sensor_ind, void *cap)',
  capDefault: 'uint32_t rsmi_dev_power_cap_default_get(uint32_t dv_ind, void *default_cap)',
  procs: 'uint32_t rsmi_compute_process_info_get(void *procs, void *num_items)',
  procByPid: 'uint32_t rsmi_compute_process_info_by_pid_get(uint32_t pid, void *proc)',
  procGpus: 'uint32_t rsmi_compute_process_gpus_get(uint32_t pid, void *dv_indices, void *num_devices)',
} as const;

/** The symbol a prototype names. */
export function functionName(prototype: string): string {
  const m = /([A-Za-z_]\w*)\s*\(/.exec(prototype);
  if (!m) throw new Error(`not a C prototype: ${prototype}`);
  return m[1]!;
}

type Fn = (...a: unknown[]) => number;

/** Opens ROCm SMI through koffi (nothing initialised yet). Never throws: a string says why it cannot. */
export function openRocmSmi(k: Koffi, ffi: string, libPath: string = DEFAULT_ROCM_SMI_LIB): AmdLib | string {
  let lib: ReturnType<Koffi['load']>;
  try {
    lib = k.load(libPath);
  } catch (err) {
    return `${libPath} could not be loaded (${err instanceof Error ? err.message : String(err)})`;
  }
  const missing: string[] = [];
  const bind = (key: keyof typeof ROCM_SMI_PROTOTYPES): Fn | null => {
    try {
      return lib.func(ROCM_SMI_PROTOTYPES[key]) as Fn;
    } catch {
      missing.push(functionName(ROCM_SMI_PROTOTYPES[key]));
      return null;
    }
  };
  type Key = keyof typeof ROCM_SMI_PROTOTYPES;
  const f = Object.fromEntries(Object.keys(ROCM_SMI_PROTOTYPES).map((key) => [key, bind(key as Key)])) as Record<Key, Fn | null>;
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

  const u64Of = (fn: Fn | null, ...args: unknown[]): RcValue<number> => {
    if (!fn) return { rc: NF, value: 0 };
    const rc = fn(...args, u64);
    return { rc, value: rc === AMD_SUCCESS ? Number(u64.readBigUInt64LE(0)) : 0 };
  };

  /** the GPUs one process uses (rsmi_compute_process_gpus_get), grown on INSUFFICIENT_SIZE */
  const gpusOf = (pid: number): RcValue<number[]> => {
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
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push(idx.readUInt32LE(i * 4));
      return { rc, value: out };
    }
    return { rc: RSMI_STATUS_INSUFFICIENT_SIZE, value: [] };
  };

  return {
    kind: 'rocm-smi',
    path: libPath,
    ffi,
    missing,
    init: () => init(0),
    shutdown: () => (f.shutdown ? f.shutdown() : NF),
    statusString: (rc) => {
      if (!f.statusString) return null;
      try {
        const out: unknown[] = [null];
        return f.statusString(rc >>> 0, out) === AMD_SUCCESS && typeof out[0] === 'string' ? out[0] : null;
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
      return { rc, value: rc === AMD_SUCCESS ? str.toString('utf8', 0, z < 0 ? str.length : z).trim() : null };
    },
    uniqueId: (i) => {
      // the unique id where the GPU has one (Instinct and recent Radeon), else its PCI address
      const u = u64Of(f.uniqueId, i);
      if (u.rc === AMD_SUCCESS && u.value !== 0) return { rc: u.rc, value: `AMD-GPU-${u64.readBigUInt64LE(0).toString(16).padStart(16, '0')}` };
      if (!f.pciId) return { rc: u.rc, value: null };
      const rc = f.pciId(i, u64);
      if (rc !== AMD_SUCCESS) return { rc: u.rc === AMD_SUCCESS ? rc : u.rc, value: null };
      const b = u64.readBigUInt64LE(0);
      const hex = (v: bigint, w: number): string => v.toString(16).padStart(w, '0');
      return { rc, value: `AMD-PCI-${hex(b >> 32n, 4)}:${hex((b >> 8n) & 0xffn, 2)}:${hex((b >> 3n) & 0x1fn, 2)}.${(b & 7n).toString()}` };
    },
    energy: (i) => {
      if (!f.energy) return { rc: NF, raw: 0, resolutionUj: 0, tsNs: 0 };
      const rc = f.energy(i, e64, res, ts);
      return rc === AMD_SUCCESS
        ? { rc, raw: Number(e64.readBigUInt64LE(0)), resolutionUj: res.readFloatLE(0), tsNs: Number(ts.readBigUInt64LE(0)) }
        : { rc, raw: 0, resolutionUj: 0, tsNs: 0 };
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
      // on failure the count is left as passed in: nothing in the buffer is an answer
      if (rc !== AMD_SUCCESS) return { rc, value: [] };
      n = Math.min(u32.readUInt32LE(0), infos.length / P.size);
      const out: AmdProcessUse[] = [];
      for (let k = 0; k < n; k++) {
        const pid = infos.readUInt32LE(k * P.size + P.process_id);
        if (pid === 0) continue;
        const gpus = gpusOf(pid);
        if (gpus.rc !== AMD_SUCCESS) continue; // exited between the two calls
        // the list call leaves cu_occupancy 0; the per-pid call fills it (its CUs over its GPUs' CUs)
        let cu: number | null = null;
        if (f.procByPid) {
          one.fill(0);
          if (f.procByPid(pid, one) === AMD_SUCCESS) cu = one.readUInt32LE(P.cu_occupancy);
        }
        for (const device of gpus.value) out.push({ pid, device, cu, busyNs: null });
      }
      return { rc, value: out };
    },
  };
}
