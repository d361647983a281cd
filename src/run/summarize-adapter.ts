// INTERIM adapter until src/report/summarize.ts lands: machine totals from RAPL or the header's estimate
// models, attribution by CPU tick share (Henderson et al. 2020 eq. 1). Replaced by summarize().
import type { RunLog } from '../log/schema.ts';
import type { Summary } from '../report/summary-schema.ts';

export function summarizeLog(log: RunLog): Omit<Summary, 'log'> {
  const h = log.header;
  let cpuM = 0, dramM = 0, cpuA = 0, dramA = 0;
  for (const s of log.samples) {
    const share = s.busy > 0 ? Math.min(1, s.tree / s.total) : 0;
    const util = s.total > 0 ? s.busy / s.total : 0;
    const cpu = s.pkg ?? (h.estimate?.cpu ? (h.estimate.cpu.idle_w + (h.estimate.cpu.max_w - h.estimate.cpu.idle_w) * util) * s.dt : 0);
    const dram = s.dram ?? (h.estimate?.dram ? h.estimate.dram.max_w * s.dt : 0);
    cpuM += cpu; dramM += dram;
    cpuA += cpu * (s.busy > 0 ? Math.min(1, s.tree / s.busy) : 0);
    dramA += dram * (s.used > 0 ? Math.min(1, s.rss / s.used) : 0);
    void share;
  }
  const total = h.pue * (cpuA + dramA);
  const dur = log.footer?.duration_s ?? (log.samples.at(-1)?.t ?? 0);
  return {
    schema: 'joulecheck/summary@1', tool: h.tool, label: h.label, repeat: h.repeat, command: h.command,
    started_at: h.started_at, ended_at: log.footer?.ended_at ?? null, duration_s: dur,
    exit_code: log.footer?.exit_code ?? null, signal: log.footer?.signal ?? null, pue: h.pue,
    energy_j: { machine: { cpu: cpuM, dram: dramM, gpu: 0 }, attributed: { cpu: cpuA, dram: dramA, gpu: 0 }, total },
    methods: { cpu: h.sensors.cpu, dram: h.sensors.dram, gpu: h.sensors.gpu },
    carbon: { ...h.carbon, co2eq_g: (total / 3.6e6) * h.carbon.intensity_g_per_kwh },
    samples: log.samples.length, interval_ms: h.interval_ms,
  };
}
