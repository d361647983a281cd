// Mann–Whitney U test (Wilcoxon rank-sum), two-sided, following scipy.stats.mannwhitneyu:
//  - `u` is U of the FIRST sample (scipy's U1): the number of (x, y) pairs with x > y, ties counting 1/2;
//  - exact: the permutation distribution of U (no ties), p = 2 * P(U >= max(U1, U2)), capped at 1;
//  - asymptotic: normal approximation with the tie-corrected variance and a 0.5 continuity correction.
// 'auto' takes the exact distribution when there are no ties and it is small enough to count exactly.
import { normalCdf } from './dist.ts';

export type MannWhitneyMethod = 'exact' | 'asymptotic';

export interface MannWhitneyResult {
  u: number;
  p: number;
  method: MannWhitneyMethod;
}

export interface MannWhitneyOptions {
  method?: MannWhitneyMethod | 'auto';
  /** continuity correction for the asymptotic method (default true) */
  continuity?: boolean;
}

/**
 * Largest n1 + n2 for which the exact distribution is used by 'auto': counts stay below 2^53 (exact in
 * a double: C(50, 25) ~ 1.3e14) and the table is small. scipy's 'auto' switches to the normal
 * approximation once both sides exceed 8; counting exactly further is cheap and strictly better.
 */
export const EXACT_MAX_TOTAL = 50;

interface Ranked {
  /** sum of the ranks of x (average ranks for ties) */
  r1: number;
  /** sum over tie groups of t^3 - t */
  tieTerm: number;
  ties: boolean;
}

function rankSum(x: readonly number[], y: readonly number[]): Ranked {
  const all = x.map((v, i) => ({ v, fromX: true, i })).concat(y.map((v, i) => ({ v, fromX: false, i })));
  all.sort((a, b) => a.v - b.v);
  let r1 = 0;
  let tieTerm = 0;
  let i = 0;
  while (i < all.length) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const t = j - i + 1;
    const avgRank = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) if (all[k]!.fromX) r1 += avgRank;
    if (t > 1) tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { r1, tieTerm, ties: tieTerm > 0 };
}

/**
 * Number of arrangements giving each U = 0..n1*n2 for samples of sizes n1, n2 without ties, via the
 * recurrence f(m, n, u) = f(m - 1, n, u - n) + f(m, n - 1, u) (Mann & Whitney 1947).
 */
export function exactUCounts(n1: number, n2: number): Float64Array {
  // Build over m = 0..n1 with rolling rows indexed by n (0..n2).
  const maxU = n1 * n2;
  // prev[n] = counts for (m - 1, n); cur[n] = counts for (m, n)
  let prev: Float64Array[] = [];
  for (let n = 0; n <= n2; n++) {
    const a = new Float64Array(maxU + 1);
    a[0] = 1; // m = 0: a single arrangement with U = 0
    prev.push(a);
  }
  for (let m = 1; m <= n1; m++) {
    const cur: Float64Array[] = [];
    const first = new Float64Array(maxU + 1);
    first[0] = 1; // n = 0
    cur.push(first);
    for (let n = 1; n <= n2; n++) {
      const a = new Float64Array(maxU + 1);
      const left = prev[n]!; // (m - 1, n): the largest value is from x, which beats all n y's: U shifts by n
      const down = cur[n - 1]!; // (m, n - 1): the largest value is from y, U unchanged
      for (let u = 0; u <= m * n; u++) a[u] = (u >= n ? left[u - n]! : 0) + down[u]!;
      cur.push(a);
    }
    prev = cur;
  }
  return prev[n2]!;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  opts: MannWhitneyOptions = {},
): MannWhitneyResult | null {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 < 1 || n2 < 1) return null;
  const { r1, tieTerm, ties } = rankSum(x, y);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = Math.max(u1, u2);
  let method = opts.method ?? 'auto';
  if (method === 'auto') method = !ties && n1 + n2 <= EXACT_MAX_TOTAL ? 'exact' : 'asymptotic';

  if (method === 'exact') {
    if (n1 * n2 > 40_000) throw new RangeError(`exact Mann-Whitney for ${n1} x ${n2} values is too large`);
    const counts = exactUCounts(n1, n2);
    const total = binomial(n1 + n2, n1);
    // U from data with ties may be a half-integer; the exact distribution is for untied data (as scipy).
    const k = Math.ceil(u - 1e-9);
    let tail = 0;
    for (let i = k; i < counts.length; i++) tail += counts[i]!;
    return { u: u1, p: Math.min(1, (2 * tail) / total), method };
  }

  const n = n1 + n2;
  const s2 = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  // All values tied: U carries no information and z is 0/0.
  if (!(s2 > 0)) return null;
  const continuity = opts.continuity ?? true;
  const z = (u - (n1 * n2) / 2 - (continuity ? 0.5 : 0)) / Math.sqrt(s2);
  return { u: u1, p: Math.min(1, 2 * normalCdf(-z)), method };
}
