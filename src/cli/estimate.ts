// `joulecheck estimate`: the ML CO2 Impact calculator (Lacoste et al. 2019) from sourced GPU TDP data:
// energy = TDP x count x hours x PUE, CO2eq = energy x grid intensity of the region.
import { resolveCarbon } from '../carbon/resolve.ts';
import { findGpu } from '../accounting/hardware.ts';
import { estimateEmissions } from '../carbon/whatif.ts';
import { formatGrams, formatKwh, sig } from '../render/format.ts';
import { type Check, failure, number, PUE } from '../model/validate.ts';
import { type Command, UsageError } from './types.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: joulecheck estimate --gpu NAME [--count N] --hours H (--region ZONE | --cloud-region ID) [--pue X] [--format text|json]

  --gpu NAME          GPU model as nvidia-smi names it (e.g. "A100 SXM4 80 GB", "Tesla V100-SXM2-32GB")
  --count N           number of GPUs (default 1)
  --hours H           wall-clock hours
  --region ZONE       grid zone (see: joulecheck regions)
  --cloud-region ID   cloud region, e.g. aws:us-east-1 (its published PUE is used unless --pue is given)
  --pue X             data-centre PUE (default: the cloud region's published PUE, else 1.0)
  --format text|json  default text
The estimate assumes the GPUs draw their TDP the whole time (CPU and memory not counted).
`;

const COUNT = number({ integer: true, min: 1, max: 100_000 });
// Up to ~114 years of GPU time: anything beyond is a typo, not a plan.
const HOURS = number({ above: 0, max: 1_000_000 });

function check<T>(name: string, c: Check<T>, raw: string): T {
  const r = c(raw);
  if (!r.ok) throw new UsageError(failure(name, r.expected, raw));
  return r.value;
}

export const estimate: Command = async (argv, io) => {
  const parsed = parseCommandArgs(
    argv,
    {
      gpu: { type: 'string' },
      count: { type: 'string', default: '1' },
      hours: { type: 'string' },
      region: { type: 'string' },
      'cloud-region': { type: 'string' },
      pue: { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
    HELP,
    { positionals: false },
  );
  const v = parsed.values;
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  if (v.format !== 'text' && v.format !== 'json') throw new UsageError(failure('--format', "'text' or 'json'", v.format));
  if (!v.gpu) throw new UsageError(`--gpu NAME is required\n${HELP}`);
  if (v.hours === undefined) throw new UsageError(`--hours H is required\n${HELP}`);
  if (v.region === undefined && v['cloud-region'] === undefined) throw new UsageError(`one of --region ZONE or --cloud-region ID is required\n${HELP}`);
  if (v.region !== undefined && v['cloud-region'] !== undefined) throw new UsageError('give --region or --cloud-region, not both');
  const count = check('--count', COUNT, v.count);
  const hours = check('--hours', HOURS, v.hours);
  const pueGiven = v.pue === undefined ? null : check('--pue', PUE, v.pue);

  const { match, suggestions } = findGpu(v.gpu);
  if (!match) {
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `'${s.name}'`).join(', ')}?` : '';
    throw new UsageError(`unknown GPU '${v.gpu}'${hint} (the table is hardware/gpu-tdp.json)`);
  }
  let carbon;
  try {
    carbon = v.region !== undefined ? resolveCarbon({ region: v.region }) : resolveCarbon({ cloudRegion: v['cloud-region'] ?? null });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const pue =
    pueGiven !== null
      ? { value: pueGiven, source: '--pue' }
      : (carbon.pue ?? { value: 1, source: 'default 1.0 (no --pue and no published PUE for the place): data-centre overhead not counted' });
  const fuzzy = match.exact ? '' : ` (closest match for '${v.gpu}'${match.alternatives.length ? `; also ${match.alternatives.map((a) => `${a.name} ${a.tdp_w} W`).join(', ')}` : ''})`;
  const r = estimateEmissions({
    gpu: { name: match.entry.name, tdp_w: match.entry.tdp_w, source: match.citation + fuzzy },
    count,
    hours,
    pue,
    carbon: carbon.context,
  });
  if (v.format === 'json') {
    io.stdout(JSON.stringify({ ...r, gpu: { ...r.gpu, query: v.gpu, exact: match.exact } }, null, 2) + '\n');
    return 0;
  }
  const c = r.region;
  io.stdout(
    [
      `estimated: ${formatKwh(r.energy_kwh)}, ${formatGrams(r.co2eq_g)} CO2eq`,
      `  = ${count} x ${r.gpu.name} at ${r.gpu.tdp_w} W TDP x ${sig(hours, 6)} h x PUE ${pue.value} x ${sig(c.intensity_g_per_kwh)} g/kWh`,
      `  GPU:       ${r.gpu.source}`,
      `  PUE:       ${pue.value} (${pue.source})`,
      `  intensity: ${c.region}${c.name ? ` ${c.name}` : ''}, ${c.intensity_kind}${c.year ? ` ${c.year}` : ''} [${c.source}]`,
      ...(c.warning ? [`  warning:   ${c.warning}`] : []),
      `  model:     ${r.model}`,
    ].join('\n') + '\n',
  );
  return 0;
};
