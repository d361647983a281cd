// The shipped bundle (dist/main.js) with `launcher: srun`, run as the runner runs it, on a real local SLURM
// cluster (two emulated nodes, each with its own fake sensors) and the local GitHub servers: the run
// command becomes a job step with one meter per node, the merged summary sets the step outputs and the
// job summary, and the artifact carries the merged summary and both node logs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/github/zip.ts';
import { Summary } from '../../src/model/summary.ts';
import { slurmAvailable, startCluster, type Cluster } from '../slurm/cluster.ts';
import { NODES, sensorOptions, setupNodes, TASK } from '../slurm/nodes.ts';
import { tempDir } from './fixtures.ts';
import { runStep, startEnv, type Env } from './harness.ts';

const SHA = '9'.repeat(40);

describe('action launcher: srun through dist/', () => {
  if (!slurmAvailable()) return;
  let env: Env;
  let c: Cluster;
  beforeAll(async () => {
    [env, c] = await Promise.all([startEnv(), startCluster({ nodes: ['n1', 'n2'] })]);
  }, 90_000);
  afterAll(async () => {
    await c?.stop();
    await env?.stop();
  });

  it('meters each node, merges, publishes the merged totals and uploads every node log', async () => {
    const ws = tempDir('jc-ws-srun-');
    setupNodes(ws);
    const out = join(ws, 'out');
    const sensors = sensorOptions(ws);
    const run = env.world.addRun({ headSha: SHA, event: 'push', headBranch: 'main' });
    const r = await runStep(env, {
      entry: 'main',
      inputs: {
        mode: 'run', launcher: 'srun', 'srun-args': '-N2 --ntasks-per-node=2', run: `'${process.execPath}' '${TASK}'`,
        label: 'mn', out, 'interval-ms': '100', region: 'DE', 'powercap-root': sensors.powercapRoot, 'nvidia-smi': sensors.nvidiaSmi,
      },
      event: 'push',
      payload: { ref: 'refs/heads/main', after: SHA, repository: { full_name: env.world.fullName, default_branch: 'main', name: env.world.repo, owner: { login: env.world.owner } } },
      sha: SHA,
      ref: 'refs/heads/main',
      runId: run.id,
      cwd: ws,
      job: 'multinode',
      env: { SLURM_CONF: c.conf, JC_TEST_DIR: ws, JC_SECONDS: '2' },
      timeoutMs: 90_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // live output of every task passed through srun
    for (const t of ['n1/0', 'n1/1', 'n2/0', 'n2/1']) expect(r.stdout + r.stderr).toContain(`task ${t} done`);
    const s = Summary.parse(JSON.parse(readFileSync(join(out, 'mn-1.summary.json'), 'utf8')));
    expect(s.node_count).toBe(2);
    expect(s.incomplete).toBeUndefined();
    const cpuTruth = Object.values(NODES).reduce((a, n) => a + n.pkg * 2, 0);
    expect(Math.abs(s.energy_j.machine.cpu - cpuTruth) / cpuTruth).toBeLessThan(0.005);
    expect(Number(r.outputs['energy-j'])).toBeCloseTo(s.energy_j.total, 5);
    expect(r.summary).toContain('Ran on 2 nodes');
    const a = env.world.artifacts.find((x) => x.runId === run.id);
    expect(a, 'artifact').toBeTruthy();
    const res = await fetch(env.world.sasUrl(a!.blob, 'r'));
    const names = readZip(Buffer.from(await res.arrayBuffer())).map((e) => e.name.split('/').pop());
    expect(names).toEqual(expect.arrayContaining(['mn-1.summary.json', 'mn-1.n1.log.ndjson', 'mn-1.n2.log.ndjson']));
  }, 120_000);
});
