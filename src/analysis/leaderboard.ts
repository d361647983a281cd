// Energy leaderboard (Henderson et al. 2020): labelled experiments ranked by mean energy per run, with a
// t-based 95% confidence interval of the mean. Pure: summaries in, the ranked model out (render/ prints it).
import { nodeNotes } from '../accounting/merge.ts';
import { mean, sd } from './stats/descriptive.ts';
import { tQuantile } from './stats/dist.ts';
import { type Kind, mergeKinds, runKind } from '../model/kinds.ts';
import type { Summary } from '../model/summary.ts';

export interface Interval {
  low: number;
  high: number;
}

export interface LeaderboardEntry {
  rank: number;
  label: string;
  n: number;
  /** energy per run (summary total, PUE included), J */
  energy_j: { mean: number; sd: number | null; ci95: Interval | null; values: number[] };
  co2eq_g: { mean: number; ci95: Interval | null };
  duration_s: { mean: number };
  /** 'measured' when no component of any run was estimated; 'mixed' when runs differ */
  kind: Kind;
  /** CI overlaps the next entry's: the order between the two is not established */
  overlaps_next: boolean;
  warnings: string[];
}

export interface Leaderboard {
  schema: 'joulecheck/leaderboard@1';
  confidence: 0.95;
  entries: LeaderboardEntry[];
}

/**
 * Mean with a t-based CI (df n-1); null CI for fewer than 2 values. Energy and CO2eq cannot be negative:
 * the interval is cut at 0 (few, spread runs otherwise give a lower bound below zero).
 */
export function meanCi(values: readonly number[], confidence = 0.95): { mean: number; sd: number | null; ci: Interval | null } {
  const m = mean(values);
  if (values.length < 2) return { mean: m, sd: null, ci: null };
  const s = sd(values);
  const half = tQuantile(1 - (1 - confidence) / 2, values.length - 1) * (s / Math.sqrt(values.length));
  return { mean: m, sd: s, ci: { low: Math.max(0, m - half), high: m + half } };
}


/** Groups runs by label and ranks by mean energy per run, lowest first. Every input run is counted. */
export function buildLeaderboard(summaries: readonly Summary[]): Leaderboard {
  const groups = new Map<string, Summary[]>();
  for (const s of summaries) {
    const g = groups.get(s.label);
    if (g) g.push(s);
    else groups.set(s.label, [s]);
  }
  const entries: LeaderboardEntry[] = [];
  for (const [label, runs] of groups) {
    const warnings: string[] = [];
    const values = runs.map((r) => r.energy_j.total);
    const e = meanCi(values);
    const c = meanCi(runs.map((r) => r.carbon.co2eq_g));
    const kind = mergeKinds(runs.map(runKind));
    if (kind === 'mixed') warnings.push('some runs measured, some estimated: not like for like');
    const repeats = runs.map((r) => r.repeat);
    if (new Set(repeats).size < repeats.length) warnings.push('the same repeat number appears twice: runs from several sources share this label');
    const commands = new Set(runs.map((r) => JSON.stringify(r.command)));
    if (commands.size > 1) warnings.push(`${commands.size} different commands under this label`);
    const regions = new Set(runs.map((r) => r.carbon.region));
    if (regions.size > 1) warnings.push(`CO2eq mixes regions (${[...regions].join(', ')})`);
    if (runs.length < 2) warnings.push('one run: no confidence interval');
    const nn = nodeNotes(runs);
    if (nn.nodes) warnings.push(`on ${nn.nodes}${nn.nodes.includes('/') ? ': node counts differ between runs' : ''}`);
    const inc = runs.filter((r) => r.incomplete).length;
    if (inc) warnings.push(`${inc} run(s) incomplete (a node's log missing): lower bounds`);
    entries.push({
      rank: 0,
      label,
      n: runs.length,
      energy_j: { mean: e.mean, sd: e.sd, ci95: e.ci, values },
      co2eq_g: { mean: c.mean, ci95: c.ci },
      duration_s: { mean: mean(runs.map((r) => r.duration_s)) },
      kind,
      overlaps_next: false,
      warnings,
    });
  }
  entries.sort((a, b) => a.energy_j.mean - b.energy_j.mean || a.label.localeCompare(b.label));
  entries.forEach((e, i) => {
    e.rank = i + 1;
    const next = entries[i + 1];
    if (next) {
      // Without a CI on either side nothing is established either.
      const hiA = e.energy_j.ci95?.high ?? Infinity;
      const loB = next.energy_j.ci95?.low ?? -Infinity;
      e.overlaps_next = hiA >= loB;
    }
  });
  return { schema: 'joulecheck/leaderboard@1', confidence: 0.95, entries };
}
