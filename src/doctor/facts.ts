// Facts about this machine and this process that the checks depend on, read once from the OS. Adapter:
// every read is guarded (a file that cannot be read is an unknown, never an exception).
import { readFileSync, readlinkSync, statSync } from 'node:fs';
import { cpus, release, userInfo } from 'node:os';
import { readCpuModel } from '../meter/procfs/cpu-model.ts';
import { hostMemTotal, hostPath, hostRoot } from '../meter/procfs/host-root.ts';

/** Inode of the initial PID namespace (the kernel's PROC_PID_INIT_INO): any other means a container. */
export const INIT_PID_NS = 'pid:[4026531836]';

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

export interface HostFacts {
  uid: number;
  /** login name, or `uid N` where the uid has no passwd entry (a container's runner) */
  user: string;
  /** supplementary and primary groups of this process */
  gids: number[];
  kernel: string;
  vendor: 'intel' | 'amd' | 'other';
  cpuModel: string;
  logicalCpus: number;
  memTotalBytes: number;
  /** why we think this is a virtual machine, or null */
  hypervisor: string | null;
  /** `pid:[N]` of our PID namespace, null when unreadable */
  pidNs: string | null;
  /** what says we are in a container (docker, podman, kubernetes), or null */
  container: string | null;
  kubernetes: boolean;
  /** systemd unit we run under (the runner service), from /proc/self/cgroup */
  service: string | null;
  /** mount options of /proc */
  procOptions: string[] | null;
  groups: GroupEntry[];
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function parseGroupFile(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 4 || !f[0] || !/^\d+$/.test(f[2]!)) continue;
    out.push({ name: f[0], gid: Number(f[2]), members: f[3]!.split(',').map((s) => s.trim()).filter(Boolean) });
  }
  return out;
}

/** `hidepid=2,gid=5` style options of the proc mount at /proc (the last one mounted there wins). */
export function procMountOptions(mounts: string): string[] | null {
  let opts: string[] | null = null;
  for (const line of mounts.split('\n')) {
    const f = line.split(' ');
    if (f[1] === '/proc' && f[2] === 'proc') opts = (f[3] ?? '').split(',');
  }
  return opts;
}

/** The runner's systemd unit from a cgroup file (`0::/system.slice/actions.runner.o-r.host.service`). */
export function serviceFromCgroup(text: string): string | null {
  const m = /\/([^/\s]+\.service)(?:\/|$)/m.exec(text);
  return m && m[1] !== 'init.scope' ? m[1]! : null;
}

export function readHostFacts(env: NodeJS.ProcessEnv = process.env): HostFacts {
  const uid = process.getuid?.() ?? -1;
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = env.USER || `uid ${uid}`;
  }
  const root = hostRoot(env);
  const at = (p: string): string => hostPath(root, p);
  const cpuinfo = read(at('/proc/cpuinfo')) ?? '';
  const vendorId = /^vendor_id\s*:\s*(\S+)/m.exec(cpuinfo)?.[1] ?? '';
  const vendor = vendorId === 'GenuineIntel' ? 'intel' : vendorId === 'AuthenticAMD' || vendorId === 'HygonGenuine' ? 'amd' : 'other';
  const dmi = (read(at('/sys/class/dmi/id/sys_vendor')) ?? '').trim();
  const product = (read(at('/sys/class/dmi/id/product_name')) ?? '').trim();
  let hypervisor: string | null = null;
  if (/^flags\s*:.*\bhypervisor\b/m.test(cpuinfo)) hypervisor = `the CPU reports the 'hypervisor' flag${dmi ? ` (${dmi}${product ? ` ${product}` : ''})` : ''}`;
  else if (/^(QEMU|KVM|Xen|Microsoft Corporation|VMware.*|Amazon EC2|Google|innotek GmbH)$/i.test(dmi) && !/metal/i.test(product)) hypervisor = `DMI vendor ${dmi} ${product}`.trim();
  let pidNs: string | null = null;
  try {
    pidNs = readlinkSync(at('/proc/self/ns/pid'));
  } catch {
    /* no procfs */
  }
  const kubernetes = Boolean(env.KUBERNETES_SERVICE_HOST);
  // A container for our purposes is a PID namespace of its own (or a Kubernetes pod): that is what hides
  // host PIDs and, usually, the host's sysfs. Marker files only name the kind (they also exist in
  // containers started with --pid=host, which behave like the host here).
  let container: string | null = null;
  const kind = exists(at('/.dockerenv')) ? 'docker' : exists(at('/run/.containerenv')) ? 'podman' : null;
  if (kubernetes) container = 'kubernetes (KUBERNETES_SERVICE_HOST is set)';
  else if (pidNs !== null && pidNs !== INIT_PID_NS) container = `${kind ? `${kind}, ` : ''}a PID namespace of its own (${pidNs})`;
  const groups = parseGroupFile(read('/etc/group') ?? '');
  return {
    uid,
    user,
    gids: [...new Set([...(process.getgroups?.() ?? []), process.getgid?.() ?? -1])].filter((g) => g >= 0),
    kernel: release(),
    vendor,
    cpuModel: readCpuModel(root),
    logicalCpus: Math.max(1, cpus().length),
    memTotalBytes: hostMemTotal(root),
    hypervisor,
    pidNs,
    container,
    kubernetes,
    service: serviceFromCgroup(read('/proc/self/cgroup') ?? ''),
    procOptions: procMountOptions(read('/proc/self/mounts') ?? ''),
    groups,
  };
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
