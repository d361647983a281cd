// Runs every machine check (and, with loadSeconds, the load check) and builds the doctor report. The
// sensors are probed exactly as a metered run probes them, so what doctor says is what the run will do.
import { DOCTOR_SCHEMA, type DoctorCheck, type DoctorReport } from '../model/doctor.ts';
import { probeNvml, type NvmlProbe } from '../meter/nvml/probe.ts';
import { readNsPids } from '../meter/procfs/nspid.ts';
import { probeNvidiaSmi } from '../meter/smi/nvidia-smi.ts';
import { discoverRaplSync } from '../meter/rapl/powercap.ts';
import type { GpuProbe } from '../meter/types.ts';
import { readHostFacts, type HostFacts } from './facts.ts';
import { hostRoot } from '../meter/procfs/host-root.ts';
import { gpuChecks, type GpuSensorMode } from './gpu.ts';
import { amdChecks, amdDeviceNodes } from './gpu-amd.ts';
import { probeAmd } from '../meter/amd/probe.ts';
import type { ComponentVerdict } from '../model/doctor.ts';
import { nvidiaPresence } from './gpu-presence.ts';
import { loadChecks } from './load.ts';
import { processChecks } from './processes.ts';
import { probeZoneFiles, raplChecks } from './rapl.ts';

export interface DoctorOptions {
  powercapRoot: string;
  /** null: on PATH */
  nvidiaSmi: string | null;
  gpuSensor: GpuSensorMode;
  /** null: the system loader's libnvidia-ml.so.1 */
  nvmlLib: string | null;
  /** null: the system loader's libamd_smi.so / librocm_smi64.so.1 */
  amdSmiLib?: string | null;
  rocmSmiLib?: string | null;
  /** seconds of load, or null for none */
  loadSeconds: number | null;
  gpuAttribution?: 'process' | 'exclusive';
  env?: NodeJS.ProcessEnv;
}

/** A doctor run: its report, and the nvidia-smi probe it ran (null: not run), which a metered run may reuse. */
export interface DoctorRun {
  report: DoctorReport;
  smi: GpuProbe | null;
}

export async function runDoctor(o: DoctorOptions, extra: DoctorCheck[] = []): Promise<DoctorReport> {
  return (await runDoctorProbes(o, extra)).report;
}

export async function runDoctorProbes(o: DoctorOptions, extra: DoctorCheck[] = []): Promise<DoctorRun> {
  const env = o.env ?? process.env;
  const facts: HostFacts = readHostFacts(env);
  // nvidia-smi (child processes, ~1 s for pmon) runs while NVML and RAPL are probed on this thread
  const smiP: Promise<GpuProbe> | null = o.gpuSensor === 'auto' || o.gpuSensor === 'nvidia-smi' ? probeNvidiaSmi(o.nvidiaSmi, { env, timeoutMs: 5000 }) : null;
  const nvml: NvmlProbe | null = o.gpuSensor === 'auto' || o.gpuSensor === 'nvml' ? probeNvml(o.nvmlLib ?? undefined) : null;
  const discovery = discoverRaplSync(o.powercapRoot);
  const rapl = raplChecks({ root: o.powercapRoot, discovery, files: probeZoneFiles(o.powercapRoot, discovery.zones), facts });
  const smi = smiP ? await smiP : null;
  const present = nvidiaPresence(hostRoot(env));
  const amdOnly = o.gpuSensor === 'amdsmi' || o.gpuSensor === 'rocm-smi';
  const nv = gpuChecks({ mode: amdOnly ? 'none' : o.gpuSensor, nvml, smi, device: present.evidence, driverNotLoaded: present.evidence !== null && !present.driverLoaded, powercapRoot: o.powercapRoot === '/sys/class/powercap' ? null : o.powercapRoot });
  const amdProbe = o.gpuSensor === 'auto' || amdOnly ? probeAmd({ which: amdOnly ? (o.gpuSensor as 'amdsmi' | 'rocm-smi') : 'auto', amdSmiLib: o.amdSmiLib, rocmSmiLib: o.rocmSmiLib }) : null;
  const amd = o.gpuSensor === 'none' ? null : amdChecks({ probe: amdProbe, required: amdOnly, nodes: amdDeviceNodes(hostRoot(env)), user: facts.user, gids: facts.gids, groups: facts.groups });
  const rank: ComponentVerdict[] = ['absent', 'broken', 'estimated', 'measured'];
  const verdict = amd && rank.indexOf(amd.gpu) > rank.indexOf(nv.gpu) ? amd.gpu : nv.gpu;
  const gpu = {
    checks: [...(amdOnly ? [] : nv.checks), ...(amd?.checks ?? [])],
    gpu: verdict,
    gpuInUse: nv.gpuInUse || verdict === 'measured' || verdict === 'estimated',
  };
  const procs = processChecks({ facts, nsPids: readNsPids('self'), gpuInUse: gpu.gpuInUse, gpuAttribution: o.gpuAttribution, powercapRoot: o.powercapRoot === '/sys/class/powercap' ? null : o.powercapRoot });
  const load =
    o.loadSeconds !== null
      ? await loadChecks({ seconds: o.loadSeconds, discovery, smi: gpu.gpu === 'measured' && !(nvml?.ok ?? false) ? smi : null, env })
      : [];
  return {
    report: {
      schema: DOCTOR_SCHEMA,
      checks: [...rapl.checks, ...gpu.checks, ...procs, ...load, ...extra],
      components: { cpu: rapl.cpu, dram: rapl.dram, gpu: gpu.gpu },
    },
    smi,
  };
}
