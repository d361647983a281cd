// `npm run bench [-- name...]`: runs every bench/*.bench.ts (or those whose name contains one of the
// arguments) as its own `node` process, one after the other (they measure time: never in parallel), with
// live output, and ends with a one-line status per benchmark.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (benches.length === 0) {
  process.stderr.write(`no benchmark matches ${filters.join(', ')}\n`);
  process.exit(2);
}
const results: Array<{ name: string; code: number | null; seconds: number }> = [];
for (const f of benches) {
  process.stdout.write(`\n=== ${f} ===\n`);
  const t0 = performance.now();
  const code = await new Promise<number | null>((res) => {
    const p = spawn(process.execPath, [join(dir, f)], { stdio: 'inherit' });
    p.on('close', (c) => res(c));
  });
  results.push({ name: f, code, seconds: (performance.now() - t0) / 1000 });
}
process.stdout.write('\n=== benchmarks ===\n');
for (const r of results) process.stdout.write(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)\n`);
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
