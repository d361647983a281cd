// PLACEHOLDER with the agreed contract only, so doctor type-checks; the real NVML probe (koffi) replaces
// this file. It reports NVML as not available.
export interface NvmlGpuProbe {
  index: number;
  uuid: string;
  name: string;
  energyCounter: boolean;
  powerReadable: boolean;
  mig: boolean;
  persistence: boolean | null;
}
export interface NvmlProbe {
  ok: boolean;
  lib: string;
  driver: string | null;
  gpus: NvmlGpuProbe[];
  error: { code: number; name: string; meaning: string; fix: string } | null;
}
export function probeNvml(libPath?: string): NvmlProbe {
  return {
    ok: false,
    lib: libPath ?? 'libnvidia-ml.so.1',
    driver: null,
    gpus: [],
    error: { code: -1, name: 'NOT_BUILT', meaning: 'this build has no NVML sensor', fix: 'use --gpu-sensor nvidia-smi' },
  };
}
