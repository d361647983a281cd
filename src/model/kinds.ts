// How a figure was obtained, the label every energy and CO2eq number carries in the reports.
import type { Summary } from './summary.ts';

export type Kind = 'measured' | 'estimated' | 'none' | 'mixed';

/** One run's energy: estimated as soon as one component is; none when no component has a reading. */
export function runKind(s: Pick<Summary, 'methods'>): 'measured' | 'estimated' | 'none' {
  const k = [s.methods.cpu.kind, s.methods.dram.kind, s.methods.gpu.kind];
  if (k.includes('estimated')) return 'estimated';
  return k.includes('measured') ? 'measured' : 'none';
}

/** Several runs (or one component across runs): 'mixed' where measured and estimated meet; none ignored. */
export function mergeKinds(kinds: Iterable<Kind>): Kind {
  const k = new Set([...kinds].filter((x) => x !== 'none'));
  if (k.size === 0) return 'none';
  if (k.size === 1) return [...k][0] as Kind;
  return 'mixed';
}
