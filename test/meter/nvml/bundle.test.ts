// The bundled NVML sensor finds koffi's native binary next to its chunks, with no node_modules anywhere
// above it (the action runs from dist/): bundled as scripts/build.mjs bundles, the binaries where the build
// puts them (dist/native/<triplet>/koffi.node), run from a temp dir, NVML probed through the fake library.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFakeNvml, writeScenario } from '../../fakes/nvml.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-koffi-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled NVML', () => {
  it('loads koffi from <dist>/native/<triplet>/koffi.node and probes the library; without it it says why', async () => {
    const lib = buildFakeNvml();
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { probeNvml } from ${JSON.stringify(resolve('src/meter/nvml/probe.ts'))};\n` +
        `import { loadKoffi } from ${JSON.stringify(resolve('src/meter/koffi.ts'))};\n` +
        `const p = probeNvml(process.argv[2]);\nconst k = loadKoffi();\n` +
        `console.log(JSON.stringify({ ok: p.ok, gpus: p.gpus.length, error: p.error, from: 'from' in k ? k.from : null }));\n`,
    );
    const out = join(dir, 'dist');
    await build({
      entryPoints: { main: entry },
      outdir: out,
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);" },
    });
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const env = { ...process.env, ...writeScenario(join(dir, 'scenario.txt'), { gpus: [{ uuid: 'GPU-bundle' }] }), NODE_PATH: '' };
    const runIt = (): { ok: boolean; gpus: number; error: { meaning: string } | null; from: string | null } =>
      JSON.parse(execFileSync(process.execPath, [join(out, 'main.js'), lib], { env, cwd: dir, encoding: 'utf8' }).trim()) as never;

    // without the binaries: no koffi (nothing in node_modules reaches a temp dir), said, no crash
    const without = runIt();
    expect(without.ok).toBe(false);
    expect(without.error!.meaning).toMatch(/koffi could not be loaded/);

    // what scripts/build.mjs copies: x64 from node_modules, arm64 vendored
    const sources = { linux_x64: 'node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node', linux_arm64: 'vendor/koffi/linux_arm64/koffi.node' };
    for (const [triplet, from] of Object.entries(sources)) {
      mkdirSync(join(out, 'native', triplet), { recursive: true });
      copyFileSync(from, join(out, 'native', triplet, 'koffi.node'));
    }
    const withIt = runIt();
    expect(withIt).toMatchObject({ ok: true, gpus: 1, error: null });
    expect(withIt.from).toBe(join(out, 'native', `linux_${process.arch}`, 'koffi.node'));
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });
});

describe('bundled tick worker', () => {
  it('reads NVML in the tick worker of the bundle (meter-ticks.js), koffi from <dist>/native: no fallback, energy as the library integrates it', async () => {
    const lib = buildFakeNvml();
    const out = join(dir, 'dist-meter');
    // the meter's two entries as scripts/build.mjs bundles them
    await build({
      entryPoints: { meter: resolve('src/meter-main.ts'), 'meter-ticks': resolve('src/meter/sampling/tick-worker.ts') },
      outdir: out,
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __jcCreateRequire } from 'node:module'; const require = __jcCreateRequire(import.meta.url);" },
    });
    mkdirSync(join(out, 'native', `linux_${process.arch}`), { recursive: true });
    const from = process.arch === 'x64' ? 'node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node' : 'vendor/koffi/linux_arm64/koffi.node';
    copyFileSync(from, join(out, 'native', `linux_${process.arch}`, 'koffi.node'));
    const env = { ...process.env, ...writeScenario(join(dir, 'ticks-scenario.txt'), { gpus: [{ uuid: 'GPU-tw-a', base_w: 200 }, { uuid: 'GPU-tw-b', base_w: 300 }] }), NODE_PATH: '' };
    const logDir = join(dir, 'ticks-out');
    execFileSync(process.execPath, [join(out, 'meter.js'), '--out', logDir, '--interval-ms', '100', '--gpu-sensor', 'nvml', '--nvml-lib', lib, '--', 'sleep', '2'], { env, cwd: dir, stdio: 'ignore' });
    const lines = readFileSync(join(logDir, 'run-1.log.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // a worker that failed to start (koffi or the library not found there) would say so in an event
    expect(lines.filter((l) => l.type === 'event')).toEqual([]);
    const samples = lines.filter((l) => l.type === 'sample') as Array<{ dt: number; gpu: Array<{ j: number | null }> }>;
    expect(samples.length).toBeGreaterThanOrEqual(10);
    // constant power: every interval's energy is its length x the power (the counter's interpolation is exact)
    for (const s of samples.slice(1)) {
      expect(s.gpu[0]!.j!).toBeCloseTo(200 * s.dt, 0);
      expect(s.gpu[1]!.j!).toBeCloseTo(300 * s.dt, 0);
    }
  });
});

describe('koffi version', () => {
  it('the native module version the loader expects is the installed koffi', async () => {
    const { KOFFI_VERSION } = await import('../../../src/meter/koffi.ts');
    const { readFileSync } = await import('node:fs');
    expect(KOFFI_VERSION).toBe((JSON.parse(readFileSync('node_modules/koffi/package.json', 'utf8')) as { version: string }).version);
  });
});
