// Builds the MeterContext once per invocation: host facts, sensor discovery (and why a sensor is not
// used), estimate parameters for estimated components, attribution policies, carbon context, git.
// Discovery problems never throw: they become `kind: none/estimated` with the reason in the header.
// Bad carbon settings (unknown region) DO throw, before the command starts: a typo must not hide.
import { cpus, hostname, release, totalmem, arch, platform } from 'node:os';
import type { LogHeader, PowerModel, SensorStatus } from '../model/log.ts';
import { resolveCarbon } from '../carbon/resolve.ts';
import { discoverRaplSync, openRapl } from '../meter/powercap.ts';
import { readCpuModel } from '../meter/cpu-model.ts';
import { TREE_ATTRIBUTION } from '../meter/proc-tree.ts';
import type { MeterContext } from '../meter/sampler.ts';
import type { GpuProbe } from '../meter/types.ts';
import { gpuSamplingMethod, probeNvidiaSmi, startGpuMeter } from '../meter/nvidia-smi.ts';
import { cpuPowerModel, gpuPowerModel } from '../accounting/hardware.ts';
import { describeModel, dramPowerModel } from '../accounting/estimate.ts';
import { VERSION } from '../model/version.ts';
import { GPU_IDLE_POLICY } from '../accounting/attribution.ts';
import type { MeterOptions } from './options.ts';

/** The interval at which a real-time carbon provider is polled (grids publish every 5-60 min). */
export const REALTIME_POLL_MS = 5 * 60_000;


export async function buildMeterContext(opts: MeterOptions, env: NodeJS.ProcessEnv = process.env): Promise<MeterContext> {
  const notes: string[] = [];
  const carbon = resolveCarbon({ region: opts.region, cloudRegion: opts.cloudRegion, intensity: opts.intensity });
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

  const cpuModel = readCpuModel();
  const logical = Math.max(1, cpus().length);
  const memTotal = totalmem();

  // RAPL
  const rapl = discoverRaplSync(opts.powercapRoot);
  notes.push(...rapl.notes);
  const raplUsable = rapl.cpu.kind === 'measured' || rapl.dram.kind === 'measured';

  // GPUs
  const probe: GpuProbe = await probeNvidiaSmi(opts.nvidiaSmi, { env });
  notes.push(...probe.notes);

  const estimate: { cpu?: PowerModel; dram?: PowerModel; gpu?: PowerModel } = {};
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
  let gpu: SensorStatus = probe.status;
  if (probe.available && probe.status.kind === 'estimated' && probe.gpus[0]) {
    estimate.gpu = gpuPowerModel(probe.gpus[0].name, probe.gpus[0].power_limit_w ?? undefined);
    gpu = { ...probe.status, model: probe.status.model ?? estimate.gpu.model };
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
      gpus: probe.gpus,
    },
    sensors: { cpu, dram, gpu, notes },
    ...(rapl.zones.length > 0 ? { rapl: { root: rapl.root, zones: rapl.zones } } : {}),
    ...(probe.available
      ? {
          gpu_sampling: {
            method: gpuSamplingMethod(probe, opts.intervalMs),
            fields: probe.fields,
            interval_ms: opts.intervalMs,
            per_process: probe.per_process,
          },
        }
      : {}),
    ...(Object.keys(estimate).length > 0 ? { estimate } : {}),
    attribution: { children: TREE_ATTRIBUTION, gpu_idle: GPU_IDLE_POLICY },
    carbon: carbon.context,
    ...(opts.node ? { node: { name: opts.node.name, run_id: opts.node.runId } } : {}),
    ...(env.GITHUB_SHA || env.GITHUB_REF ? { git: { ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}), ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) } } : {}),
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
    startGpu: probe.available
      ? (intervalMs, onEvent, since) => startGpuMeter(probe, intervalMs, onEvent, { env, since })
      : null,
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
