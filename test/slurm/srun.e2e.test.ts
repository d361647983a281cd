// `joulecheck srun` end to end on a real SLURM cluster of emulated nodes on this machine. Each node meters
// its own fake powercap tree and fake GPUs, picked by its node name ({node} in --powercap-root and
// --nvidia-smi), at known power, so the merged totals are known: the sum of the nodes' truths.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRunLog } from '../../src/log/reader.ts';
import { Summary } from '../../src/model/summary.ts';
import { profileEnergyJ } from '../fakes/powercap.ts';
import { NODES, setupNodes, TASK, type Done } from './nodes.ts';
import { tempDir } from '../run/helpers.ts';
import { slurmAvailable, startCluster, type Cluster } from './cluster.ts';

const CLI = resolve(import.meta.dirname, '../../src/cli.ts');
const execP = promisify(execFile);

function jcSrun(
  c: Cluster, dir: string, out: string, srunArgs: string[], env: Record<string, string> = {},
  onStdout?: (s: string) => void, onSpawn?: (p: ChildProcess) => void, ownAfterSrun = false,
): Promise<Done> {
  const own = [
    '--out', out, '--label', 'mn', '--interval-ms', '100', '--node-timeout', '2',
    '--powercap-root', join(dir, 'nodes', '{node}', 'class', 'powercap'),
    '--nvidia-smi', join(dir, 'nodes', '{node}', 'nvidia-smi'),
  ];
  // --label stays first: after an srun option it would be srun's own flag
  const args = ownAfterSrun
    ? [CLI, 'srun', '--label', 'mn', ...srunArgs, ...own.filter((_, i) => i !== 2 && i !== 3), '--', process.execPath, TASK]
    : [CLI, 'srun', ...own, ...srunArgs, '--', process.execPath, TASK];
  const p = spawn(process.execPath, args, { env: { ...c.env, JC_TEST_DIR: dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  onSpawn?.(p);
  let stdout = '';
  let stderr = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    onStdout?.(stdout);
  });
  p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((res) => p.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
}

const merged = (out: string) => Summary.parse(JSON.parse(readFileSync(join(out, 'mn-1.summary.json'), 'utf8')));
const rel = (a: number, b: number) => Math.abs(a - b) / b;

describe('joulecheck srun on a local SLURM cluster', () => {
  // a machine without SLURM fails here (`.ci/run` installs it), it never passes as a skip
  it('SLURM is installed (slurmctld, slurmd, srun, munged)', () => expect(slurmAvailable()).toBe(true));
  if (!slurmAvailable()) return;
  let c: Cluster;
  let dir: string;
  beforeAll(async () => {
    c = await startCluster({ nodes: ['n1', 'n2'] });
    dir = tempDir('jc-srun-');
    setupNodes(dir);
  });
  afterAll(async () => c?.stop());

  it('2 nodes x 2 tasks: one meter per node, every task metered, merged totals = sum of node truths within 0.5 %', async () => {
    const out = join(dir, 'out-ok');
    const r = await jcSrun(c, dir, out, ['-N2', '--ntasks-per-node=2'], { JC_SECONDS: '2' });
    expect(r.code, r.stderr).toBe(0);
    // live output passes through: all four tasks spoke
    for (const t of ['n1/0', 'n1/1', 'n2/0', 'n2/1']) expect(r.stdout).toContain(`task ${t} done`);
    // exactly one meter per node: one log per node, nothing else
    const logs = readdirSync(out).filter((f) => f.endsWith('.log.ndjson')).sort();
    expect(logs).toEqual(['mn-1.n1.log.ndjson', 'mn-1.n2.log.ndjson']);
    const s = merged(out);
    expect(s.node_count).toBe(2);
    expect(s.incomplete).toBeUndefined();
    let cpu = 0;
    let dram = 0;
    let gpu = 0;
    for (const [name, n] of Object.entries(NODES)) {
      const log = await readRunLog(join(out, `mn-1.${name}.log.ndjson`));
      expect(log.header.node).toMatchObject({ name });
      expect(log.footer).toMatchObject({ exit_code: 0 });
      // slurmstepd, the first task's command and the other task: the whole step on this node
      expect(Math.max(...log.samples.map((x) => x.procs))).toBeGreaterThanOrEqual(3);
      const metered = log.samples.reduce((a, x) => a + x.dt, 0);
      const nodeCpu = profileEnergyJ([[0, n.pkg]], 2);
      const nodeDram = profileEnergyJ([[0, n.dram]], 2);
      const nodeGpu = n.gpus.reduce((a, w) => a + w, 0) * metered;
      const entry = s.nodes!.find((e) => e.name === name)!;
      expect(entry.status).toBe('ok');
      expect(rel(entry.energy_j!.machine.cpu, nodeCpu)).toBeLessThan(0.005);
      expect(rel(entry.energy_j!.machine.gpu, nodeGpu)).toBeLessThan(0.005);
      expect(entry.hardware!.gpus).toHaveLength(n.gpus.length);
      cpu += nodeCpu;
      dram += nodeDram;
      gpu += nodeGpu;
    }
    expect(rel(s.energy_j.machine.cpu, cpu)).toBeLessThan(0.005);
    expect(rel(s.energy_j.machine.dram, dram)).toBeLessThan(0.005);
    expect(rel(s.energy_j.machine.gpu, gpu)).toBeLessThan(0.005);
    expect(s.energy_j.attributed.cpu).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/node n1: .* exit 0/);
  }, 60_000);

  it('joulecheck\'s own options after srun\'s are joulecheck\'s: both nodes report, none passed to srun', async () => {
    const out = join(dir, 'out-after');
    const r = await jcSrun(c, dir, out, ['-N2', '--ntasks-per-node=1'], { JC_SECONDS: '1' }, undefined, undefined, true);
    expect(r.code, r.stderr).toBe(0);
    const s = merged(out);
    expect(s.nodes!.map((n) => n.name)).toEqual(['n1', 'n2']);
    expect(s.incomplete).toBeUndefined();
    expect(s.interval_ms).toBe(100);
  }, 60_000);

  it('a task failing on one node: the exit code is kept, both node logs complete', async () => {
    const out = join(dir, 'out-fail');
    const r = await jcSrun(c, dir, out, ['-N2', '--ntasks-per-node=1'], { JC_SECONDS: '1', JC_FAIL_NODE: 'n2' });
    expect(r.code, r.stderr).toBe(3);
    const s = merged(out);
    expect(s.exit_code).toBe(3);
    expect(s.incomplete).toBeUndefined();
    expect(s.nodes!.map((n) => [n.name, n.exit_code])).toEqual([['n1', 0], ['n2', 3]]);
    for (const n of ['n1', 'n2']) expect((await readRunLog(join(out, `mn-1.${n}.log.ndjson`))).footer).not.toBeNull();
  }, 60_000);

  it('scancel mid-run: every node log ends with a footer, the run is summarized', async () => {
    const out = join(dir, 'out-cancel');
    let cancelled = false;
    const r = await jcSrun(c, dir, out, ['-N2', '--ntasks-per-node=1'], { JC_SECONDS: '30' }, (so) => {
      if (!cancelled && so.includes('task n1/0 up') && so.includes('task n2/0 up')) {
        cancelled = true;
        setTimeout(() => void execP('scancel', ['--user=root'], { env: c.env }), 800);
      }
    });
    expect(cancelled).toBe(true);
    expect(r.code).not.toBe(0);
    for (const n of ['n1', 'n2']) {
      const log = await readRunLog(join(out, `mn-1.${n}.log.ndjson`));
      expect(log.footer, `node ${n}`).not.toBeNull();
      expect(log.footer!.duration_s).toBeLessThan(20);
    }
    const s = merged(out);
    expect(s.incomplete).toBeUndefined();
    expect(s.nodes!.every((n) => n.status === 'ok')).toBe(true);
  }, 60_000);

  it('Ctrl-C (SIGINT to joulecheck srun) reaches every node: each node log ends with a footer', async () => {
    const out = join(dir, 'out-int');
    let sent = false;
    let runner: ChildProcess | null = null;
    const r = await jcSrun(c, dir, out, ['-N2', '--ntasks-per-node=1'], { JC_SECONDS: '30' }, (so) => {
      if (!sent && so.includes('task n1/0 up') && so.includes('task n2/0 up')) {
        sent = true;
        setTimeout(() => runner?.kill('SIGINT'), 800);
      }
    }, (p) => (runner = p));
    expect(sent).toBe(true);
    expect(r.code).not.toBe(0);
    for (const n of ['n1', 'n2']) {
      const log = await readRunLog(join(out, `mn-1.${n}.log.ndjson`));
      expect(log.footer, `node ${n}`).not.toBeNull();
      expect(log.footer!.duration_s).toBeLessThan(20);
    }
    expect(merged(out).nodes!.map((n) => n.status)).toEqual(['ok', 'ok']);
  }, 60_000);

  it('a node whose meter died: named, totals labelled incomplete, the other node still counted', async () => {
    const out = join(dir, 'out-dead');
    const r = await jcSrun(c, dir, out, ['-N2', '--ntasks-per-node=1'], { JC_SECONDS: '2', JC_KILL_METER_NODE: 'n2' });
    expect(r.code).not.toBe(0);
    const s = merged(out);
    expect(s.incomplete).toBe(true);
    expect(s.missing_nodes).toEqual(['n2']);
    expect(s.nodes!.find((n) => n.name === 'n2')!.status).toMatch(/partial|missing/);
    expect(rel(s.nodes!.find((n) => n.name === 'n1')!.energy_j!.machine.cpu, NODES.n1!.pkg * 2)).toBeLessThan(0.005);
    expect(r.stderr).toMatch(/INCOMPLETE: .*n2/);
    expect(existsSync(join(out, 'mn-1.n1.node-summary.json'))).toBe(true);
  }, 60_000);
});
