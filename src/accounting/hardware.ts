// CPU/GPU TDP lookup for the fallback estimate (data: hardware/*.json, compiled and cited by
// scripts/build-hardware-data.mjs from codecarbon, mlco2/impact and experiment-impact-tracker).
//
// Idle-power assumptions (stated, with sources):
// - CPU: idle = 0.21 x TDP. Cloud Carbon Footprint's linear model uses SPECpower-derived averages of
//   0.74 W (min) and 3.5 W (max) per vCPU on AWS; 0.74 / 3.5 = 0.21.
// - GPU: idle = 0.10 x TDP. Recorded nvidia-smi output (test/fixtures/nvidia-smi): an idle
//   H100 SXM draws 69.85 W of its 700 W limit (0.10); an idle Tesla P100 28.16 W of 250 W (0.11).
// Unknown CPU: the per-vCPU figures above (0.74 W idle, 3.5 W max per logical CPU), labelled generic.
// Unknown GPU without a power limit: the median TDP of the GPU table, labelled generic.
import type { PowerModel } from '../model/log.ts';
import cpuDb from '../../hardware/cpu-tdp.json' with { type: 'json' };
import gpuDb from '../../hardware/gpu-tdp.json' with { type: 'json' };

export interface HardwareEntry {
  id: string;
  name: string;
  tdp_w: number;
  /** key into the table's `sources` */
  source: string;
  /** the upstream row's own reference, where it gave one */
  ref?: string;
}

export interface HardwareSource {
  file: string;
  upstream: string;
  license: string;
  year: number;
  note?: string;
}

interface HardwareTable {
  kind: string;
  sources: Record<string, HardwareSource>;
  entries: HardwareEntry[];
}

export interface HardwareMatch {
  entry: HardwareEntry;
  /** true when the normalised names are equal; false for a fuzzy match */
  exact: boolean;
  /** other entries that matched equally well (the largest TDP is chosen: TDP is a ceiling) */
  alternatives: HardwareEntry[];
  /** e.g. 'Intel Xeon Gold 6248: 150 W TDP (codecarbon hardware_cpu_power.csv, mlco2/codecarbon, 2026)' */
  citation: string;
}

export const CPU_IDLE_FRACTION = 0.21;
export const GPU_IDLE_FRACTION = 0.1;
export const GENERIC_CPU_W_PER_VCPU = { idle: 0.74, max: 3.5 } as const;
const CCF = 'Cloud Carbon Footprint methodology, SPECpower-derived AWS averages 0.74-3.5 W per vCPU';
const GPU_IDLE_SOURCE = 'idle 0.10 x TDP from recorded nvidia-smi output (idle H100 69.85 W of 700 W, P100 28.16 W of 250 W)';

/**
 * Same rules as normalizeId in scripts/build-hardware-data.mjs (keep in step), after stripping the
 * decorations that /proc/cpuinfo and nvidia-smi add: "(R)", "(TM)", "CPU", "Processor", "@ 2.50GHz",
 * "64-Core", "13th Gen", "with Radeon Graphics".
 */
export function normalizeModel(name: string): string {
  return name
    .toLowerCase()
    .replace(/\((r|tm|c)\)/g, ' ')
    .replace(/@\s*[\d.]+\s*[gm]hz/g, ' ')
    .replace(/\b\d+(st|nd|rd|th) gen\b/g, ' ')
    .replace(/\b\d+-core\b/g, ' ')
    .replace(/\bwith radeon.*$/g, ' ')
    .replace(/\b(cpu|processor|graphics)\b/g, ' ')
    .replace(/\b(intel|amd|nvidia|geforce)\b/g, ' ')
    .replace(/[^a-z0-9+.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Tokens of a normalised id, with "80-gb" joined to "80gb". */
function tokensOf(id: string): string[] {
  const raw = id.split('-').filter(Boolean);
  const out: string[] = [];
  for (const t of raw) {
    if (t === 'gb' && out.length && /^\d+$/.test(out[out.length - 1]!)) out[out.length - 1] += 'gb';
    else out.push(t);
  }
  return out;
}

/** Tokens that identify a model: contain a digit, and are not a memory size or a small series number. */
function isKey(t: string): boolean {
  return /\d/.test(t) && !/^\d{1,3}(gb)?$/.test(t);
}

/**
 * A table with its entries' tokens, computed on demand: the CPU table has ~5,000 rows and a run looks up
 * one model, so indexing every row up front (~20 ms) would cost the meter more than the lookup itself.
 */
interface TokenizedTable {
  table: HardwareTable;
  tokens: Map<HardwareEntry, string[]>;
}

function tokensFor(idx: TokenizedTable, e: HardwareEntry): string[] {
  let t = idx.tokens.get(e);
  if (!t) idx.tokens.set(e, (t = tokensOf(e.id)));
  return t;
}

let cpuIdx: TokenizedTable | null = null;
let gpuIdx: TokenizedTable | null = null;
const cpus = (): TokenizedTable => (cpuIdx ??= { table: cpuDb as HardwareTable, tokens: new Map() });
const gpus = (): TokenizedTable => (gpuIdx ??= { table: gpuDb as HardwareTable, tokens: new Map() });

function cite(idx: TokenizedTable, e: HardwareEntry): string {
  const s = idx.table.sources[e.source];
  const file = s ? s.file.split('/').pop() : e.source;
  const up = s ? s.upstream.split(' ')[0]!.replace('https://github.com/', '') : '';
  return `${e.name}: ${e.tdp_w} W TDP (${file}, ${up}, ${s?.year ?? 'n.d.'})`;
}

function lookup(idx: TokenizedTable, name: string): HardwareMatch | null {
  const id = normalizeModel(name);
  if (!id) return null;
  const entries = idx.table.entries;
  const exact = entries.find((e) => e.id === id);
  if (exact) return { entry: exact, exact: true, alternatives: [], citation: cite(idx, exact) };
  const q = tokensOf(id);
  const qset = new Set(q);
  const keys = q.filter(isKey);
  // candidates: entries with one of the query's identifying tokens (a substring test first, then tokens)
  const cands: HardwareEntry[] = [];
  for (const e of entries) {
    if (!keys.some((k) => e.id.includes(k))) continue;
    const et = tokensFor(idx, e);
    if (keys.some((k) => et.includes(k))) cands.push(e);
  }
  let best: HardwareEntry[] = [];
  let bestScore = 0;
  for (const e of cands) {
    const et = tokensFor(idx, e);
    // every identifying token of the entry must be in the query: 'Gold 6248R' never matches 'Gold 6248'
    if (!et.every((t) => !isKey(t) || qset.has(t))) continue;
    const common = et.filter((t) => qset.has(t)).length;
    const score = common / new Set([...et, ...q]).size;
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = [e];
    } else if (Math.abs(score - bestScore) <= 1e-12) best.push(e);
  }
  if (best.length === 0) return null;
  best.sort((a, b) => b.tdp_w - a.tdp_w || (a.id < b.id ? -1 : 1));
  const [entry, ...alternatives] = best as [HardwareEntry, ...HardwareEntry[]];
  return { entry, exact: false, alternatives, citation: cite(idx, entry) };
}

/** Character-bigram Dice similarity of two normalised ids, for "did you mean" suggestions. */
function dice(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    const t = s.replace(/-/g, '');
    for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let inter = 0;
  let na = 0;
  let nb = 0;
  for (const v of ga.values()) na += v;
  for (const v of gb.values()) nb += v;
  for (const [k, v] of ga) inter += Math.min(v, gb.get(k) ?? 0);
  return na + nb === 0 ? 0 : (2 * inter) / (na + nb);
}

function suggest(idx: TokenizedTable, name: string, n = 3): HardwareEntry[] {
  const id = normalizeModel(name);
  return idx.table.entries
    .map((e) => ({ e, s: dice(id, e.id) }))
    .filter((x) => x.s >= 0.3)
    .sort((a, b) => b.s - a.s || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, n)
    .map((x) => x.e);
}

/** Looks up a CPU model string as /proc/cpuinfo prints it. */
export function findCpu(model: string): HardwareMatch | null {
  return lookup(cpus(), model);
}

/** Looks up a GPU name as nvidia-smi prints it; near misses come with suggestions. */
export function findGpu(name: string): { match: HardwareMatch | null; suggestions: HardwareEntry[] } {
  const match = lookup(gpus(), name);
  return { match, suggestions: match ? [] : suggest(gpus(), name) };
}

/** Every GPU of the table (for listings). */
export function gpuTable(): readonly HardwareEntry[] {
  return gpus().table.entries;
}

/**
 * Power model of the machine's CPUs. `sockets` multiplies the per-package TDP (the log records no
 * socket count; the sampler may pass it). Unknown CPU -> generic per-vCPU model, labelled as such.
 */
export function cpuPowerModel(cpuModel: string, logicalCpus: number, sockets = 1): PowerModel {
  const m = findCpu(cpuModel);
  const n = Math.max(1, Math.floor(sockets));
  if (m) {
    const max = m.entry.tdp_w * n;
    const how = m.exact ? '' : ` (fuzzy match for "${cpuModel}"${m.alternatives.length ? `; also matched ${m.alternatives.map((a) => a.name).join(', ')}` : ''})`;
    return {
      model: 'tdp-linear',
      idle_w: round(CPU_IDLE_FRACTION * max),
      max_w: max,
      source: `${m.citation}${n > 1 ? ` x ${n} sockets` : ''}${how}; idle ${CPU_IDLE_FRACTION} x TDP (${CCF})`,
    };
  }
  const v = Math.max(1, Math.floor(logicalCpus) || 1);
  return {
    model: 'generic-per-vcpu',
    idle_w: round(GENERIC_CPU_W_PER_VCPU.idle * v),
    max_w: round(GENERIC_CPU_W_PER_VCPU.max * v),
    source: `CPU "${cpuModel}" not in the TDP table: generic ${GENERIC_CPU_W_PER_VCPU.idle}-${GENERIC_CPU_W_PER_VCPU.max} W per logical CPU x ${v} (${CCF})`,
  };
}

/**
 * Power model of one GPU. A power limit reported by nvidia-smi beats the table (it is this board's
 * actual ceiling); else the TDP table; else the table's median TDP, labelled generic.
 */
export function gpuPowerModel(name: string, powerLimitW?: number): PowerModel {
  if (powerLimitW !== undefined && Number.isFinite(powerLimitW) && powerLimitW > 0) {
    return {
      model: 'power-limit-linear',
      idle_w: round(GPU_IDLE_FRACTION * powerLimitW),
      max_w: powerLimitW,
      source: `power limit of ${name} reported by nvidia-smi (${powerLimitW} W); ${GPU_IDLE_SOURCE}`,
    };
  }
  const { match } = findGpu(name);
  if (match) {
    const how = match.exact ? '' : ` (fuzzy match for "${name}"${match.alternatives.length ? `; also matched ${match.alternatives.map((a) => `${a.name} ${a.tdp_w} W`).join(', ')}` : ''})`;
    return {
      model: 'tdp-linear',
      idle_w: round(GPU_IDLE_FRACTION * match.entry.tdp_w),
      max_w: match.entry.tdp_w,
      source: `${match.citation}${how}; ${GPU_IDLE_SOURCE}`,
    };
  }
  const tdps = gpus().table.entries.map((e) => e.tdp_w).sort((a, b) => a - b);
  const median = tdps.length ? tdps[Math.floor(tdps.length / 2)]! : 250;
  return {
    model: 'generic-gpu',
    idle_w: round(GPU_IDLE_FRACTION * median),
    max_w: median,
    source: `GPU "${name}" not in the TDP table and no power limit: median TDP of the table (${median} W); ${GPU_IDLE_SOURCE}`,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
