// End to end: the real meter process (`joulecheck run`) metering a step that is a GPU process (found by
// its argv[0] in /proc) on the fake NVML library (loaded through koffi) and on the fake nvidia-smi:
// machine energy, the step's attributed share alone and beside a competitor outside its tree, the
// fallback chain and its labels, exclusive attribution.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Summary } from '../../src/model/summary.ts';
import { LogHeader } from '../../src/model/log.ts';
import { buildFakeNvml, writeScenario, type FakeNvmlScenario } from '../fakes/nvml.ts';
import { meter, tempDir } from './helpers.ts';

const FAKE_SMI = resolve(import.meta.dirname, '../fakes/nvidia-smi');
const dir = tempDir('jc-gpu-e2e-');
let lib: string;
let n = 0;
const others: ChildProcess[] = [];
beforeAll(() => {
  lib = buildFakeNvml();
});
afterAll(() => {
  for (const c of others) if (c.exitCode === null) c.kill('SIGKILL');
});

const STEP_S = 4;
const tag = (what: string): string => `jc-e2e-${process.pid}-${what}-${n++}`;

interface Ran {
  s: Summary;
  header: LogHeader;
  samples: Array<{ t: number; dt: number; gpu?: Array<{ u: string; sm: number | null; on: boolean; util: number | null; j: number | null }> }>;
}

/** Meters `exec -a <name> sleep STEP_S` (a GPU process by its argv[0]) with these options. */
async function run(name: string, args: string[], env: Record<string, string>): Promise<Ran> {
  const out = join(dir, `out-${n++}`);
  const r = await meter(['--out', out, '--label', 'gpu', '--interval-ms', '100', ...args, '--', 'bash', '-c', `exec -a ${name} sleep ${STEP_S}`], { env });
  expect(r.stderr).not.toMatch(/Error|at .*\.ts/);
  expect(r.code).toBe(0);
  const s = Summary.parse(JSON.parse(readFileSync(join(out, 'gpu-1.summary.json'), 'utf8')));
  const lines = readFileSync(join(out, 'gpu-1.log.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const header = LogHeader.parse(lines[0]);
  return { s, header, samples: lines.filter((l) => l.type === 'sample') as unknown as Ran['samples'] };
}

function nvmlEnv(s: FakeNvmlScenario): Record<string, string> {
  return writeScenario(join(dir, `nvml-${n++}.txt`), s);
}
function smiEnv(s: object): Record<string, string> {
  const p = join(dir, `smi-${n++}.json`);
  writeFileSync(p, JSON.stringify(s));
  return { JOULECHECK_FAKE_NVSMI: p, PATH: `/nonexistent:${process.env.PATH}` };
}
/** A GPU process outside the metered tree. */
/** Starts the competitor and waits until it runs under its name: the fake driver finds it by argv0, and
 * a step started before the competitor's exec (a loaded machine) would be a sole tenant at first. */
async function competitor(name: string): Promise<void> {
  const c = spawn('bash', ['-c', `exec -a ${name} sleep ${STEP_S + 8}`], { stdio: 'ignore' });
  others.push(c);
  for (const t0 = Date.now(); Date.now() - t0 < 10_000; await new Promise((r) => setTimeout(r, 10))) {
    try {
      if (readFileSync(`/proc/${c.pid}/cmdline`, 'latin1').startsWith(`${name}\0`)) return;
    } catch {
      // not there yet
    }
  }
  throw new Error(`the competitor ${name} did not start within 10 s`);
}
const share = (s: Summary): number => s.energy_j.attributed.gpu / s.energy_j.machine.gpu;

describe('single-tenant step of 4 s on 2 GPUs at 250 W: attributed within 3 % of machine', () => {
  it('NVML energy counter', async () => {
    const step = tag('solo');
    const env = nvmlEnv({ gpus: [{ base_w: 250 }, { base_w: 250 }], procs: [{ gpu: 0, argv0: step, sm: 100 }, { gpu: 1, argv0: step, sm: 100 }] });
    const { s, header, samples } = await run(step, ['--gpu-sensor', 'nvml', '--nvml-lib', lib], env);
    expect(s.methods.gpu).toMatchObject({ kind: 'measured', sensor: 'nvml' });
    expect(s.methods.gpu.detail).toMatch(/energy counter/);
    expect(header.gpu_sampling).toMatchObject({ sensor: 'nvml', per_process: 'nvml' });
    const metered = samples.reduce((t, x) => t + x.dt, 0);
    const truth = 500 * metered;
    console.log(`NVML: machine ${s.energy_j.machine.gpu.toFixed(1)} J (500 W x ${metered.toFixed(3)} s metered = ${truth.toFixed(1)} J), attributed ${s.energy_j.attributed.gpu.toFixed(1)} J (${(100 * share(s)).toFixed(1)} %)`);
    expect(Math.abs(s.energy_j.machine.gpu - truth) / truth).toBeLessThan(0.005);
    expect(share(s)).toBeGreaterThan(0.97);
  });

  it('nvidia-smi stream (pmon): no lost edges at the start or the end', async () => {
    const step = tag('solo-smi');
    const env = smiEnv({
      gpus: [{ power: [[0, 250]], util: [[0, 100]] }, { power: [[0, 250]], util: [[0, 100]] }],
      processes: [{ argv0: step, gpu: 0, sm: 100 }, { argv0: step, gpu: 1, sm: 100 }],
    });
    const { s, samples } = await run(step, ['--gpu-sensor', 'nvidia-smi', '--nvidia-smi', FAKE_SMI], env);
    expect(s.methods.gpu).toMatchObject({ kind: 'measured', sensor: 'nvidia-smi' });
    expect(s.methods.gpu.detail).toMatch(/polled power/);
    console.log(`nvidia-smi: machine ${s.energy_j.machine.gpu.toFixed(1)} J, attributed ${s.energy_j.attributed.gpu.toFixed(1)} J (${(100 * share(s)).toFixed(1)} %)`);
    // the step is alive until its last sample: no interval of it has share 0 on a GPU with readings
    const zero = samples.filter((x) => x.gpu?.some((g) => g.j !== null && !g.on));
    expect(zero.map((x) => x.t)).toEqual([]);
    expect(share(s)).toBeGreaterThan(0.97);
  });
});

describe('a competing GPU process outside the tree at half the SM: the step\'s share within 3 points of 50 %', () => {
  it('NVML', async () => {
    const step = tag('half');
    const other = tag('other');
    const env = nvmlEnv({ gpus: [{ base_w: 300 }], procs: [{ gpu: 0, argv0: step, sm: 50 }, { gpu: 0, argv0: other, sm: 50 }] });
    await competitor(other);
    const { s } = await run(step, ['--gpu-sensor', 'nvml', '--nvml-lib', lib], env);
    console.log(`NVML beside a competitor: share ${(100 * share(s)).toFixed(1)} %`);
    expect(Math.abs(share(s) - 0.5)).toBeLessThan(0.03);
  });

  it('nvidia-smi', async () => {
    const step = tag('half-smi');
    const other = tag('other-smi');
    const env = smiEnv({ gpus: [{ power: [[0, 300]], util: [[0, 100]] }], processes: [{ argv0: step, gpu: 0, sm: 50 }, { argv0: other, gpu: 0, sm: 50 }] });
    await competitor(other);
    const { s } = await run(step, ['--gpu-sensor', 'nvidia-smi', '--nvidia-smi', FAKE_SMI], env);
    console.log(`nvidia-smi beside a competitor: share ${(100 * share(s)).toFixed(1)} %`);
    expect(Math.abs(share(s) - 0.5)).toBeLessThan(0.03);
  });
});

describe('the chain falls back and says so; never a crash, never an unlabelled number', () => {
  it('auto: library missing -> nvidia-smi, labelled polled power, the NVML reason kept', async () => {
    const step = tag('nolib');
    const env = smiEnv({ gpus: [{ power: [[0, 200]], util: [[0, 100]] }], processes: [{ argv0: step, gpu: 0, sm: 100 }] });
    const { s, header } = await run(step, ['--nvml-lib', join(dir, 'missing', 'libnvidia-ml.so.1'), '--nvidia-smi', FAKE_SMI], env);
    expect(s.methods.gpu).toMatchObject({ kind: 'measured', sensor: 'nvidia-smi' });
    expect(s.methods.gpu.detail).toMatch(/polled power/);
    expect(s.methods.gpu.detail).toMatch(/NVML not used \(NVML_ERROR_LIBRARY_NOT_FOUND/);
    expect(header.sensors.notes.join('\n')).toMatch(/NVML not used: NVML_ERROR_LIBRARY_NOT_FOUND \(12\)/);
  });

  it('auto: init failing (driver not loaded) -> nvidia-smi, the code and its fix in the notes', async () => {
    const step = tag('noinit');
    const env = { ...nvmlEnv({ init: 9, gpus: [{}] }), ...smiEnv({ gpus: [{ power: [[0, 200]] }] }) };
    const { s, header } = await run(step, ['--nvml-lib', lib, '--nvidia-smi', FAKE_SMI], env);
    expect(s.methods.gpu.sensor).toBe('nvidia-smi');
    expect(header.sensors.notes.join('\n')).toMatch(/NVML_ERROR_DRIVER_NOT_LOADED \(9\).*--gpus all/);
  });

  it('counter not supported (pre-Volta) on one GPU and MIG on the other: NVML, each labelled', async () => {
    const step = tag('mixed');
    const env = nvmlEnv({
      gpus: [{ name: 'Tesla P100-PCIE-16GB', counter: false, base_w: 150 }, { name: 'NVIDIA A100-SXM4-80GB', mig: true, base_w: 200 }],
      procs: [{ gpu: 0, argv0: step, sm: 100 }],
    });
    const { s, samples } = await run(step, ['--nvml-lib', lib], env);
    expect(s.methods.gpu).toMatchObject({ kind: 'measured', sensor: 'nvml' });
    expect(s.methods.gpu.detail).toMatch(/energy counter \(nvmlDeviceGetTotalEnergyConsumption\) on GPU 1/);
    expect(s.methods.gpu.detail).toMatch(/polled power on GPU 0/);
    expect(s.methods.gpu.detail).toMatch(/MIG on GPU 1/);
    const truth = 350 * samples.reduce((t, x) => t + x.dt, 0);
    const per = [0, 1].map((i) => samples.reduce((t, x) => t + (x.gpu?.[i]?.j ?? 0), 0).toFixed(1));
    console.log(`P100 polled + A100 MIG counter: ${per.join(' + ')} J vs 350 W x metered = ${truth.toFixed(1)} J; gaps: ${samples.filter((x) => x.gpu?.some((g) => g.j === null)).length}`);
    expect(Math.abs(s.energy_j.machine.gpu - truth) / truth).toBeLessThan(0.01);
  });

  it('gpu-attribution exclusive: the whole energy of the visible GPUs, labelled', async () => {
    const step = tag('excl');
    const env = nvmlEnv({ gpus: [{ base_w: 200 }], procs: [] }); // the step's PIDs are not visible
    const { s, header } = await run(step, ['--nvml-lib', lib, '--gpu-attribution', 'exclusive'], env);
    expect(header.attribution.gpu_mode).toBe('exclusive');
    expect(s.energy_j.attributed.gpu).toBeCloseTo(s.energy_j.machine.gpu, 6);
    expect(s.methods.gpu.detail).toMatch(/attribution: exclusive/);
    expect((s.warnings ?? []).join('\n')).toMatch(/GPU attribution is exclusive/);
  });
});
