// Options of a metered run, shared by the CLI (`joulecheck run`) and the action (mode run/start).
import type { CarbonProvider } from '../carbon/providers/types.ts';
import { DEFAULTS as D } from '../model/defaults.ts';

export interface MeterOptions {
  out: string;
  label: string;
  repeat: number;
  intervalMs: number;
  /** null: the cloud provider's published PUE for cloud-region, else 1.0 (and said) */
  pue: number | null;
  region: string | null;
  cloudRegion: string | null;
  intensity: number | null;
  provider: CarbonProvider | null;
  token: string | null;
  powercapRoot: string;
  /** null: nvidia-smi on PATH; 'none': GPUs disabled */
  nvidiaSmi: string | null;
  /** which GPU sensor: auto = NVML when the library loads and a GPU answers, else nvidia-smi; then AMD (AMD SMI, else ROCm SMI) */
  gpuSensor: GpuSensorChoice;
  /** null: the system loader's libnvidia-ml.so.1 */
  nvmlLib: string | null;
  /** null: the system loader's libamd_smi.so / librocm_smi64.so.1 */
  amdSmiLib?: string | null;
  rocmSmiLib?: string | null;
  /** process: the step's SM share of each GPU; exclusive: the whole energy of the GPUs it can see */
  gpuAttribution: GpuAttribution;
  /** real-time provider origin override (tests) */
  providerBaseUrl?: string;
  /** one node of a multi-node run: logs are named `<label>-<n>.<node>.log.ndjson` */
  node?: { name: string; runId: string } | null;
  /**
   * meter the whole SLURM job step on this node (every task under the step's slurmstepd, the meter's
   * parent), not only the command this process starts
   */
  slurmStep?: boolean;
}

export const GPU_SENSORS = ['auto', 'nvml', 'nvidia-smi', 'amdsmi', 'rocm-smi', 'none'] as const;
export type GpuSensorChoice = (typeof GPU_SENSORS)[number];
export const GPU_ATTRIBUTIONS = ['process', 'exclusive'] as const;
export type GpuAttribution = (typeof GPU_ATTRIBUTIONS)[number];

export const DEFAULT_OPTIONS: MeterOptions = {
  out: D.out.value,
  label: D.label.value,
  repeat: D.repeat.value,
  intervalMs: D['interval-ms'].value,
  pue: D.pue.value,
  region: D.region.value,
  cloudRegion: D['cloud-region'].value,
  intensity: D['carbon-intensity'].value,
  provider: D['carbon-provider'].value,
  token: D['carbon-token'].value,
  powercapRoot: D['powercap-root'].value,
  nvidiaSmi: D['nvidia-smi'].value,
  gpuSensor: D['gpu-sensor'].value,
  nvmlLib: D['nvml-lib'].value,
  amdSmiLib: D['amd-smi-lib'].value,
  rocmSmiLib: D['rocm-smi-lib'].value,
  gpuAttribution: D['gpu-attribution'].value,
};
