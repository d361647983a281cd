// The CPU model of this machine from /proc/cpuinfo, for the log header.
import { hostPath } from './host-root.ts';
import { preadOnce } from './procfs-io.ts';

/** The CPU model name as /proc/cpuinfo spells it (x86 and Arm spellings), 'unknown' when absent. */
export function readCpuModel(root = '/'): string {
  try {
    const text = preadOnce(hostPath(root, '/proc/cpuinfo'));
    const m = /^(?:model name|Hardware|cpu model|Processor)\s*:\s*(.+)$/m.exec(text);
    return m?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
