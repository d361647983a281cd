// A machine's description at the OS boundary, for JOULECHECK_HOST_ROOT: /proc/cpuinfo, /proc/meminfo, the
// PID namespace link and, where asked, NVIDIA's device nodes. What doctor and the meter then say depends on
// this tree, not on the machine that runs the tests.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FakeHost {
  vendor: 'intel' | 'amd';
  /** /dev/nvidiactl present (a container can have the node without a GPU) */
  nvidiactl: boolean;
  memKb?: number;
}

export const FAKE_CPU_MODEL = { intel: 'Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz', amd: 'AMD EPYC 7R13 Processor' } as const;

export function buildHostRoot(dir: string, h: FakeHost): string {
  mkdirSync(join(dir, 'proc', 'self', 'ns'), { recursive: true });
  const vendorId = h.vendor === 'intel' ? 'GenuineIntel' : 'AuthenticAMD';
  const cpu = (i: number) => `processor\t: ${i}\nvendor_id\t: ${vendorId}\nmodel name\t: ${FAKE_CPU_MODEL[h.vendor]}\nflags\t\t: fpu sse2\n`;
  writeFileSync(join(dir, 'proc', 'cpuinfo'), `${cpu(0)}\n${cpu(1)}\n`);
  writeFileSync(join(dir, 'proc', 'meminfo'), `MemTotal:       ${h.memKb ?? 16_384_000} kB\nMemFree:         8000000 kB\n`);
  // the initial PID namespace: not a container (a dangling link: only its text is read)
  symlinkSync('pid:[4026531836]', join(dir, 'proc', 'self', 'ns', 'pid'));
  mkdirSync(join(dir, 'dev'), { recursive: true });
  if (h.nvidiactl) writeFileSync(join(dir, 'dev', 'nvidiactl'), '');
  return dir;
}
