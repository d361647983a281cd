// A machine's description at the OS boundary, for JOULECHECK_HOST_ROOT: /proc/cpuinfo, /proc/meminfo, the
// PID namespace link and, where asked, NVIDIA's device nodes, driver entries and PCI functions. What doctor and the meter then say depends on
// this tree, not on the machine that runs the tests.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FakeHost {
  vendor: 'intel' | 'amd';
  /** /dev/nvidiactl present (a container can have the node without a GPU) */
  nvidiactl: boolean;
  memKb?: number;
  /** /dev/nvidia0.. /dev/nvidia(N-1) */
  gpuNodes?: number;
  /** PCI functions under /sys/bus/pci/devices; `driver` is the bound kernel driver's name (null: none) */
  pci?: FakePciDevice[];
  /** /proc/driver/nvidia/gpus/<address> for each PCI function of vendor 0x10de (the driver is loaded) */
  driverProc?: boolean;
}

export interface FakePciDevice {
  address: string;
  vendor: string;
  pciClass: string;
  driver?: string | null;
}

/** An H100's two functions as sysfs lists them: the 3D controller and a non-GPU function of the same vendor. */
export const H100_PCI: FakePciDevice[] = [
  { address: '0000:17:00.0', vendor: '0x10de', pciClass: '0x030200', driver: null },
  { address: '0000:17:00.1', vendor: '0x10de', pciClass: '0x040300', driver: null },
  { address: '0000:00:1f.0', vendor: '0x8086', pciClass: '0x060100', driver: 'lpc_ich' },
];

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
  for (let i = 0; i < (h.gpuNodes ?? 0); i++) writeFileSync(join(dir, 'dev', `nvidia${i}`), '');
  for (const d of h.pci ?? []) {
    const at = join(dir, 'sys', 'bus', 'pci', 'devices', d.address);
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, 'vendor'), `${d.vendor}\n`);
    writeFileSync(join(at, 'class'), `${d.pciClass}\n`);
    // sysfs links the bound driver as ../../../bus/pci/drivers/<name>: only its last component is read
    if (d.driver) symlinkSync(`../../../bus/pci/drivers/${d.driver}`, join(at, 'driver'));
    if (h.driverProc && d.vendor === '0x10de' && d.pciClass.startsWith('0x03')) {
      mkdirSync(join(dir, 'proc', 'driver', 'nvidia', 'gpus', d.address), { recursive: true });
      writeFileSync(join(dir, 'proc', 'driver', 'nvidia', 'gpus', d.address, 'information'), 'Model: \t\t NVIDIA H100 80GB HBM3\n');
    }
  }
  return dir;
}
