// `joulecheck doctor` as a user runs it: the CLI in a child process, as root and as an unprivileged uid,
// on fake powercap trees (the OS's own permission checks), the fake nvidia-smi, inside a real PID
// namespace and a /proc mounted with hidepid, with and without a load. Each fix is asserted.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DoctorReport, type DoctorCheck } from '../../src/model/doctor.ts';
import { runDoctor } from '../../src/doctor/run.ts';
import { amdLayout, buildPowercapTree, intelLayout, PowercapWriter } from '../fakes/powercap.ts';
import { buildHostRoot } from '../fakes/host-root.ts';

const CLI = resolve('src/cli.ts');
const FAKE_SMI = resolve('test/fakes/nvidia-smi');
const NOBODY = 65534;
const dir = mkdtempSync(join(tmpdir(), 'jc-doctor-cli-'));
chmodSync(dir, 0o755); // the unprivileged child must be able to walk it
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const sub = () => join(dir, String(n++));

/** A scenario file for the fake nvidia-smi, readable by any uid. */
function smiScenario(s: object): string {
  const p = join(dir, `smi-${n++}.json`);
  writeFileSync(p, JSON.stringify(s));
  chmodSync(p, 0o644);
  return p;
}

const BASE_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp' };

interface Ran {
  code: number | null;
  report: DoctorReport;
  stderr: string;
}

/** The CLI, optionally behind a wrapper (setpriv, unshare), output parsed and schema-checked. */
function doctor(args: string[], opts: { wrap?: string[]; env?: Record<string, string>; timeoutMs?: number } = {}): Ran {
  const argv = [...(opts.wrap ?? []), process.execPath, CLI, 'doctor', '--format', 'json', '--gpu-sensor', 'nvidia-smi', ...args];
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', env: { ...BASE_ENV, ...opts.env }, timeout: opts.timeoutMs ?? 30_000 });
  if (r.stdout.trim() === '') throw new Error(`no output (exit ${r.status}): ${r.stderr}`);
  return { code: r.status, report: DoctorReport.parse(JSON.parse(r.stdout)), stderr: r.stderr };
}
const get = (r: Ran, id: string): DoctorCheck => {
  const c = r.report.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${r.report.checks.map((x) => x.id).join(', ')}`);
  return c;
};
const asNobody = (groups: number[] = []) => ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, groups.length > 0 ? `--groups=${groups.join(',')}` : '--clear-groups', '--'];

describe('joulecheck doctor, the CLI', () => {
  it('all readable, nvidia-smi working: exit 0, every component measured', () => {
    const tree = buildPowercapTree(sub(), intelLayout());
    const r = doctor(['--powercap-root', tree.root, '--nvidia-smi', FAKE_SMI], { env: { JOULECHECK_FAKE_NVSMI: smiScenario({ count: 2 }) } });
    expect(r.report.components).toEqual({ cpu: 'measured', dram: 'measured', gpu: 'measured' });
    expect(get(r, 'gpu.nvidia-smi').detail).toContain('driver 590.48.01, 2 GPU(s) (NVIDIA H100 80GB HBM3)');
    expect(get(r, 'gpu.nvidia-smi').detail).toContain('power from power.draw.instant');
    expect(get(r, 'gpu.nvidia-smi.pmon').status).toBe('ok');
    expect(r.code, JSON.stringify(r.report.checks.filter((c) => c.status === 'fail'))).toBe(0);
  });

  it('root-only energy_uj, doctor as an unprivileged uid: the exact fix, and the fix applied makes the counters readable', () => {
    const tree = buildPowercapTree(sub(), intelLayout().map((z) => ({ ...z, mode: 0o400 })));
    const r = doctor(['--powercap-root', tree.root, '--nvidia-smi', 'none'], { wrap: asNobody() });
    expect(r.code).toBe(1);
    expect(r.report.components).toMatchObject({ cpu: 'estimated', dram: 'estimated' });
    const cpu = get(r, 'rapl.read.cpu');
    expect(cpu.status).toBe('fail');
    expect(cpu.detail).toContain(`${tree.root}/intel-rapl:0/energy_uj is mode 0600 (owner uid 0, group root): readable by root only`);
    expect(cpu.detail).toContain('CVE-2020-8694');
    expect(cpu.detail).toContain('this process runs as nobody (uid 65534)');
    expect(cpu.detail).toContain('the CPU energy will be estimated');
    const lines = cpu.fix!.split('\n');
    expect(lines).toContain('sudo usermod -aG powercap nobody');
    const rule = lines.find((l) => l.includes('/etc/udev/rules.d/99-joulecheck-powercap.rules'))!;
    expect(rule).toBe(`echo 'SUBSYSTEM=="powercap", ACTION=="add", RUN+="/bin/chgrp powercap /sys%p/energy_uj", RUN+="/bin/chmod g+r /sys%p/energy_uj"' | sudo tee /etc/udev/rules.d/99-joulecheck-powercap.rules`);
    expect(get(r, 'rapl.read.dram').fix).toBe(cpu.fix);

    // Apply the rule as udev would on each zone's "add" event (%p = the zone's devpath under /sys), with a
    // group id of ours for 'powercap', then run doctor again in that group: the counters are measured.
    const gid = 4242;
    const runs = [...rule.matchAll(/RUN\+="([^"]+)"/g)].map((m) => m[1]!);
    expect(runs).toHaveLength(2);
    for (const file of Object.values(tree.files)) {
      const zoneDir = file.replace(/\/energy_uj$/, '');
      for (const cmd of runs) {
        const [bin, ...args] = cmd.replace('/sys%p', zoneDir).replace(' powercap ', ` ${gid} `).split(' ');
        execFileSync(bin!, args);
      }
    }
    const fixed = doctor(['--powercap-root', tree.root, '--nvidia-smi', 'none'], { wrap: asNobody([gid]) });
    expect(get(fixed, 'rapl.read.cpu').status).toBe('ok');
    expect(fixed.report.components).toMatchObject({ cpu: 'measured', dram: 'measured' });
    expect(fixed.code).toBe(0);
  });

  it('no RAPL at all: the estimate is named and the check fails', () => {
    const r = doctor(['--powercap-root', join(dir, 'nothing-here'), '--nvidia-smi', 'none']);
    expect(r.code).toBe(1);
    const c = get(r, 'rapl.driver');
    expect(c.status).toBe('fail');
    expect(c.detail).toContain(`no RAPL zone under ${join(dir, 'nothing-here')}`);
    expect(c.detail).toMatch(/the CPU energy will be estimated: (tdp-linear|generic-per-vcpu): P = /);
    expect(c.fix).toMatch(/sudo modprobe intel_rapl_msr|--powercap-root \/host\/sys\/class\/powercap/);
  });

  it('a tree without dram (AMD layout): DRAM estimated, a warning with nothing to fix, exit 1', () => {
    const tree = buildPowercapTree(sub(), amdLayout());
    const r = doctor(['--powercap-root', tree.root, '--nvidia-smi', 'none']);
    expect(r.report.components).toMatchObject({ cpu: 'measured', dram: 'estimated', gpu: 'absent' });
    expect(get(r, 'rapl.read.dram').status).toBe('warn');
    expect(get(r, 'rapl.read.dram').fix).toMatch(/^# nothing to fix on this CPU/);
    expect(r.code).toBe(1);
  });

  it('nvidia-smi missing: says it cannot run it and how to reach the driver', () => {
    const tree = buildPowercapTree(sub(), intelLayout());
    const r = doctor(['--powercap-root', tree.root, '--nvidia-smi', join(dir, 'no', 'nvidia-smi')]);
    const c = get(r, 'gpu.nvidia-smi');
    expect(c.status).not.toBe('ok');
    expect(c.detail).toContain('cannot be run (ENOENT)');
    expect(c.fix).toContain('docker run --gpus all');
    expect(c.fix).toContain('nvidia-smi must work');
  });

  it('pmon unsupported: per-process from compute-apps, the exclusive-attribution fix', () => {
    const tree = buildPowercapTree(sub(), intelLayout());
    const r = doctor(['--powercap-root', tree.root, '--nvidia-smi', FAKE_SMI], { env: { JOULECHECK_FAKE_NVSMI: smiScenario({ pmon: false }) } });
    const c = get(r, 'gpu.nvidia-smi.pmon');
    expect(c.status).toBe('warn');
    expect(c.detail).toContain('--query-compute-apps (which process holds a context; SM share unknown)');
    expect(c.fix).toBe("# on a GPU dedicated to the job, credit the step with the GPU's whole energy:\n- uses: OWNER/joulecheck@v1\n  with:\n    run: python train.py\n    gpu-attribution: exclusive");
    expect(r.report.components?.gpu).toBe('measured');
  });

  it('in its own PID namespace (unshare -p): container detected, GPU host PIDs unmappable, fix with --pid=host or exclusive', () => {
    const tree = buildPowercapTree(sub(), intelLayout());
    const r = doctor(['--powercap-root', tree.root, '--nvidia-smi', FAKE_SMI], { wrap: ['unshare', '-p', '-f', '--mount-proc', '--'], env: { JOULECHECK_FAKE_NVSMI: smiScenario({}) } });
    const ns = get(r, 'processes.pid-namespace');
    expect(ns.detail).toMatch(/^own PID namespace pid:\[\d+\]/);
    expect(get(r, 'processes.nspid').detail).toMatch(/this process: \d+\)$/);
    const g = get(r, 'processes.gpu-pids');
    expect(g.status).toBe('fail');
    expect(g.fix).toContain('options: --gpus all --pid=host -v /sys/class/powercap:/host/sys/class/powercap:ro');
    expect(g.fix).toContain('    gpu-attribution: exclusive');
    expect(r.code).toBe(1);
  });

  it('/proc with hidepid: an unprivileged runner is told other users are hidden and how to exempt it', () => {
    const tree = buildPowercapTree(sub(), intelLayout());
    const inner = [...asNobody(), process.execPath, CLI, 'doctor', '--format', 'json', '--nvidia-smi', 'none', '--powercap-root', tree.root];
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const r = spawnSync('unshare', ['-m', '-p', '-f', '--mount-proc', 'sh', '-c', `mount -o remount,hidepid=2 /proc && exec ${inner.map(q).join(' ')}`], { encoding: 'utf8', env: BASE_ENV, timeout: 30_000 });
    const report = DoctorReport.parse(JSON.parse(r.stdout));
    const h = report.checks.find((c) => c.id === 'processes.hidepid')!;
    expect(h.status).toBe('warn');
    expect(h.detail).toMatch(/mounted with hidepid=(2|invisible)/);
    expect(h.fix).toContain('sudo mount -o remount,hidepid=invisible,gid=proc /proc');
  });

  it('--load: a counter that never moves fails; counters a writer advances pass', async () => {
    const frozen = buildPowercapTree(sub(), amdLayout());
    const r = doctor(['--powercap-root', frozen.root, '--nvidia-smi', 'none', '--load', '1']);
    const c = get(r, 'load.rapl.intel-rapl-0');
    expect(c.status).toBe('fail');
    expect(c.detail).toMatch(/energy_uj stayed at \d+ over 1\.\d s of CPU load/);
    expect(c.fix).toContain(`cat ${frozen.root}/intel-rapl:0/energy_uj; sleep 1; cat ${frozen.root}/intel-rapl:0/energy_uj   # must differ`);
    expect(get(r, 'load.procfs').status).toBe('ok');
    expect(r.code).toBe(1);

    // the same layout with a writer advancing package-0 at 40 W (from this process, as sysfs would)
    const live = buildPowercapTree(sub(), amdLayout());
    const w = new PowercapWriter(live.root, { 'intel-rapl:0': [[0, 40]] });
    w.start(50);
    try {
      const out = await new Promise<string>((res, rej) => {
        const child = spawn(process.execPath, [CLI, 'doctor', '--format', 'json', '--nvidia-smi', 'none', '--powercap-root', live.root, '--load', '1'], { env: BASE_ENV });
        let s = '';
        child.stdout.on('data', (d) => (s += d));
        child.on('error', rej);
        child.on('exit', () => res(s));
      });
      const rep = DoctorReport.parse(JSON.parse(out));
      const l = rep.checks.find((x) => x.id === 'load.rapl.intel-rapl-0')!;
      expect(l.status).toBe('ok');
      const watts = Number(/\(([\d.]+) W\)$/.exec(l.detail)![1]);
      expect(watts).toBeGreaterThan(30);
      expect(watts).toBeLessThan(50);
    } finally {
      w.stop();
    }
  });

  it('usage errors name the option and exit 2', () => {
    for (const [args, want] of [
      [['--format', 'xml'], "--format must be one of 'text', 'json', got 'xml'"],
      [['--gpu-sensor', 'cuda'], "--gpu-sensor must be one of 'auto', 'nvml', 'nvidia-smi', 'amdsmi', 'rocm-smi', 'none', got 'cuda'"],
      [['--load', '0'], '--load must be'],
      [['--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const r = spawnSync(process.execPath, [CLI, 'doctor', ...args], { encoding: 'utf8', env: BASE_ENV });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(want);
    }
  });

  it('text format: one line per check, the fix under it', () => {
    // an AMD machine's layout and an AMD machine's facts: the wording is the vendor's, not the test host's
    const tree = buildPowercapTree(sub(), amdLayout());
    const host = buildHostRoot(sub(), { vendor: 'amd', nvidiactl: false });
    const r = spawnSync(process.execPath, [CLI, 'doctor', '--powercap-root', tree.root, '--nvidia-smi', 'none'], { encoding: 'utf8', env: { ...BASE_ENV, JOULECHECK_HOST_ROOT: host } });
    expect(r.stdout).toMatch(/^joulecheck doctor: cpu measured, dram estimated, gpu absent; 0 failing, 1 warning\(s\)/);
    expect(r.stdout).toContain('\ndram\n  WARN  rapl.read.dram: no RAPL dram zone: ');
    expect(r.stdout).toContain('        fix:\n          # nothing to fix on this CPU');
  });

  it('without --load, doctor\'s own checks take a small part of the 2 s budget (the GPU tool\'s calls come on top)', async () => {
    // With a GPU, the time is nvidia-smi's (pmon -c 1 needs about a second, beside the other calls); the
    // fake here is a Node script whose own start-ups would be timed instead, so it is left out.
    const tree = buildPowercapTree(sub(), intelLayout());
    const t0 = performance.now();
    const rep = await runDoctor({ powercapRoot: tree.root, nvidiaSmi: null, gpuSensor: 'none', nvmlLib: null, loadSeconds: null, env: BASE_ENV });
    const ms = performance.now() - t0;
    expect(rep.components).toEqual({ cpu: 'measured', dram: 'measured', gpu: 'absent' });
    expect(ms).toBeLessThan(500);
  });

  it('what doctor says is what a metered run then does (the summary\'s methods per component)', () => {
    const cases = [
      { name: 'root-only counters as an unprivileged uid', tree: buildPowercapTree(sub(), intelLayout().map((z) => ({ ...z, mode: 0o400 }))), wrap: asNobody() },
      { name: 'AMD layout as root', tree: buildPowercapTree(sub(), amdLayout()), wrap: [] as string[] },
    ];
    for (const c of cases) {
      const said = doctor(['--powercap-root', c.tree.root, '--nvidia-smi', 'none'], { wrap: c.wrap }).report.components!;
      const out = sub();
      mkdirSync(out, { recursive: true });
      chmodSync(out, 0o777);
      const argv = [...c.wrap, process.execPath, CLI, 'run', '--out', out, '--label', 'd', '--powercap-root', c.tree.root, '--nvidia-smi', 'none', '--', 'sleep', '0.3'];
      const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', env: BASE_ENV, timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      const methods = (JSON.parse(readFileSync(join(out, 'd-1.summary.json'), 'utf8')) as { methods: Record<'cpu' | 'dram' | 'gpu', { kind: string }> }).methods;
      const asDoctor = (k: string) => (k === 'none' ? 'absent' : k);
      expect({ cpu: asDoctor(methods.cpu.kind), dram: asDoctor(methods.dram.kind), gpu: asDoctor(methods.gpu.kind) }, c.name).toEqual(said);
    }
  });
});
