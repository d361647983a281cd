// AMD GPU checks (gpu.amd.*): a ROCm library found and initialised (AMD SMI, else ROCm SMI), the energy
// counter per GPU, and the runner user in the groups that own /dev/kfd and /dev/dri/renderD* (without
// them ROCm SMI still reads sysfs, but the step's own ROCm programs cannot open the GPU). amdChecks is pure
// over the probe and the device nodes' groups; amdDeviceNodes reads those from the host root.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check, type ComponentVerdict, type DoctorCheck } from '../model/doctor.ts';
import type { AmdProbe } from '../meter/amd/probe.ts';
import type { GroupEntry } from './facts.ts';

/** A device node the GPU needs and the group that owns it. */
export interface AmdDeviceNode {
  path: string;
  gid: number;
}

export interface AmdCheckInput {
  /** null: not probed (the gpu-sensor names an NVIDIA sensor, or none) */
  probe: AmdProbe | null;
  /** asked for explicitly (gpu-sensor amdsmi / rocm-smi): a failure is a failure, not a note */
  required: boolean;
  /** /dev/kfd and /dev/dri/renderD* where they exist */
  nodes: AmdDeviceNode[];
  user: string;
  gids: number[];
  groups: GroupEntry[];
}

export interface AmdResult {
  checks: DoctorCheck[];
  gpu: ComponentVerdict;
}

/** /dev/kfd and the render nodes under `root` (the host root), with their owning group. */
export function amdDeviceNodes(root: string): AmdDeviceNode[] {
  const out: AmdDeviceNode[] = [];
  const add = (p: string): void => {
    try {
      out.push({ path: p, gid: statSync(join(root, p)).gid });
    } catch {
      /* absent */
    }
  };
  add('/dev/kfd');
  try {
    for (const e of readdirSync(join(root, '/dev/dri')).sort()) if (e.startsWith('renderD')) add(`/dev/dri/${e}`);
  } catch {
    /* no DRM nodes */
  }
  return out;
}

/** The exact command that puts `user` in the groups the nodes need. */
export function amdGroupsFix(user: string, groups: string[]): string {
  return `sudo usermod -aG ${groups.join(',')} ${user}\n# then restart the runner service so it picks up its new groups (sudo ./svc.sh stop && sudo ./svc.sh start); in a container: docker run --device /dev/kfd --device /dev/dri --group-add render --group-add video ...`;
}

export function amdChecks(i: AmdCheckInput): AmdResult {
  const checks: DoctorCheck[] = [];
  let gpu: ComponentVerdict = 'absent';
  const p = i.probe;
  if (p) {
    for (const t of p.tried) {
      const title = t.kind === 'amdsmi' ? 'AMD SMI' : 'ROCm SMI';
      const id = `gpu.amd.${t.kind}`;
      if (t.ok) checks.push(check(id, 'gpu', 'ok', `${title} ${t.path} initialised: ${p.gpus.length} GPU(s)`));
      else if (t.error) {
        // under auto, a library that is missing or finds no GPU on a machine without AMD device nodes is expected
        const status = !i.required && i.nodes.length === 0 ? 'ok' : i.required && !p.ok ? 'fail' : 'warn';
        const what = `${title} ${t.path} not usable: ${t.error.name}${t.error.code >= 0 ? ` (${t.error.code})` : ''}: ${t.error.meaning}`;
        checks.push(status === 'ok' ? check(id, 'gpu', 'ok', `${what} (no AMD GPU device node here either: no AMD GPU)`) : check(id, 'gpu', status, what, t.error.fix));
      }
    }
    if (p.ok) {
      const title = p.kind === 'amdsmi' ? 'amdsmi_get_energy_count' : 'rsmi_dev_energy_count_get';
      let measured = 0;
      for (const g of p.gpus) {
        const who = `GPU ${g.index} ${g.name} (${g.uuid})`;
        if (g.energyCounter) {
          measured++;
          checks.push(check(`gpu.amd.energy.${g.index}`, 'gpu', 'ok', `${who}: energy counter readable (${title}, ${g.resolutionUj} µJ per count)`));
        } else if (g.powerReadable) {
          measured++;
          checks.push(check(`gpu.amd.energy.${g.index}`, 'gpu', 'warn', `${who}: no energy counter; its power is polled (spikes between reads are missed)`, 'nothing to fix on this GPU: the counter needs a gpu_metrics file with an energy accumulator (amdgpu on Instinct MI100 and newer); a newer kernel driver may add it'));
        } else checks.push(check(`gpu.amd.energy.${g.index}`, 'gpu', 'fail', `${who}: neither energy nor power readable: its energy will be estimated`, 'check that the amdgpu driver exposes hwmon power (ls /sys/class/drm/card*/device/hwmon/*/power1_average) and that /sys is the host\'s'));
        if (g.partition) checks.push(check(`gpu.amd.partition.${g.index}`, 'gpu', 'warn', `${who} is in compute partition mode ${g.partition}: its power may be the whole GPU's`, 'for exact figures, run the step on whole GPUs (SPX mode: amd-smi set --compute-partition SPX), or use gpu-attribution exclusive when the whole GPU is the job\'s'));
      }
      gpu = measured > 0 ? 'measured' : 'estimated';
    } else if (i.nodes.some((n) => n.path === '/dev/kfd')) gpu = 'broken';
  }
  // the groups the device nodes need, by name
  if (i.nodes.length > 0) {
    const missing = [...new Set(i.nodes.filter((n) => !i.gids.includes(n.gid)).map((n) => i.groups.find((g) => g.gid === n.gid)?.name ?? `gid ${n.gid}`))];
    const names = [...new Set(['render', 'video', ...missing.filter((m) => !m.startsWith('gid '))])];
    if (missing.length === 0) checks.push(check('gpu.amd.groups', 'gpu', 'ok', `${i.user} is in the groups of ${i.nodes.map((n) => n.path).join(', ')}`));
    else checks.push(check('gpu.amd.groups', 'gpu', 'warn', `${i.user} is not in ${missing.join(', ')}, which own ${i.nodes.filter((n) => !i.gids.includes(n.gid)).map((n) => n.path).join(', ')}: ROCm programs of the step cannot open the GPU`, amdGroupsFix(i.user, names)));
  }
  return { checks, gpu };
}
