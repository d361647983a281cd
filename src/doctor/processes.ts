// Process visibility checks: the PID namespace (container or not), whether GPU processes' host PIDs can
// be matched with the step's tree (NSpid), and hidepid on /proc. Pure over HostFacts and one NSpid read.
import { check, type DoctorCheck } from '../model/doctor.ts';
import { INIT_PID_NS, type HostFacts } from './facts.ts';
import { containerJobYaml, exclusiveAttributionYaml, hidepidFix } from './fixes.ts';

export interface ProcessCheckInput {
  facts: HostFacts;
  /** NSpid of this process (null: the kernel has none, < 4.1) */
  nsPids: number[] | null;
  gpuInUse: boolean;
  /** 'exclusive' needs no PIDs; undefined where the caller has no such setting */
  gpuAttribution?: 'process' | 'exclusive';
  powercapRoot: string | null;
}

export function processChecks(i: ProcessCheckInput): DoctorCheck[] {
  const f = i.facts;
  const out: DoctorCheck[] = [];
  const hostNs = f.pidNs === INIT_PID_NS;
  if (f.pidNs === null) out.push(check('processes.pid-namespace', 'processes', 'warn', 'cannot read /proc/self/ns/pid (no procfs?): the step\'s process tree cannot be walked', 'mount -t proc proc /proc   # the meter reads /proc/<pid>/stat'));
  else if (hostNs) out.push(check('processes.pid-namespace', 'processes', 'ok', `host PID namespace (${f.pidNs}): not in a container${f.container ? ` (${f.container})` : ''}`));
  else out.push(check('processes.pid-namespace', 'processes', 'ok', `own PID namespace ${f.pidNs}: a container (${f.container ?? 'unknown kind'}); the step's CPU share is still measured from this namespace's /proc and the machine's /proc/stat`));

  if (i.nsPids === null) out.push(check('processes.nspid', 'processes', 'warn', 'no NSpid line in /proc/self/status (Linux < 4.1): host PIDs cannot be mapped into a container', '# use a kernel >= 4.1, or on a dedicated GPU: gpu-attribution: exclusive'));
  else out.push(check('processes.nspid', 'processes', 'ok', `NSpid available (this process: ${i.nsPids.join(' -> ')})`));

  if (i.gpuInUse) {
    if (i.gpuAttribution === 'exclusive') out.push(check('processes.gpu-pids', 'processes', 'ok', 'gpu-attribution exclusive: the step is credited with its GPUs\' whole energy; PIDs are not needed'));
    else if (hostNs) out.push(check('processes.gpu-pids', 'processes', 'ok', 'GPU processes are reported with host PIDs, which are this namespace\'s PIDs: per-process GPU attribution works'));
    else
      out.push(
        check(
          'processes.gpu-pids',
          'processes',
          'fail',
          `the GPU reports host PIDs, and this process lives in its own PID namespace (${f.pidNs}) that cannot see them: the step's GPU share would read as 0`,
          f.kubernetes
            ? `# a runner pod with dedicated GPUs: credit the step with the whole energy of the GPUs it sees\n${exclusiveAttributionYaml(i.powercapRoot)}\n# (or hostPID: true in the pod spec, which exposes every host process to the job)`
            : `# share the host's PID namespace (the job can then see every host process):\n${containerJobYaml({ pidHost: true })}\n# or, on GPUs dedicated to the job:\n${exclusiveAttributionYaml(i.powercapRoot)}`,
        ),
      );
  }

  const hide = f.procOptions?.find((o) => o.startsWith('hidepid='));
  if (hide && !/^hidepid=(0|off)$/.test(hide)) {
    const gidOpt = f.procOptions?.find((o) => o.startsWith('gid='));
    const gid = gidOpt ? Number(gidOpt.slice(4)) : null;
    const exempt = f.uid === 0 || (gid !== null && f.gids.includes(gid));
    if (exempt) out.push(check('processes.hidepid', 'processes', 'ok', `/proc is mounted with ${hide}${gidOpt ? `,${gidOpt}` : ''}, which does not hide processes from ${f.user}`));
    else {
      const group = (gid !== null ? f.groups.find((g) => g.gid === gid)?.name : undefined) ?? 'proc';
      out.push(
        check(
          'processes.hidepid',
          'processes',
          'warn',
          `/proc is mounted with ${hide}: processes of other users are invisible to ${f.user}; the step's own tree is seen, but GPU processes and CPU time of other users cannot be identified (the machine totals from /proc/stat stay right)`,
          gid !== null ? `sudo usermod -aG ${group} ${f.user}   # the group /proc exempts (gid=${gid}); then restart the runner` : hidepidFix(group),
        ),
      );
    }
  } else out.push(check('processes.hidepid', 'processes', 'ok', '/proc shows every process (no hidepid)'));
  return out;
}
