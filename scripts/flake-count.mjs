#!/usr/bin/env node
// `node scripts/flake-count.mjs [N]` (default 20): runs every test that compares energies between runs of
// real processes N times in a row, each time in the parallel suite beside other test files that load the
// machine as the full suite does (real processes, a SLURM cluster, the action end to end), and counts the
// passes per test. Exit 0 only when every listed test passed every time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The tests whose verdict compares energies between runs of real processes. */
export const ENERGY_BETWEEN_RUNS = [
  'test/run/busy-runner.test.ts',
  'test/cli/ab.test.ts',
  'test/e2e/ab.e2e.test.ts',
];
/** Files run beside them for load: what else the suite runs at the same time on two workers. */
const LOAD = ['test/slurm/srun.e2e.test.ts', 'test/meter/procfs/proc-tree.test.ts', 'test/e2e/action.e2e.test.ts'];

const n = Number(process.argv[2] ?? 20);
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write(`usage: node scripts/flake-count.mjs [N]: N must be a positive integer, got '${process.argv[2]}'\n`);
  process.exit(2);
}
const vitest = join(root, 'node_modules', '.bin', 'vitest');
const dir = mkdtempSync(join(tmpdir(), 'jc-flake-'));
/** per test: passes, and the run numbers it failed in */
const counts = new Map();
for (let i = 1; i <= n; i++) {
  const out = join(dir, `run-${i}.json`);
  const t0 = Date.now();
  const r = spawnSync(vitest, ['run', '--reporter=json', `--outputFile=${out}`, ...ENERGY_BETWEEN_RUNS, ...LOAD], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    process.stderr.write(`run ${i}: vitest wrote no report (exit ${r.status})\n`);
    process.exit(1);
  }
  for (const file of report.testResults) {
    const rel = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
    if (!ENERGY_BETWEEN_RUNS.includes(rel)) continue;
    for (const t of file.assertionResults) {
      const key = `${rel} > ${t.fullName}`;
      const c = counts.get(key) ?? { passed: 0, failed: [] };
      if (t.status === 'passed') c.passed++;
      else c.failed.push(i);
      counts.set(key, c);
    }
  }
  const bad = [...counts.values()].filter((c) => c.failed.includes(i)).length;
  process.stdout.write(`run ${i}/${n}: ${bad === 0 ? 'all passed' : `${bad} failed`} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
}
process.stdout.write(`\n${n} runs, in the parallel suite beside ${LOAD.join(', ')}:\n`);
for (const [k, c] of counts) process.stdout.write(`${c.passed}/${n} ${k}${c.failed.length ? ` (failed in runs ${c.failed.join(', ')})` : ''}\n`);
process.exitCode = [...counts.values()].every((c) => c.failed.length === 0 && c.passed === n) ? 0 : 1;
