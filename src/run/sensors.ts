// Adapters between the run context and the sensor/estimate modules (kept here so context.ts reads as a
// list of decisions). INTERIM: nvidia-smi.ts is being written; until it lands GPUs are reported as not
// probed (labelled in the header).
import type { PowerModel } from '../log/schema.ts';
import type { GpuMeter, GpuProbe } from '../meter/types.ts';
import { cpuPowerModel, gpuPowerModel } from '../meter/hardware.ts';
import { describeModel, dramPowerModel } from '../meter/estimate.ts';

export async function probeGpus(bin: string | null, env: NodeJS.ProcessEnv): Promise<GpuProbe> {
  void env;
  const detail = bin === 'none' ? 'GPU metering disabled (nvidia-smi: none)' : 'nvidia-smi probing not available in this build';
  return { available: false, bin: null, gpus: [], fields: [], status: { kind: 'none', detail }, notes: [detail], per_process: 'none' };
}

export function gpuStarter(probe: GpuProbe, env: NodeJS.ProcessEnv): ((intervalMs: number) => GpuMeter | Promise<GpuMeter>) | null {
  void env;
  void probe;
  return null;
}

export function cpuModelFor(cpuModel: string, logicalCpus: number): PowerModel {
  return cpuPowerModel(cpuModel, logicalCpus);
}

export function dramModelFor(memTotalBytes: number): PowerModel {
  return dramPowerModel(memTotalBytes);
}

export function gpuModelFor(name: string, powerLimitW?: number): PowerModel {
  return gpuPowerModel(name, powerLimitW);
}

export { describeModel };
