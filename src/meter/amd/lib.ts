// What the AMD meter needs of a ROCm library, whichever one answers: AMD SMI (libamd_smi.so) or ROCm SMI
// (librocm_smi64.so.1). Each binding (amd-smi.ts, rocm-smi.ts) maps its own calls onto this, returning the
// raw return code with every value, so meaning (errors.ts) and policy (probe.ts, meter.ts) are shared.
import type { AmdLibKind } from './errors.ts';

export interface RcValue<T> {
  rc: number;
  value: T;
}

/** The energy accumulator as the library returned it: `raw` counts of `resolutionUj` µJ at the driver's `tsNs`. */
export interface EnergyReading {
  rc: number;
  raw: number;
  resolutionUj: number;
  /** the driver's timestamp of the accumulator's value, ns (its own clock; 0: none) */
  tsNs: number;
}

/** One process using one GPU at the moment of the poll. */
export interface AmdProcessUse {
  pid: number;
  /** position of the GPU in the library's device list */
  device: number;
  /** the process's compute-unit occupancy, % of the GPU's CUs (ROCm SMI); null: not reported */
  cu: number | null;
  /** the process's cumulative GFX engine time, ns (AMD SMI); null: not reported */
  busyNs: number | null;
}

export interface AmdLib {
  readonly kind: AmdLibKind;
  readonly path: string;
  /** where koffi's native binary came from */
  readonly ffi: string;
  /** the bound functions this library does not export (their calls answer AMD_FUNCTION_MISSING) */
  readonly missing: readonly string[];
  init(): number;
  shutdown(): number;
  statusString(rc: number): string | null;
  /** the GPUs the library lists (AMD SMI: every GPU processor of every socket, in order) */
  deviceCount(): RcValue<number>;
  name(i: number): RcValue<string | null>;
  /** a stable id of the GPU (unique id, else its PCI address) */
  uniqueId(i: number): RcValue<string | null>;
  energy(i: number): EnergyReading;
  /** the GPU's power, W (AMD SMI: current socket power where the GPU has it, else average) */
  powerW(i: number): RcValue<number>;
  /** GPU busy (GFX activity), % */
  busy(i: number): RcValue<number>;
  powerCapW(i: number): RcValue<number>;
  defaultCapW(i: number): RcValue<number>;
  /** the compute partition mode (e.g. 'SPX', 'CPX'), null when the library cannot say */
  partition(i: number): string | null;
  /** every process using a GPU, one entry per process and GPU */
  processes(): RcValue<AmdProcessUse[]>;
}

