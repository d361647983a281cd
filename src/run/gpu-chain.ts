// Which GPU sensor meters this run, in the order of trust: the NVML energy counter, NVML polled power
// (GPUs without the counter), the nvidia-smi stream (polled power; the library may be missing in a
// container), then an estimate from utilisation. AMD GPUs go through AMD SMI, else ROCm SMI (energy
// counter, else polled power); under auto after NVIDIA, and a machine with both vendors meters each GPU
// with its own sensor. Every step down says why in the header's notes, and the status names the sensor
// ('nvml' | 'nvidia-smi' | 'amdsmi' | 'rocm-smi') and the method ("energy counter" | "polled power").
import type { GpuInfo, LogHeader, PowerModel, SensorStatus } from '../model/log.ts';
import { gpuPowerModel } from '../accounting/hardware.ts';
import { describeModel } from '../accounting/estimate.ts';
import { gpuSamplingMethod, probeNvidiaSmi, startSmiMeter } from '../meter/smi/nvidia-smi.ts';
import { nvmlGpuInfo, nvmlSamplingMethod, nvmlSensorStatus, startNvmlMeter } from '../meter/nvml/meter.ts';
import { openNvmlSession, type NvmlSession } from '../meter/nvml/probe.ts';
import { createHostPidMapper } from '../meter/procfs/nspid.ts';
import { amdGpuInfo, amdSamplingMethod, amdSensorStatus, startAmdMeter } from '../meter/amd/meter.ts';
import { openAmdSession, type AmdSession } from '../meter/amd/probe.ts';
import type { MeterContext } from '../meter/sampling/sampler.ts';
import type { GpuMeter, GpuProbe } from '../meter/types.ts';
import type { MeterOptions } from './options.ts';

export interface GpuChoice {
  status: SensorStatus;
  gpus: GpuInfo[];
  sampling: LogHeader['gpu_sampling'] | null;
  /** the first GPU's model and each GPU's own (estimated GPUs only) */
  estimate: { gpu: PowerModel; gpus: Record<string, PowerModel> } | null;
  notes: string[];
  start: MeterContext['startGpu'];
}

/** Each GPU's own estimate model (mixed models on one machine). */
function models(gpus: GpuInfo[]): GpuChoice['estimate'] {
  if (gpus.length === 0) return null;
  const by: Record<string, PowerModel> = {};
  for (const g of gpus) by[g.uuid] = gpuPowerModel(g.name, g.power_limit_w ?? undefined);
  return { gpu: by[gpus[0]!.uuid]!, gpus: by };
}

function estimatedDetail(e: NonNullable<GpuChoice['estimate']>, why: string): string {
  const distinct = [...new Map(Object.values(e.gpus).map((m) => [describeModel(m), m])).values()];
  return `${why}; GPU energy estimated from utilisation: ${distinct.map(describeModel).join('; ')}`;
}

/** Probes already run for this step (the action's sensor checks), so the GPUs are not probed twice. */
export interface PriorProbes {
  /** an nvidia-smi probe with the same binary and environment; reused only when it found the GPUs (a
   * failed one, perhaps timed out on a slow driver start, is tried again with the meter's own timeout) */
  smi?: GpuProbe | null;
}

export async function chooseGpuSensor(opts: MeterOptions, env: NodeJS.ProcessEnv, hostProcRoot?: string, prior: PriorProbes = {}): Promise<GpuChoice> {
  const notes: string[] = [];
  const none = (detail: string): GpuChoice => ({ status: { kind: 'none', detail }, gpus: [], sampling: null, estimate: null, notes, start: null });
  if (opts.gpuSensor === 'none') return none('disabled (gpu-sensor none)');
  if (opts.gpuSensor === 'auto' && opts.nvidiaSmi === 'none') return none('disabled (nvidia-smi none)');
  if (opts.gpuSensor === 'amdsmi' || opts.gpuSensor === 'rocm-smi') {
    const amd = openAmdSession({ which: opts.gpuSensor, amdSmiLib: opts.amdSmiLib, rocmSmiLib: opts.rocmSmiLib });
    notes.push(...amd.notes);
    return amd.probe.ok ? amdChoice(amd, opts, notes, hostProcRoot) : none(amdWhy(amd));
  }
  const nvidia = await chooseNvidia(opts, env, notes, hostProcRoot, prior);
  if (opts.gpuSensor !== 'auto') return nvidia;
  // auto: AMD after NVIDIA; a machine with both meters each GPU with its own sensor
  const amd = openAmdSession({ which: 'auto', amdSmiLib: opts.amdSmiLib, rocmSmiLib: opts.rocmSmiLib });
  if (!amd.probe.ok) {
    // on an NVIDIA machine a ROCm library that is simply not installed is no news
    if (nvidia.gpus.length === 0 || amd.probe.tried.some((t) => t.error?.name !== 'library not found' && t.error?.name !== 'not bound')) notes.push(...amd.notes);
    return nvidia;
  }
  notes.push(...amd.notes);
  const a = amdChoice(amd, opts, notes, hostProcRoot);
  return nvidia.gpus.length === 0 ? a : mixedChoice(nvidia, a);
}

function amdWhy(s: AmdSession): string {
  return s.probe.tried.map((t) => `${t.kind === 'amdsmi' ? 'AMD SMI' : 'ROCm SMI'} not used (${t.error?.name ?? 'error'}: ${t.error?.meaning ?? '?'})`).join('; ');
}

function amdChoice(session: AmdSession, opts: MeterOptions, notes: string[], hostProcRoot?: string): GpuChoice {
  const measured = amdSensorStatus(session);
  const gpus = amdGpuInfo(session);
  const estimate = measured ? null : models(gpus);
  const status: SensorStatus = measured ?? { kind: 'estimated', sensor: session.probe.kind ?? 'rocm-smi', model: estimate!.gpu.model, detail: estimatedDetail(estimate!, 'the ROCm library answers but reads neither energy nor power on any GPU') };
  let first: AmdSession | null = session;
  return {
    status,
    gpus,
    sampling: { method: amdSamplingMethod(session, opts.intervalMs), fields: [], interval_ms: opts.intervalMs, per_process: 'amd', sensor: session.probe.kind ?? 'rocm-smi' },
    estimate,
    notes,
    // the probe's session serves the first run; each repeat after it opens its own (stop() shuts it down)
    start: (intervalMs, onEvent, since) => {
      const s = first ?? openAmdSession({ which: session.probe.kind ?? 'auto', amdSmiLib: opts.amdSmiLib, rocmSmiLib: opts.rocmSmiLib });
      first = null;
      return startAmdMeter(s, intervalMs, onEvent, { since, ...(hostProcRoot ? { hostPids: createHostPidMapper(hostProcRoot) } : {}) });
    },
  };
}

/** NVIDIA and AMD GPUs on one machine: each GPU with its own sensor, one meter that asks both. */
function mixedChoice(nv: GpuChoice, amd: GpuChoice): GpuChoice {
  const kind = nv.status.kind === 'measured' || amd.status.kind === 'measured' ? 'measured' : nv.status.kind === 'estimated' || amd.status.kind === 'estimated' ? 'estimated' : 'none';
  const status: SensorStatus = {
    kind,
    sensor: [nv.status.sensor, amd.status.sensor].filter(Boolean).join('+'),
    ...(nv.status.model ?? amd.status.model ? { model: nv.status.model ?? amd.status.model } : {}),
    detail: `NVIDIA: ${nv.status.detail ?? nv.status.kind}; AMD: ${amd.status.detail ?? amd.status.kind}`,
  };
  const e = nv.estimate || amd.estimate ? { gpu: (nv.estimate ?? amd.estimate)!.gpu, gpus: { ...nv.estimate?.gpus, ...amd.estimate?.gpus } } : null;
  const sampling = nv.sampling && amd.sampling
    ? { ...nv.sampling, method: `NVIDIA: ${nv.sampling.method}; AMD: ${amd.sampling.method}`, sensor: undefined }
    : (nv.sampling ?? amd.sampling);
  return {
    status,
    gpus: [...nv.gpus, ...amd.gpus],
    sampling,
    estimate: e,
    notes: nv.notes,
    start: nv.start && amd.start
      ? async (intervalMs, onEvent, since) => combineMeters(await nv.start!(intervalMs, onEvent, since), await amd.start!(intervalMs, onEvent, since))
      : (nv.start ?? amd.start),
  };
}

/** One GpuMeter over two: readings concatenated; the first's per-tick reads go to the ticks, the second keeps its own timer. */
function combineMeters(a: GpuMeter, b: GpuMeter): GpuMeter {
  return {
    gpus: [...a.gpus, ...b.gpus],
    method: `${a.method}; ${b.method}`,
    take: (now, tree) => [...a.take(now, tree), ...b.take(now, tree)],
    finish: () => {
      a.finish?.();
      b.finish?.();
    },
    stop: async () => {
      await Promise.allSettled([a.stop(), b.stop()]);
    },
    ...(a.takeOverReads ? { takeOverReads: a.takeOverReads } : {}),
  };
}

async function chooseNvidia(
  opts: MeterOptions, env: NodeJS.ProcessEnv, notes: string[], hostProcRoot: string | undefined, prior: PriorProbes,
): Promise<GpuChoice> {
  const none = (detail: string): GpuChoice => ({ status: { kind: 'none', detail }, gpus: [], sampling: null, estimate: null, notes, start: null });

  // 1-2: NVML (counter, else polled power)
  let session: NvmlSession | null = null;
  let nvmlWhy = '';
  if (opts.gpuSensor === 'auto' || opts.gpuSensor === 'nvml') {
    session = openNvmlSession(opts.nvmlLib ?? undefined);
    notes.push(...session.notes);
    const status = session.probe.ok ? nvmlSensorStatus(session) : null;
    if (status) return nvmlChoice(session, status, opts, notes, hostProcRoot);
    nvmlWhy = session.probe.ok
      ? 'NVML answers but reads neither energy nor power on any GPU'
      : `NVML not used (${session.probe.error?.name ?? 'error'}: ${session.probe.error?.meaning ?? '?'})`;
    if (!session.probe.ok) session = null;
  }

  // 3: the nvidia-smi stream
  let smi: GpuProbe | null = null;
  if (opts.gpuSensor === 'auto' || opts.gpuSensor === 'nvidia-smi') {
    smi = prior.smi?.available ? prior.smi : await probeNvidiaSmi(opts.nvidiaSmi === 'none' ? 'none' : opts.nvidiaSmi, { env });
    notes.push(...smi.notes);
    if (smi.available && smi.status.kind === 'measured') {
      session?.close();
      return smiChoice(smi, { ...smi.status, detail: `polled power: ${smi.status.detail ?? 'nvidia-smi'}${nvmlWhy ? `; ${nvmlWhy}` : ''}` }, opts, notes, env, hostProcRoot);
    }
  }

  // 4: an estimate from utilisation (NVML's, else nvidia-smi's)
  if (session) {
    const gpus = nvmlGpuInfo(session);
    const e = models(gpus)!;
    const status: SensorStatus = { kind: 'estimated', sensor: 'nvml', model: e.gpu.model, detail: estimatedDetail(e, nvmlWhy) };
    return { ...nvmlChoice(session, status, opts, notes, hostProcRoot), estimate: e };
  }
  if (smi?.available) {
    const e = models(smi.gpus)!;
    const status: SensorStatus = { ...smi.status, model: smi.status.model ?? e.gpu.model, detail: `${smi.status.detail ?? ''}${nvmlWhy ? `; ${nvmlWhy}` : ''}` };
    return { ...smiChoice(smi, status, opts, notes, env, hostProcRoot), estimate: e };
  }
  const reasons = [nvmlWhy, smi && !smi.available ? smi.status.detail : '', opts.gpuSensor === 'nvml' ? 'nvidia-smi not tried (gpu-sensor nvml)' : ''].filter(Boolean);
  return none(reasons.join('; ') || 'no GPU sensor');
}

function nvmlChoice(session: NvmlSession, status: SensorStatus, opts: MeterOptions, notes: string[], hostProcRoot?: string): GpuChoice {
  const lib = opts.nvmlLib ?? undefined;
  let first: NvmlSession | null = session;
  return {
    status,
    gpus: nvmlGpuInfo(session),
    sampling: { method: nvmlSamplingMethod(session, opts.intervalMs), fields: [], interval_ms: opts.intervalMs, per_process: 'nvml', sensor: 'nvml' },
    estimate: null,
    notes,
    // the probe's session serves the first run; each repeat after it opens its own (stop() shuts it down)
    start: (intervalMs, onEvent, since) => {
      const s = first ?? openNvmlSession(lib);
      first = null;
      return startNvmlMeter(s, intervalMs, onEvent, { since, ...(hostProcRoot ? { hostPids: createHostPidMapper(hostProcRoot) } : {}) });
    },
  };
}

function smiChoice(probe: GpuProbe, status: SensorStatus, opts: MeterOptions, notes: string[], env: NodeJS.ProcessEnv, hostProcRoot?: string): GpuChoice {
  return {
    status,
    gpus: probe.gpus,
    sampling: { method: gpuSamplingMethod(probe, opts.intervalMs), fields: probe.fields, interval_ms: opts.intervalMs, per_process: probe.per_process, sensor: 'nvidia-smi' },
    estimate: null,
    notes,
    start: (intervalMs, onEvent, since) =>
      startSmiMeter(probe, intervalMs, onEvent, { env, since, ...(hostProcRoot ? { hostPids: createHostPidMapper(hostProcRoot) } : {}) }),
  };
}
