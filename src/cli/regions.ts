// `joulecheck regions [query] [--json]`: list or search grid zones and cloud regions with their intensity,
// year, PUE and source (the paper's lookup-cloud-region-info).
import { CLOUD, type CloudRegion, ZONES, type Zone, cloudSuggestions, zoneSuggestions } from '../model/regions.ts';
import { type Command, UsageError } from './types.ts';

const HELP = `usage: joulecheck regions [query] [--json] [--zones | --cloud]

Lists grid zones (region input) and cloud regions (cloud-region input) with their annual carbon
intensity (g CO2eq/kWh), year, the provider's PUE where published, and the source of each value.
A query filters case-insensitively on id, name, location and grid zone, e.g.:
  joulecheck regions europe-west        joulecheck regions US-CAL        joulecheck regions Quebec
`;

export interface RegionsQuery {
  query?: string;
  zones?: boolean;
  cloud?: boolean;
}

export function matchRegions(q: RegionsQuery): { zones: Zone[]; cloud: CloudRegion[] } {
  const needle = q.query?.trim().toLowerCase() ?? '';
  const hit = (...fields: (string | undefined)[]) => !needle || fields.some((f) => f?.toLowerCase().includes(needle));
  const both = !q.zones && !q.cloud;
  return {
    zones: both || q.zones ? ZONES.zones.filter((z) => hit(z.id, z.name, z.country)) : [],
    cloud: both || q.cloud ? CLOUD.regions.filter((c) => hit(c.id, c.name, c.location, c.zone)) : [],
  };
}

function pad(cells: string[][]): string {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function formatRegions(m: { zones: Zone[]; cloud: CloudRegion[] }): string {
  const out: string[] = [];
  const used = new Set<string>();
  if (m.zones.length) {
    out.push(`Grid zones (${m.zones.length}) — input 'region'`);
    const rows = [['ID', 'G/KWH', 'YEAR', 'SOURCE', 'NAME']];
    for (const z of m.zones) {
      rows.push([z.id, String(z.g_per_kwh), String(z.year), z.source, z.name]);
      used.add(z.source);
    }
    out.push(pad(rows), '');
  }
  if (m.cloud.length) {
    out.push(`Cloud regions (${m.cloud.length}) — input 'cloud-region'`);
    const rows = [['ID', 'G/KWH', 'YEAR', 'ZONE', 'PUE', 'NAME']];
    for (const c of m.cloud) {
      const pue = c.pue ? `${c.pue.value} (${c.pue.scope === 'fleet average' ? 'fleet' : 'site'} ${c.pue.year})` : '-';
      rows.push([c.id, String(c.g_per_kwh), String(c.year), c.zone, pue, `${c.name}, ${c.location}`]);
      used.add(c.source);
      used.add(c.location_source);
      if (c.pue) used.add(c.pue.source);
    }
    out.push(pad(rows), '');
  }
  if (used.size) {
    out.push('Sources');
    const all = { ...ZONES.sources, ...CLOUD.sources };
    for (const key of [...used].sort()) {
      const s = all[key];
      if (s) out.push(`  ${key}: ${s.title} (${s.year}) ${s.url}${s.conversion ? `; ${s.conversion}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

export const regions: Command = async (argv, io) => {
  let json = false;
  const q: RegionsQuery = {};
  const words: string[] = [];
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      io.stdout(HELP);
      return 0;
    } else if (a === '--json') json = true;
    else if (a === '--zones') q.zones = true;
    else if (a === '--cloud') q.cloud = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'; expected --json, --zones or --cloud`);
    else words.push(a);
  }
  if (words.length > 1) throw new UsageError(`expected at most one query, got ${words.length}: ${words.join(' ')}`);
  if (words[0] !== undefined) q.query = words[0];
  const m = matchRegions(q);
  if (m.zones.length === 0 && m.cloud.length === 0) {
    const near = [...zoneSuggestions(q.query ?? ''), ...cloudSuggestions(q.query ?? '')];
    io.stderr(`joulecheck regions: nothing matches '${q.query ?? ''}'${near.length ? `; did you mean ${near.join(', ')}?` : ''}\n`);
    return 1;
  }
  if (json) {
    const used = new Set([...m.zones.map((z) => z.source), ...m.cloud.flatMap((c) => [c.source, c.location_source, c.pue?.source ?? ''])]);
    const all = { ...ZONES.sources, ...CLOUD.sources };
    const sources = Object.fromEntries([...used].filter((k) => all[k]).sort().map((k) => [k, all[k]]));
    io.stdout(JSON.stringify({ zones: m.zones, cloud: m.cloud, sources }, null, 2) + '\n');
  } else io.stdout(formatRegions(m));
  return 0;
};
