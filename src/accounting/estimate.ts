// Fallback power models for components without a readable sensor (always labelled `estimated`).
//
// Linear utilisation model, the one Cloud Carbon Footprint and codecarbon's TDP fallback use:
//   P = idle_w + (max_w - idle_w) * utilisation,  utilisation in [0, 1]
// CPU and GPU models come from TDP data (src/accounting/hardware.ts); DRAM from a per-GB figure below.
import type { LogHeader, PowerModel } from '../model/log.ts';
import { cpuPowerModel, gpuPowerModel } from './hardware.ts';

/** Power (W) of a linear model at `util` (clamped to [0, 1]; NaN/unknown counts as idle). */
export function modelPower(m: PowerModel, util: number): number {
  const u = Number.isFinite(util) ? Math.min(1, Math.max(0, util)) : 0;
  return m.idle_w + (m.max_w - m.idle_w) * u;
}

/**
 * DRAM: 3 W per 8 GB of installed memory (0.375 W/GB), the figure of codecarbon's RAM model
 * (codecarbon docs, "Methodology > RAM", as of 2023). Held constant (idle_w = max_w): DRAM power is
 * dominated by refresh and barely follows use; the step's share comes from its resident memory.
 */
export const DRAM_W_PER_GB = 0.375;

export function dramPowerModel(memTotalBytes: number): PowerModel {
  const gb = Math.max(0, memTotalBytes) / 1e9;
  const w = Math.max(DRAM_W_PER_GB * gb, 0.001);
  return {
    model: 'dram-per-gb',
    idle_w: w,
    max_w: w,
    source: `${DRAM_W_PER_GB} W/GB x ${gb.toFixed(1)} GB installed (codecarbon RAM model: 3 W per 8 GB)`,
  };
}

/** CPU utilisation over an interval from /proc/stat deltas (busy/total), 0 when total is 0. */
export function cpuUtil(busy: number, total: number): number {
  return total > 0 ? Math.min(1, Math.max(0, busy / total)) : 0;
}

/** The models used to estimate each component of a log: the header's, else derived from the host. */
export interface EstimateModels {
  cpu: PowerModel;
  dram: PowerModel;
  /** per GPU uuid */
  gpu: Map<string, PowerModel>;
  /** true where the header carried no model and one was derived here */
  derived: { cpu: boolean; dram: boolean; gpu: boolean };
}

export function estimateModels(h: LogHeader): EstimateModels {
  const cpu = h.estimate?.cpu ?? cpuPowerModel(h.host.cpu_model, h.host.logical_cpus);
  const dram = h.estimate?.dram ?? dramPowerModel(h.host.mem_total_bytes);
  const gpu = new Map<string, PowerModel>();
  // each GPU its own model: the header's per-GPU one, else the recorded model when the GPU is of the first
  // GPU's kind (older logs recorded only that), else derived from its own name and limit
  const firstName = h.host.gpus[0]?.name;
  for (const g of h.host.gpus) {
    const own = h.estimate?.gpus?.[g.uuid] ?? (g.name === firstName ? h.estimate?.gpu : undefined);
    gpu.set(g.uuid, own ?? gpuPowerModel(g.name, g.power_limit_w ?? undefined));
  }
  return {
    cpu,
    dram,
    gpu,
    derived: { cpu: !h.estimate?.cpu, dram: !h.estimate?.dram, gpu: !h.estimate?.gpu },
  };
}

/** One line describing a model, for `methods.X.detail`. */
export function describeModel(m: PowerModel): string {
  return `${m.model}: P = ${round(m.idle_w)} W + (${round(m.max_w)} - ${round(m.idle_w)}) W x utilisation; ${m.source}`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
