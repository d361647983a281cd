// Return codes of ROCm SMI (rsmi_status_t in rocm_smi.h, Debian's librocm-smi-dev 5.2.3) and AMD SMI
// (amdsmi_status_t in amdsmi.h), each with what it means for a meter and what the user can do. Pure: the
// notes in the log header and doctor's checks are built from these tables.

export interface AmdErrorInfo {
  code: number;
  name: string;
  meaning: string;
  fix: string;
}

export type AmdLibKind = 'amdsmi' | 'rocm-smi';

const E = (code: number, name: string, meaning: string, fix: string): AmdErrorInfo => ({ code, name, meaning, fix });

const GROUPS = 'add the runner user to the render and video groups that /dev/kfd and /dev/dri need (sudo usermod -aG render,video USER), then restart the runner';
const FALLBACK = 'nothing to fix: joulecheck falls back to the next method and says which';

const RSMI: readonly AmdErrorInfo[] = [
  E(0, 'RSMI_STATUS_SUCCESS', 'the call succeeded', 'nothing to do'),
  E(1, 'RSMI_STATUS_INVALID_ARGS', 'ROCm SMI refused an argument (a device index out of range or a null pointer)', 'report it with the ROCm version: the library may be older than the API called'),
  E(2, 'RSMI_STATUS_NOT_SUPPORTED', 'this GPU or kernel driver does not offer the query (the energy counter needs a gpu_metrics file with an energy accumulator; per-process CU occupancy needs a newer amdgpu)', FALLBACK),
  E(3, 'RSMI_STATUS_FILE_ERROR', 'a sysfs file of the amdgpu driver could not be read (the kernel does not offer it, or /sys is not the host\'s)', 'check that the amdgpu driver is loaded (ls /sys/class/drm/card*/device/hwmon); in a container, do not mount a private /sys over the host\'s'),
  E(4, 'RSMI_STATUS_PERMISSION', 'the runner user may not read this file', GROUPS),
  E(5, 'RSMI_STATUS_OUT_OF_RESOURCES', 'ROCm SMI could not get memory or another resource', 'free memory on the runner'),
  E(6, 'RSMI_STATUS_INTERNAL_EXCEPTION', 'ROCm SMI caught an internal exception (often a sysfs file it expected is missing)', 'check that the amdgpu driver and the KFD are loaded (ls /sys/class/kfd/kfd/topology/nodes); update ROCm'),
  E(7, 'RSMI_STATUS_INPUT_OUT_OF_BOUNDS', 'an argument was out of the allowed range', 'report it with the ROCm version'),
  E(8, 'RSMI_STATUS_INIT_ERROR', 'rsmi_init failed while discovering the GPUs (no amdgpu card under /sys/class/drm, or its KFD node under /sys/class/kfd/kfd/topology is missing or incomplete)', 'load the amdgpu driver (modprobe amdgpu; rocm-smi should list the GPU); in a container pass the GPU with --device /dev/kfd --device /dev/dri'),
  E(9, 'RSMI_STATUS_NOT_YET_IMPLEMENTED', 'this ROCm SMI does not implement the call for this GPU', FALLBACK),
  E(10, 'RSMI_STATUS_NOT_FOUND', 'the item was not found (a process that has exited, a device index that is gone)', 'nothing to do'),
  E(11, 'RSMI_STATUS_INSUFFICIENT_SIZE', 'a buffer was too small for the answer', 'nothing to do: joulecheck retries with a larger buffer'),
  E(12, 'RSMI_STATUS_INTERRUPT', 'the call was interrupted', 'retry'),
  E(13, 'RSMI_STATUS_UNEXPECTED_SIZE', 'a sysfs file had an unexpected size (a gpu_metrics layout this ROCm SMI does not know)', 'update ROCm to one that knows this kernel\'s gpu_metrics'),
  E(14, 'RSMI_STATUS_NO_DATA', 'no data for this input', 'nothing to do'),
  E(15, 'RSMI_STATUS_UNEXPECTED_DATA', 'a sysfs file held data ROCm SMI did not expect', 'update ROCm to one that matches the kernel driver'),
  E(16, 'RSMI_STATUS_BUSY', 'a resource or mutex of ROCm SMI was held by another process', 'retry; a crashed rocm-smi may have left /dev/shm/rocm_smi_* behind'),
  E(17, 'RSMI_STATUS_REFCOUNT_OVERFLOW', 'rsmi_init was called too often without rsmi_shut_down', 'a bug in the caller: report it'),
  E(0xffffffff, 'RSMI_STATUS_UNKNOWN_ERROR', 'ROCm SMI reported an unknown error', 'check dmesg for amdgpu errors; reboot the runner if it persists'),
];

// amdsmi.h, ROCm/amdsmi (the codes are stable across releases; newer ones only add codes)
const AMDSMI: readonly AmdErrorInfo[] = [
  E(0, 'AMDSMI_STATUS_SUCCESS', 'the call succeeded', 'nothing to do'),
  E(1, 'AMDSMI_STATUS_INVAL', 'AMD SMI refused an argument (a stale handle or a wrong struct size)', 'report it with the ROCm version: the library may be older than the API called'),
  E(2, 'AMDSMI_STATUS_NOT_SUPPORTED', 'this GPU or driver does not offer the query', FALLBACK),
  E(3, 'AMDSMI_STATUS_NOT_YET_IMPLEMENTED', 'this AMD SMI does not implement the call', FALLBACK),
  E(4, 'AMDSMI_STATUS_FAIL_LOAD_MODULE', 'AMD SMI could not load a library it needs (libdrm_amdgpu)', 'install ROCm\'s runtime libraries (libdrm-amdgpu1) matching the driver'),
  E(5, 'AMDSMI_STATUS_FAIL_LOAD_SYMBOL', 'a library AMD SMI needs lacks a symbol (mismatched ROCm components)', 'install matching ROCm packages'),
  E(6, 'AMDSMI_STATUS_DRM_ERROR', 'a call into libdrm failed (the render node could not be opened)', GROUPS),
  E(7, 'AMDSMI_STATUS_API_FAILED', 'the API call failed', 'check dmesg for amdgpu errors'),
  E(8, 'AMDSMI_STATUS_TIMEOUT', 'the driver did not answer in time', 'retry; if it persists the GPU is wedged (check dmesg)'),
  E(9, 'AMDSMI_STATUS_RETRY', 'the driver asks to retry', 'nothing to do: the next read retries'),
  E(10, 'AMDSMI_STATUS_NO_PERM', 'the runner user may not make this query', GROUPS),
  E(11, 'AMDSMI_STATUS_INTERRUPT', 'the call was interrupted', 'retry'),
  E(12, 'AMDSMI_STATUS_IO', 'an I/O error', 'check dmesg for amdgpu errors'),
  E(13, 'AMDSMI_STATUS_ADDRESS_FAULT', 'bad address', 'report it with the ROCm version'),
  E(14, 'AMDSMI_STATUS_FILE_ERROR', 'a sysfs file of the amdgpu driver could not be read', 'check that the amdgpu driver is loaded; in a container, do not mount a private /sys over the host\'s'),
  E(15, 'AMDSMI_STATUS_OUT_OF_RESOURCES', 'not enough memory', 'free memory on the runner'),
  E(16, 'AMDSMI_STATUS_INTERNAL_EXCEPTION', 'AMD SMI caught an internal exception', 'update ROCm; report it if it persists'),
  E(17, 'AMDSMI_STATUS_INPUT_OUT_OF_BOUNDS', 'an argument was out of range', 'report it with the ROCm version'),
  E(18, 'AMDSMI_STATUS_INIT_ERROR', 'amdsmi_init failed while discovering the GPUs', 'load the amdgpu driver (amd-smi list should show the GPU); in a container pass the GPU with --device /dev/kfd --device /dev/dri'),
  E(19, 'AMDSMI_STATUS_REFCOUNT_OVERFLOW', 'amdsmi_init was called too often without amdsmi_shut_down', 'a bug in the caller: report it'),
  E(30, 'AMDSMI_STATUS_BUSY', 'the device is busy', 'retry'),
  E(31, 'AMDSMI_STATUS_NOT_FOUND', 'the device or item was not found', 'check that the GPU is visible (amd-smi list); in a container pass it through'),
  E(32, 'AMDSMI_STATUS_NOT_INIT', 'the device is not initialised', 'a bug in the caller: report it'),
  E(33, 'AMDSMI_STATUS_NO_SLOT', 'no free slot', 'retry later'),
  E(40, 'AMDSMI_STATUS_NO_DATA', 'no data for this input', 'nothing to do'),
  E(41, 'AMDSMI_STATUS_INSUFFICIENT_SIZE', 'a buffer was too small for the answer', 'nothing to do: joulecheck retries with a larger buffer'),
  E(42, 'AMDSMI_STATUS_UNEXPECTED_SIZE', 'an unexpected amount of data was read', 'update ROCm to one that matches the kernel driver'),
  E(43, 'AMDSMI_STATUS_UNEXPECTED_DATA', 'the data read is not what was expected', 'update ROCm to one that matches the kernel driver'),
  E(0xfffffffe, 'AMDSMI_STATUS_MAP_ERROR', 'an internal error of the library did not map to a status code', 'update ROCm; report it if it persists'),
  E(0xffffffff, 'AMDSMI_STATUS_UNKNOWN_ERROR', 'AMD SMI reported an unknown error', 'check dmesg for amdgpu errors; reboot the runner if it persists'),
];

const BY = { 'rocm-smi': new Map(RSMI.map((e) => [e.code, e])), amdsmi: new Map(AMDSMI.map((e) => [e.code, e])) } as const;

/** Library names as users know them. */
export const AMD_LIB_TITLE: Record<AmdLibKind, string> = { amdsmi: 'AMD SMI', 'rocm-smi': 'ROCm SMI' };

/** What a return code of either library means. Unlisted codes (a newer ROCm) are described as such. */
export function amdError(kind: AmdLibKind, code: number): AmdErrorInfo {
  if (code === AMD_FUNCTION_MISSING)
    return { code, name: 'function missing', meaning: `this ${AMD_LIB_TITLE[kind]} library does not export the function (an older ROCm)`, fix: 'update ROCm; joulecheck falls back meanwhile' };
  const c = code >>> 0;
  return (
    BY[kind].get(c) ?? {
      code: c,
      name: `${AMD_LIB_TITLE[kind]} status ${c}`,
      meaning: `${AMD_LIB_TITLE[kind]} returned code ${c}, which this joulecheck does not know (a newer ROCm)`,
      fix: 'update joulecheck; meanwhile the GPU falls back to the next method',
    }
  );
}

/** One line for a note: `ROCm SMI call on what: NAME (code) ("library's text"): meaning; fix`. */
export function amdNote(kind: AmdLibKind, call: string, code: number, where: string | null = null, libText: string | null = null): string {
  const e = amdError(kind, code);
  const said = libText && !libText.toLowerCase().includes(e.meaning.toLowerCase()) ? ` ("${libText}")` : '';
  return `${AMD_LIB_TITLE[kind]} ${call}${where ? ` on ${where}` : ''}: ${e.name} (${e.code})${said}: ${e.meaning}; ${e.fix}`;
}

export const AMD_SUCCESS = 0;
/** NOT_SUPPORTED in both libraries */
export const AMD_NOT_SUPPORTED = 2;
/** a function the loaded library does not export (ours, never returned by a library) */
export const AMD_FUNCTION_MISSING = -1;
export const RSMI_STATUS_INSUFFICIENT_SIZE = 11;
export const RSMI_STATUS_NOT_FOUND = 10;
export const AMDSMI_STATUS_INSUFFICIENT_SIZE = 41;
export const AMDSMI_STATUS_OUT_OF_RESOURCES = 15;
