// AMD SMI (libamd_smi.so, ROCm 6 and newer). Its binding is not written yet: the library is named here so
// the chain, the options and doctor already know it, and opening it says so (ROCm SMI, which ROCm 6 still
// ships beside it, is used instead).
import type { Koffi } from '../koffi.ts';
import type { AmdLib } from './lib.ts';

/** The loader's name of the library (ROCm installs it under /opt/rocm/lib). */
export const DEFAULT_AMD_SMI_LIB = 'libamd_smi.so';

/** Why AMD SMI is not used by this joulecheck. */
export const AMD_SMI_UNBOUND = 'this joulecheck does not bind AMD SMI yet';

/** Opens AMD SMI (nothing initialised yet). Never throws: a string says why it cannot. */
export function openAmdSmi(_k: Koffi, _ffi: string, _libPath: string = DEFAULT_AMD_SMI_LIB): AmdLib | string {
  return AMD_SMI_UNBOUND;
}
