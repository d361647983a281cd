// Adapters between the run context and the sensor/estimate modules (kept here so context.ts reads as a
// list of decisions). INTERIM: nvidia-smi.ts and hardware.ts are being written; until they land GPUs are
// reported as not probed and the CPU model is a generic per-core TDP line, both labelled.
import type { PowerModel } from '../log/schema.ts';
import type { GpuMeter, GpuProbe } from '../meter/types.ts';

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
  const max = 10 * logicalCpus;
  return { model: 'tdp-linear', idle_w: max * 0.1, max_w: max, source: `generic 10 W per logical CPU (${cpuModel} not in TDP data)` };
}

export function dramModelFor(memTotalBytes: number): PowerModel {
  const w = Math.max(0.001, (0.375 * memTotalBytes) / 1e9);
  return { model: 'dram-per-gb', idle_w: w, max_w: w, source: '0.375 W/GB installed (codecarbon RAM model)' };
}

export function gpuModelFor(name: string, powerLimitW?: number): PowerModel {
  const max = powerLimitW ?? 300;
  return { model: 'tdp-linear', idle_w: max * 0.1, max_w: max, source: `${name}: power limit` };
}

export function describeModel(m: PowerModel): string {
  const r = (x: number) => Math.round(x * 100) / 100;
  return `${m.model}: P = ${r(m.idle_w)} W + (${r(m.max_w)} - ${r(m.idle_w)}) W x utilisation; ${m.source}`;
}
