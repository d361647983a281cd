// Multi-node merge: the node summaries of one run -> one summary for the whole job. Pure.
//
// Every existing field keeps its meaning for the job: energies are summed per component over the nodes
// (each node's summary already applied its PUE to `total`), `duration_s` spans the first node's start to
// the last node's end, CO2eq is summed (each node may sit on its own grid). The `nodes` list keeps each
// node's own figures. A node whose summary is missing or whose log was cut short makes the job's totals
// `incomplete` and is named: the sum of the nodes that arrived is a lower bound, never shown as the total.
import type { Method, Summary } from '../model/summary.ts';
import type { NodeEntry } from '../model/nodes.ts';

/** The summary type carries the multi-node fields (all optional). */
export type MergedSummary = Summary;

/** One node as the merge sees it: its summary, or why there is none. */
export interface NodeInput {
  name: string;
  summary: MergedSummary | null;
  /** why the summary is missing (no log arrived, unreadable log, meter failed) */
  problem?: string;
  /** the node's log file, relative to where the merged summary goes */
  log?: string;
}

export interface MergeOptions {
  label?: string;
  repeat?: number;
  /** the accounting code's version */
  version: string;
}

type Comp = 'cpu' | 'dram' | 'gpu';
const COMPS: readonly Comp[] = ['cpu', 'dram', 'gpu'];

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** A node's summary was computed from a log without footer (its meter was killed before the end). */
export function nodeCutShort(s: MergedSummary): boolean {
  return s.node?.footer === false;
}

function methodOf(nodes: { name: string; m: Method }[]): Method {
  const kinds = nodes.map((n) => n.m.kind);
  // a component partly estimated is estimated as a whole: the label must not claim more than the weakest node
  const kind = kinds.includes('estimated') ? 'estimated' : kinds.includes('measured') ? 'measured' : 'none';
  const label = (m: Method): string => `${m.kind}${m.sensor ? ` (${m.sensor})` : m.model ? ` (${m.model})` : ''}`;
  const labels = uniq(nodes.map((n) => label(n.m)));
  const first = nodes.find((n) => n.m.kind === kind)?.m ?? nodes[0]!.m;
  const out: Method = { kind };
  if (first.sensor !== undefined) out.sensor = first.sensor;
  if (first.model !== undefined) out.model = first.model;
  const details = uniq(nodes.map((n) => n.m.detail).filter((d): d is string => !!d));
  const parts: string[] = [];
  if (labels.length > 1) parts.push(`per node: ${nodes.map((n) => `${n.name} ${label(n.m)}`).join(', ')}`);
  if (details.length === 1) parts.push(details[0]!);
  else if (details.length > 1) parts.push(...nodes.filter((n) => n.m.detail).map((n) => `${n.name}: ${n.m.detail}`));
  if (parts.length) out.detail = parts.join('; ');
  return out;
}

function minIso(xs: string[]): string | null {
  const t = xs.map((x) => Date.parse(x)).filter(Number.isFinite);
  return t.length ? new Date(Math.min(...t)).toISOString() : null;
}
function maxIso(xs: string[]): string | null {
  const t = xs.map((x) => Date.parse(x)).filter(Number.isFinite);
  return t.length ? new Date(Math.max(...t)).toISOString() : null;
}

function entryOf(n: NodeInput): NodeEntry {
  const s = n.summary;
  if (!s) return { name: n.name, status: 'missing', reason: n.problem ?? 'no summary arrived from this node', ...(n.log ? { log: n.log } : {}) };
  const cut = nodeCutShort(s);
  const sensor = (m: Method) => ({ kind: m.kind, ...(m.sensor ? { sensor: m.sensor } : {}), ...(m.model ? { model: m.model } : {}) });
  const e: NodeEntry = {
    name: n.name,
    status: cut ? 'partial' : 'ok',
    ...(cut ? { reason: 'its log has no footer: the meter was stopped before the end, energy up to its last sample only' } : {}),
    sensors: { cpu: sensor(s.methods.cpu), dram: sensor(s.methods.dram), gpu: sensor(s.methods.gpu) },
    energy_j: { machine: { ...s.energy_j.machine }, attributed: { ...s.energy_j.attributed }, total: s.energy_j.total },
    started_at: s.started_at,
    ended_at: s.ended_at,
    duration_s: s.duration_s,
    exit_code: s.exit_code,
    signal: s.signal,
  };
  if (s.host) e.hardware = { hostname: s.host.hostname, cpu_model: s.host.cpu_model, logical_cpus: s.host.logical_cpus, gpus: s.host.gpus.map((g) => g.name) };
  const log = n.log ?? s.log;
  if (log !== undefined) e.log = log;
  return e;
}

/**
 * Merges the node summaries of one run. `nodes` lists every node the run was given (missing ones with
 * summary null), in launcher order. Throws when no node has a summary: there is nothing to report then.
 */
export function mergeNodeSummaries(nodes: NodeInput[], opts: MergeOptions): MergedSummary {
  if (nodes.length === 0) throw new RangeError('no node to merge');
  const names = nodes.map((n) => n.name);
  const dup = names.find((x, i) => names.indexOf(x) !== i);
  if (dup !== undefined) throw new RangeError(`node '${dup}' is given twice: one log per node and run`);
  const have = nodes.filter((n): n is NodeInput & { summary: MergedSummary } => n.summary !== null);
  if (have.length === 0) {
    throw new RangeError(`no node summary to merge: every node is missing (${nodes.map((n) => `${n.name}: ${n.problem ?? 'no summary'}`).join('; ')})`);
  }
  const first = have[0]!.summary;
  const entries = nodes.map(entryOf);
  const missing = entries.filter((e) => e.status !== 'ok').map((e) => e.name);
  const warnings: string[] = [];
  for (const e of entries) {
    if (e.status === 'missing') warnings.push(`node ${e.name} is missing (${e.reason}): its energy is not in the totals, which are incomplete`);
    else if (e.status === 'partial') warnings.push(`node ${e.name}: ${e.reason}; the totals are incomplete`);
  }

  const sum = (f: (s: Summary) => number): number => have.reduce((a, n) => a + f(n.summary), 0);
  const comp = (which: 'machine' | 'attributed') =>
    Object.fromEntries(COMPS.map((c) => [c, sum((s) => s.energy_j[which][c])])) as Record<Comp, number>;
  const machine = comp('machine');
  const attributed = comp('attributed');
  const total = sum((s) => s.energy_j.total);
  const co2 = sum((s) => s.carbon.co2eq_g);

  const pues = uniq(have.map((n) => n.summary.pue));
  const attrSum = attributed.cpu + attributed.dram + attributed.gpu;
  // one PUE for the job when the nodes agree; else the energy-weighted one (total = PUE x attributed holds)
  const pue = pues.length === 1 ? pues[0]! : attrSum > 0 ? Math.max(1, total / attrSum) : Math.max(...pues);
  if (pues.length > 1) warnings.push(`the nodes used different PUEs (${pues.join(', ')}): the job's PUE is their energy-weighted mean`);

  const starts = have.map((n) => n.summary.started_at);
  const ends = have.map((n) => n.summary.ended_at).filter((x): x is string => x !== null);
  const startedAt = minIso(starts) ?? first.started_at;
  const endedAt = ends.length === have.length ? maxIso(ends) : null;
  const t0 = Date.parse(startedAt);
  // span from the first start to the last end; a node without an end contributes start + its duration
  const lastEnd = Math.max(...have.map((n) => {
    const s = n.summary;
    const e = s.ended_at !== null ? Date.parse(s.ended_at) : NaN;
    return Number.isFinite(e) ? e : Date.parse(s.started_at) + s.duration_s * 1000;
  }));
  const duration = Number.isFinite(t0) && Number.isFinite(lastEnd) ? Math.max(0, (lastEnd - t0) / 1000) : Math.max(...have.map((n) => n.summary.duration_s));

  // the job failed if any node's command failed: the first failure in node order is the job's
  const failedNode = have.find((n) => n.summary.signal !== null || (n.summary.exit_code !== null && n.summary.exit_code !== 0));
  const unknownExit = have.some((n) => n.summary.exit_code === null && n.summary.signal === null);
  const exitCode = failedNode ? failedNode.summary.exit_code : unknownExit || missing.length > 0 ? null : 0;
  const signal = failedNode?.summary.signal ?? null;

  const regions = uniq(have.map((n) => n.summary.carbon.region));
  const kinds = uniq(have.map((n) => n.summary.carbon.intensity_kind));
  const totalKwh = total / 3.6e6;
  const carbon: Summary['carbon'] = {
    region: regions.length === 1 ? regions[0]! : regions.join('+'),
    // the energy-weighted intensity of the job (each node's CO2eq over its own grid, summed)
    intensity_g_per_kwh: totalKwh > 0 ? co2 / totalKwh : first.carbon.intensity_g_per_kwh,
    intensity_kind: kinds.length === 1 ? kinds[0]! : kinds.includes('realtime') ? 'realtime' : first.carbon.intensity_kind,
    source: uniq(have.map((n) => n.summary.carbon.source)).join('; '),
    co2eq_g: co2,
  };
  if (regions.length === 1) {
    for (const k of ['name', 'country', 'year', 'warning'] as const) {
      const v = first.carbon[k];
      if (v !== undefined && have.every((n) => n.summary.carbon[k] === v)) (carbon as Record<string, unknown>)[k] = v;
    }
  } else warnings.push(`the nodes ran on different grids (${regions.join(', ')}): CO2eq is summed over each node's own intensity`);
  const eff = have.filter((n) => n.summary.carbon.effective_intensity_g_per_kwh !== undefined);
  if (eff.length > 0 && totalKwh > 0) carbon.effective_intensity_g_per_kwh = co2 / totalKwh;
  const socials = have.map((n) => n.summary.carbon.social_cost);
  const s0 = socials[0];
  if (s0 && socials.every((s) => s && s.country === s0.country && s.currency === s0.currency && s.year === s0.year)) {
    const c = (k: 'median' | 'low' | 'high') => socials.reduce((a, s) => a + s!.cost[k], 0);
    carbon.social_cost = { ...s0, per_tonne: { ...s0.per_tonne }, cost: { median: c('median'), low: c('low'), high: c('high') } };
  }

  for (const n of have) for (const w of n.summary.warnings ?? []) warnings.push(`node ${n.name}: ${w}`);

  const sumMachine = machine.cpu + machine.dram + machine.gpu;
  // active energy and own use add up over the nodes; other load is each machine's share, so its mean
  // (all only when every node's summary has them: older nodes' summaries do not)
  const every = <T>(f: (s: Summary) => T | undefined): T[] | null => {
    const xs = have.map((n) => f(n.summary));
    return xs.every((x) => x !== undefined) ? (xs as T[]) : null;
  };
  const actives = every((s) => s.energy_j.active);
  const usages = every((s) => s.usage);
  const loads = every((s) => s.other_load);
  const gpuLoads = loads?.map((o) => o.gpu).filter((x): x is number => x !== null) ?? [];
  const extra: Pick<Summary, 'usage' | 'other_load'> = {
    ...(usages
      ? {
          usage: {
            cpu_time_s: sum((s) => s.usage!.cpu_time_s),
            gpu_sm_s: sum((s) => s.usage!.gpu_sm_s),
            ...(usages.every((u) => u.meter_cpu_s !== undefined) ? { meter_cpu_s: sum((s) => s.usage!.meter_cpu_s!) } : {}),
          },
        }
      : {}),
    ...(loads
      ? {
          other_load: {
            cpu: sum((s) => s.other_load!.cpu) / loads.length,
            gpu: gpuLoads.length > 0 ? gpuLoads.reduce((a, x) => a + x, 0) / gpuLoads.length : null,
          },
        }
      : {}),
  };
  const active = actives
    ? {
        active: {
          cpu: sum((s) => s.energy_j.active!.cpu),
          dram: sum((s) => s.energy_j.active!.dram),
          gpu: sum((s) => s.energy_j.active!.gpu),
          total: sum((s) => s.energy_j.active!.total),
        },
      }
    : {};
  const merged: MergedSummary = {
    schema: first.schema,
    tool: { name: 'joulecheck', version: opts.version },
    label: opts.label ?? first.label,
    repeat: opts.repeat ?? first.repeat,
    command: first.command,
    started_at: startedAt,
    ended_at: endedAt,
    duration_s: duration,
    exit_code: exitCode,
    signal,
    pue,
    energy_j: { machine, attributed, total, ...active },
    ...extra,
    methods: {
      cpu: methodOf(have.map((n) => ({ name: n.name, m: n.summary.methods.cpu }))),
      dram: methodOf(have.map((n) => ({ name: n.name, m: n.summary.methods.dram }))),
      gpu: methodOf(have.map((n) => ({ name: n.name, m: n.summary.methods.gpu }))),
    },
    carbon,
    power_w: { mean: duration > 0 ? total / duration : 0, machine_mean: duration > 0 ? sumMachine / duration : 0 },
    samples: sum((s) => s.samples ?? 0),
    warnings,
    nodes: entries,
    node_count: nodes.length,
    ...(missing.length > 0 ? { incomplete: true, missing_nodes: missing } : {}),
  };
  const hosts = have.filter((n) => n.summary.host);
  if (hosts.length > 0) {
    // the job's hardware: every node's CPUs and GPUs (hostname names the nodes: emulated nodes share one)
    merged.host = {
      hostname: `${nodes.length} nodes: ${names.join(', ')}`,
      cpu_model: uniq(hosts.map((n) => n.summary.host!.cpu_model)).join(' + '),
      logical_cpus: hosts.reduce((a, n) => a + n.summary.host!.logical_cpus, 0),
      gpus: hosts.flatMap((n) => n.summary.host!.gpus),
    };
  }
  if (first.interval_ms !== undefined) merged.interval_ms = first.interval_ms;
  if (first.git) merged.git = first.git;
  return merged;
}

/** Nodes a run ran on (1 for a single-machine run). */
export function nodeCount(s: Summary): number {
  return s.node_count ?? 1;
}

/**
 * What a report must say about the runs' nodes: "on 2 nodes" when any run was multi-node, and one line
 * per incomplete run naming its missing nodes. Empty for single-machine runs (reports stay as they were).
 */
export function nodeNotes(runs: readonly Summary[]): { nodes: string | null; incomplete: string[] } {
  const counts = [...new Set(runs.map(nodeCount))].sort((a, b) => a - b);
  const nodes = counts.some((c) => c > 1) ? `${counts.join('/')} node${counts.length === 1 && counts[0] === 1 ? '' : 's'}` : null;
  const incomplete = runs
    .filter((s) => s.incomplete)
    .map((s) => `run ${s.label}-${s.repeat} is incomplete: no full log from node${(s.missing_nodes ?? []).length === 1 ? '' : 's'} ${(s.missing_nodes ?? ['?']).join(', ')}; its totals are a lower bound`);
  return { nodes, incomplete };
}
