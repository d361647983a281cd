// Whether doctor says an NVIDIA GPU is present rests on the driver's entries, /dev/nvidiaN nodes or a
// display-class PCI function of vendor 0x10de, all read from JOULECHECK_HOST_ROOT; /dev/nvidiactl alone
// (a container runtime creates it without a GPU) is not evidence. The CLI runs as a user runs it; where
// sensors are probed they are NVIDIA's real library and nvidia-smi, which find no kernel driver here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DoctorReport, type DoctorCheck } from '../../src/model/doctor.ts';
import { nvidiaPresence } from '../../src/doctor/gpu-presence.ts';
import { buildHostRoot, H100_PCI, type FakeHost } from '../fakes/host-root.ts';
import { buildPowercapTree, intelLayout } from '../fakes/powercap.ts';
import { nvidiaVendor } from '../fakes/nvidia-vendor.ts';

const CLI = resolve('src/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'jc-gpu-presence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const sub = () => join(dir, String(n++));
const host = (h: Omit<FakeHost, 'vendor'>) => buildHostRoot(sub(), { vendor: 'intel', ...h });

function doctor(root: string, args: string[], env: Record<string, string> = {}): { code: number | null; checks: DoctorCheck[]; gpu: string } {
  const tree = buildPowercapTree(sub(), intelLayout());
  const r = spawnSync(process.execPath, [CLI, 'doctor', '--format', 'json', '--powercap-root', tree.root, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', JOULECHECK_HOST_ROOT: root, ...env },
    timeout: 30_000,
  });
  if (r.stdout.trim() === '') throw new Error(`doctor printed nothing (exit ${r.status}): ${r.stderr}`);
  const rep = DoctorReport.parse(JSON.parse(r.stdout));
  return { code: r.status, checks: rep.checks, gpu: String(rep.components?.gpu) };
}
const get = (checks: DoctorCheck[], id: string): DoctorCheck => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`);
  return c;
};

describe('an NVIDIA GPU is present', () => {
  it('/dev/nvidiactl alone: not present', () => {
    const root = host({ nvidiactl: true });
    expect(nvidiaPresence(root)).toEqual({ evidence: null, driverLoaded: false, pci: [] });
    const r = doctor(root, ['--gpu-sensor', 'none']);
    expect(get(r.checks, 'gpu.sensor')).toMatchObject({ status: 'ok', detail: 'GPU metering disabled (--gpu-sensor none)' });
  });

  it('an NVIDIA function that is not a display controller (a GPU\'s HDMI audio) is no GPU', () => {
    const root = host({ nvidiactl: true, pci: H100_PCI.slice(1) });
    expect(nvidiaPresence(root).evidence).toBeNull();
  });

  it('/dev/nvidiactl and the GPU\'s PCI function: present, named by its address and class', () => {
    const root = host({ nvidiactl: true, pci: H100_PCI });
    const p = nvidiaPresence(root);
    expect(p.pci).toEqual([{ address: '0000:17:00.0', pciClass: '0x030200', driver: null }]);
    const r = doctor(root, ['--gpu-sensor', 'none']);
    expect(get(r.checks, 'gpu.sensor')).toMatchObject({
      status: 'warn',
      detail: 'GPU metering disabled (--gpu-sensor none), although a GPU is present (PCI 0000:17:00.0 (vendor 0x10de, class 0x030200, driver none))',
    });
  });

  it('the driver\'s entry is the strongest evidence, then a /dev/nvidiaN node', () => {
    const loaded = host({ nvidiactl: true, gpuNodes: 1, pci: H100_PCI.map((d) => ({ ...d, driver: d.vendor === '0x10de' ? 'nvidia' : d.driver })), driverProc: true });
    expect(nvidiaPresence(loaded)).toMatchObject({ evidence: join(loaded, 'proc', 'driver', 'nvidia', 'gpus', '0000:17:00.0'), driverLoaded: true });
    const nodes = host({ nvidiactl: true, gpuNodes: 2 });
    expect(nvidiaPresence(nodes)).toMatchObject({ evidence: join(nodes, 'dev', 'nvidia0'), driverLoaded: true, pci: [] });
  });

  it('the PCI function without nodes, the real NVML and nvidia-smi failing: present, and the fix is to load the driver', () => {
    const v = nvidiaVendor();
    const root = host({ nvidiactl: false, pci: H100_PCI });
    const r = doctor(root, ['--gpu-sensor', 'auto', '--nvml-lib', v.lib, '--nvidia-smi', v.smi], { LD_LIBRARY_PATH: v.libDir });
    expect(r.code).toBe(1);
    expect(r.gpu).toBe('broken');
    expect(get(r.checks, 'gpu.nvml').detail).toContain('NVML_ERROR_DRIVER_NOT_LOADED (9)');
    expect(get(r.checks, 'gpu.nvidia-smi').detail).toContain('exit 9');
    const s = get(r.checks, 'gpu.sensor');
    expect(s.status).toBe('fail');
    expect(s.detail).toBe(
      'an NVIDIA GPU is present (PCI 0000:17:00.0 (vendor 0x10de, class 0x030200, driver none)), the NVIDIA kernel driver is not loaded (no /proc/driver/nvidia/gpus entry, no /dev/nvidia0 node) but no sensor reads its power: GPU energy will be missing',
    );
    expect(s.fix!.split('\n')).toContain('sudo modprobe nvidia     # not installed: sudo apt-get install nvidia-driver (Debian non-free) or cuda-drivers (NVIDIA\'s repository)');
  });

  it('the PCI function bound to nvidia without nodes (a container without the GPU): the container fix', () => {
    const v = nvidiaVendor();
    const root = host({ nvidiactl: true, pci: H100_PCI.map((d) => ({ ...d, driver: d.vendor === '0x10de' ? 'nvidia' : d.driver })) });
    expect(nvidiaPresence(root)).toMatchObject({ driverLoaded: true, evidence: 'PCI 0000:17:00.0 (vendor 0x10de, class 0x030200, driver nvidia)' });
    const r = doctor(root, ['--gpu-sensor', 'auto', '--nvml-lib', v.lib, '--nvidia-smi', v.smi], { LD_LIBRARY_PATH: v.libDir });
    const s = get(r.checks, 'gpu.sensor');
    expect(s.status).toBe('fail');
    expect(s.detail).not.toContain('kernel driver is not loaded');
    expect(s.fix).toContain('docker run --gpus all ...');
  });
});
