// Multi-node runs gathered by hand (e.g. torchrun started on each node): `joulecheck run --node NAME
// --run-id ID` on each node, then `joulecheck summarize --merge <node logs...>`. Real meter processes on
// fake powercap trees at known power; the merged totals must be the sum of the nodes' truths.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Summary } from '../../src/model/summary.ts';
import { buildPowercapTree, profileEnergyJ, type FakeZone } from '../fakes/powercap.ts';
import { tempDir } from '../run/helpers.ts';

const CLI = resolve(import.meta.dirname, '../../src/cli.ts');
const WRITER = resolve(import.meta.dirname, '../fakes/powercap-writer.ts');

function cli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((res) => p.on('close', (code) => res({ code, stdout, stderr })));
}

const PKG: Record<string, number> = { a: 35, b: 90 };
const D = 1.5;

async function nodeRun(dir: string, node: string, runId: string): Promise<void> {
  const zones: FakeZone[] = [{ id: 'intel-rapl:0', name: 'package-0', max_energy_range_uj: 262_143_328_850, energy_uj: 7_000_000 }];
  const tree = buildPowercapTree(join(dir, node), zones);
  const profile = join(dir, `${node}.json`);
  writeFileSync(profile, JSON.stringify({ zones: { 'intel-rapl:0': [[0, PKG[node]]] }, period_ms: 20, duration_s: D }));
  const r = await cli(['run', '--node', node, '--run-id', runId, '--out', 'out', '--label', 'tr', '--nvidia-smi', 'none',
    '--powercap-root', join(dir, '{node}', 'class', 'powercap'), '--', process.execPath, WRITER, tree.root, profile], dir);
  expect(r.code, r.stderr).toBe(0);
}

describe('joulecheck run --node + summarize --merge', () => {
  it('merges the node logs into one run: totals = sum of node truths; a missing node makes it incomplete, named', async () => {
    const dir = tempDir('jc-merge-');
    await Promise.all([nodeRun(dir, 'a', 'job1'), nodeRun(dir, 'b', 'job1')]);
    expect(existsSync(join(dir, 'out', 'tr-1.a.log.ndjson'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'tr-1.summary.json'))).toBe(false); // node runs write no run summary

    const ok = await cli(['summarize', '--merge', 'out/tr-1.a.log.ndjson', 'out/tr-1.b.log.ndjson'], dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('over 2 nodes');
    const s = Summary.parse(JSON.parse(readFileSync(join(dir, 'out', 'tr-1.summary.json'), 'utf8')));
    const truth = profileEnergyJ([[0, PKG.a!]], D) + profileEnergyJ([[0, PKG.b!]], D);
    expect(Math.abs(s.energy_j.machine.cpu - truth) / truth).toBeLessThan(0.005);
    expect(s.nodes!.map((n) => n.name)).toEqual(['a', 'b']);
    expect(s.incomplete).toBeUndefined();

    const bad = await cli(['summarize', '--merge', 'out/tr-1.a.log.ndjson', 'out/tr-1.b.log.ndjson', 'out/tr-1.c.log.ndjson'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('INCOMPLETE: c missing');
    const inc = Summary.parse(JSON.parse(readFileSync(join(dir, 'out', 'tr-1.summary.json'), 'utf8')));
    expect(inc.incomplete).toBe(true);
    expect(inc.missing_nodes).toEqual(['c']);
    expect(inc.nodes![2]).toMatchObject({ name: 'c', status: 'missing' });
    expect(inc.nodes![2]!.reason).toContain('never arrived');
    // never silently lower: the nodes that did report are all there
    expect(Math.abs(inc.energy_j.machine.cpu - truth) / truth).toBeLessThan(0.005);
  }, 60_000);

  it('refuses logs of different runs and bad node options (exit 2, naming the option)', async () => {
    const dir = tempDir('jc-merge-');
    await Promise.all([nodeRun(dir, 'a', 'job1'), nodeRun(dir, 'b', 'job2')]);
    const mixed = await cli(['summarize', '--merge', 'out/tr-1.a.log.ndjson', 'out/tr-1.b.log.ndjson'], dir);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/run id job2, but the first log has run id job1/);
    const noId = await cli(['run', '--node', 'a', '--', 'true'], dir);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('--node needs --run-id');
    const badName = await cli(['run', '--node', 'a/b', '--run-id', 'x', '--', 'true'], dir);
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('--node');
    const noCmd = await cli(['srun', '-N2'], dir);
    expect(noCmd.code).toBe(2);
    expect(noCmd.stderr).toContain('missing -- before the command');
  }, 60_000);
});
