import { startCluster } from './cluster.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
const c = await startCluster();
try {
  const r = spawnSync(process.execPath, ['src/cli.ts', 'srun', '--out', '/tmp/jc-smoke', '--label', 'sm', '-N2', '--ntasks-per-node=2', '--', 'bash', '-c', 'echo hi from $SLURMD_NODENAME $SLURM_LOCALID; timeout 1 sh -c "while :; do :; done"; exit 0'], { env: c.env, encoding: 'utf8' });
  console.log(r.status, r.stdout, r.stderr);
  const s = JSON.parse(readFileSync('/tmp/jc-smoke/sm-1.summary.json', 'utf8'));
  console.log(JSON.stringify({ ...s, nodes: s.nodes.map((n: any) => ({ name: n.name, status: n.status, sensors: n.sensors, e: n.energy_j.attributed })) }, null, 1).slice(0, 3000));
  for (const n of ['n1','n2']) { const l = readFileSync(`/tmp/jc-smoke/sm-1.${n}.log.ndjson`,'utf8').split('\n').filter(Boolean).map(x=>JSON.parse(x)); console.log(n, l.filter((x:any)=>x.type==='sample').map((x:any)=>x.procs+':'+x.tree).join(' ')); }
} finally { await c.stop(); }
