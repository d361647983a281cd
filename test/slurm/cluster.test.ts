// The SLURM test cluster itself: it starts, runs a two-node step (nodes told apart by SLURMD_NODENAME,
// since every emulated node shares this machine's hostname) and stops without leaving daemons behind.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slurmAvailable, startCluster, type Cluster } from './cluster.ts';

const run = promisify(execFile);

describe('SLURM test cluster', () => {
  if (!slurmAvailable()) return;
  let c: Cluster;
  beforeAll(async () => {
    c = await startCluster({ nodes: ['n1', 'n2', 'n3'] });
  });
  afterAll(async () => c?.stop());

  it('runs one task per node, each seeing its own node name', async () => {
    const r = await run('srun', ['-N3', '--ntasks-per-node=1', 'bash', '-c', 'echo $SLURMD_NODENAME $SLURM_NODEID $SLURM_LOCALID'], { env: c.env });
    const lines = r.stdout.trim().split('\n').sort();
    expect(lines).toEqual(['n1 0 0', 'n2 1 0', 'n3 2 0']);
  });

  it('stops every daemon it started and removes its directory', async () => {
    const other = await startCluster({ nodes: ['a1'] });
    const pids = ['slurmctld.pid', 'slurmd-a1.pid', 'munge/munged.pid'].map((f) => Number(readFileSync(`${other.dir}/${f}`, 'utf8').trim()));
    for (const p of pids) expect(existsSync(`/proc/${p}`), `pid ${p}`).toBe(true);
    await other.stop();
    const zombieOrGone = (p: number) => !existsSync(`/proc/${p}`) || /\) Z /.test(readFileSync(`/proc/${p}/stat`, 'utf8'));
    for (const p of pids) expect(zombieOrGone(p), `pid ${p} still running`).toBe(true);
    expect(existsSync(other.dir)).toBe(false);
  });
});
