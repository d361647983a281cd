// Doctor's check logic over given facts: the RAPL layouts, the permission fixes for each ownership case,
// the GPU probes' outcomes, process visibility, and the report model. The same facts a machine gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DoctorReport, doctorExitCode, type DoctorCheck } from '../../src/model/doctor.ts';
import { renderDoctorText, sensorsLine, warningText, sameFixAs } from '../../src/render/doctor.ts';
import { INIT_PID_NS, parseGroupFile, procMountOptions, serviceFromCgroup, type HostFacts } from '../../src/doctor/facts.ts';
import { gpuChecks } from '../../src/doctor/gpu.ts';
import { counterMovement } from '../../src/doctor/load.ts';
import { processChecks } from '../../src/doctor/processes.ts';
import { permissionFixFor, probeZoneFiles, raplChecks, type ZoneFile } from '../../src/doctor/rapl.ts';
import type { NvmlProbe } from '../../src/meter/nvml/probe.ts';
import { discoverRaplSync } from '../../src/meter/rapl/powercap.ts';
import type { GpuProbe } from '../../src/meter/types.ts';
import { amdLayout, buildPowercapTree, intelLayout } from '../fakes/powercap.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-doctor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const sub = () => join(dir, String(n++));

const UDEV = `echo 'SUBSYSTEM=="powercap", ACTION=="add", RUN+="/bin/chgrp powercap /sys%p/energy_uj", RUN+="/bin/chmod g+r /sys%p/energy_uj"' | sudo tee /etc/udev/rules.d/99-joulecheck-powercap.rules`;
const TRIGGER = 'sudo udevadm control --reload && sudo udevadm trigger --subsystem-match=powercap --action=add';

function facts(over: Partial<HostFacts> = {}): HostFacts {
  return {
    uid: 1001, user: 'runner', gids: [1001], kernel: '6.8.0-45-generic', vendor: 'intel', cpuModel: 'Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz',
    logicalCpus: 40, memTotalBytes: 192e9, hypervisor: null, pidNs: INIT_PID_NS, container: null, kubernetes: false,
    service: 'actions.runner.octo-ml.gpu-01.service', procOptions: ['rw', 'nosuid'], groups: parseGroupFile('root:x:0:\nrunner:x:1001:\n'), ...over,
  };
}
const byId = (cs: DoctorCheck[], id: string): DoctorCheck => {
  const c = cs.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${cs.map((x) => x.id).join(', ')}`);
  return c;
};

function raplOf(zones: Parameters<typeof buildPowercapTree>[1], f = facts()) {
  const tree = buildPowercapTree(sub(), zones);
  const d = discoverRaplSync(tree.root);
  return { tree, ...raplChecks({ root: tree.root, discovery: d, files: probeZoneFiles(tree.root, d.zones), facts: f }) };
}

describe('RAPL layout', () => {
  it('Intel two sockets with dies, hex ids, psys and mmio: packages and drams summed, psys and mmio named and not summed', () => {
    const r = raplOf(intelLayout());
    expect(r.cpu).toBe('measured');
    expect(r.dram).toBe('measured');
    const layout = byId(r.checks, 'rapl.layout');
    expect(layout.status).toBe('ok');
    expect(layout.detail).toContain('package: intel-rapl:0 (package-0), intel-rapl:1 (package-1-die-0), intel-rapl:a (package-1-die-1) summed (2 dies');
    expect(layout.detail).toContain('dram: intel-rapl:0:2 (dram), intel-rapl:1:1 (dram) summed');
    expect(layout.detail).toContain('psys: intel-rapl:b not summed');
    expect(layout.detail).toContain('intel-rapl-mmio:0: intel-rapl-mmio duplicates of the package counters, not summed');
    expect(byId(r.checks, 'rapl.read.cpu').status).toBe('ok');
    expect(r.checks.every((c) => c.status === 'ok' && c.fix === undefined)).toBe(true);
  });

  it('AMD Zen without dram: CPU measured, DRAM a warning that says it will be estimated and that there is nothing to fix', () => {
    const r = raplOf(amdLayout(), facts({ vendor: 'amd', cpuModel: 'AMD EPYC 7763 64-Core Processor', memTotalBytes: 256e9 }));
    expect(r.cpu).toBe('measured');
    expect(r.dram).toBe('estimated');
    const d = byId(r.checks, 'rapl.read.dram');
    expect(d.status).toBe('warn');
    expect(d.detail).toContain('AMD Zen exposes package and core only');
    expect(d.detail).toContain('dram-per-gb: P = 96 W'); // 0.375 W/GB x 256 GB
    expect(d.fix).toBe('# nothing to fix on this CPU (AMD exposes no DRAM energy): DRAM stays estimated and labelled so; CPU is measured');
  });

  it('psys and mmio only (no MSR package): mmio is used as the package, psys never', () => {
    const r = raplOf([
      { id: 'intel-rapl:0', name: 'psys', max_energy_range_uj: 1e11, energy_uj: 5 },
      { id: 'intel-rapl-mmio:0', name: 'package-0', max_energy_range_uj: 1e11, energy_uj: 5 },
    ]);
    expect(r.cpu).toBe('measured');
    expect(byId(r.checks, 'rapl.layout').detail).toContain('used as the package counters (no MSR interface)');
    expect(byId(r.checks, 'rapl.read.cpu').detail).toContain('intel-rapl-mmio:0 (package-0)');
  });

  it('psys alone: the CPU is estimated, and the fix says how to look for the package zone', () => {
    const r = raplOf([{ id: 'intel-rapl:0', name: 'psys', max_energy_range_uj: 1e11, energy_uj: 5 }]);
    expect(r.cpu).toBe('estimated');
    const c = byId(r.checks, 'rapl.read.cpu');
    expect(c.status).toBe('fail');
    expect(c.detail).toContain('psys alone covers the whole platform');
    expect(c.fix).toContain('sudo modprobe intel_rapl_msr');
  });
});

describe('no RAPL at all', () => {
  const missing = () => join(dir, 'no-such-root');
  const none = (f: HostFacts) => {
    const d = discoverRaplSync(missing());
    return raplChecks({ root: missing(), discovery: d, files: [], facts: f });
  };

  it('a virtual machine: says what the estimate will be based on, and that a bare-metal runner is the way to measure', () => {
    const r = none(facts({ hypervisor: "the CPU reports the 'hypervisor' flag (Amazon EC2 m7i.xlarge)" }));
    expect([r.cpu, r.dram]).toEqual(['estimated', 'estimated']);
    const c = byId(r.checks, 'rapl.driver');
    expect(c.status).toBe('fail');
    expect(c.detail).toContain('virtual machine');
    expect(c.detail).toContain('the CPU energy will be estimated: tdp-linear: P = ');
    expect(c.detail).toContain('Xeon Gold 6248'); // the TDP table's entry for this CPU
    expect(c.detail).toContain('the DRAM energy will be estimated: dram-per-gb');
    expect(c.fix).toContain('bare-metal runner');
    expect(c.fix).toContain('sudo modprobe intel_rapl_msr');
  });

  it('bare metal without the driver: modprobe now and at boot', () => {
    const c = byId(none(facts()).checks, 'rapl.driver');
    expect(c.detail).toContain('the RAPL driver is not loaded');
    expect(c.fix).toBe('sudo modprobe intel_rapl_msr\necho intel_rapl_msr | sudo tee /etc/modules-load.d/joulecheck-rapl.conf');
  });

  it('a docker container: mount the host powercap read-only and pass --powercap-root', () => {
    const c = byId(none(facts({ container: 'docker (/.dockerenv)', pidNs: 'pid:[4026532174]' })).checks, 'rapl.driver');
    expect(c.detail).toContain('runs in docker');
    expect(c.fix).toContain('-v /sys/class/powercap:/host/sys/class/powercap:ro -v /sys/devices/virtual/powercap:/host/sys/devices/virtual/powercap:ro');
    expect(c.fix).toContain('powercap-root: /host/sys/class/powercap');
  });

  it('a Kubernetes pod: the runner pod spec with the hostPath volumes', () => {
    const c = byId(none(facts({ container: 'kubernetes', kubernetes: true })).checks, 'rapl.driver');
    expect(c.fix).toContain('hostPath: { path: /sys/devices/virtual/powercap, type: Directory }');
    expect(c.fix).toContain('nvidia.com/gpu: 1');
  });
});

describe('root-only counters: the fix for each ownership', () => {
  const file = (over: Partial<ZoneFile> = {}): ZoneFile => ({ id: 'intel-rapl:0', path: '/sys/class/powercap/intel-rapl:0/energy_uj', read: 'EACCES', mode: 0o400, uid: 0, gid: 0, ...over });

  it('mode 0400 root:root (Linux >= 5.10): create the group, add the user, the udev rule, restart the runner service', () => {
    const { why, fix } = permissionFixFor(file(), facts());
    expect(why).toContain('mode 0400 (owner uid 0, group root)');
    expect(why).toContain('CVE-2020-8694');
    expect(why).toContain('this kernel: 6.8.0-45-generic');
    expect(fix.split('\n')).toEqual([
      'sudo groupadd --system powercap',
      'sudo usermod -aG powercap runner',
      UDEV,
      TRIGGER,
      'sudo systemctl restart actions.runner.octo-ml.gpu-01.service',
    ]);
  });

  it('the group exists already: not created again', () => {
    const { fix } = permissionFixFor(file(), facts({ groups: parseGroupFile('root:x:0:\npowercap:x:997:\n') }));
    expect(fix.split('\n')[0]).toBe('sudo usermod -aG powercap runner');
  });

  it('group-readable by another group the user is not in: that group, no new one', () => {
    const { why, fix } = permissionFixFor(file({ mode: 0o440, gid: 998 }), facts({ groups: parseGroupFile('rapl:x:998:alice\n') }));
    expect(why).toContain('is not in a group that may read it');
    expect(fix).toContain('sudo usermod -aG rapl runner');
    expect(fix).not.toContain('groupadd');
  });

  it('the user is in the group but this process predates it: only the restart', () => {
    const { fix } = permissionFixFor(file({ mode: 0o440, gid: 998 }), facts({ groups: parseGroupFile('rapl:x:998:runner\n'), service: null }));
    expect(fix).toBe("# 'runner' is in 'rapl' but this process was started before; restart it to pick up the group:\nsudo ./svc.sh stop && sudo ./svc.sh start   # in the runner's install directory (or restart the runner however it is started)");
  });

  it('in a Kubernetes pod: host side, then the node group as supplementalGroups', () => {
    const { fix } = permissionFixFor(file({ mode: 0o440, gid: 997 }), facts({ container: 'kubernetes', kubernetes: true, groups: [] }));
    expect(fix).toContain('# on the host:\nsudo groupadd --system powercap');
    expect(fix).toContain('supplementalGroups: [997]');
  });

  it('in a docker container: --group-add with the gid the files carry', () => {
    const { fix } = permissionFixFor(file({ mode: 0o440, gid: 997 }), facts({ container: 'docker (/.dockerenv)', groups: [] }));
    expect(fix).toContain('docker run --group-add 997');
  });
});

const smiProbe = (over: Partial<GpuProbe> = {}): GpuProbe => ({
  available: true, bin: '/usr/bin/nvidia-smi', fields: ['timestamp', 'uuid', 'power.draw.instant', 'utilization.gpu'], per_process: 'pmon', notes: [],
  gpus: [{ uuid: 'GPU-a', index: 0, name: 'NVIDIA H100 80GB HBM3', driver: '590.48.01', power_limit_w: 700, tdp_w: 700 }],
  status: { kind: 'measured', sensor: 'nvidia-smi', detail: 'x' }, ...over,
});
const nvmlProbe = (over: Partial<NvmlProbe> = {}): NvmlProbe => ({
  ok: true, lib: 'libnvidia-ml.so.1', driver: '590.48.01', error: null,
  gpus: [{ index: 0, uuid: 'GPU-a', name: 'NVIDIA H100 80GB HBM3', energyCounter: true, powerReadable: true, mig: false, persistence: true }], ...over,
});

describe('GPU checks', () => {
  it('NVML with the energy counter: measured, nvidia-smi reported as the fallback', () => {
    const r = gpuChecks({ mode: 'auto', nvml: nvmlProbe(), smi: smiProbe(), device: '/dev/nvidia0', powercapRoot: null });
    expect(r.gpu).toBe('measured');
    expect(byId(r.checks, 'gpu.nvml.energy.0').detail).toContain('energy counter supported');
    expect(byId(r.checks, 'gpu.nvidia-smi').detail).toContain('(fallback: NVML is the sensor)');
    expect(r.checks.every((c) => c.status === 'ok')).toBe(true);
  });

  it('pre-Volta (no counter) warns, MIG and persistence off each give their fix', () => {
    const r = gpuChecks({
      mode: 'nvml', smi: null, device: '/dev/nvidia0', powercapRoot: '/host/sys/class/powercap',
      nvml: nvmlProbe({ gpus: [{ index: 0, uuid: 'GPU-a', name: 'Tesla P100-PCIE-16GB', energyCounter: false, powerReadable: true, mig: false, persistence: false }, { index: 1, uuid: 'GPU-b', name: 'NVIDIA A100-SXM4-40GB', energyCounter: true, powerReadable: true, mig: true, persistence: true }] }),
    });
    expect(r.gpu).toBe('measured');
    expect(byId(r.checks, 'gpu.nvml.energy.0').status).toBe('warn');
    const mig = byId(r.checks, 'gpu.mig');
    expect(mig.detail).toContain('MIG on for GPU 1');
    expect(mig.fix).toContain('sudo nvidia-smi -i 1 -mig 0');
    expect(mig.fix).toContain('    gpu-attribution: exclusive');
    expect(mig.fix).toContain('    powercap-root: /host/sys/class/powercap');
    const p = byId(r.checks, 'gpu.persistence');
    expect(p.detail).toContain('persistence mode off on GPU 0');
    expect(p.fix).toBe('sudo systemctl enable --now nvidia-persistenced   # or: sudo nvidia-smi -pm 1');
  });

  it('NVML failing init: with --gpu-sensor nvml a failure with NVML\'s own fix; with auto a warning and the nvidia-smi fallback', () => {
    const failing = nvmlProbe({ ok: false, gpus: [], driver: null, error: { code: 9, name: 'NVML_ERROR_DRIVER_NOT_LOADED', meaning: 'the NVIDIA kernel driver is not loaded', fix: 'sudo modprobe nvidia' } });
    const strict = gpuChecks({ mode: 'nvml', nvml: failing, smi: null, device: '/dev/nvidia0', powercapRoot: null });
    expect(byId(strict.checks, 'gpu.nvml')).toMatchObject({ status: 'fail', fix: 'sudo modprobe nvidia' });
    expect(byId(strict.checks, 'gpu.nvml').detail).toContain('NVML_ERROR_DRIVER_NOT_LOADED (9)');
    expect(strict.gpu).toBe('broken');
    const auto = gpuChecks({ mode: 'auto', nvml: failing, smi: smiProbe(), device: '/dev/nvidia0', powercapRoot: null });
    expect(byId(auto.checks, 'gpu.nvml')).toMatchObject({ status: 'warn', fix: 'sudo modprobe nvidia' });
    expect(byId(auto.checks, 'gpu.nvml').detail).toContain('nvidia-smi polled power is used instead');
    expect(auto.gpu).toBe('measured');
  });

  it('no GPU anywhere: absent, all ok; a device node without any working sensor: broken', () => {
    const missingLib = nvmlProbe({ ok: false, gpus: [], driver: null, error: { code: 12, name: 'NVML_ERROR_LIBRARY_NOT_FOUND', meaning: 'libnvidia-ml.so.1 not found', fix: '--nvml-lib PATH' } });
    const noSmi: GpuProbe = { available: false, bin: null, gpus: [], fields: [], per_process: 'none', notes: [], status: { kind: 'none', detail: 'nvidia-smi not found on PATH' } };
    const absent = gpuChecks({ mode: 'auto', nvml: missingLib, smi: noSmi, device: null, powercapRoot: null });
    expect(absent.gpu).toBe('absent');
    expect(absent.checks.every((c) => c.status === 'ok')).toBe(true);
    const broken = gpuChecks({ mode: 'auto', nvml: missingLib, smi: noSmi, device: '/dev/nvidia0', powercapRoot: null });
    expect(broken.gpu).toBe('broken');
    const s = byId(broken.checks, 'gpu.sensor');
    expect(s.status).toBe('fail');
    expect(s.fix).toContain('docker run --gpus all');
  });

  it('nvidia-smi without power: the GPU is estimated and the check fails', () => {
    const r = gpuChecks({ mode: 'nvidia-smi', nvml: null, smi: smiProbe({ fields: ['timestamp', 'uuid', 'utilization.gpu'], status: { kind: 'estimated', detail: 'nvidia-smi works but reports no power' } }), device: null, powercapRoot: null });
    expect(r.gpu).toBe('estimated');
    expect(byId(r.checks, 'gpu.nvidia-smi').fix).toContain('nvidia-smi --query-gpu=index,name,power.draw --format=csv');
  });

  it('--gpu-sensor none with a GPU present warns how to turn it back on', () => {
    const r = gpuChecks({ mode: 'none', nvml: null, smi: null, device: '/dev/nvidia0', powercapRoot: null });
    expect(byId(r.checks, 'gpu.sensor')).toMatchObject({ status: 'warn', fix: '--gpu-sensor auto   # (action input gpu-sensor: auto) to meter it' });
  });
});

describe('process visibility', () => {
  it('hidepid hides other users from a non-root runner; the gid= group exempts', () => {
    const hidden = processChecks({ facts: facts({ procOptions: ['rw', 'hidepid=invisible'] }), nsPids: [5], gpuInUse: false, powercapRoot: null });
    const h = byId(hidden, 'processes.hidepid');
    expect(h.status).toBe('warn');
    expect(h.fix).toBe("sudo mount -o remount,hidepid=invisible,gid=proc /proc   # and the runner user in 'proc'; or as the /proc line in /etc/fstab");
    const exempt = processChecks({ facts: facts({ procOptions: ['hidepid=2', 'gid=27'], gids: [1001, 27] }), nsPids: [5], gpuInUse: false, powercapRoot: null });
    expect(byId(exempt, 'processes.hidepid').status).toBe('ok');
    const notMember = processChecks({ facts: facts({ procOptions: ['hidepid=2', 'gid=27'], groups: parseGroupFile('sudo:x:27:\n') }), nsPids: [5], gpuInUse: false, powercapRoot: null });
    expect(byId(notMember, 'processes.hidepid').fix).toBe('sudo usermod -aG sudo runner   # the group /proc exempts (gid=27); then restart the runner');
  });

  it('GPU in use in a PID namespace: fails unless gpu-attribution is exclusive', () => {
    const f = facts({ pidNs: 'pid:[4026532174]', container: 'docker (/.dockerenv)' });
    const c = byId(processChecks({ facts: f, nsPids: [1], gpuInUse: true, powercapRoot: null }), 'processes.gpu-pids');
    expect(c.status).toBe('fail');
    expect(c.fix).toContain('--pid=host');
    expect(c.fix).toContain('gpu-attribution: exclusive');
    expect(byId(processChecks({ facts: f, nsPids: [1], gpuInUse: true, gpuAttribution: 'exclusive', powercapRoot: null }), 'processes.gpu-pids').status).toBe('ok');
    expect(processChecks({ facts: f, nsPids: [1], gpuInUse: false, powercapRoot: null }).some((x) => x.id === 'processes.gpu-pids')).toBe(false);
  });

  it('reads the proc mount options, the runner unit and /etc/group', () => {
    expect(procMountOptions('proc /proc proc rw,relatime 0 0\nproc /proc proc rw,nosuid,hidepid=invisible 0 0\n')).toEqual(['rw', 'nosuid', 'hidepid=invisible']);
    expect(serviceFromCgroup('0::/system.slice/actions.runner.octo-ml.gpu-01.service\n')).toBe('actions.runner.octo-ml.gpu-01.service');
    expect(serviceFromCgroup('0::/user.slice/user-1000.slice/session-3.scope\n')).toBeNull();
    expect(parseGroupFile('powercap:x:997:runner,alice\nbad line\n')).toEqual([{ name: 'powercap', gid: 997, members: ['runner', 'alice'] }]);
  });
});

describe('the report model', () => {
  it('a check that is not ok must carry a fix', () => {
    const bad = { schema: 'joulecheck/doctor@1', checks: [{ id: 'rapl.driver', component: 'cpu', status: 'fail', detail: 'x' }] };
    expect(DoctorReport.safeParse(bad).success).toBe(false);
    expect(DoctorReport.safeParse({ ...bad, checks: [{ ...bad.checks[0], fix: 'y' }] }).success).toBe(true);
    expect(DoctorReport.safeParse({ ...bad, checks: [{ ...bad.checks[0], component: 'disk', fix: 'y' }] }).success).toBe(false);
  });

  it('exit code: 0 all measured or absent, 1 when estimated, broken or failing', () => {
    const r = (components: DoctorReport['components'], status: 'ok' | 'fail' = 'ok'): DoctorReport => ({ schema: 'joulecheck/doctor@1', components, checks: [{ id: 'x', component: 'github', status, detail: 'd', ...(status === 'ok' ? {} : { fix: 'f' }) }] });
    expect(doctorExitCode(r({ cpu: 'measured', dram: 'measured', gpu: 'absent' }))).toBe(0);
    expect(doctorExitCode(r({ cpu: 'measured', dram: 'estimated', gpu: 'absent' }))).toBe(1);
    expect(doctorExitCode(r({ cpu: 'measured', dram: 'measured', gpu: 'broken' }))).toBe(1);
    expect(doctorExitCode(r({ cpu: 'measured', dram: 'measured', gpu: 'measured' }, 'fail'))).toBe(1);
  });

  it('a counter that wrapped moved; one that stayed did not', () => {
    expect(counterMovement(100, 250, 1000)).toBe(150);
    expect(counterMovement(900, 100, 1000)).toBe(200);
    expect(counterMovement(500, 500, 1000)).toBe(0);
    expect(counterMovement(null, 5, 1000)).toBeNull();
  });

  it('text: a fix shared by several checks is printed once, the others point at it; the Sensors line', () => {
    const fix = 'sudo usermod -aG powercap runner';
    const r: DoctorReport = {
      schema: 'joulecheck/doctor@1',
      components: { cpu: 'estimated', dram: 'estimated', gpu: 'measured' },
      checks: [
        { id: 'rapl.read.dram', component: 'dram', status: 'fail', detail: 'dram denied', fix },
        { id: 'rapl.read.cpu', component: 'cpu', status: 'fail', detail: 'cpu denied', fix },
        { id: 'gpu.nvidia-smi', component: 'gpu', status: 'ok', detail: 'fine' },
      ],
    };
    const text = renderDoctorText(r);
    expect(text).toBe(
      'joulecheck doctor: cpu estimated, dram estimated, gpu measured; 2 failing, 0 warning(s), 3 checks\n\ncpu\n  FAIL  rapl.read.cpu: cpu denied\n        fix:\n          sudo usermod -aG powercap runner\n' +
        '\ndram\n  FAIL  rapl.read.dram: dram denied\n        fix: the same as rapl.read.cpu\n\ngpu\n  ok    gpu.nvidia-smi: fine\n',
    );
    expect(warningText(r.checks[0]!, sameFixAs(r, r.checks[0]!))).toBe('joulecheck doctor rapl.read.dram: dram denied\nfix: the same as rapl.read.cpu');
    expect(sensorsLine(r, 'docs/runners.md')).toBe('**Sensors**: measured: gpu; estimated: cpu, dram; 2 failing check(s) (`rapl.read.dram`, `rapl.read.cpu`), each with its fix in the step log; [how to fix](docs/runners.md)\n');
  });
});
