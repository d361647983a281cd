// docs/runners.md: every command and YAML block on the page is what doctor prints for the page's example
// machine (the checks run here on that machine's facts), each setup's fixes are on the page, the doctor
// invocations it shows are valid, and the container setup's mounts do what the page says.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgePermission } from '../../src/github/permissions.ts';
import { INIT_PID_NS, parseGroupFile, type HostFacts } from '../../src/doctor/facts.ts';
import { dockerPowercapFlags } from '../../src/doctor/fixes.ts';
import { processChecks } from '../../src/doctor/processes.ts';
import { amdGroupsFix } from '../../src/doctor/gpu-amd.ts';
import { permissionFixFor, raplChecks } from '../../src/doctor/rapl.ts';
import { discoverRaplSync } from '../../src/meter/rapl/powercap.ts';
import { DoctorReport } from '../../src/model/doctor.ts';
import { buildPowercapTree, intelLayout } from '../fakes/powercap.ts';

const PAGE = readFileSync(resolve('docs/runners.md'), 'utf8');
const CLI = resolve('src/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'jc-docs-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page's example machine. */
const machine = (over: Partial<HostFacts> = {}): HostFacts => ({
  uid: 1001, user: 'runner', gids: [1001], kernel: '6.8.0-45-generic', vendor: 'intel', cpuModel: 'Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz', logicalCpus: 40,
  memTotalBytes: 192e9, hypervisor: null, pidNs: INIT_PID_NS, container: null, kubernetes: false, service: 'actions.runner.octo-ml.gpu-01.service',
  procOptions: ['rw'], groups: parseGroupFile('root:x:0:\nrunner:x:1001:\n'), ...over,
});
const docker = () => machine({ uid: 0, user: 'root', container: 'docker, a PID namespace of its own (pid:[4026532999])', pidNs: 'pid:[4026532999]', service: null });
const pod = () => machine({ container: 'kubernetes (KUBERNETES_SERVICE_HOST is set)', kubernetes: true, pidNs: 'pid:[4026532999]', service: null, groups: [] });
const rootOnly = { id: 'intel-rapl:0', path: '/sys/class/powercap/intel-rapl:0/energy_uj', read: 'EACCES', mode: 0o400, uid: 0, gid: 0 };
const noRapl = (f: HostFacts) => raplChecks({ root: join(dir, 'none'), discovery: discoverRaplSync(join(dir, 'none')), files: [], facts: f }).checks.find((c) => c.id === 'rapl.driver')!.fix!;
const gpuPids = (f: HostFacts, root: string | null) => processChecks({ facts: f, nsPids: [1], gpuInUse: true, powercapRoot: root }).find((c) => c.id === 'processes.gpu-pids')!.fix!;
const ALL = { baseline: true, comment: true, badge: true };

/** Every fix doctor prints in the page's setups. */
const printed: Record<string, string> = {
  'bare metal, root-only counters': permissionFixFor(rootOnly, machine()).fix,
  'bare metal, no driver': noRapl(machine()),
  'job container without the host powercap': noRapl(docker()),
  'job container, GPU host PIDs': gpuPids(docker(), '/host/sys/class/powercap'),
  'ARC pod, counters of the node group 997': permissionFixFor({ ...rootOnly, mode: 0o440, gid: 997 }, pod()).fix,
  'ARC pod, GPU host PIDs': gpuPids(pod(), '/host/sys/class/powercap'),
  'bare metal, AMD GPU without the render and video groups': amdGroupsFix('runner', ['render', 'video']),
  'token without the writes': judgePermission('comment', { status: 403, accepted: 'issues=write; pull_requests=write', error: null }, { repo: { owner: 'o', repo: 'r' }, pr: 1, fromFork: false, needs: ALL }).fix!,
};

const blocks = [...PAGE.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]!.replace(/\n$/, '') }));
const lines = (s: string) => `\n${s}\n`;
const segments = (fix: string) =>
  fix
    .split(/^#.*$/m)
    .map((s) => s.replace(/^\n+|\n+$/g, ''))
    .filter((s) => s !== '');

describe('docs/runners.md', () => {
  it('every code block is what doctor prints (or a doctor invocation)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(11);
    for (const b of blocks) {
      if (b.text.startsWith('npx joulecheck doctor')) continue;
      const from = Object.entries(printed).filter(([, fix]) => lines(fix).includes(lines(b.text)));
      expect(from.length, `not printed by doctor:\n${b.text}`).toBeGreaterThan(0);
    }
  });

  it('each setup\'s fixes are on the page', () => {
    const page = blocks.map((b) => b.text);
    const want = [
      ...segments(printed['bare metal, root-only counters']!),
      ...segments(printed['bare metal, no driver']!),
      ...segments(printed['job container without the host powercap']!),
      ...segments(printed['job container, GPU host PIDs']!),
      segments(printed['ARC pod, counters of the node group 997']!).at(-1)!, // the pod spec (the host part is section 1's)
      ...segments(printed['ARC pod, GPU host PIDs']!).slice(0, 1),
      ...segments(printed['token without the writes']!),
      ...segments(printed['bare metal, AMD GPU without the render and video groups']!).slice(0, 1),
    ];
    for (const w of want) expect(page, `missing from the page:\n${w}`).toContain(w);
  });

  it('the doctor invocations on the page are valid (never a usage error)', () => {
    for (const b of blocks.filter((x) => x.text.startsWith('npx joulecheck doctor'))) {
      const args = b.text.split(' ').slice(3);
      const r = spawnSync(process.execPath, [CLI, 'doctor', ...args, '--format', 'json', '--gpu-sensor', 'none'], { encoding: 'utf8', timeout: 30_000 });
      expect([0, 1], `${b.text}: ${r.stderr}`).toContain(r.status);
      DoctorReport.parse(JSON.parse(r.stdout));
    }
  });

  it('the container mounts as the page gives them (read-only binds of both halves): doctor measures through them', () => {
    // the host's sysfs is a fake tree here: <host>/class/powercap links into <host>/devices/virtual/powercap
    const host = join(dir, 'host');
    buildPowercapTree(host, intelLayout());
    const ctr = join(dir, 'ctr');
    const binds = [...dockerPowercapFlags().matchAll(/-v (\S+):(\S+):ro/g)].map((m) => ({ from: m[1]!.replace(/^\/sys\//, `${host}/`), to: ctr + m[2]! }));
    expect(binds).toHaveLength(2);
    for (const b of binds) mkdirSync(b.to, { recursive: true });
    const root = `${ctr}/host/sys/class/powercap`;
    const q = (s: string) => `'${s}'`;
    const script = [
      ...binds.map((b) => `mount --bind ${q(b.from)} ${q(b.to)} && mount -o remount,bind,ro ${q(b.to)}`),
      `exec ${q(process.execPath)} ${q(CLI)} doctor --format json --gpu-sensor none --powercap-root ${q(root)}`,
    ].join(' && ');
    const r = spawnSync('unshare', ['-m', '-p', '-f', '--mount-proc', 'sh', '-c', script], { encoding: 'utf8', timeout: 30_000 });
    const rep = DoctorReport.parse(JSON.parse(r.stdout));
    expect(rep.components).toMatchObject({ cpu: 'measured', dram: 'measured' });
    expect(rep.checks.find((c) => c.id === 'processes.pid-namespace')!.detail).toMatch(/^own PID namespace/);
  });

  it('the ARC pod as the page gives it: uid 1001 with the node group as supplemental group, the hostPath mounts read-only, its own PID namespace', () => {
    // the node: counters granted to group 997 as section 1 sets up (0440 root:997)
    const node = join(dir, 'node');
    const tree = buildPowercapTree(node, intelLayout().map((z) => ({ ...z, mode: 0o440 })));
    for (const f of Object.values(tree.files)) spawnSync('chgrp', ['997', f]);
    const pod = join(dir, 'pod');
    const mounts = [`${pod}/host/sys/class/powercap`, `${pod}/host/sys/devices/virtual/powercap`];
    for (const m of mounts) mkdirSync(m, { recursive: true });
    const q = (x: string) => `'${x}'`;
    const smi = join(dir, 'smi.json');
    spawnSync('sh', ['-c', `echo '{"count":1}' > ${q(smi)} && chmod 644 ${q(smi)}`]);
    const script = [
      `mount --bind ${q(`${node}/class/powercap`)} ${q(mounts[0]!)} && mount -o remount,bind,ro ${q(mounts[0]!)}`,
      `mount --bind ${q(`${node}/devices/virtual/powercap`)} ${q(mounts[1]!)} && mount -o remount,bind,ro ${q(mounts[1]!)}`,
      // securityContext: runAsUser 1001, runAsGroup 1001, supplementalGroups [997]
      `exec setpriv --reuid=1001 --regid=1001 --groups=997 -- ${q(process.execPath)} ${q(CLI)} doctor --format json --gpu-sensor nvidia-smi --nvidia-smi ${q(resolve('test/fakes/nvidia-smi'))} --powercap-root ${q(mounts[0]!)}`,
    ].join(' && ');
    const r = spawnSync('unshare', ['-m', '-p', '-f', '--mount-proc', 'sh', '-c', script], {
      encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH, HOME: '/tmp', KUBERNETES_SERVICE_HOST: '10.0.0.1', JOULECHECK_FAKE_NVSMI: smi },
    });
    const rep = DoctorReport.parse(JSON.parse(r.stdout));
    expect(rep.components).toEqual({ cpu: 'measured', dram: 'measured', gpu: 'measured' });
    const pids = rep.checks.find((c) => c.id === 'processes.gpu-pids')!;
    expect(pids.status).toBe('fail');
    // the step the page shows for this pod is exactly the fix doctor prints there
    const step = blocks.map((b) => b.text).filter((t) => t.includes('gpu-attribution: exclusive'));
    expect(step.length).toBeGreaterThan(0);
    expect(lines(pids.fix!.replaceAll(pod, ''))).toContain(lines(step[step.length - 1]!)); // the pod's mounts sit under a temp dir here
  });
});
