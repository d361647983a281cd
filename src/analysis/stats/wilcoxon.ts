// Wilcoxon signed-rank test, two-sided, following scipy.stats.wilcoxon with its defaults
// (zero_method='wilcox': zero differences are dropped before ranking; correction=False: no continuity
// correction):
//  - `w` is min(R+, R-), the smaller signed-rank sum of the non-zero differences (average ranks for ties);
//  - exact: the null distribution of R+ (each of the 2^n sign patterns equally likely), used when there are
//    no ties and no zeros; p = 2 * min(P(R+ >= r), P(R+ <= r)), capped at 1;
//  - asymptotic: normal approximation of R+ with mean n(n+1)/4 and the tie-corrected variance
//    (n(n+1)(2n+1) - sum(t^3 - t)/2) / 24 over the n non-zero differences.
// 'auto' takes the exact distribution without ties or zeros (up to 50 pairs), else the normal
// approximation. SciPy's own 'auto' runs a permutation test for n <= 13 with ties or zeros instead; the
// normal approximation is kept here so that the method is one of the two named ones, as stated in the
// comparison file, and every value can be checked against scipy with method='exact' or 'asymptotic'.
import { normalCdf } from './dist.ts';

export type WilcoxonMethod = 'exact' | 'asymptotic';

export interface WilcoxonResult {
  w: number;
  p: number;
  method: WilcoxonMethod;
}

/** Largest n for the exact distribution: 2^50 sign patterns still count exactly in a double. */
export const WILCOXON_EXACT_MAX = 50;

/** counts[k] = number of subsets of {1..n} whose sum is k (sign patterns giving R+ = k). */
export function signedRankCounts(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  const c = new Float64Array(max + 1);
  c[0] = 1;
  for (let r = 1; r <= n; r++) {
    for (let k = (r * (r + 1)) / 2; k >= r; k--) c[k]! += c[k - r]!;
  }
  return c;
}

interface Signed {
  rPlus: number;
  rMinus: number;
  n: number;
  tieTerm: number;
  zeros: number;
}

function signedRanks(d: readonly number[]): Signed {
  const nz = d.filter((x) => x !== 0);
  const zeros = d.length - nz.length;
  const abs = nz.map((x, i) => ({ a: Math.abs(x), pos: x > 0, i })).sort((p, q) => p.a - q.a);
  let rPlus = 0;
  let rMinus = 0;
  let tieTerm = 0;
  let i = 0;
  while (i < abs.length) {
    let j = i;
    while (j + 1 < abs.length && abs[j + 1]!.a === abs[i]!.a) j++;
    const t = j - i + 1;
    const avg = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) {
      if (abs[k]!.pos) rPlus += avg;
      else rMinus += avg;
    }
    if (t > 1) tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { rPlus, rMinus, n: nz.length, tieTerm, zeros };
}

/**
 * Two-sided signed-rank test of the differences `d` (e.g. per-pair log ratios) against 0. Returns null when
 * no non-zero difference is left: the test says nothing.
 */
export function wilcoxonSignedRank(d: readonly number[], opts: { method?: WilcoxonMethod | 'auto' } = {}): WilcoxonResult | null {
  if (d.some((x) => !Number.isFinite(x))) throw new RangeError('wilcoxonSignedRank: differences must be finite');
  const s = signedRanks(d);
  if (s.n === 0) return null;
  const w = Math.min(s.rPlus, s.rMinus);
  let method = opts.method ?? 'auto';
  if (method === 'auto') method = s.tieTerm === 0 && s.zeros === 0 && s.n <= WILCOXON_EXACT_MAX ? 'exact' : 'asymptotic';
  if (method === 'exact') {
    if (s.n > WILCOXON_EXACT_MAX) throw new RangeError(`exact signed-rank test for ${s.n} differences is too large`);
    const counts = signedRankCounts(s.n);
    const total = 2 ** s.n;
    // With ties R+ may be a half-integer; as scipy, round it down for the upper tail, up for the lower.
    const hi = Math.floor(s.rPlus);
    const lo = Math.ceil(s.rPlus);
    let sf = 0;
    for (let k = hi; k < counts.length; k++) sf += counts[k]!;
    let cdf = 0;
    for (let k = 0; k <= lo && k < counts.length; k++) cdf += counts[k]!;
    return { w, p: Math.min(1, (2 * Math.min(sf, cdf)) / total), method };
  }
  const n = s.n;
  const mn = (n * (n + 1)) / 4;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - s.tieTerm / 2) / 24);
  if (!(se > 0)) return null;
  const z = (s.rPlus - mn) / se;
  return { w, p: Math.min(1, 2 * normalCdf(-Math.abs(z))), method };
}
