// CPU and DRAM checks: the RAPL driver, the zone layout (what is summed, what is a duplicate), whether the
// counters are readable by this user and, when not, why and the exact fix; what the estimate will use
// where nothing can be read. raplChecks is pure over the discovery, the zone files' probes and HostFacts.
import { readFileSync, statSync } from 'node:fs';
import { check, type DoctorCheck, type ComponentVerdict } from '../model/doctor.ts';
import type { RaplZone } from '../model/log.ts';
import { describeModel, dramPowerModel } from '../accounting/estimate.ts';
import { cpuPowerModel } from '../accounting/hardware.ts';
import { zonePath } from '../meter/rapl/powercap.ts';
import type { RaplDiscovery } from '../meter/types.ts';
import type { HostFacts } from './facts.ts';
import {
  arcPodSpecYaml,
  containerJobYaml,
  DEFAULT_RAPL_GROUP,
  dockerRunFix,
  raplModuleFix,
  raplPermissionFix,
  raplRestartFix,
} from './fixes.ts';

/** What reading one zone's energy_uj as this process gave, and the file's owner and mode. */
export interface ZoneFile {
  id: string;
  path: string;
  /** 'ok', or the errno (EACCES), or 'garbage' when the text is not a counter */
  read: 'ok' | 'garbage' | string;
  mode: number | null;
  uid: number | null;
  gid: number | null;
}

export function probeZoneFiles(root: string, zones: RaplZone[]): ZoneFile[] {
  return zones
    .filter((z) => z.role === 'package' || z.role === 'dram')
    .map((z) => {
      const path = zonePath(root, z.id);
      let read: ZoneFile['read'];
      try {
        read = /^\s*\d+\s*$/.test(readFileSync(path, 'latin1')) ? 'ok' : 'garbage';
      } catch (e) {
        read = (e as NodeJS.ErrnoException).code ?? 'EIO';
      }
      let mode: number | null = null;
      let uid: number | null = null;
      let gid: number | null = null;
      try {
        const st = statSync(path);
        mode = st.mode & 0o777;
        uid = st.uid;
        gid = st.gid;
      } catch {
        /* unknown owner */
      }
      return { id: z.id, path, read, mode, uid, gid };
    });
}

export interface RaplCheckInput {
  root: string;
  discovery: RaplDiscovery;
  files: ZoneFile[];
  facts: HostFacts;
}

export interface RaplResult {
  checks: DoctorCheck[];
  cpu: ComponentVerdict;
  dram: ComponentVerdict;
}

const DEFAULT_ROOT = '/sys/class/powercap';

/** Why a zone file is denied and how to fix it, for this user. */
export function permissionFixFor(f: ZoneFile, facts: HostFacts): { why: string; fix: string } {
  const octal = f.mode === null ? '?' : f.mode.toString(8).padStart(4, '0');
  const owner = f.gid === null ? '' : ` (owner uid ${f.uid}, group ${facts.groups.find((g) => g.gid === f.gid)?.name ?? f.gid})`;
  const groupReadable = f.mode !== null && (f.mode & 0o040) !== 0 && f.gid !== null && f.gid !== 0;
  const fileGroup = groupReadable ? facts.groups.find((g) => g.gid === f.gid) : undefined;
  const rootOnly = f.mode !== null && (f.mode & 0o044) === 0;
  const why = rootOnly
    ? `${f.path} is mode ${octal}${owner}: readable by root only, as every Linux since 5.10 (and its stable backports) makes it after CVE-2020-8694 (this kernel: ${facts.kernel}); this process runs as ${facts.user} (uid ${facts.uid})`
    : `${f.path} is mode ${octal}${owner} and ${facts.user} (uid ${facts.uid}) is not in a group that may read it`;
  if (facts.container) {
    // the counters belong to the host: the host grants a group, the container gets that group's gid
    const gid = fileGroup?.gid ?? (groupReadable ? f.gid : null);
    const hostSide = raplPermissionFix({ user: 'RUNNER_USER_ON_THE_HOST', group: DEFAULT_RAPL_GROUP, createGroup: true, service: null }).split('\n').slice(0, 4);
    const give = facts.kubernetes ? arcPodSpecYaml(gid) : `docker run --group-add ${gid ?? 'GID_OF_THE_POWERCAP_GROUP_ON_THE_HOST'} ...   # or in a workflow: container.options: --group-add ${gid ?? 'GID'}`;
    return { why, fix: `# on the host:\n${hostSide.join('\n')}\n# then give this container the group:\n${give}` };
  }
  if (fileGroup) {
    if (fileGroup.members.includes(facts.user)) return { why, fix: raplRestartFix(facts.user, fileGroup.name, facts.service) };
    return { why, fix: raplPermissionFix({ user: facts.user, group: fileGroup.name, createGroup: false, service: facts.service }) };
  }
  const existing = facts.groups.find((g) => g.name === DEFAULT_RAPL_GROUP);
  return { why, fix: raplPermissionFix({ user: facts.user, group: DEFAULT_RAPL_GROUP, createGroup: !existing, service: facts.service }) };
}

function rootHint(root: string): string {
  return root === DEFAULT_ROOT ? '' : ` (--powercap-root ${root})`;
}

export function raplChecks(input: RaplCheckInput): RaplResult {
  const { root, discovery: d, files, facts } = input;
  const checks: DoctorCheck[] = [];
  const cpuModel = cpuPowerModel(facts.cpuModel, facts.logicalCpus);
  const dramModel = dramPowerModel(facts.memTotalBytes);
  const cpuEstimate = `the CPU energy will be estimated: ${describeModel(cpuModel)}`;
  const dramEstimate = `the DRAM energy will be estimated: ${describeModel(dramModel)}`;

  if (d.zones.length === 0) {
    const what = `no RAPL zone under ${root}${rootHint(root)}`;
    if (facts.hypervisor) {
      checks.push(
        check(
          'rapl.driver',
          'cpu',
          'fail',
          `${what} and this is a virtual machine (${facts.hypervisor}): hypervisors rarely pass RAPL through${facts.container ? ` (and this process runs in ${facts.container})` : ''}; ${cpuEstimate}; ${dramEstimate}`,
          `# nothing to change in joulecheck: the estimate is labelled 'estimated' in every output.\n# For measured CPU energy use a bare-metal runner (cloud '.metal' instances expose RAPL); on a hypervisor that does pass RAPL through:\n${raplModuleFix()}`,
        ),
      );
    } else if (facts.container) {
      const fix = facts.kubernetes
        ? `${arcPodSpecYaml(null)}\n# and in the workflow step: powercap-root: /host/sys/class/powercap`
        : `${dockerRunFix()}\n# or, for a workflow job container:\n${containerJobYaml({ pidHost: false })}`;
      checks.push(check('rapl.driver', 'cpu', 'fail', `${what}: this process runs in ${facts.container}, which does not see the host's powercap (Docker, Podman and Kubernetes mask /sys/devices/virtual/powercap); ${cpuEstimate}`, fix));
    } else {
      checks.push(check('rapl.driver', 'cpu', 'fail', `${what}: the RAPL driver is not loaded (or this CPU has none); ${cpuEstimate}`, raplModuleFix()));
    }
    return { checks, cpu: 'estimated', dram: 'estimated' };
  }

  checks.push(check('rapl.driver', 'cpu', 'ok', `RAPL driver loaded: ${d.zones.length} zone(s) under ${root}`));
  checks.push(layoutCheck(d));

  const fileOf = new Map(files.map((f) => [f.id, f]));
  // the zones discovery sums for a component: the MSR interface's, or intel-rapl-mmio's when it is the only one
  const msr = d.zones.some((z) => z.role === 'package' && !z.id.startsWith('intel-rapl-mmio'));
  const component = (role: 'package' | 'dram'): { zones: RaplZone[]; counted: boolean } => ({
    zones: d.zones.filter((z) => z.role === role && z.id.startsWith('intel-rapl-mmio') !== msr),
    counted: (role === 'package' ? d.cpu : d.dram).kind === 'measured',
  });

  const readCheck = (role: 'package' | 'dram', id: string, comp: 'cpu' | 'dram', estimate: string): ComponentVerdict => {
    const { zones, counted } = component(role);
    if (counted) {
      checks.push(check(id, comp, 'ok', `${zones.filter((z) => z.counted).map((z) => `${z.id} (${z.name})`).join(', ')}: energy_uj readable by ${facts.user}; ${comp === 'cpu' ? 'CPU' : 'DRAM'} energy will be measured`));
      return 'measured';
    }
    const bad = zones.map((z) => fileOf.get(z.id)).filter((f): f is ZoneFile => f !== undefined && f.read !== 'ok');
    const denied = bad.filter((f) => f.read === 'EACCES' || f.read === 'EPERM');
    if (denied.length > 0) {
      const { why, fix } = permissionFixFor(denied[0]!, facts);
      const others = denied.length > 1 ? `; the same for ${denied.slice(1).map((f) => f.id).join(', ')}` : '';
      checks.push(check(id, comp, 'fail', `${why}${others}; until fixed ${estimate}`, fix));
      return 'estimated';
    }
    if (bad.length > 0) {
      checks.push(check(id, comp, 'fail', `${bad.map((f) => `${f.path}: ${f.read === 'garbage' ? 'not a counter' : f.read}`).join('; ')}; ${estimate}`, `cat ${bad[0]!.path}   # should print an integer; if not, reload the driver: sudo modprobe -r intel_rapl_msr && sudo modprobe intel_rapl_msr`));
      return 'estimated';
    }
    return 'absent';
  };

  // CPU
  const cpuV = readCheck('package', 'rapl.read.cpu', 'cpu', cpuEstimate);
  let cpu: ComponentVerdict = cpuV;
  if (cpuV === 'absent') {
    const psys = d.zones.some((z) => z.role === 'psys');
    checks.push(
      check('rapl.read.cpu', 'cpu', 'fail', `no RAPL package zone under ${root}${psys ? ' (psys alone covers the whole platform and is not the CPU)' : ''}; ${cpuEstimate}`, `ls ${root}   # expect intel-rapl:0 with name package-0; if missing:\n${raplModuleFix()}`),
    );
    cpu = 'estimated';
  }

  // DRAM
  let dram = readCheck('dram', 'rapl.read.dram', 'dram', dramEstimate);
  if (dram === 'absent') {
    const amd = facts.vendor === 'amd';
    checks.push(
      check(
        'rapl.read.dram',
        'dram',
        'warn',
        `no RAPL dram zone${amd ? ': AMD Zen exposes package and core only' : ' (normal on most client and some server CPUs)'}; ${dramEstimate}`,
        `# nothing to fix on this CPU${amd ? ' (AMD exposes no DRAM energy)' : ''}: DRAM stays estimated and labelled so; CPU ${cpu === 'measured' ? 'is measured' : 'needs the fixes above'}`,
      ),
    );
    dram = 'estimated';
  }
  return { checks, cpu, dram };
}

/** The zones and what is summed: dies summed, psys and mmio not (they contain or repeat the packages). */
function layoutCheck(d: RaplDiscovery): DoctorCheck {
  const name = (z: RaplZone) => `${z.id} (${z.name})`;
  const pk = d.zones.filter((z) => z.role === 'package' && !z.id.startsWith('intel-rapl-mmio'));
  const mmio = d.zones.filter((z) => z.id.startsWith('intel-rapl-mmio'));
  const drams = d.zones.filter((z) => z.role === 'dram' && !z.id.startsWith('intel-rapl-mmio'));
  const psys = d.zones.filter((z) => z.role === 'psys');
  const dies = pk.filter((z) => /-die-/.test(z.name));
  const parts = [
    pk.length > 0 ? `package: ${pk.map(name).join(', ')}${pk.length > 1 ? ' summed' : ''}${dies.length > 0 ? ` (${dies.length} dies of multi-die packages, each counted once)` : ''}` : 'no package zone',
    drams.length > 0 ? `dram: ${drams.map(name).join(', ')}${drams.length > 1 ? ' summed' : ''}` : 'no dram zone',
    ...(psys.length > 0 ? [`psys: ${psys.map((z) => z.id).join(', ')} not summed (the platform zone contains the packages)`] : []),
    ...(mmio.length > 0 ? [`${mmio.map((z) => z.id).join(', ')}: intel-rapl-mmio duplicates of the package counters, ${pk.length > 0 ? 'not summed' : 'used as the package counters (no MSR interface)'}`] : []),
  ];
  return check('rapl.layout', 'cpu', 'ok', parts.join('; '));
}
