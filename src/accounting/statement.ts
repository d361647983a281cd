// The carbon impact statement of Henderson et al. (2020, section 7.5), aggregated over many runs:
// "This work contributed X kg of CO2eq to the atmosphere and used Y kWh of electricity, having a
// <country>-specific social cost of carbon of $M ($L, $H)." plus what a reader needs to judge it: regions,
// intensities and their sources, PUE, measured/estimated labels, substitutes and warnings. Pure.
import { nodeNotes } from './merge.ts';
import type { SocialCost, Summary } from '../model/summary.ts';
import { SOCIAL_COST } from '../model/regions.ts';
import { socialCostFor } from './social-cost.ts';

export interface StatementRun {
  /** where it came from (file path), for the table */
  file: string;
  summary: Summary;
}

export interface Statement {
  runs: number;
  co2eq_kg: number;
  kwh: number;
  /** one entry per SCC figure used (e.g. USA for US runs, GLOBAL substitute for others) */
  social: { figure: string; substitute_for: string[]; runs: number; co2eq_g: number; cost: SocialCost['cost']; per_tonne: SocialCost['per_tonne']; source: string }[];
  /** the paper-style sentence */
  sentence: string;
  regions: { region: string; name?: string; intensity_g_per_kwh: number; kind: string; year?: number; source: string; runs: number }[];
  pues: { value: number; runs: number }[];
  methods: Record<'cpu' | 'dram' | 'gpu', Record<string, number>>;
  warnings: string[];
}

const J_PER_KWH = 3.6e6;

function money(x: number): string {
  // -0.004 prints as $-0.00 with toFixed: normalise the sign of zero
  const s = Math.abs(x) < 0.005 ? 0 : x;
  return `${s < 0 ? '-' : ''}$${Math.abs(s).toFixed(2)}`;
}

function figureLabel(figure: string): string {
  return figure === 'GLOBAL' ? 'global' : `${figure}-specific`;
}

export function buildStatement(runs: StatementRun[]): Statement {
  if (runs.length === 0) throw new Error('no runs to make a statement from');
  let co2 = 0;
  let joules = 0;
  const social = new Map<string, Statement['social'][number]>();
  const regions = new Map<string, Statement['regions'][number]>();
  const pues = new Map<number, number>();
  const methods: Statement['methods'] = { cpu: {}, dram: {}, gpu: {} };
  const warnings = new Set<string>();

  for (const { file, summary: s } of runs) {
    const c = s.carbon;
    co2 += c.co2eq_g;
    joules += s.energy_j.total;
    const sc = c.social_cost ?? socialCostFor(c.country ?? c.region, c.co2eq_g);
    if (sc) {
      const key = `${sc.country}|${sc.currency}|${sc.year}|${sc.per_tonne.median}|${sc.per_tonne.low}|${sc.per_tonne.high}`;
      const g = social.get(key) ?? {
        figure: sc.country,
        substitute_for: [],
        runs: 0,
        co2eq_g: 0,
        cost: { median: 0, low: 0, high: 0 },
        per_tonne: sc.per_tonne,
        source: sc.source,
      };
      g.runs += 1;
      g.co2eq_g += c.co2eq_g;
      g.cost = { median: g.cost.median + sc.cost.median, low: g.cost.low + sc.cost.low, high: g.cost.high + sc.cost.high };
      if (sc.substitute_for && !g.substitute_for.includes(sc.substitute_for)) g.substitute_for.push(sc.substitute_for);
      social.set(key, g);
    } else warnings.add(`${file}: no social cost could be computed`);
    const rkey = `${c.region}|${c.intensity_g_per_kwh}|${c.intensity_kind}|${c.source}`;
    const r = regions.get(rkey) ?? {
      region: c.region,
      ...(c.name ? { name: c.name } : {}),
      intensity_g_per_kwh: c.intensity_g_per_kwh,
      kind: c.intensity_kind,
      ...(c.year !== undefined ? { year: c.year } : {}),
      source: c.source,
      runs: 0,
    };
    r.runs += 1;
    regions.set(rkey, r);
    pues.set(s.pue, (pues.get(s.pue) ?? 0) + 1);
    for (const comp of ['cpu', 'dram', 'gpu'] as const) {
      const m = s.methods[comp];
      const label = m.kind === 'measured' ? `measured (${m.sensor ?? 'sensor'})` : m.kind === 'estimated' ? `estimated (${m.model ?? 'model'})` : 'none';
      methods[comp][label] = (methods[comp][label] ?? 0) + 1;
    }
    if (c.warning) warnings.add(c.warning);
  }

  const kg = co2 / 1000;
  const kwh = joules / J_PER_KWH;
  const groups = [...social.values()].sort((a, b) => b.co2eq_g - a.co2eq_g || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0));
  let costPhrase: string;
  if (groups.length === 0) costPhrase = 'with no social cost of carbon available';
  else if (groups.length === 1) {
    const g = groups[0]!;
    costPhrase = `having a ${figureLabel(g.figure)} social cost of carbon of ${money(g.cost.median)} (${money(g.cost.low)}, ${money(g.cost.high)})`;
  } else {
    const sum = groups.reduce((a, g) => ({ median: a.median + g.cost.median, low: a.low + g.cost.low, high: a.high + g.cost.high }), {
      median: 0,
      low: 0,
      high: 0,
    });
    costPhrase = `having a social cost of carbon of ${money(sum.median)} (${money(sum.low)}, ${money(sum.high)}), the sum of ${groups
      .map((g) => `${figureLabel(g.figure)} ${money(g.cost.median)} for ${g.runs} run${g.runs === 1 ? '' : 's'}`)
      .join(' and ')}`;
  }
  const sentence = `This work contributed ${kg.toFixed(3)} kg of CO2eq to the atmosphere and used ${kwh.toFixed(3)} kWh of electricity, ${costPhrase}.`;
  for (const g of groups) {
    if (g.substitute_for.length) {
      warnings.add(
        `no country-specific social cost of carbon for ${g.substitute_for.join(', ')}: the ${figureLabel(g.figure)} figure is shown instead`,
      );
    }
  }
  const nn = nodeNotes(runs.map((r) => r.summary));
  if (nn.nodes) warnings.add(`runs on ${nn.nodes}: each run's energy and CO2eq are summed over its nodes`);
  for (const line of nn.incomplete) warnings.add(line);
  return {
    runs: runs.length,
    co2eq_kg: kg,
    kwh,
    social: groups,
    sentence,
    regions: [...regions.values()].sort((a, b) => b.runs - a.runs || (a.region < b.region ? -1 : 1)),
    pues: [...pues.entries()].map(([value, n]) => ({ value, runs: n })).sort((a, b) => a.value - b.value),
    methods,
    warnings: [...warnings],
  };
}

function methodLine(m: Record<string, number>): string {
  return Object.entries(m)
    .map(([k, n]) => `${k} x${n}`)
    .join(', ');
}

export function formatStatement(st: Statement, format: 'markdown' | 'text'): string {
  const md = format === 'markdown';
  const lines: string[] = [];
  const h = (t: string) => lines.push(md ? `## ${t}` : `${t}\n${'='.repeat(t.length)}`);
  const sub = (t: string) => lines.push('', md ? `**${t}**` : `${t}:`);
  const item = (t: string) => lines.push(md ? `- ${t}` : `  - ${t}`);
  h('Carbon impact statement');
  lines.push('', st.sentence, '');
  lines.push(`Aggregated over ${st.runs} run${st.runs === 1 ? '' : 's'}.`);
  sub('Regions and carbon intensity');
  for (const r of st.regions) {
    item(
      `${r.region}${r.name ? ` (${r.name})` : ''}: ${r.intensity_g_per_kwh.toFixed(1)} g CO2eq/kWh, ${r.kind}${r.year !== undefined ? ` ${r.year}` : ''}, ${r.runs} run${r.runs === 1 ? '' : 's'}; source: ${r.source}`,
    );
  }
  sub('Power usage effectiveness (PUE)');
  for (const p of st.pues) item(`${p.value}: ${p.runs} run${p.runs === 1 ? '' : 's'}`);
  sub('Energy measurement');
  for (const c of ['cpu', 'dram', 'gpu'] as const) item(`${c.toUpperCase()}: ${methodLine(st.methods[c])}`);
  sub('Social cost of carbon');
  for (const g of st.social) {
    item(
      `${figureLabel(g.figure)}: ${g.per_tonne.median} (${g.per_tonne.low}, ${g.per_tonne.high}) ${SOCIAL_COST.currency} of ${SOCIAL_COST.currency_year} per tonne CO2, median (16.7th, 83.3rd percentiles), ${g.runs} run${g.runs === 1 ? '' : 's'}${g.substitute_for.length ? `, substitute for ${g.substitute_for.join(', ')}` : ''}; source: ${g.source}`,
    );
  }
  if (st.warnings.length) {
    sub('Caveats');
    for (const w of st.warnings) item(w);
  }
  lines.push(
    '',
    md
      ? '_Method: Henderson et al. (2020), "Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning", JMLR 21(248); CO2eq = PUE x attributed energy x grid intensity._'
      : 'Method: Henderson et al. (2020), JMLR 21(248); CO2eq = PUE x attributed energy x grid intensity.',
  );
  return lines.join('\n') + '\n';
}
