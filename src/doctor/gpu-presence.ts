// Whether an NVIDIA GPU is on this machine, whatever NVML and nvidia-smi say, read through the host root.
// /dev/nvidiactl alone is no evidence: container runtimes and nvidia-modprobe create it without a GPU.
// Evidence, strongest first: the driver's /proc/driver/nvidia/gpus/<bus id> entry, a /dev/nvidiaN node, a
// PCI function of vendor 0x10de with a display class (0x03xxxx: VGA or 3D controller; a GPU's HDMI audio
// function, class 0x0403, is not one). Adapter: an unreadable path is absent evidence, never an error.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { hostPath } from '../meter/procfs/host-root.ts';

export interface PciGpu {
  /** PCI address (0000:17:00.0) */
  address: string;
  /** the class code as sysfs writes it (0x030200) */
  pciClass: string;
  /** the kernel driver bound to it (nvidia, nouveau, vfio-pci), null when none */
  driver: string | null;
}

export interface NvidiaPresence {
  /** the strongest evidence of a GPU (a path under the host root), null when none */
  evidence: string | null;
  /** the kernel driver shows it (a /proc/driver/nvidia/gpus entry or a /dev/nvidiaN node) */
  driverLoaded: boolean;
  pci: PciGpu[];
}

const NVIDIA_VENDOR = '0x10de';

function list(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch {
    return [];
  }
}

function text(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim().toLowerCase();
  } catch {
    return null;
  }
}

/** NVIDIA display-class PCI functions under the host root's /sys/bus/pci/devices. */
export function nvidiaPciGpus(root: string): PciGpu[] {
  const base = hostPath(root, '/sys/bus/pci/devices');
  const out: PciGpu[] = [];
  for (const address of list(base)) {
    if (text(`${base}/${address}/vendor`) !== NVIDIA_VENDOR) continue;
    const pciClass = text(`${base}/${address}/class`);
    if (!pciClass?.startsWith('0x03')) continue;
    let driver: string | null = null;
    try {
      driver = basename(readlinkSync(`${base}/${address}/driver`));
    } catch {
      /* no driver bound */
    }
    out.push({ address, pciClass, driver });
  }
  return out;
}

export function nvidiaPresence(root: string): NvidiaPresence {
  const pci = nvidiaPciGpus(root);
  const procDir = hostPath(root, '/proc/driver/nvidia/gpus');
  const proc = list(procDir);
  if (proc.length > 0) return { evidence: `${procDir}/${proc[0]}`, driverLoaded: true, pci };
  const dev = hostPath(root, '/dev');
  const node = list(dev).find((e) => /^nvidia\d+$/.test(e));
  if (node) return { evidence: `${dev}/${node}`, driverLoaded: true, pci };
  const first = pci[0];
  // bound to nvidia without a node: the module is loaded, the nodes are missing (a container without the GPU)
  if (first) return { evidence: `PCI ${first.address} (vendor ${NVIDIA_VENDOR}, class ${first.pciClass}, driver ${first.driver ?? 'none'})`, driverLoaded: pci.some((g) => g.driver === 'nvidia'), pci };
  return { evidence: null, driverLoaded: false, pci };
}
