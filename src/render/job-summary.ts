// The metering step's job-summary table (Markdown). Pure: the caller writes it with core.summary.
import type { Summary } from '../model/summary.ts';
import { formatDuration, formatEnergy, formatGrams, formatPower } from './format.ts';
import { methodLabel } from './text.ts';
import { nodeNotes } from '../accounting/merge.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function meterTable(summaries: Summary[]): string {
  if (summaries.length === 0) return '### joulecheck\n\nNo summary was produced (see the step log).\n';
  const first = summaries[0]!;
  const lines = [
    `### joulecheck: ${cell(first.label)}`,
    '',
    `\`${cell(first.command.join(' ').slice(0, 200))}\``,
    '',
    '| run | energy (PUE incl.) | CO2eq | duration | mean power | exit | cpu | dram | gpu |',
    '|---|---:|---:|---:|---:|---|---|---|---|',
  ];
  for (const s of summaries) {
    const e = s.energy_j;
    const comp = (k: 'cpu' | 'dram' | 'gpu') =>
      s.methods[k].kind === 'none' ? 'none' : `${formatEnergy(e.attributed[k])} ${methodLabel(s.methods[k])}`;
    const power = s.duration_s > 0 ? formatPower(e.total / s.duration_s) : '-';
    const exit = s.signal ? s.signal : s.exit_code === null ? '-' : String(s.exit_code);
    lines.push(
      `| ${s.label}-${s.repeat} | ${formatEnergy(e.total)} | ${formatGrams(s.carbon.co2eq_g)} | ${formatDuration(s.duration_s)} | ${power} | ${exit} | ${cell(comp('cpu'))} | ${cell(comp('dram'))} | ${cell(comp('gpu'))} |`,
    );
  }
  const c = first.carbon;
  const nn = nodeNotes(summaries);
  if (nn.nodes) lines.push('', `Ran on ${nn.nodes}: energy summed over the nodes (per-node figures under \`nodes\` in the summary JSON).`);
  for (const w of nn.incomplete) lines.push('', `**⚠️ ${cell(w)}.**`);
  lines.push(
    '',
    `PUE ${first.pue}; carbon intensity ${c.intensity_g_per_kwh} gCO2eq/kWh (${c.intensity_kind}, ${cell(c.region)}; ${cell(c.source)}).` +
      (c.warning ? ` ${cell(c.warning)}.` : ''),
    '`measured` = read from a sensor (RAPL, nvidia-smi); `estimated` = utilisation x a TDP power model (see the summary JSON for the model).',
    '',
  );
  return lines.join('\n');
}

/** Means over repeats, for the step outputs. */
export function meanOutputs(summaries: Summary[]): { energyJ: number; co2eqG: number; durationS: number } | null {
  if (summaries.length === 0) return null;
  const mean = (f: (s: Summary) => number) => summaries.reduce((a, s) => a + f(s), 0) / summaries.length;
  return { energyJ: mean((s) => s.energy_j.total), co2eqG: mean((s) => s.carbon.co2eq_g), durationS: mean((s) => s.duration_s) };
}
