// Other load on the runner: the share of the machine's CPU time (and of its GPUs' time) that processes
// outside the step kept busy over a run, as each summary records it (`other_load`). Attribution splits
// the idle power by busy share, so a neighbour moves a run's attributed energy; a pair whose two runs ran
// beside different load is therefore not a fair pair. This module flags such pairs and says when the
// independent comparison's sides ran beside different load. Pure: no I/O.
import type { Summary } from '../model/summary.ts';
import { mean } from './stats/index.ts';

/**
 * Two runs whose other load differs by more than this share of the machine (0.10: ten points) are not a
 * fair pair. On a 2-core runner one busy neighbour is 50 points; the meter's own use is a point or two.
 */
export const OTHER_LOAD_THRESHOLD = 0.1;

export interface OtherLoad {
  cpu: number;
  gpu: number | null;
}

/** The run's other load, when its summary records it (older summaries do not). */
export function otherLoadOf(s: Summary): OtherLoad | undefined {
  return s.other_load ? { cpu: s.other_load.cpu, gpu: s.other_load.gpu } : undefined;
}

/** The largest difference in other load between two runs (CPU, and GPU where both have it), or undefined. */
export function otherLoadGap(a: OtherLoad | undefined, b: OtherLoad | undefined): number | undefined {
  if (!a || !b) return undefined;
  const cpu = Math.abs(a.cpu - b.cpu);
  const gpu = a.gpu !== null && b.gpu !== null ? Math.abs(a.gpu - b.gpu) : 0;
  return Math.max(cpu, gpu);
}

/** Indexes (0-based) of the pairs whose runs' other load differs by more than the threshold. */
export function flaggedPairs(pairs: readonly { base: Summary; head: Summary }[], threshold = OTHER_LOAD_THRESHOLD): number[] {
  const out: number[] = [];
  pairs.forEach((p, i) => {
    const gap = otherLoadGap(otherLoadOf(p.base), otherLoadOf(p.head));
    if (gap !== undefined && gap > threshold) out.push(i);
  });
  return out;
}

const points = (x: number): string => `${Math.round(x * 100)} %`;

/** "pair 2 (base run 2: 1 %, head run 2: 49 %)": the runs of a flagged pair with their CPU (and GPU) other load. */
export function describeFlagged(pair: number, base: { n: number; s: Summary }, head: { n: number; s: Summary }): string {
  const one = (side: string, r: { n: number; s: Summary }) => {
    const o = otherLoadOf(r.s);
    if (!o) return `${side} run ${r.n}: –`;
    return `${side} run ${r.n}: ${points(o.cpu)} CPU${o.gpu !== null ? `, ${points(o.gpu)} GPU` : ''}`;
  };
  return `pair ${pair} (${one('base', base)}; ${one('head', head)})`;
}

/**
 * For the independent comparison (base-branch history against this run): a warning when the sides' mean
 * other load differs by more than the threshold, or null.
 */
export function otherLoadWarning(base: readonly Summary[], head: readonly Summary[], threshold = OTHER_LOAD_THRESHOLD): string | null {
  const side = (xs: readonly Summary[]) => {
    const os = xs.map(otherLoadOf).filter((o): o is OtherLoad => o !== undefined);
    if (os.length === 0) return undefined;
    const g = os.map((o) => o.gpu).filter((x): x is number => x !== null);
    return { cpu: mean(os.map((o) => o.cpu)), gpu: g.length === os.length ? mean(g) : null, n: os.length };
  };
  const b = side(base);
  const h = side(head);
  const gap = otherLoadGap(b, h);
  if (!b || !h || gap === undefined || !(gap > threshold)) return null;
  const gpuGap = b.gpu !== null && h.gpu !== null && Math.abs(b.gpu - h.gpu) > Math.abs(b.cpu - h.cpu);
  const [what, vb, vh] = gpuGap ? ['GPU time', b.gpu!, h.gpu!] : ['CPU time', b.cpu, h.cpu];
  const busier = vh > vb ? 'head' : 'base';
  return (
    `Other load on the runner: the ${busier} runs ran beside more of it (other processes kept ${points(vb)} of the machine's ${what} busy ` +
    `over the base runs, ${points(vh)} over the head runs, more than ${points(threshold)} apart): the attributed energy moves with it ` +
    `(the idle power is split by busy share), so part of the difference may be the neighbours'; the active energy does not.`
  );
}
