// One task of the test job step. The first task on a node (SLURM_LOCALID=0, the one its node meter
// starts) advances its node's fake powercap counters at the node's known power for JC_SECONDS s, then
// writes the exact value at JC_SECONDS; every other task burns CPU for as long. Node-specific behaviour:
//   JC_FAIL_NODE=<node>       that node's tasks exit 3
//   JC_KILL_METER_NODE=<node> that node's first task kills its meter (SIGKILL) once it has run a while
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PowercapWriter, type PowerProfile } from '../fakes/powercap.ts';

const node = process.env.SLURMD_NODENAME ?? 'none';
const local = process.env.SLURM_LOCALID ?? '0';
const seconds = Number(process.env.JC_SECONDS ?? '2');
const dir = process.env.JC_TEST_DIR!;
const failCode = process.env.JC_FAIL_NODE === node ? 3 : 0;
process.stdout.write(`task ${node}/${local} up\n`);

if (local === '0') {
  const spec = JSON.parse(readFileSync(join(dir, 'nodes', node, 'truth.json'), 'utf8')) as { zones: Record<string, PowerProfile> };
  const writer = new PowercapWriter(join(dir, 'nodes', node, 'class', 'powercap'), spec.zones);
  writer.start(20, seconds);
  const finish = (code: number): void => {
    writer.stop();
    process.stdout.write(`task ${node}/${local} done\n`);
    process.exit(code);
  };
  process.on('SIGTERM', () => finish(143));
  process.on('SIGINT', () => finish(130));
  if (process.env.JC_KILL_METER_NODE === node) setTimeout(() => process.kill(process.ppid, 'SIGKILL'), 600);
  setTimeout(() => {
    writer.stop(seconds);
    process.stdout.write(`task ${node}/${local} done\n`);
    process.exit(failCode);
  }, seconds * 1000);
} else {
  const end = Date.now() + seconds * 1000;
  const tick = (): void => {
    const until = Date.now() + 50;
    while (Date.now() < until) {
      // burn: the meter must see this task's CPU time in its node's tree
    }
    if (Date.now() < end) setImmediate(tick);
    else {
      process.stdout.write(`task ${node}/${local} done\n`);
      process.exit(failCode);
    }
  };
  process.on('SIGTERM', () => process.exit(143));
  process.on('SIGINT', () => process.exit(130));
  tick();
}
