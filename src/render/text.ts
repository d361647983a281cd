// Short human-readable lines about a metered run (CLI stderr, demo, action log). Pure.
import type { Summary } from '../model/summary.ts';
import { formatDuration, formatEnergy, formatGrams, sig } from './format.ts';

/** "measured (rapl)", "estimated (tdp-linear)", "none" */
export function methodLabel(m: Summary['methods']['cpu']): string {
  const by = m.sensor ?? m.model;
  return by ? `${m.kind} (${by})` : m.kind;
}

/** ", 3 nodes" (", 3 nodes (INCOMPLETE: n3 missing)") for a multi-node run's summary; '' for a single-node one. */
export function nodesPhrase(s: Pick<Summary, 'node_count' | 'incomplete' | 'missing_nodes'>): string {
  if (s.node_count === undefined) return '';
  return `, ${s.node_count} node${s.node_count === 1 ? '' : 's'}${s.incomplete ? ` (INCOMPLETE: ${(s.missing_nodes ?? []).join(', ')} missing)` : ''}`;
}

export function humanSummary(s: Summary, paths: { log: string; summary: string | null }): string {
  const e = s.energy_j;
  const end = s.signal ? `killed by ${s.signal}` : s.exit_code === null ? 'exit unknown' : `exit ${s.exit_code}`;
  const comp = (k: 'cpu' | 'dram' | 'gpu') =>
    `${k} ${formatEnergy(e.attributed[k])} of ${formatEnergy(e.machine[k])} machine, ${methodLabel(s.methods[k])}`;
  const c = s.carbon;
  return [
    `joulecheck ${s.label}-${s.repeat}: ${formatEnergy(e.total)}, ${formatGrams(c.co2eq_g)} CO2eq, ${formatDuration(s.duration_s)}, ${end}${nodesPhrase(s)}`,
    `  ${comp('cpu')}; ${comp('dram')}; ${comp('gpu')}; PUE ${s.pue}`,
    `  carbon: ${sig(c.intensity_g_per_kwh)} g/kWh ${c.intensity_kind} (${c.region})${c.warning ? ` - ${c.warning}` : ''}`,
    `  log ${paths.log}${paths.summary ? `, summary ${paths.summary}` : ''}`,
  ].join('\n') + '\n';
}
