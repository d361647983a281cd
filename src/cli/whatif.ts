// `joulecheck whatif <summaries>... --cloud-region ID... [--region ZONE...]`: the CO2eq of the measured
// energy had it run elsewhere. The energy (PUE included) is kept as measured; only the intensity changes.
import { resolveCarbon } from '../carbon/resolve.ts';
import { readSummaries } from '../log/summary-files.ts';
import type { Summary } from '../model/summary.ts';
import { whatIfRows, type WhatIfPlace } from '../carbon/whatif.ts';
import { formatGrams, formatKwh, sig } from '../render/format.ts';
import { nodesPhrase } from '../render/text.ts';
import { asUsageError, type Command, UsageError } from './types.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: joulecheck whatif <summary.json|dir>... (--cloud-region ID | --region ZONE)... [--format text|json]

The CO2eq of each run's energy, as measured or estimated (its PUE included), at another place's grid intensity.
  --cloud-region ID   cloud region (e.g. aws:eu-north-1), repeatable
  --region ZONE       grid zone (e.g. SE-SE1), repeatable
  --format text|json  default text
`;

export const whatif: Command = async (argv, io) => {
  const parsed = parseCommandArgs(
    argv,
    {
      'cloud-region': { type: 'string', multiple: true },
      region: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
    },
    HELP,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be 'text' or 'json', got '${values.format}'`);
  }
  if (positionals.length === 0) throw new UsageError(`expected at least one summary file or directory\n${HELP}`);
  const queries = [
    ...(values['cloud-region'] ?? []).map((id) => ({ id, cloud: true })),
    ...(values.region ?? []).map((id) => ({ id, cloud: false })),
  ];
  if (queries.length === 0) throw new UsageError(`expected at least one --cloud-region or --region\n${HELP}`);

  const summaries: Summary[] = await asUsageError(() => readSummaries(positionals, io.cwd));
  // resolveCarbon throws an Error naming the input (with a suggestion) for unknown ids.
  const places: WhatIfPlace[] = queries.map((q) => ({
    query: q.id,
    carbon: resolveCarbon(q.cloud ? { cloudRegion: q.id } : { region: q.id }).context,
  }));
  const rows = whatIfRows(summaries, places);
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ schema: 'joulecheck/whatif@1', rows }, null, 2) + '\n');
    return 0;
  }
  const lines: string[] = [];
  for (const s of summaries) {
    const mine = rows.filter((r) => r.label === s.label && r.repeat === s.repeat);
    const first = mine[0];
    if (!first) continue;
    lines.push(
      `${s.label} #${s.repeat}${nodesPhrase(s)}: ${formatKwh(first.energy_kwh)} ${first.kind} (PUE ${s.pue}), ` +
        `${formatGrams(first.actual.co2eq_g)} CO2eq in ${first.actual.region} at ${sig(first.actual.intensity_g_per_kwh)} g/kWh`,
    );
    for (const r of mine) {
      const change = r.change === null ? '' : ` (${r.change >= 0 ? '+' : ''}${sig(r.change * 100, 2)}%)`;
      const name = r.place.name ? ` ${r.place.name}` : '';
      lines.push(
        `  what-if ${r.place.query} -> ${r.place.region}${name}: ${formatGrams(r.co2eq_g)} CO2eq${change} ` +
          `at ${sig(r.place.intensity_g_per_kwh)} g/kWh [${r.place.source}${r.place.year ? `, ${r.place.year}` : ''}]`,
      );
    }
  }
  for (const p of places) if (p.carbon.warning) lines.push(`warning: ${p.query}: ${p.carbon.warning}`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
};
