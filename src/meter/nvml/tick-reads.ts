// The NVML reads that are due at every tick (each GPU's energy counter, power and utilisation), kept as
// raw timestamped readings. They run where the sampler's ticks run: in the tick worker (its thread already
// wakes at every tick, so NVML adds no wake-up of its own to the main thread) or, as a fallback, on the
// main thread. The meter (meter.ts) turns the readings into per-interval values once a second.
//
// In the worker, the library is loaded again through koffi (one more dlopen of the same library: same
// process, same NVML state) and the device handles are looked up by index. NVML is NOT initialised again:
// the main thread's session holds the process's initialisation for the whole run and shuts it down only
// after the worker has ended (the sampler stops the ticks before the GPU meter).
import { openNvml, type DeviceHandle, type NvmlLib } from './binding.ts';
import { NVML_ERROR_GPU_IS_LOST, NVML_SUCCESS } from './errors.ts';
import type { GpuTickReads, NvmlTickDevice, NvmlTickState } from '../types.ts';

/**
 * Readings are a flat list of numbers, READ_STRIDE per reading: device position (in the state's list),
 * kind (READ_KIND), time (the sampler's clock, ms), NVML return code, value (mJ, mW or %). Flat, so a
 * second of 8 GPUs at 10 Hz crosses to the main thread as one array of numbers, not 240 objects.
 */
export const READ_STRIDE = 5;
export const READ_KIND = { energy: 0, power: 1, util: 2 } as const;

export class NvmlTickReads implements GpuTickReads {
  private out: number[] = [];
  private readonly lost: boolean[];
  private readonly nvml: NvmlLib;
  private readonly handles: readonly DeviceHandle[];
  private readonly devices: readonly NvmlTickDevice[];
  private readonly clock: () => number;

  constructor(nvml: NvmlLib, handles: readonly DeviceHandle[], devices: readonly NvmlTickDevice[], clock: () => number) {
    this.nvml = nvml;
    this.handles = handles;
    this.devices = devices;
    this.clock = clock;
    this.lost = devices.map(() => false);
  }

  /** Reads every GPU once; each value stamped at its own call (eight GPUs' calls add up to milliseconds). */
  read(): void {
    const { nvml, clock, out } = this;
    for (let i = 0; i < this.devices.length; i++) {
      const d = this.devices[i]!;
      const h = this.handles[i];
      if (d.counter && !this.lost[i]) {
        const t = clock();
        const r = nvml.energyMj(h);
        out.push(i, READ_KIND.energy, (t + clock()) / 2, r.rc, r.value);
        this.check(i, r.rc);
      }
      if (d.power && !this.lost[i]) {
        const t = clock();
        const r = d.instant ? nvml.powerInstantMw(h) : nvml.powerUsageMw(h);
        out.push(i, READ_KIND.power, t, r.rc, r.value);
        this.check(i, r.rc);
      }
      if (d.util && !this.lost[i]) {
        const t = clock();
        const u = nvml.utilization(h);
        out.push(i, READ_KIND.util, t, u.rc, u.gpu);
        this.check(i, u.rc);
      }
    }
  }

  /** The readings since the previous take. */
  take(): number[] {
    const o = this.out;
    this.out = [];
    return o;
  }

  private check(i: number, rc: number): void {
    // a lost GPU answers nothing more: not asked again (the meter says so once, from the return code)
    if (rc === NVML_ERROR_GPU_IS_LOST) this.lost[i] = true;
  }
}

/**
 * The reads in this thread from `state` (the tick worker). Throws when the library or a GPU cannot be
 * reached here: the ticks then run on the main thread, where the session's handles are.
 */
export function resumeNvmlTicks(state: NvmlTickState, clock: () => number): NvmlTickReads {
  const nvml = openNvml(state.lib);
  if (typeof nvml === 'string') throw new Error(`NVML in the tick worker: ${nvml}`);
  const handles = state.devices.map((d) => {
    const h = nvml.handle(d.index);
    if (h.rc !== NVML_SUCCESS) throw new Error(`NVML in the tick worker: nvmlDeviceGetHandleByIndex_v2(${d.index}) returned ${h.rc}`);
    const u = nvml.uuid(h.value);
    // the index names the same GPU as on the main thread unless the driver re-enumerated in between
    if (u.rc !== NVML_SUCCESS || u.value !== d.uuid) throw new Error(`NVML in the tick worker: GPU ${d.index} is ${u.value ?? `unknown (${u.rc})`}, expected ${d.uuid}`);
    return h.value;
  });
  return new NvmlTickReads(nvml, handles, state.devices, clock);
}
