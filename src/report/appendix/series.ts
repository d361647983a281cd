// Power over time per component from a raw run log, for the appendix charts: machine power and the
// step's attributed share per sampling interval. The energy NUMBERS in the appendix come from the
// summaries (summarize); these series are only what the charts draw, and gaps stay gaps (NaN -> null).
import type { LogHeader, LogSample, PowerModel } from '../../log/schema.ts';

export interface ComponentSeries {
  /** machine power, W, per interval; NaN = no reading */
  machine: Float64Array;
  /** the step's share of it, W (before PUE); NaN = no reading */
  attributed: Float64Array;
  kind: 'measured' | 'estimated' | 'none';
}

export interface PowerSeries {
  /** end of each interval, s since start */
  t: Float64Array;
  cpu: ComponentSeries;
  dram: ComponentSeries;
  gpu: ComponentSeries;
}

const share = (part: number, whole: number): number => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0);

function modelPower(m: PowerModel, utilisation: number): number {
  return m.idle_w + (m.max_w - m.idle_w) * Math.min(1, Math.max(0, utilisation));
}

/**
 * Per-interval shares follow Henderson et al. 2020 eq. 1 as DESIGN.md section 3 states it: CPU by the
 * tree's CPU ticks over all busy ticks, DRAM by resident memory over memory in use, GPU by the step's SM
 * share of the GPU's utilisation (a GPU the step holds but does not use keeps its idle power attributed).
 */
export function powerSeries(header: LogHeader, samples: readonly LogSample[]): PowerSeries {
  const n = samples.length;
  const t = new Float64Array(n);
  const mk = (kind: ComponentSeries['kind']): ComponentSeries => ({
    machine: new Float64Array(n).fill(Number.NaN),
    attributed: new Float64Array(n).fill(Number.NaN),
    kind,
  });
  const cpu = mk(header.sensors.cpu.kind);
  const dram = mk(header.sensors.dram.kind);
  const gpu = mk(header.sensors.gpu.kind);
  const cpuModel = header.estimate?.cpu;
  const dramModel = header.estimate?.dram;
  const gpuModel = header.estimate?.gpu;
  for (let i = 0; i < n; i++) {
    const s = samples[i] as LogSample;
    t[i] = s.t;
    const dt = s.dt;
    const cpuShare = share(s.tree, s.busy);
    const memShare = share(s.rss, s.used);

    let pc = Number.NaN;
    if (s.pkg !== null) pc = s.pkg / dt;
    else if (cpuModel) pc = modelPower(cpuModel, share(s.busy, s.total));
    if (Number.isFinite(pc)) {
      cpu.machine[i] = pc;
      cpu.attributed[i] = pc * cpuShare;
    }

    let pd = Number.NaN;
    if (s.dram !== null) pd = s.dram / dt;
    else if (dramModel) pd = modelPower(dramModel, share(s.used, header.host.mem_total_bytes));
    if (Number.isFinite(pd)) {
      dram.machine[i] = pd;
      dram.attributed[i] = pd * memShare;
    }

    if (s.gpu && s.gpu.length > 0) {
      let m = 0;
      let a = 0;
      let any = false;
      for (const g of s.gpu) {
        let w = g.w;
        if (w === null && g.j !== null) w = g.j / dt;
        if (w === null && gpuModel && g.util !== null) w = modelPower(gpuModel, g.util / 100);
        if (w === null || !Number.isFinite(w)) continue;
        any = true;
        m += w;
        let sh: number;
        if (g.sm !== null && g.util !== null && g.util > 0) sh = share(g.sm, g.util);
        else sh = g.on ? 1 : 0;
        a += w * sh;
      }
      if (any) {
        gpu.machine[i] = m;
        gpu.attributed[i] = a;
      }
    }
  }
  return { t, cpu, dram, gpu };
}

/** True when the series has at least one reading. */
export function hasReadings(s: ComponentSeries): boolean {
  for (let i = 0; i < s.machine.length; i++) if (!Number.isNaN(s.machine[i] as number)) return true;
  return false;
}
