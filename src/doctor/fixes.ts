// The exact fixes doctor prints: commands, rules and YAML for this machine's user, group and paths. Pure
// text builders; docs/runners.md shows them for its example machine and a test keeps the two the same.

/** Group the runner user is put in when the counters belong to no readable group yet. */
export const DEFAULT_RAPL_GROUP = 'powercap';

/** Where a job container or a runner pod sees the host's powercap sysfs (both halves: the class links are relative). */
export const HOST_SYS = '/host/sys';
export const HOST_POWERCAP_ROOT = `${HOST_SYS}/class/powercap`;

export const UDEV_RULE_FILE = '/etc/udev/rules.d/99-joulecheck-powercap.rules';

/** The udev rule: every RAPL zone, when its driver adds it, gets `group` ownership and group read on energy_uj. */
export function udevRule(group: string): string {
  return `SUBSYSTEM=="powercap", ACTION=="add", RUN+="/bin/chgrp ${group} /sys%p/energy_uj", RUN+="/bin/chmod g+r /sys%p/energy_uj"`;
}

export interface PermissionFixArgs {
  user: string;
  group: string;
  /** true when the group does not exist on this machine yet */
  createGroup: boolean;
  /** systemd unit of the runner when we run under one (from /proc/self/cgroup) */
  service: string | null;
}

/** How to restart the runner so its process gets the new group (groups are read at login). */
export function restartRunner(service: string | null): string {
  return service ? `sudo systemctl restart ${service}` : "sudo ./svc.sh stop && sudo ./svc.sh start   # in the runner's install directory (or restart the runner however it is started)";
}

/** Root-only energy_uj (Linux >= 5.10, CVE-2020-8694): a group with read access, the user in it, the runner restarted. */
export function raplPermissionFix(a: PermissionFixArgs): string {
  return [
    ...(a.createGroup ? [`sudo groupadd --system ${a.group}`] : []),
    `sudo usermod -aG ${a.group} ${a.user}`,
    `echo '${udevRule(a.group)}' | sudo tee ${UDEV_RULE_FILE}`,
    'sudo udevadm control --reload && sudo udevadm trigger --subsystem-match=powercap --action=add',
    restartRunner(a.service),
  ].join('\n');
}

/** The user is in the group already, but this process started before: only a restart is missing. */
export function raplRestartFix(user: string, group: string, service: string | null): string {
  return `# '${user}' is in '${group}' but this process was started before; restart it to pick up the group:\n${restartRunner(service)}`;
}

/** No zones on bare metal: the driver is not loaded. intel_rapl_msr serves Intel and (Linux >= 5.11) AMD Zen. */
export function raplModuleFix(): string {
  return ['sudo modprobe intel_rapl_msr', "echo intel_rapl_msr | sudo tee /etc/modules-load.d/joulecheck-rapl.conf"].join('\n');
}

/**
 * docker run flags: the host's powercap, both its class links and the zone directories they point to
 * (Docker masks /sys/devices/virtual/powercap inside containers), read-only, where --powercap-root finds it.
 */
export function dockerPowercapFlags(): string {
  return `-v /sys/class/powercap:${HOST_SYS}/class/powercap:ro -v /sys/devices/virtual/powercap:${HOST_SYS}/devices/virtual/powercap:ro`;
}

export function dockerRunFix(): string {
  return `docker run --gpus all ${dockerPowercapFlags()} IMAGE npx joulecheck doctor --powercap-root ${HOST_POWERCAP_ROOT}`;
}

/** A workflow job running in a container: GPUs, the host's powercap, and the action told where it is. */
export function containerJobYaml(opts: { pidHost: boolean }): string {
  return [
    'jobs:',
    '  train:',
    '    runs-on: [self-hosted, gpu]',
    '    container:',
    '      image: IMAGE',
    `      options: --gpus all${opts.pidHost ? ' --pid=host' : ''} ${dockerPowercapFlags()}`,
    '    steps:',
    '      - uses: OWNER/joulecheck@v1',
    '        with:',
    '          run: python train.py',
    `          powercap-root: ${HOST_POWERCAP_ROOT}`,
  ].join('\n');
}

/** The action's step when GPU processes' host PIDs cannot be seen: credit the step with its GPUs' whole energy. */
export function exclusiveAttributionYaml(powercapRoot: string | null): string {
  return [
    '- uses: OWNER/joulecheck@v1',
    '  with:',
    '    run: python train.py',
    ...(powercapRoot ? [`    powercap-root: ${powercapRoot}`] : []),
    '    gpu-attribution: exclusive',
  ].join('\n');
}

/**
 * The runner container of an Actions Runner Controller scale set (values.yaml `template.spec`): one GPU
 * from the NVIDIA device plugin, uid 1001 with the node's powercap group as a supplemental group (hostPath
 * files keep the node's numeric gid), and the node's powercap read-only at /host/sys.
 */
export function arcPodSpecYaml(gid: number | null): string {
  const g = gid ?? 'GID_OF_THE_POWERCAP_GROUP_ON_THE_NODE';
  return [
    'template:',
    '  spec:',
    '    securityContext:',
    '      runAsUser: 1001',
    '      runAsGroup: 1001',
    `      supplementalGroups: [${g}]`,
    '    containers:',
    '      - name: runner',
    '        image: ghcr.io/actions/actions-runner:latest',
    '        command: ["/home/runner/run.sh"]',
    '        resources:',
    '          limits:',
    '            nvidia.com/gpu: 1',
    '        volumeMounts:',
    '          - { name: powercap-class, mountPath: /host/sys/class/powercap, readOnly: true }',
    '          - { name: powercap-devices, mountPath: /host/sys/devices/virtual/powercap, readOnly: true }',
    '    volumes:',
    '      - { name: powercap-class, hostPath: { path: /sys/class/powercap, type: Directory } }',
    '      - { name: powercap-devices, hostPath: { path: /sys/devices/virtual/powercap, type: Directory } }',
  ].join('\n');
}

/** hidepid on /proc: other users' processes are invisible to a non-root meter. */
export function hidepidFix(group: string): string {
  return `sudo mount -o remount,hidepid=invisible,gid=${group} /proc   # and the runner user in '${group}'; or as the /proc line in /etc/fstab`;
}
