// Summaries as the meter writes them (schema joulecheck/summary@1), for driving the reporting side
// before/independently of real metering.
import { mkdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Summary } from '../../src/model/summary.ts';

/** temporary directories made by the test helpers, removed by `removeTempDirs` (env.stop) */
const tempDirs: string[] = [];
export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(d);
  return d;
}
export function removeTempDirs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function summary(o: { label?: string; repeat?: number; energy: number; duration?: number; command?: string[]; sha?: string }): Summary {
  const total = o.energy;
  const intensity = 250;
  const s = {
    schema: 'joulecheck/summary@1',
    tool: { name: 'joulecheck', version: '0.1.0' },
    label: o.label ?? 'run',
    repeat: o.repeat ?? 1,
    command: o.command ?? ['python', 'train.py'],
    started_at: '2026-11-23T07:00:00.000Z',
    ended_at: '2026-11-23T07:10:00.000Z',
    duration_s: o.duration ?? 600,
    exit_code: 0,
    signal: null,
    pue: 1,
    energy_j: { machine: { cpu: total, dram: 0, gpu: 0 }, attributed: { cpu: total, dram: 0, gpu: 0 }, total },
    methods: { cpu: { kind: 'measured', sensor: 'rapl' }, dram: { kind: 'none' }, gpu: { kind: 'none' } },
    carbon: { region: 'DE', intensity_g_per_kwh: intensity, intensity_kind: 'annual', source: 'fixture', co2eq_g: (total / 3.6e6) * intensity },
    ...(o.sha ? { git: { sha: o.sha } } : {}),
  };
  return Summary.parse(s);
}

/** Writes `<dir>/<label>-<n>.summary.json` and a tiny log per value; returns a MeterResult-shaped object. */
export function writeOutDir(energies: number[], o: { label?: string; dir?: string; sha?: string } = {}) {
  const dir = o.dir ?? tempDir('jc-out-');
  mkdirSync(dir, { recursive: true });
  const label = o.label ?? 'run';
  const summaries: string[] = [];
  const logs: string[] = [];
  energies.forEach((e, i) => {
    const n = i + 1;
    const sp = join(dir, `${label}-${n}.summary.json`);
    writeFileSync(sp, JSON.stringify(summary({ label, repeat: n, energy: e, sha: o.sha })));
    const lp = join(dir, `${label}-${n}.ndjson`);
    writeFileSync(lp, JSON.stringify({ type: 'header', schema: 'joulecheck/log@1' }) + '\n');
    summaries.push(sp);
    logs.push(lp);
  });
  return { outDir: dir, summaryPaths: summaries, logs, exitCode: 0 };
}
