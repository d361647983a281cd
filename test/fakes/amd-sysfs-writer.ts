#!/usr/bin/env node
// Advances a fake amdgpu sysfs tree (test/fakes/amd-sysfs.ts) along a scenario, from its own process, so
// the real ROCm SMI library in another process (the CLI in its mount namespace) reads it like a driver's:
// each GPU's gpu_metrics energy accumulator (the exact integral of the power steps, in counts of
// resolution_uj; modulo 2^32 when start_counts is given, as a 32-bit accumulator), hwmon power1_average and
// gpu_busy_percent, rewritten every period_ms.
//
//   node test/fakes/amd-sysfs-writer.ts <classDir> <scenario.json> <layout.json>
//
// Prints `ready <epoch ms of t = 0>` once the first values are written; runs until SIGTERM, then prints
// `done <t_s>`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gpuMetrics, stepIntegral, writeAtomic, type AmdScenario, type RocmLayout } from './amd-sysfs.ts';

const [classDir, scenarioPath, layoutPath] = process.argv.slice(2);
if (!classDir || !scenarioPath || !layoutPath) {
  process.stderr.write('usage: node test/fakes/amd-sysfs-writer.ts <classDir> <scenario.json> <layout.json>\n');
  process.exit(2);
}
const sc = JSON.parse(readFileSync(scenarioPath, 'utf8')) as AmdScenario;
const layout = JSON.parse(readFileSync(layoutPath, 'utf8')) as RocmLayout;
const res = sc.resolution_uj ?? 15.3;
const dev = (i: number): string => join(classDir, 'devs', 'pci0000:00', `0000:${(i + 3).toString(16).padStart(2, '0')}:00.0`);
const t0 = performance.now();
const epoch0 = Date.now() - (performance.now() - t0);

const write = (): number => {
  const t = (performance.now() - t0) / 1000;
  sc.gpus.forEach((g, i) => {
    const d = dev(i);
    let counts = Math.floor((stepIntegral(g.steps, 0, t) * 1e6) / res);
    if (sc.start_counts !== undefined) counts = (sc.start_counts + counts) % 2 ** 32;
    const now = g.steps.filter(([s]) => s <= t).pop()?.[1] ?? 0;
    if (g.metrics !== false) writeAtomic(join(d, 'gpu_metrics'), gpuMetrics(layout, { energyCounts: counts, tsNs: t * 1e9, busy: g.busy, powerW: now }));
    writeAtomic(join(d, 'hwmon', `hwmon${i + 2}`, 'power1_average'), `${Math.round(now * 1e6)}\n`);
    writeAtomic(join(d, 'gpu_busy_percent'), `${g.busy}\n`);
  });
  return t;
};
write();
process.stdout.write(`ready ${epoch0}\n`);
const timer = setInterval(write, sc.period_ms ?? 5);
const finish = (): void => {
  clearInterval(timer);
  process.stdout.write(`done ${write()}\n`);
  process.exit(0);
};
process.on('SIGTERM', finish);
process.on('SIGINT', finish);
