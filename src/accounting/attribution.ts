// Per-interval attribution shares (Henderson et al. 2020, eq. 1: E = PUE * sum_r share_r * E_r).
// Pure functions of the RAW quantities in a log sample; summarize applies them interval by interval.
import type { GpuSample } from '../model/log.ts';

/** The GPU idle policy; the sampler records it in header.attribution.gpu_idle, summarize restates it. */
export const GPU_IDLE_POLICY =
  "share = step's SM % / GPU utilisation % (capped at 1); when utilisation is 0 or unknown, or the " +
  "step's SM % is unknown: the whole GPU's energy goes to the step if one of its processes holds a " +
  'context on the GPU, else none; an interval where the GPU is missing from the sample keeps the ' +
  "previous interval's share; a sole tenant (every process holding a context on the GPU belongs to " +
  "the step's tree) gets share 1 whatever the samples say";

/** The exclusive GPU policy (gpu-attribution exclusive), recorded in header.attribution.gpu_idle instead. */
export const GPU_EXCLUSIVE_POLICY =
  'exclusive: the step is credited the whole energy of every GPU it can see (share 1 in every interval), ' +
  'for runners whose GPUs are dedicated to the job but whose processes cannot be matched (a container ' +
  'without the host PIDs, an ARC runner pod); per-process SM utilisation is not used';

/** How far back (s) tree ticks seen late are moved: well beyond the meter's longest read back-off. */
export const BACKFILL_S = 60;

export const CPU_POLICY =
  'share = CPU ticks of the process tree / busy ticks of the machine per interval (capped at 1); ' +
  'tree ticks beyond an interval\'s busy ticks (CPU time seen late: exited children landing in their ' +
  'parent\'s cutime, an idle member read on its back-off) fill the spare busy ticks of the intervals ' +
  `before it, nearest first, up to ${BACKFILL_S} s back; ` +
  'an interval with no busy ticks attributes nothing (its idle energy stays in the machine total) ' +
  'unless the tree itself shows ticks, then the whole interval';

export const DRAM_POLICY = 'share = resident memory of the tree / memory in use on the machine (capped at 1)';

/** CPU share of one interval. Tree ticks may exceed busy ticks (exited children's cutime lands at once). */
export function cpuShare(tree: number, busy: number): number {
  if (!(busy > 0)) return tree > 0 ? 1 : 0;
  const s = tree / busy;
  return s >= 1 ? 1 : s > 0 ? s : 0;
}

/**
 * CPU shares of every interval of a run (CPU_POLICY). Tree ticks above an interval's busy ticks are CPU
 * time the tree burned earlier and the meter saw late; capping them per interval would drop them, so
 * they are moved back into the spare busy ticks (busy - tree) of the preceding intervals, nearest first,
 * at most BACKFILL_S seconds back (what is left is dropped, as the cap always did). A stack of the
 * intervals that still have spare ticks keeps this O(n). `t`: interval end times, s.
 */
export function cpuShares(tree: ArrayLike<number>, busy: ArrayLike<number>, t: ArrayLike<number>, n: number = tree.length): Float64Array {
  const out = new Float64Array(n);
  let late = false;
  for (let i = 0; i < n && !late; i++) late = busy[i]! > 0 && tree[i]! > busy[i]!;
  if (!late) {
    // the common case: nothing seen late, the per-interval rule as it is
    for (let i = 0; i < n; i++) out[i] = cpuShare(tree[i]!, busy[i]!);
    return out;
  }
  const adj = new Float64Array(n);
  const spare = new Int32Array(n); // stack of indices with adj < busy, oldest at the bottom
  let top = 0;
  for (let i = 0; i < n; i++) {
    const b = busy[i]!;
    let x = tree[i]! > 0 ? tree[i]! : 0;
    if (b > 0 && x > b) {
      let excess = x - b;
      x = b;
      while (excess > 0 && top > 0) {
        const j = spare[top - 1]!;
        if (t[i]! - t[j]! > BACKFILL_S) {
          top = 0; // everything older is out of reach too
          break;
        }
        const room = busy[j]! - adj[j]!;
        if (room > excess) {
          adj[j] = adj[j]! + excess;
          excess = 0;
        } else {
          adj[j] = busy[j]!;
          excess -= room;
          top--;
        }
      }
    }
    adj[i] = x;
    if (b > 0 && x < b) spare[top++] = i;
  }
  for (let i = 0; i < n; i++) out[i] = cpuShare(adj[i]!, busy[i]!);
  return out;
}

/** DRAM share of one interval. */
export function dramShare(rss: number, used: number): number {
  if (!(used > 0)) return 0;
  const s = rss / used;
  return s >= 1 ? 1 : s > 0 ? s : 0;
}

/** GPU share of one interval for one GPU, per GPU_IDLE_POLICY. */
export function gpuShare(g: Pick<GpuSample, 'util' | 'sm' | 'on' | 'sole'>): number {
  if (g.sole === true && g.on) return 1;
  const util = g.util;
  const sm = g.sm;
  if (util === null || !(util > 0) || sm === null) return g.on ? 1 : 0;
  const s = sm / util;
  return s >= 1 ? 1 : s > 0 ? s : 0;
}

/** gpuShare on numbers, NaN = unknown (the column form summarize uses). */
export function gpuShareOf(util: number, sm: number, on: boolean, sole = false): number {
  // sole tenant: every process holding a context belongs to the tree, so the samples cannot matter
  if (sole && on) return 1;
  if (!(util > 0) || sm !== sm) return on ? 1 : 0;
  const s = sm / util;
  return s >= 1 ? 1 : s > 0 ? s : 0;
}

/** A run of consecutive intervals without a reading. */
export interface Gap {
  /** index of the first and one past the last interval of the gap */
  from: number;
  to: number;
  /** total length, s */
  seconds: number;
  bridged: boolean;
}

/**
 * Fills gaps (NaN entries) of a per-interval energy series in place. A gap no longer than `maxGapS`
 * is bridged with the mean power of its neighbouring intervals (one neighbour at either end of the
 * run); a longer gap, or one without any neighbour, is left out (0 J) and reported. Energy is never
 * invented for long gaps, and short ones are not silently counted as zero either.
 */
export function bridgeGaps(energy: Float64Array, dt: Float64Array, maxGapS: number): Gap[] {
  const n = energy.length;
  const gaps: Gap[] = [];
  let i = 0;
  while (i < n) {
    if (!Number.isNaN(energy[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let secs = 0;
    while (j < n && Number.isNaN(energy[j]!)) {
      secs += dt[j]!;
      j++;
    }
    const before = i > 0 ? energy[i - 1]! / dt[i - 1]! : NaN;
    const after = j < n ? energy[j]! / dt[j]! : NaN;
    const known = [before, after].filter((p) => Number.isFinite(p));
    const bridged = secs <= maxGapS && known.length > 0;
    const p = bridged ? known.reduce((a, b) => a + b, 0) / known.length : 0;
    for (let k = i; k < j; k++) energy[k] = p * dt[k]!;
    gaps.push({ from: i, to: j, seconds: secs, bridged });
    i = j;
  }
  return gaps;
}
