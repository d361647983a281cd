// NVIDIA's own libnvidia-ml.so.1 and nvidia-smi (Debian non-free, driver 535), unpacked into test/.vendor by
// scripts/fetch-nvidia-debs.sh. Not fakes: the real binaries, which on a machine without the kernel driver
// answer as they do on a runner whose driver is missing. A test needing them fails when they are absent.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '.vendor', 'nvidia', 'root');

export interface NvidiaVendor {
  /** the real libnvidia-ml.so.1 */
  lib: string;
  /** the directory holding it (nvidia-smi finds it through LD_LIBRARY_PATH) */
  libDir: string;
  /** the real nvidia-smi */
  smi: string;
}

/** The unpacked files; throws, naming the script to run, when they are missing. */
export function nvidiaVendor(): NvidiaVendor {
  const usrLib = join(ROOT, 'usr', 'lib');
  const multiarch = existsSync(usrLib) ? readdirSync(usrLib).find((d) => d.endsWith('-linux-gnu')) : undefined;
  const libDir = multiarch ? join(usrLib, multiarch, 'nvidia', 'current') : '';
  const lib = join(libDir, 'libnvidia-ml.so.1');
  const smi = join(usrLib, 'nvidia', 'current', 'nvidia-smi');
  if (!multiarch || !existsSync(lib) || !existsSync(smi))
    throw new Error(`NVIDIA's libnvidia-ml.so.1 and nvidia-smi are not unpacked under ${ROOT}: run scripts/fetch-nvidia-debs.sh (Debian non-free libnvidia-ml1 and nvidia-smi)`);
  return { lib, libDir, smi };
}
