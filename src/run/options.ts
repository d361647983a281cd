// Options of a metered run, shared by the CLI (`joulecheck run`) and the action (mode run/start).
import type { CarbonProvider } from '../carbon/providers/types.ts';

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

export const DEFAULT_OPTIONS: MeterOptions = {
  out: 'joulecheck-out',
  label: 'run',
  repeat: 1,
  intervalMs: 100,
  pue: null,
  region: null,
  cloudRegion: null,
  intensity: null,
  provider: null,
  token: null,
  powercapRoot: '/sys/class/powercap',
  nvidiaSmi: null,
};
