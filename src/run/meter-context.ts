// Builds the MeterContext once per invocation: host facts, sensor discovery (and why a sensor is not
// used), estimate parameters for estimated components, attribution policies, carbon context, git.
// Discovery problems never throw: they become `kind: none/estimated` with the reason in the header.
// Bad carbon settings (unknown region) DO throw, before the command starts: a typo must not hide.
import { cpus, hostname, release, arch, platform } from 'node:os';
import type { LogHeader, SensorStatus } from '../model/log.ts';
import { resolveCarbon } from '../carbon/resolve.ts';
import { discoverRaplSync, openRapl } from '../meter/rapl/powercap.ts';
import { readCpuModel } from '../meter/procfs/cpu-model.ts';
import { hostMemTotal, hostRoot } from '../meter/procfs/host-root.ts';
import { TREE_ATTRIBUTION } from '../meter/procfs/proc-tree.ts';
import type { MeterContext } from '../meter/sampling/sampler.ts';
import { cpuPowerModel } from '../accounting/hardware.ts';
import { describeModel, dramPowerModel } from '../accounting/estimate.ts';
import { VERSION } from '../model/version.ts';
import { GPU_EXCLUSIVE_POLICY, GPU_IDLE_POLICY } from '../accounting/attribution.ts';
import type { MeterOptions } from './options.ts';
import { chooseGpuSensor, type PriorProbes } from './gpu-chain.ts';

/** The interval at which a real-time carbon provider is polled (grids publish every 5-60 min). */
export const REALTIME_POLL_MS = 5 * 60_000;


/** The carbon settings resolved; throws on bad ones (unknown region), before anything starts. */
export function resolveMeterCarbon(opts: Pick<MeterOptions, 'region' | 'cloudRegion' | 'intensity'>): ReturnType<typeof resolveCarbon> {
  return resolveCarbon({ region: opts.region, cloudRegion: opts.cloudRegion, intensity: opts.intensity });
}

export async function buildMeterContext(opts: MeterOptions, env: NodeJS.ProcessEnv = process.env, prior: PriorProbes = {}): Promise<MeterContext> {
  const notes: string[] = [];
  const carbon = resolveMeterCarbon(opts);
  if (carbon.context.warning) notes.push(carbon.context.warning);
  let pue = opts.pue;
  if (pue === null) {
    if (carbon.pue) {
      pue = carbon.pue.value;
      notes.push(`PUE ${pue} from ${carbon.pue.source}`);
    } else {
      pue = 1;
      notes.push('PUE 1.0 assumed (no pue given and no cloud region with a published PUE)');
    }
  }

  const root = hostRoot(env);
  const cpuModel = readCpuModel(root);
  const logical = Math.max(1, cpus().length);
  const memTotal = hostMemTotal(root);

  // RAPL
  const rapl = discoverRaplSync(opts.powercapRoot);
  notes.push(...rapl.notes);
  const raplUsable = rapl.cpu.kind === 'measured' || rapl.dram.kind === 'measured';

  // GPUs: NVML counter -> NVML power -> nvidia-smi -> estimate (gpu-chain.ts)
  const gpuChoice = await chooseGpuSensor(opts, env, undefined, prior);
  notes.push(...gpuChoice.notes);

  const estimate: NonNullable<LogHeader['estimate']> = {};
  const why = (s: SensorStatus): string => (s.detail ? ` (${s.detail})` : '');
  let cpu: SensorStatus = rapl.cpu;
  if (cpu.kind !== 'measured') {
    estimate.cpu = cpuPowerModel(cpuModel, logical);
    cpu = { kind: 'estimated', model: estimate.cpu.model, detail: `${describeModel(estimate.cpu)}; RAPL not used${why(rapl.cpu)}` };
  }
  let dram: SensorStatus = rapl.dram;
  if (dram.kind !== 'measured') {
    estimate.dram = dramPowerModel(memTotal);
    dram = { kind: 'estimated', model: estimate.dram.model, detail: `${describeModel(estimate.dram)}; RAPL dram not used${why(rapl.dram)}` };
  }
  const gpu: SensorStatus = gpuChoice.status;
  if (gpuChoice.estimate) {
    estimate.gpu = gpuChoice.estimate.gpu;
    estimate.gpus = gpuChoice.estimate.gpus;
  }

  const header: MeterContext['header'] = {
    schema: 'joulecheck/log@1',
    tool: { name: 'joulecheck', version: VERSION },
    interval_ms: opts.intervalMs,
    pue,
    host: {
      hostname: hostname(),
      platform: platform(),
      kernel: release(),
      arch: arch(),
      cpu_model: cpuModel,
      logical_cpus: logical,
      mem_total_bytes: memTotal,
      gpus: gpuChoice.gpus,
    },
    sensors: { cpu, dram, gpu, notes },
    ...(rapl.zones.length > 0 ? { rapl: { root: rapl.root, zones: rapl.zones } } : {}),
    ...(gpuChoice.sampling ? { gpu_sampling: gpuChoice.sampling } : {}),
    ...(Object.keys(estimate).length > 0 ? { estimate } : {}),
    attribution: {
      children: TREE_ATTRIBUTION,
      gpu_idle: opts.gpuAttribution === 'exclusive' ? GPU_EXCLUSIVE_POLICY : GPU_IDLE_POLICY,
      gpu_mode: opts.gpuAttribution,
    },
    carbon: carbon.context,
    ...(opts.node ? { node: { name: opts.node.name, run_id: opts.node.runId } } : {}),
    ...(env.GITHUB_SHA || env.GITHUB_REF
      ? { git: { ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}), ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) } }
      : {}),
  };

  let realtime: MeterContext['realtime'] = null;
  if (opts.provider) {
    if (carbon.context.intensity_kind === 'override') {
      notes.push(`carbon-provider ${opts.provider} not polled: a fixed carbon intensity was given`);
    } else {
      realtime = {
        provider: opts.provider,
        token: opts.token,
        zone: carbon.context.region,
        pollMs: REALTIME_POLL_MS,
        ...(opts.providerBaseUrl ? { baseUrl: opts.providerBaseUrl } : {}),
      };
    }
  }

  return {
    header,
    openRapl: raplUsable ? () => openRapl(rapl) ?? failRapl() : null,
    startGpu: gpuChoice.start,
    realtime,
  };
}

function failRapl(): never {
  throw new Error('no counted RAPL zone could be opened');
}

/** Header fields for a quick look (tests, demo). */
export function describeSensors(h: Pick<LogHeader, 'sensors'>): string {
  const one = (name: string, s: SensorStatus) => `${name}: ${s.kind}${s.sensor ? ` (${s.sensor})` : s.model ? ` (${s.model})` : ''}`;
  return [one('cpu', h.sensors.cpu), one('dram', h.sensors.dram), one('gpu', h.sensors.gpu)].join(', ');
}
