// NVML return codes (nvmlReturn_t in nvml.h) and, for each, what it means for a meter and what the user
// can do about it. Pure: the notes in the log header and the doctor's checks are built from this table.

export interface NvmlErrorInfo {
  code: number;
  name: string;
  meaning: string;
  fix: string;
}

const E = (code: number, name: string, meaning: string, fix: string): NvmlErrorInfo => ({ code, name, meaning, fix });

const TABLE: readonly NvmlErrorInfo[] = [
  E(0, 'NVML_SUCCESS', 'the call succeeded', 'nothing to do'),
  E(1, 'NVML_ERROR_UNINITIALIZED', 'NVML was used before nvmlInit succeeded', 'a bug in the caller: report it'),
  E(2, 'NVML_ERROR_INVALID_ARGUMENT', 'NVML refused an argument (a stale device handle or a wrong struct size)', 'report it with the driver version: the library may be older than the API called'),
  E(3, 'NVML_ERROR_NOT_SUPPORTED', 'this GPU or driver does not offer the query (the energy counter needs Volta or newer; per-process utilisation is not reported under MIG)', 'nothing to fix: joulecheck falls back to the next method and says which'),
  E(4, 'NVML_ERROR_NO_PERMISSION', 'the runner user may not make this query', 'run the meter as a user allowed to query the GPU, or grant access to /dev/nvidia* (e.g. the video group)'),
  E(5, 'NVML_ERROR_ALREADY_INITIALIZED', 'NVML was initialised twice (deprecated code, harmless)', 'nothing to do'),
  E(6, 'NVML_ERROR_NOT_FOUND', 'nothing to report (no process sample since the last query, or no such object)', 'nothing to do'),
  E(7, 'NVML_ERROR_INSUFFICIENT_SIZE', 'a buffer was too small for the answer', 'nothing to do: joulecheck retries with a larger buffer'),
  E(8, 'NVML_ERROR_INSUFFICIENT_POWER', 'a GPU\'s external power cables are not properly attached', 'check the GPU\'s power connectors'),
  E(9, 'NVML_ERROR_DRIVER_NOT_LOADED', 'the NVIDIA kernel driver is not loaded (in a container: the GPU is not passed through)', 'load the driver (nvidia-smi should work), or run the container with the GPU (--gpus all / the NVIDIA container toolkit)'),
  E(10, 'NVML_ERROR_TIMEOUT', 'the driver did not answer in time', 'retry; if it persists the GPU or driver is wedged (check dmesg for Xid errors)'),
  E(11, 'NVML_ERROR_IRQ_ISSUE', 'the kernel detected an interrupt problem with a GPU', 'check dmesg and the GPU\'s seating; reboot the runner'),
  E(12, 'NVML_ERROR_LIBRARY_NOT_FOUND', 'NVML could not find a library it needs', 'install the NVIDIA driver\'s user-space libraries matching the kernel driver'),
  E(13, 'NVML_ERROR_FUNCTION_NOT_FOUND', 'this driver\'s NVML lacks the function (an older driver)', 'update the NVIDIA driver; joulecheck falls back meanwhile'),
  E(14, 'NVML_ERROR_CORRUPTED_INFOROM', 'the GPU\'s infoROM is corrupted', 'contact the hardware vendor; readings of this GPU are not trusted'),
  E(15, 'NVML_ERROR_GPU_IS_LOST', 'the GPU fell off the bus or stopped answering', 'the GPU needs a reset or the runner a reboot (check dmesg for Xid 79); its energy is a gap from here on'),
  E(16, 'NVML_ERROR_RESET_REQUIRED', 'the GPU needs a reset before it can be used', 'reset the GPU (nvidia-smi -r) or reboot the runner'),
  E(17, 'NVML_ERROR_OPERATING_SYSTEM', 'the operating system blocked the call', 'check the runner\'s security policy (seccomp, SELinux) for /dev/nvidia*'),
  E(18, 'NVML_ERROR_LIB_RM_VERSION_MISMATCH', 'the NVML library and the kernel driver have different versions (the driver was updated without a reboot, or a container ships its own libnvidia-ml)', 'reboot after a driver update, or use the host\'s libnvidia-ml.so.1 (--nvml-lib / nvml-lib) that matches the kernel driver'),
  E(19, 'NVML_ERROR_IN_USE', 'the GPU is in use by another operation', 'retry later'),
  E(20, 'NVML_ERROR_MEMORY', 'NVML ran out of memory', 'free memory on the runner'),
  E(21, 'NVML_ERROR_NO_DATA', 'no data yet', 'nothing to do'),
  E(22, 'NVML_ERROR_VGPU_ECC_NOT_SUPPORTED', 'ECC is not supported on this vGPU', 'nothing to do'),
  E(23, 'NVML_ERROR_INSUFFICIENT_RESOURCES', 'not enough resources for the request', 'retry later'),
  E(24, 'NVML_ERROR_FREQ_NOT_SUPPORTED', 'the frequency is not supported', 'nothing to do'),
  E(25, 'NVML_ERROR_ARGUMENT_VERSION_MISMATCH', 'the struct version passed is not the one this driver expects', 'update the NVIDIA driver'),
  E(26, 'NVML_ERROR_DEPRECATED', 'the function is deprecated on this driver', 'nothing to do: joulecheck falls back'),
  E(27, 'NVML_ERROR_NOT_READY', 'the system is not ready for the request', 'retry later'),
  E(28, 'NVML_ERROR_GPU_NOT_FOUND', 'no GPU was found', 'check that the GPU is visible (nvidia-smi -L); in a container pass it through'),
  E(29, 'NVML_ERROR_INVALID_STATE', 'the resource is in an invalid state', 'reset the GPU or reboot the runner'),
  E(999, 'NVML_ERROR_UNKNOWN', 'the driver reported an unknown error', 'check dmesg for Xid errors; reboot the runner if it persists'),
];

const BY_CODE = new Map(TABLE.map((e) => [e.code, e]));

/** What an NVML return code means. Unlisted codes (a newer driver) are described as such. */
export function nvmlError(code: number): NvmlErrorInfo {
  return (
    BY_CODE.get(code) ?? {
      code,
      name: `NVML error ${code}`,
      meaning: `NVML returned code ${code}, which this joulecheck does not know (a newer driver)`,
      fix: 'update joulecheck; meanwhile the GPU falls back to the next method',
    }
  );
}

/** One line for a note: `call failed on what: NAME (code): meaning; fix`. `driverText`: nvmlErrorString's. */
export function nvmlNote(call: string, code: number, where: string | null = null, driverText: string | null = null): string {
  const e = nvmlError(code);
  const said = driverText && driverText.toLowerCase() !== e.meaning.toLowerCase() ? ` ("${driverText}")` : '';
  return `NVML ${call}${where ? ` on ${where}` : ''}: ${e.name} (${code})${said}: ${e.meaning}; ${e.fix}`;
}

/** Codes that mean "nothing new", not a failure, for the calls that use them so. */
export const NVML_SUCCESS = 0;
export const NVML_ERROR_NOT_SUPPORTED = 3;
export const NVML_ERROR_NOT_FOUND = 6;
export const NVML_ERROR_INSUFFICIENT_SIZE = 7;
export const NVML_ERROR_FUNCTION_NOT_FOUND = 13;
export const NVML_ERROR_GPU_IS_LOST = 15;
