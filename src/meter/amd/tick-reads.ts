// The ROCm reads due at every tick (each GPU's energy accumulator, power and busy %), kept as raw
// timestamped readings, run where the sampler's ticks run (the tick worker, as NVML's; see
// src/meter/nvml/tick-reads.ts for why). In the worker the library is loaded again (one more dlopen of the
// same library: same process, same state) and NOT initialised again: the main thread's session holds the
// initialisation for the whole run and shuts it down only after the worker has ended.
import { loadKoffi } from '../koffi.ts';
import type { AmdTickDevice, AmdTickState, GpuTickReads } from '../types.ts';
import { openAmdSmi } from './amd-smi.ts';
import { AMD_SUCCESS } from './errors.ts';
import type { AmdLib } from './lib.ts';
import { openRocmSmi } from './rocm-smi.ts';

/**
 * READ_STRIDE numbers per reading: device position, kind (READ_KIND), time (the sampler's clock, ms),
 * return code, value (accumulator counts, W or %; energyTs: the driver's timestamp of the energy reading
 * just before it, ns).
 */
export const READ_STRIDE = 5;
export const READ_KIND = { energy: 0, power: 1, busy: 2, energyTs: 3 } as const;

export class AmdTickReads implements GpuTickReads {
  private out: number[] = [];
  private readonly lib: AmdLib;
  private readonly devices: readonly AmdTickDevice[];
  private readonly clock: () => number;

  constructor(lib: AmdLib, devices: readonly AmdTickDevice[], clock: () => number) {
    this.lib = lib;
    this.devices = devices;
    this.clock = clock;
  }

  /** Reads every GPU once; each value stamped at its own call (each is a sysfs read underneath). */
  read(): void {
    const { lib, clock, out } = this;
    for (let i = 0; i < this.devices.length; i++) {
      const d = this.devices[i]!;
      if (d.counter) {
        const t = clock();
        const r = lib.energy(d.index);
        const at = (t + clock()) / 2;
        out.push(i, READ_KIND.energy, at, r.rc, r.raw, i, READ_KIND.energyTs, at, r.rc, r.tsNs);
      }
      if (d.power) {
        const t = clock();
        const r = lib.powerW(d.index);
        out.push(i, READ_KIND.power, t, r.rc, r.value);
      }
      if (d.busy) {
        const t = clock();
        const r = lib.busy(d.index);
        out.push(i, READ_KIND.busy, t, r.rc, r.value);
      }
    }
  }

  take(): number[] {
    const o = this.out;
    this.out = [];
    return o;
  }
}

/** The reads in this thread from `state` (the tick worker). Throws when the library cannot be reached here. */
export function resumeAmdTicks(state: AmdTickState, clock: () => number): AmdTickReads {
  const loaded = loadKoffi();
  if ('error' in loaded) throw new Error(`ROCm in the tick worker: ${loaded.error}`);
  const lib = state.lib === 'amdsmi' ? openAmdSmi(loaded.koffi, loaded.from, state.path) : openRocmSmi(loaded.koffi, loaded.from, state.path);
  if (typeof lib === 'string') throw new Error(`ROCm in the tick worker: ${lib}`);
  // the index names the same GPU as on the main thread unless the driver re-enumerated in between
  for (const d of state.devices) {
    const u = lib.uniqueId(d.index);
    if (u.rc !== AMD_SUCCESS || u.value !== d.uuid) throw new Error(`ROCm in the tick worker: GPU ${d.index} is ${u.value ?? `unknown (${u.rc})`}, expected ${d.uuid}`);
  }
  return new AmdTickReads(lib, state.devices, clock);
}
