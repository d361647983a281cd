// The appendix's content, computed from runs (summaries, with their raw logs where present). Pure.
// Numbers come from the summaries (every sample counted by summarize); the logs add hardware details and
// the power-over-time series that the charts draw.
import { buildStatement, type Statement } from '../../accounting/statement.ts';
import type { RunLog } from '../../model/run-log.ts';
import { meanCi, type Interval } from '../../analysis/leaderboard.ts';
import type { Summary } from '../../model/summary.ts';
import { type Kind, mergeKinds, runKind } from '../../model/kinds.ts';
import { powerSeries, type PowerSeries } from './series.ts';

/**
 * What the appendix keeps of a raw log: everything but the sample lines, which are reduced to the power
 * series at once (an hour at 10 Hz with 8 GPUs is ~35 MB of text; its series is ~2 MB of floats).
 */
export interface LogDigest {
  header: RunLog['header'];
  events: RunLog['events'];
  footer: RunLog['footer'];
  torn: boolean;
  samples: number;
  series: PowerSeries;
}

export function digestLog(log: RunLog): LogDigest {
  return {
    header: log.header,
    events: log.events,
    footer: log.footer,
    torn: log.torn,
    samples: log.samples.length,
    series: powerSeries(log.header, log.samples),
  };
}

export interface AppendixRun {
  summary: Summary;
  /** the raw log, when it was given or found beside the summary */
  log: LogDigest | null;
  /** where it came from (path as given), shown in the run table */
  source: string;
  /** what loading it found wrong (e.g. the log a summary names is missing) */
  warnings?: string[];
}


export interface ComponentFinding {
  component: 'cpu' | 'dram' | 'gpu';
  kind: Kind;
  /** sensor or model name(s) */
  how: string[];
  /** why this sensor, or why none */
  details: string[];
}

export interface AppendixModel {
  title: string;
  generated_at: string;
  tool_version: string;
  hardware: {
    hosts: string[];
    /** operating system as the logs record it: platform, kernel, architecture */
    systems: string[];
    /** the metered commands (argv joined for display) */
    commands: string[];
    cpus: string[];
    gpus: { name: string; driver: string | null; count: number }[];
    components: ComponentFinding[];
    notes: string[];
    gpu_sampling: string[];
    attribution: string[];
    interval_ms: number[];
  };
  runs: {
    label: string;
    repeat: number;
    source: string;
    started_at: string;
    duration_s: number;
    exit: string;
    energy_j: Summary['energy_j'];
    methods: Summary['methods'];
    kind: Kind;
    co2eq_g: number;
    carbon: Summary['carbon'];
    pue: number;
    samples: number | null;
    warnings: string[];
    series: PowerSeries | null;
  }[];
  groups: { label: string; n: number; values: number[]; mean: number; sd: number | null; ci95: Interval | null; kind: Kind }[];
  /** null only for a model without runs */
  statement: Statement | null;
  totals: { energy_j: number; co2eq_g: number; kind: Kind };
  warnings: string[];
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

export function buildAppendixModel(runs: readonly AppendixRun[], opts: { title?: string; now?: Date; toolVersion: string }): AppendixModel {
  const sorted = [...runs].sort(
    (a, b) => a.summary.label.localeCompare(b.summary.label) || a.summary.repeat - b.summary.repeat || a.source.localeCompare(b.source),
  );
  const warnings: string[] = [];
  const hosts = uniq(sorted.map((r) => r.log?.header.host.hostname ?? r.summary.host?.hostname).filter((h): h is string => !!h));
  const cpus = uniq(sorted.map((r) => r.log?.header.host.cpu_model ?? r.summary.host?.cpu_model).filter((c): c is string => !!c));
  const gpuMap = new Map<string, { name: string; driver: string | null; uuids: Set<string> }>();
  for (const r of sorted) {
    const gpus = r.log?.header.host.gpus ?? r.summary.host?.gpus ?? [];
    for (const g of gpus) {
      const key = `${g.name}\u0000${g.driver ?? ''}`;
      const e = gpuMap.get(key) ?? { name: g.name, driver: g.driver ?? null, uuids: new Set<string>() };
      e.uuids.add(g.uuid);
      gpuMap.set(key, e);
    }
  }
  const components = (['cpu', 'dram', 'gpu'] as const).map((c): ComponentFinding => {
    const methods = sorted.map((r) => r.summary.methods[c]);
    const fromRuns = uniq(methods.map((m) => m.detail ?? '').filter((d) => d !== ''));
    // Summaries restate the sensor's detail inside their own: show a log's detail only when it adds something.
    const fromLogs = uniq(sorted.map((r) => r.log?.header.sensors[c].detail ?? '')).filter(
      (d) => d !== '' && !fromRuns.some((r) => r.includes(d)),
    );
    return {
      component: c,
      kind: mergeKinds(methods.map((m) => m.kind)),
      how: uniq(methods.map((m) => m.sensor ?? m.model ?? '').filter((s) => s !== '')),
      details: [...fromRuns, ...fromLogs],
    };
  });
  if (cpus.length > 1) warnings.push(`runs come from ${cpus.length} different CPU models: energies are not like for like`);
  if (new Set([...gpuMap.values()].map((g) => g.name)).size > 1) warnings.push('runs come from different GPU models: energies are not like for like');

  const runRows = sorted.map((r) => {
    const s = r.summary;
    const kind = runKind(s);
    const w = [...(s.warnings ?? []), ...(r.warnings ?? [])];
    if (r.log?.torn) w.push('the log\'s last line was torn (meter killed mid-write); it was skipped');
    if (r.log && r.log.footer === null) w.push('the log has no footer: the meter did not finish');
    for (const ev of r.log?.events ?? []) if (ev.level === 'warning') w.push(`t=${ev.t}s: ${ev.message}`);
    return {
      label: s.label,
      repeat: s.repeat,
      source: r.source,
      started_at: s.started_at,
      duration_s: s.duration_s,
      exit: s.signal ? `signal ${s.signal}` : s.exit_code === null ? 'unknown' : String(s.exit_code),
      energy_j: s.energy_j,
      methods: s.methods,
      kind,
      co2eq_g: s.carbon.co2eq_g,
      carbon: s.carbon,
      pue: s.pue,
      samples: r.log ? r.log.samples : (s.samples ?? null),
      warnings: uniq(w),
      series: r.log ? r.log.series : null,
    };
  });

  const byLabel = new Map<string, typeof runRows>();
  for (const r of runRows) {
    const g = byLabel.get(r.label);
    if (g) g.push(r);
    else byLabel.set(r.label, [r]);
  }
  const groups = [...byLabel].map(([label, rs]) => {
    const values = rs.map((r) => r.energy_j.total);
    const e = meanCi(values);
    return { label, n: rs.length, values, mean: e.mean, sd: e.sd, ci95: e.ci, kind: mergeKinds(rs.map((r) => r.kind)) };
  });

  // The carbon statement is the carbon module's (Henderson et al. 2020, section 7.5): one aggregation for
  // `joulecheck statement` and the appendix alike.
  const statement = sorted.length ? buildStatement(sorted.map((r) => ({ file: r.source, summary: r.summary }))) : null;

  return {
    title: opts.title ?? 'Energy and carbon appendix',
    generated_at: (opts.now ?? new Date()).toISOString(),
    tool_version: opts.toolVersion,
    hardware: {
      hosts,
      systems: uniq(
        sorted.flatMap((r) => (r.log ? [[r.log.header.host.platform, r.log.header.host.kernel, r.log.header.host.arch].filter(Boolean).join(' ')] : [])),
      ),
      commands: uniq(sorted.map((r) => r.summary.command.join(' '))),
      cpus,
      gpus: [...gpuMap.values()].map((g) => ({ name: g.name, driver: g.driver, count: g.uuids.size })),
      components,
      notes: uniq(sorted.flatMap((r) => r.log?.header.sensors.notes ?? [])),
      gpu_sampling: uniq(sorted.map((r) => r.log?.header.gpu_sampling?.method).filter((m): m is string => !!m)),
      attribution: uniq(
        sorted.flatMap((r) => (r.log ? [`CPU time of exited children: ${r.log.header.attribution.children}`, `GPU idle power: ${r.log.header.attribution.gpu_idle}`] : [])),
      ),
      interval_ms: uniq(sorted.map((r) => r.log?.header.interval_ms ?? r.summary.interval_ms).filter((v): v is number => v !== undefined)),
    },
    runs: runRows,
    groups,
    statement,
    totals: {
      energy_j: runRows.reduce((a, r) => a + r.energy_j.total, 0),
      co2eq_g: runRows.reduce((a, r) => a + r.co2eq_g, 0),
      kind: mergeKinds(runRows.map((r) => r.kind)),
    },
    warnings,
  };
}
