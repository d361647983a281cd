// AMD SMI (libamd_smi.so, ROCm 6 and newer) through koffi.
import type { Koffi } from '../koffi.ts';
import type { AmdLib } from './lib.ts';

/** The loader's name of the library (ROCm installs it under /opt/rocm/lib). */
export const DEFAULT_AMD_SMI_LIB = 'libamd_smi.so';

/** Opens AMD SMI (nothing initialised yet). Never throws: a string says why it cannot. */
export function openAmdSmi(_k: Koffi, _ffi: string, libPath: string = DEFAULT_AMD_SMI_LIB): AmdLib | string {
  return `${libPath}: this joulecheck does not bind AMD SMI yet`;
}
