#!/usr/bin/env node
// A process that "uses" AMD GPUs as the KFD shows it: it creates its own /sys/class/kfd/kfd/proc/<pid>
// entry in a fake tree (what opening /dev/kfd and creating queues does on a real driver), keeps it for
// the given seconds, then removes it and exits.
//
//   node test/fakes/amd-kfd-process.mjs <classDir> <seconds> <gpuId>:<cusInUse>[,...] [times.json]
//
// times.json, when given, gets {"from": ms, "to": ms} (epoch) of the time its entry existed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

import { join } from 'node:path';

const [classDir, seconds, uses, timesPath] = process.argv.slice(2);
const p = join(classDir, 'kfd', 'kfd', 'proc', String(process.pid));
mkdirSync(join(p, 'queues'), { recursive: true });
writeFileSync(join(p, 'pasid'), `${(process.pid % 60000) + 1}\n`);
uses.split(',').forEach((u, q) => {
  const [gpuId, cus] = u.split(':');
  mkdirSync(join(p, 'queues', String(q)), { recursive: true });
  writeFileSync(join(p, 'queues', String(q), 'gpuid'), `${gpuId}\n`);
  writeFileSync(join(p, `vram_${gpuId}`), `${1 << 20}\n`);
  writeFileSync(join(p, `sdma_${gpuId}`), '0\n');
  mkdirSync(join(p, `stats_${gpuId}`), { recursive: true });
  writeFileSync(join(p, `stats_${gpuId}`, 'cu_occupancy'), `${cus}\n`);
});
const from = Date.now();
const end = () => {
  rmSync(p, { recursive: true, force: true });
  if (timesPath) writeFileSync(timesPath, JSON.stringify({ from, to: Date.now() }));
  process.exit(0);
};
process.on('SIGTERM', end);
setTimeout(end, Number(seconds) * 1000);
