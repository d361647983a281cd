// The NVML functions joulecheck calls, declared through koffi with NVML's ABI (nvml.h). Thin: every call
// returns the raw return code and the value; meaning is given in errors.ts, policy in probe.ts/meter.ts.
// Output structs are read from Buffers at the offsets nvml.h gives (checked against koffi's own layout in
// the tests), so a poll allocates nothing per GPU but its result objects.
import { loadKoffi, type Koffi } from '../koffi.ts';
import { NVML_ERROR_FUNCTION_NOT_FOUND, NVML_ERROR_INSUFFICIENT_SIZE, NVML_ERROR_NOT_FOUND, NVML_SUCCESS } from './errors.ts';

/** The system loader's name of the library (the driver installs it; containers get it from the toolkit). */
export const DEFAULT_NVML_LIB = 'libnvidia-ml.so.1';

export const NVML_FI_DEV_POWER_INSTANT = 186;
const NVML_VALUE_TYPE_DOUBLE = 0;
const NVML_VALUE_TYPE_UNSIGNED_INT = 1;
const NVML_VALUE_TYPE_UNSIGNED_LONG = 2;
const NVML_VALUE_TYPE_UNSIGNED_LONG_LONG = 3;
const NVML_VALUE_TYPE_SIGNED_LONG_LONG = 4;
const NVML_VALUE_TYPE_SIGNED_INT = 5;

/** Byte layouts from nvml.h (x86_64 and aarch64 Linux share them: LP64, natural alignment). */
export const LAYOUT = {
  /** nvmlProcessUtilizationSample_t: pid, timeStamp (us), smUtil, memUtil, encUtil, decUtil */
  procSample: { size: 32, pid: 0, timeStamp: 8, smUtil: 16, memUtil: 20, encUtil: 24, decUtil: 28 },
  /** nvmlProcessInfo_t of the _v3 calls: pid, usedGpuMemory, gpuInstanceId, computeInstanceId */
  procInfo: { size: 24, pid: 0, usedGpuMemory: 8 },
  /** nvmlFieldValue_t: fieldId, scopeId, timestamp, latencyUsec, valueType, nvmlReturn, value */
  fieldValue: { size: 40, fieldId: 0, scopeId: 4, timestamp: 8, latencyUsec: 16, valueType: 24, nvmlReturn: 28, value: 32 },
} as const;

/** The koffi struct declarations of the layouts above (for the layout test; calls use Buffers). */
export function declaredLayouts(k: Koffi): Record<keyof typeof LAYOUT, { size: number; offsets: Record<string, number> }> {
  const t = types(k);
  const of = (ty: ReturnType<Koffi['struct']>, names: string[]) => ({ size: k.sizeof(ty), offsets: Object.fromEntries(names.map((n) => [n, k.offsetof(ty, n)])) });
  return {
    procSample: of(t.procSample, ['pid', 'timeStamp', 'smUtil', 'memUtil', 'encUtil', 'decUtil']),
    procInfo: of(t.procInfo, ['pid', 'usedGpuMemory']),
    fieldValue: of(t.fieldValue, ['fieldId', 'scopeId', 'timestamp', 'latencyUsec', 'valueType', 'nvmlReturn', 'value']),
  };
}

// koffi registers type names process-wide: declared once
let declared: ReturnType<typeof declare> | null = null;
function declare(k: Koffi) {
  const device = k.pointer('nvmlDevice_t', k.opaque('nvmlDevice_st'));
  const value = k.union('nvmlValue_t', { dVal: 'double', siVal: 'int', uiVal: 'uint', ulVal: 'ulong', ullVal: 'ulonglong', sllVal: 'longlong', usVal: 'ushort' });
  return {
    device,
    procSample: k.struct('nvmlProcessUtilizationSample_t', { pid: 'uint', timeStamp: 'ulonglong', smUtil: 'uint', memUtil: 'uint', encUtil: 'uint', decUtil: 'uint' }),
    procInfo: k.struct('nvmlProcessInfo_t', { pid: 'uint', usedGpuMemory: 'ulonglong', gpuInstanceId: 'uint', computeInstanceId: 'uint' }),
    fieldValue: k.struct('nvmlFieldValue_t', { fieldId: 'uint', scopeId: 'uint', timestamp: 'longlong', latencyUsec: 'longlong', valueType: 'int', nvmlReturn: 'int', value }),
  };
}
function types(k: Koffi): ReturnType<typeof declare> {
  return (declared ??= declare(k));
}

/** An opaque nvmlDevice_t as koffi hands it out. */
export type DeviceHandle = unknown;

export interface ProcSample {
  pid: number;
  /** epoch microseconds (CPU clock) */
  timeStampUs: number;
  sm: number;
  mem: number;
}

/** One nvmlProcessUtilizationSample_t as the driver wrote it. */
export interface RawProcSample {
  pid: number;
  timeStamp: number;
  smUtil: number;
  memUtil: number;
  encUtil: number;
  decUtil: number;
}

export interface NvmlLib {
  readonly path: string;
  /** where koffi's native binary came from */
  readonly ffi: string;
  /** the bound functions this library does not export (their calls answer FUNCTION_NOT_FOUND) */
  readonly missing: readonly string[];
  init(): number;
  shutdown(): number;
  errorString(rc: number): string | null;
  driverVersion(): { rc: number; value: string | null };
  deviceCount(): { rc: number; value: number };
  handle(index: number): { rc: number; value: DeviceHandle };
  uuid(d: DeviceHandle): { rc: number; value: string | null };
  name(d: DeviceHandle): { rc: number; value: string | null };
  /** mJ since the driver loaded */
  energyMj(d: DeviceHandle): { rc: number; value: number };
  /** mW */
  powerUsageMw(d: DeviceHandle): { rc: number; value: number };
  /** NVML_FI_DEV_POWER_INSTANT, mW; rc is the field's own code when the call itself succeeded */
  powerInstantMw(d: DeviceHandle): { rc: number; value: number };
  utilization(d: DeviceHandle): { rc: number; gpu: number; memory: number };
  /** samples newer than lastSeenUs (NOT_FOUND: none, returned as SUCCESS with an empty list) */
  processUtilization(d: DeviceHandle, lastSeenUs: number): { rc: number; samples: ProcSample[] };
  /** one nvmlDeviceGetProcessUtilization call as made, for recording the driver's answers: no retry, no
   * mapping of NOT_FOUND; `count` is what the driver wrote back (the size needed on INSUFFICIENT_SIZE) */
  processUtilizationRaw(d: DeviceHandle, lastSeenTimeStamp: number, capacity: number): { rc: number; count: number; samples: RawProcSample[] };
  computeProcesses(d: DeviceHandle): { rc: number; pids: Array<{ pid: number; usedBytes: number }> };
  /** FUNCTION_NOT_FOUND where the library lacks the call (graphics contexts are then not listed) */
  graphicsProcesses(d: DeviceHandle): { rc: number; pids: Array<{ pid: number; usedBytes: number }> };
  migMode(d: DeviceHandle): { rc: number; current: number };
  persistence(d: DeviceHandle): { rc: number; enabled: boolean };
  enforcedLimitMw(d: DeviceHandle): { rc: number; value: number };
  defaultLimitMw(d: DeviceHandle): { rc: number; value: number };
}

/**
 * Every NVML function joulecheck calls but one, as koffi prototypes, under the exact names the library
 * exports: nvml.h maps plain names to versioned symbols (nvmlInit -> nvmlInit_v2), and the unversioned
 * symbols of those are older ABIs. nvmlDeviceGetHandleByIndex_v2 is declared with a typed out-pointer.
 */
export const NVML_PROTOTYPES = {
  init: 'int nvmlInit_v2(void)',
  shutdown: 'int nvmlShutdown(void)',
  errorString: 'const char *nvmlErrorString(int result)',
  driverVersion: 'int nvmlSystemGetDriverVersion(void *version, unsigned int length)',
  count: 'int nvmlDeviceGetCount_v2(void *count)',
  uuid: 'int nvmlDeviceGetUUID(nvmlDevice_t device, void *uuid, unsigned int length)',
  name: 'int nvmlDeviceGetName(nvmlDevice_t device, void *name, unsigned int length)',
  energy: 'int nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t device, void *energy)',
  power: 'int nvmlDeviceGetPowerUsage(nvmlDevice_t device, void *power)',
  fields: 'int nvmlDeviceGetFieldValues(nvmlDevice_t device, int valuesCount, void *values)',
  util: 'int nvmlDeviceGetUtilizationRates(nvmlDevice_t device, void *utilization)',
  procUtil: 'int nvmlDeviceGetProcessUtilization(nvmlDevice_t device, void *utilization, void *processSamplesCount, unsigned long long lastSeenTimeStamp)',
  compute: 'int nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t device, void *infoCount, void *infos)',
  graphics: 'int nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t device, void *infoCount, void *infos)',
  mig: 'int nvmlDeviceGetMigMode(nvmlDevice_t device, void *currentMode, void *pendingMode)',
  persistence: 'int nvmlDeviceGetPersistenceMode(nvmlDevice_t device, void *mode)',
  enforced: 'int nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t device, void *limit)',
  dflt: 'int nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t device, void *limit)',
} as const;
export const NVML_HANDLE_BY_INDEX = 'nvmlDeviceGetHandleByIndex_v2';

/** The symbol a prototype names (`int nvmlInit_v2(void)` -> nvmlInit_v2). */
export function nvmlFunctionName(prototype: string): string {
  const m = /([A-Za-z_]\w*)\s*\(/.exec(prototype);
  if (!m) throw new Error(`not a C prototype: ${prototype}`);
  return m[1]!;
}

/** Every symbol openNvml binds. */
export function nvmlBoundFunctions(): string[] {
  return [...Object.values(NVML_PROTOTYPES).map(nvmlFunctionName), NVML_HANDLE_BY_INDEX];
}

/** Opens the library (nothing is initialised yet). Never throws: a string says why it cannot. */
export function openNvml(libPath: string = DEFAULT_NVML_LIB): NvmlLib | string {
  const loaded = loadKoffi();
  if ('error' in loaded) return loaded.error;
  const k = loaded.koffi;
  let lib: ReturnType<Koffi['load']>;
  try {
    lib = k.load(libPath);
  } catch (err) {
    return `${libPath} could not be loaded (${err instanceof Error ? err.message : String(err)})`;
  }
  const t = types(k);
  // a function this driver's library lacks answers FUNCTION_NOT_FOUND instead of failing the whole load
  const fn = (proto: string): ((...a: unknown[]) => number) | null => {
    try {
      return lib.func(proto) as (...a: unknown[]) => number;
    } catch {
      return null;
    }
  };
  const missing: string[] = [];
  const bind = (key: keyof typeof NVML_PROTOTYPES): ((...a: unknown[]) => number) | null => {
    const f = fn(NVML_PROTOTYPES[key]);
    if (!f) missing.push(nvmlFunctionName(NVML_PROTOTYPES[key]));
    return f;
  };
  const init = bind('init');
  const shutdown = bind('shutdown');
  const errorString = bind('errorString') as ((rc: number) => string | null) | null;
  const driverVersion = bind('driverVersion');
  const count = bind('count');
  const byIndex = safeFunc(lib, NVML_HANDLE_BY_INDEX, 'int', ['uint', k.out(k.pointer(t.device))]);
  if (!byIndex) missing.push(NVML_HANDLE_BY_INDEX);
  const uuid = bind('uuid');
  const name = bind('name');
  const energy = bind('energy');
  const power = bind('power');
  const fields = bind('fields');
  const util = bind('util');
  const procUtil = bind('procUtil');
  const compute = bind('compute');
  const graphics = bind('graphics');
  const mig = bind('mig');
  const persistence = bind('persistence');
  const enforced = bind('enforced');
  const dflt = bind('dflt');
  if (!init || !byIndex || !count) {
    lib.unload();
    return `${libPath} loaded but it is not NVML (nvmlInit_v2, nvmlDeviceGetCount_v2 or nvmlDeviceGetHandleByIndex_v2 missing)`;
  }

  // scratch buffers, reused (the meter polls from one thread)
  const u32 = Buffer.alloc(8);
  const u64 = Buffer.alloc(8);
  const str = Buffer.alloc(128);
  const field = Buffer.alloc(LAYOUT.fieldValue.size);
  let samples = Buffer.alloc(LAYOUT.procSample.size * 64);
  let infos = Buffer.alloc(LAYOUT.procInfo.size * 32);
  const NF = NVML_ERROR_FUNCTION_NOT_FOUND;
  const cstr = (b: Buffer): string => {
    const z = b.indexOf(0);
    return b.toString('utf8', 0, z < 0 ? b.length : z);
  };
  const getStr = (f: ((...a: unknown[]) => number) | null, d?: DeviceHandle): { rc: number; value: string | null } => {
    if (!f) return { rc: NF, value: null };
    str.fill(0);
    const rc = d === undefined ? f(str, str.length) : f(d, str, str.length);
    return { rc, value: rc === NVML_SUCCESS ? cstr(str) : null };
  };
  const getU32 = (f: ((...a: unknown[]) => number) | null, d: DeviceHandle): { rc: number; value: number } => {
    if (!f) return { rc: NF, value: 0 };
    const rc = f(d, u32);
    return { rc, value: rc === NVML_SUCCESS ? u32.readUInt32LE(0) : 0 };
  };

  /** nvmlDevice{Compute,Graphics}RunningProcesses_v3: same signature, same nvmlProcessInfo_t list */
  const running = (f: ((...a: unknown[]) => number) | null, d: DeviceHandle): { rc: number; pids: Array<{ pid: number; usedBytes: number }> } => {
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
      const pids: Array<{ pid: number; usedBytes: number }> = [];
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
    shutdown: () => (shutdown ? shutdown() : NF),
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
      const out: unknown[] = [null];
      const rc = byIndex(index, out) as number;
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
        const out: ProcSample[] = [];
        const L = LAYOUT.procSample;
        for (let i = 0; i < n; i++) {
          const o = i * L.size;
          out.push({
            pid: samples.readUInt32LE(o + L.pid),
            timeStampUs: Number(samples.readBigUInt64LE(o + L.timeStamp)),
            sm: samples.readUInt32LE(o + L.smUtil),
            mem: samples.readUInt32LE(o + L.memUtil),
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
      const count = n.readUInt32LE(0);
      const out: RawProcSample[] = [];
      if (rc === NVML_SUCCESS)
        for (let i = 0; i < Math.min(count, capacity); i++) {
          const o = i * L.size;
          out.push({
            pid: buf.readUInt32LE(o + L.pid),
            timeStamp: Number(buf.readBigUInt64LE(o + L.timeStamp)),
            smUtil: buf.readUInt32LE(o + L.smUtil),
            memUtil: buf.readUInt32LE(o + L.memUtil),
            encUtil: buf.readUInt32LE(o + L.encUtil),
            decUtil: buf.readUInt32LE(o + L.decUtil),
          });
        }
      return { rc, count, samples: out };
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
    defaultLimitMw: (d) => getU32(dflt, d),
  };
}

function safeFunc(lib: ReturnType<Koffi['load']>, name: string, ret: string, args: Parameters<ReturnType<Koffi['load']>['func']>[3]): ((...a: unknown[]) => number) | null {
  try {
    return lib.func(name, ret, args) as (...a: unknown[]) => number;
  } catch {
    return null;
  }
}

/** The value of an nvmlFieldValue_t by its type. */
function fieldNumber(b: Buffer, type: number): number {
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
