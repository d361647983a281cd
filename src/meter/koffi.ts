// Loads koffi (the FFI through which NVML and the ROCm libraries are called) without ever throwing at
// import time: a machine without a usable native binary must still meter with nvidia-smi. Shared by the
// GPU sensors (one native module per process).
//
// Where its native binary is found:
//  1. next to the bundle: dist/native/<platform>_<arch>/koffi.node (the action runs from dist/, where no
//     node_modules exist; the build copies the linux x64 and arm64 binaries there), searched from this
//     module's location (dist/ or dist/chunks/);
//  2. the koffi package from node_modules (sources, tests, an npm install of the CLI).
// The native module IS koffi's API (koffi's JS entry only locates it and checks its version).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as KoffiModule from 'koffi';

export type Koffi = typeof KoffiModule;

/** The koffi version the bundled binaries belong to (its JS checks the native module's version too). */
export const KOFFI_VERSION = '3.3.4';

let cached: { koffi: Koffi; from: string } | { error: string } | null = null;

/** Directory names of koffi's prebuilt binaries for this process (glibc first, then musl). */
export function nativeTriplets(platform: string = process.platform, arch: string = process.arch): string[] {
  return platform === 'linux' ? [`linux_${arch}`, `musl_${arch}`] : [`${platform}_${arch}`];
}

/** Candidate paths of a bundled native binary, relative to this module's URL. */
export function bundledNativeCandidates(moduleUrl: string = import.meta.url): string[] {
  const out: string[] = [];
  for (const rel of ['./native/', '../native/']) {
    for (const t of nativeTriplets()) out.push(fileURLToPath(new URL(`${rel}${t}/koffi.node`, moduleUrl)));
  }
  return out;
}

/**
 * koffi, or why it cannot be loaded. Cached: the native module loads once per process, so `first` (native
 * binaries tried before the bundled ones: a script run from the sources on a machine with dist/ but no
 * node_modules) counts on the first call only.
 */
export function loadKoffi(first: readonly string[] = []): { koffi: Koffi; from: string } | { error: string } {
  if (cached) return cached;
  const req = createRequire(import.meta.url);
  const problems: string[] = [];
  for (const p of [...first, ...bundledNativeCandidates()]) {
    if (!existsSync(p)) continue;
    try {
      const native = req(p) as Koffi & { version?: string };
      if (native.version !== KOFFI_VERSION) {
        problems.push(`${p} is koffi ${native.version ?? '?'}, expected ${KOFFI_VERSION}`);
        continue;
      }
      return (cached = { koffi: native, from: p });
    } catch (err) {
      problems.push(`${p}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  try {
    const k = req('koffi') as Koffi;
    return (cached = { koffi: k, from: 'node_modules/koffi' });
  } catch (err) {
    problems.push(`koffi package: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  return (cached = { error: `the FFI library koffi could not be loaded for ${process.platform}-${process.arch} (${problems.join('; ')})` });
}
