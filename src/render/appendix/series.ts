// Power over time per component from a raw run log, for the appendix charts: machine power and the
// step's attributed share per sampling interval. Shares and power models are the accounting's own
// (src/accounting/attribution.ts, src/accounting/estimate.ts), applied as summarize applies them; the energy
// NUMBERS of the appendix come from the summaries. Gaps stay gaps here (NaN): a chart shows them,
// while summarize bridges short ones for the totals.
import type { LogHeader, LogSample } from '../../model/log.ts';
import { cpuShares, dramShare, gpuShare } from '../../accounting/attribution.ts';
import { cpuUtil, estimateModels, modelPower } from '../../accounting/estimate.ts';

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
  const anyEstimated = cpu.kind === 'estimated' || dram.kind === 'estimated' || gpu.kind === 'estimated';
  const models = anyEstimated ? estimateModels(header) : null;
  const memTotal = header.host.mem_total_bytes;
  // the same shares as the summary (late tree ticks moved back)
  const sCpu = cpuShares(samples.map((s) => s.tree), samples.map((s) => s.busy), samples.map((s) => s.t));
  for (let i = 0; i < n; i++) {
    const s = samples[i] as LogSample;
    t[i] = s.t;
    const dt = s.dt;

    let pc = Number.NaN;
    if (cpu.kind === 'measured') pc = s.pkg === null ? Number.NaN : s.pkg / dt;
    else if (models && cpu.kind === 'estimated') pc = modelPower(models.cpu, cpuUtil(s.busy, s.total));
    if (!Number.isNaN(pc)) {
      cpu.machine[i] = pc;
      cpu.attributed[i] = pc * sCpu[i]!;
    }

    let pd = Number.NaN;
    if (dram.kind === 'measured') pd = s.dram === null ? Number.NaN : s.dram / dt;
    else if (models && dram.kind === 'estimated') pd = modelPower(models.dram, memTotal > 0 ? s.used / memTotal : 0);
    if (!Number.isNaN(pd)) {
      dram.machine[i] = pd;
      dram.attributed[i] = pd * dramShare(s.rss, s.used);
    }

    if (gpu.kind !== 'none' && s.gpu && s.gpu.length > 0) {
      let m = 0;
      let a = 0;
      let any = false;
      for (const g of s.gpu) {
        let w = Number.NaN;
        if (gpu.kind === 'measured') w = g.j !== null ? g.j / dt : g.w ?? Number.NaN;
        else {
          const model = models?.gpu.get(g.u) ?? header.estimate?.gpu;
          if (model && g.util !== null) w = modelPower(model, g.util / 100);
        }
        if (Number.isNaN(w)) continue;
        any = true;
        m += w;
        a += w * gpuShare(g);
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
