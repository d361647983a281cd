// Short human-readable lines about a metered run (CLI stderr, demo, action log). Pure.
import type { Summary } from '../model/summary.ts';

export function fmtEnergy(j: number): string {
  if (j >= 3.6e6) return `${(j / 3.6e6).toFixed(3)} kWh`;
  if (j >= 1e3) return `${(j / 1e3).toFixed(2)} kJ`;
  return `${j.toFixed(j < 10 ? 3 : 1)} J`;
}

export function fmtGrams(g: number): string {
  if (g >= 1000) return `${(g / 1000).toFixed(2)} kg`;
  if (g >= 1) return `${g.toFixed(2)} g`;
  return `${(g * 1000).toFixed(2)} mg`;
}

/** "measured (rapl)", "estimated (tdp-linear)", "none" */
export function methodLabel(m: Summary['methods']['cpu']): string {
  const by = m.sensor ?? m.model;
  return by ? `${m.kind} (${by})` : m.kind;
}

export function humanSummary(s: Summary, paths: { log: string; summary: string | null }): string {
  const e = s.energy_j;
  const end = s.signal ? `killed by ${s.signal}` : s.exit_code === null ? 'exit unknown' : `exit ${s.exit_code}`;
  const comp = (k: 'cpu' | 'dram' | 'gpu') =>
    `${k} ${fmtEnergy(e.attributed[k])} of ${fmtEnergy(e.machine[k])} machine, ${methodLabel(s.methods[k])}`;
  const c = s.carbon;
  return [
    `joulecheck ${s.label}-${s.repeat}: ${fmtEnergy(e.total)}, ${fmtGrams(c.co2eq_g)} CO2eq, ${s.duration_s.toFixed(2)} s, ${end}`,
    `  ${comp('cpu')}; ${comp('dram')}; ${comp('gpu')}; PUE ${s.pue}`,
    `  carbon: ${c.intensity_g_per_kwh} g/kWh ${c.intensity_kind} (${c.region})${c.warning ? ` - ${c.warning}` : ''}`,
    `  log ${paths.log}${paths.summary ? `, summary ${paths.summary}` : ''}`,
  ].join('\n') + '\n';
}
