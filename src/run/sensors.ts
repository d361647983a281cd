// Adapters between the run context and the sensor/estimate modules (kept here so context.ts reads as a
// list of decisions).
import type { PowerModel } from '../log/schema.ts';
import type { GpuProbe } from '../meter/types.ts';
import type { MeterContext } from '../meter/sampler.ts';
import { probeNvidiaSmi, startGpuMeter } from '../meter/nvidia-smi.ts';
import { cpuPowerModel, gpuPowerModel } from '../meter/hardware.ts';
import { describeModel, dramPowerModel } from '../meter/estimate.ts';

export async function probeGpus(bin: string | null, env: NodeJS.ProcessEnv): Promise<GpuProbe> {
  return probeNvidiaSmi(bin, { env });
}

export function gpuStarter(probe: GpuProbe, env: NodeJS.ProcessEnv): MeterContext['startGpu'] {
  if (!probe.available) return null;
  return (intervalMs, onEvent) => startGpuMeter(probe, intervalMs, onEvent, { env });
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
