// One synchronous `nvidia-smi --query-gpu` for doctor's before/after readings (a second, at most).
import { execFileSync } from 'node:child_process';
import { parseCsv, parseReading } from '../meter/smi/nvidia-smi-parse.ts';

/** uuid -> reading of `fields[1]`, or null when the call fails. */
export function runQuery(bin: string, fields: [string, string], env: NodeJS.ProcessEnv): Map<string, number | null> | null {
  try {
    const text = execFileSync(bin, [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits'], { env, timeout: 5000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const out = new Map<string, number | null>();
    for (const r of parseCsv(text, { columns: fields }).rows) if (r[fields[0]]) out.set(r[fields[0]]!, parseReading(r[fields[1]]));
    return out;
  } catch {
    return null;
  }
}
