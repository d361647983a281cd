// Emulated nodes for the SLURM tests: each node name gets its own fake powercap tree (package and dram at
// known constant power, advanced by the node's first task, test/slurm/task.ts) and its own fake nvidia-smi
// (known constant power per GPU), found through {node} in --powercap-root and --nvidia-smi.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPowercapTree, type FakeZone, type PowerProfile } from '../fakes/powercap.ts';

export const TASK = resolve(import.meta.dirname, 'task.ts');
const FAKE_SMI = resolve(import.meta.dirname, '../fakes/nvidia-smi');

interface Done { code: number | null; signal: string | null; stdout: string; stderr: string }
export type { Done };

/** per node: package and dram power, GPU powers (W); different on each node so a swap would show */
export const NODES: Record<string, { pkg: number; dram: number; gpus: number[] }> = {
  n1: { pkg: 40, dram: 5, gpus: [150, 210] },
  n2: { pkg: 65, dram: 8, gpus: [300] },
};

export function setupNodes(dir: string): void {
  for (const [name, n] of Object.entries(NODES)) {
    const nd = join(dir, 'nodes', name);
    mkdirSync(nd, { recursive: true });
    const zones: FakeZone[] = [
      { id: 'intel-rapl:0', name: 'package-0', max_energy_range_uj: 262_143_328_850, energy_uj: 5_000_000 },
      { id: 'intel-rapl:0:0', name: 'dram', max_energy_range_uj: 262_143_328_850, energy_uj: 1_000 },
    ];
    buildPowercapTree(nd, zones);
    const truth: { zones: Record<string, PowerProfile> } = { zones: { 'intel-rapl:0': [[0, n.pkg]], 'intel-rapl:0:0': [[0, n.dram]] } };
    writeFileSync(join(nd, 'truth.json'), JSON.stringify(truth));
    const gpus = n.gpus.map((w, i) => ({ power: [[0, w]], util: [[0, 80]], uuid: `GPU-${name}-${i}-0000-0000-000000000000` }));
    writeFileSync(join(nd, 'gpus.json'), JSON.stringify({ gpus }));
    const smi = join(nd, 'nvidia-smi');
    writeFileSync(smi, `#!/bin/sh\nJOULECHECK_FAKE_NVSMI='${join(nd, 'gpus.json')}' exec '${process.execPath}' '${FAKE_SMI}' "$@"\n`);
    chmodSync(smi, 0o755);
  }
}


/** the per-node sensor options: {node} picks each node's own fake sensors */
export function sensorOptions(dir: string): { powercapRoot: string; nvidiaSmi: string } {
  return { powercapRoot: join(dir, 'nodes', '{node}', 'class', 'powercap'), nvidiaSmi: join(dir, 'nodes', '{node}', 'nvidia-smi') };
}
