// doctor's gpu.amd.* checks over a probe and the device nodes' groups (pure), and amdDeviceNodes on a host
// root with /dev/kfd and a render node owned by groups the user lacks.
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { amdChecks, amdDeviceNodes } from '../../src/doctor/gpu-amd.ts';
import type { AmdProbe } from '../../src/meter/amd/probe.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-amd-doctor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const groups = [{ name: 'video', gid: 44, members: [] }, { name: 'render', gid: 105, members: [] }];
const gpu = { index: 0, uuid: 'AMD-GPU-8c1f2a3b4d5e6f70', name: 'AMD Instinct MI210', energyCounter: true, resolutionUj: 15.3, powerReadable: true, busyReadable: true, partition: null, powerLimitW: 300, defaultLimitW: 300 };
const ok: AmdProbe = { ok: true, kind: 'rocm-smi', lib: 'librocm_smi64.so.1', gpus: [gpu], tried: [{ kind: 'rocm-smi', path: 'librocm_smi64.so.1', ok: true, error: null }], error: null };

describe('gpu.amd checks', () => {
  it('the device nodes and their groups are read from the host root', () => {
    mkdirSync(join(dir, 'dev', 'dri'), { recursive: true });
    writeFileSync(join(dir, 'dev', 'kfd'), '');
    writeFileSync(join(dir, 'dev', 'dri', 'renderD128'), '');
    writeFileSync(join(dir, 'dev', 'dri', 'card0'), '');
    chownSync(join(dir, 'dev', 'kfd'), 0, 105);
    chownSync(join(dir, 'dev', 'dri', 'renderD128'), 0, 44);
    expect(amdDeviceNodes(dir)).toEqual([{ path: '/dev/kfd', gid: 105 }, { path: '/dev/dri/renderD128', gid: 44 }]);
  });

  it('a user outside render and video gets the exact usermod; inside them, ok', () => {
    const nodes = [{ path: '/dev/kfd', gid: 105 }, { path: '/dev/dri/renderD128', gid: 44 }];
    const out = amdChecks({ probe: ok, required: false, nodes, user: 'runner', gids: [1001], groups });
    const g = out.checks.find((c) => c.id === 'gpu.amd.groups')!;
    expect(g.status).toBe('warn');
    expect(g.detail).toContain('runner is not in render, video');
    expect(g.fix!.split('\n')[0]).toBe('sudo usermod -aG render,video runner');
    expect(out.gpu).toBe('measured');
    const inside = amdChecks({ probe: ok, required: false, nodes, user: 'runner', gids: [1001, 44, 105], groups });
    expect(inside.checks.find((c) => c.id === 'gpu.amd.groups')!.status).toBe('ok');
  });

  it('a missing library: ok under auto on a machine without AMD nodes, a failure when asked for', () => {
    const missing: AmdProbe = { ok: false, kind: 'rocm-smi', lib: 'x', gpus: [], error: null, tried: [{ kind: 'rocm-smi', path: 'x', ok: false, error: { code: -100, name: 'library not found', meaning: 'x could not be loaded', fix: 'install it' } }] };
    expect(amdChecks({ probe: missing, required: false, nodes: [], user: 'u', gids: [], groups }).checks[0]!.status).toBe('ok');
    const asked = amdChecks({ probe: missing, required: true, nodes: [], user: 'u', gids: [], groups });
    expect(asked.checks[0]).toMatchObject({ id: 'gpu.amd.rocm-smi', status: 'fail', fix: 'install it' });
    // /dev/kfd is there but no library answers: the GPU is broken, not absent
    expect(amdChecks({ probe: missing, required: false, nodes: [{ path: '/dev/kfd', gid: 0 }], user: 'u', gids: [0], groups }).gpu).toBe('broken');
  });

  it('no counter: a warning with polled power; a partition is said', () => {
    const p: AmdProbe = { ...ok, gpus: [{ ...gpu, energyCounter: false, partition: 'CPX' }] };
    const out = amdChecks({ probe: p, required: true, nodes: [], user: 'u', gids: [], groups });
    expect(out.checks.find((c) => c.id === 'gpu.amd.energy.0')!.status).toBe('warn');
    expect(out.checks.find((c) => c.id === 'gpu.amd.partition.0')!.detail).toContain('CPX');
  });
});
