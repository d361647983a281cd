import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import cpuDb from '../../hardware/cpu-tdp.json' with { type: 'json' };
import gpuDb from '../../hardware/gpu-tdp.json' with { type: 'json' };
import { cpuPowerModel, findCpu, findGpu, gpuPowerModel, normalizeModel } from '../../src/accounting/hardware.ts';

const root = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'jc-hw-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('hardware data (hardware/*.json)', () => {
  it('is what scripts/build-hardware-data.mjs builds, byte for byte (deterministic)', () => {
    execFileSync(process.execPath, [join(root, 'scripts/build-hardware-data.mjs'), '--out', out], { stdio: 'pipe' });
    for (const f of ['cpu-tdp.json', 'gpu-tdp.json']) {
      expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(root, 'hardware', f), 'utf8'));
    }
  });

  for (const [name, db, lo, hi, min] of [
    ['cpu', cpuDb, 0.5, 600, 3000],
    ['gpu', gpuDb, 10, 1000, 30],
  ] as const) {
    it(`${name}: cited sources, plausible TDPs, unique ids`, () => {
      expect(db.entries.length).toBeGreaterThan(min);
      // problems collected in plain code, asserted once (thousands of expect() calls are slow)
      const ids = new Set<string>();
      const problems: string[] = [];
      const sources = db.sources as Record<string, { file: string; upstream: string; year: number; license: string }>;
      for (const e of db.entries as { id: string; name: string; tdp_w: number; source: string }[]) {
        if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
        ids.add(e.id);
        if (!(e.tdp_w >= lo && e.tdp_w <= hi)) problems.push(`${e.name}: ${e.tdp_w} W`);
        const src = sources[e.source];
        if (!src) problems.push(`${e.name}: unknown source ${e.source}`);
        else if (!(src.year >= 2019 && /^https:\/\/github\.com\//.test(src.upstream) && src.license === 'MIT' && src.file)) {
          problems.push(`source ${e.source} incomplete`);
        }
      }
      expect(problems).toEqual([]);
      expect(Object.keys(sources).length).toBeGreaterThanOrEqual(name === 'cpu' ? 3 : 2);
    });
  }
});

describe('model strings', () => {
  it('normalises /proc/cpuinfo and nvidia-smi decorations', () => {
    expect(normalizeModel('Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz')).toBe('xeon-gold-6248');
    expect(normalizeModel('AMD EPYC 7763 64-Core Processor')).toBe('epyc-7763');
    expect(normalizeModel('13th Gen Intel(R) Core(TM) i9-13900K')).toBe('core-i9-13900k');
    expect(normalizeModel('NVIDIA H100 80GB HBM3')).toBe('h100-80gb-hbm3');
  });

  it('finds CPUs exactly and refuses near-but-different models', () => {
    expect(findCpu('Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz')).toMatchObject({ exact: true, entry: { name: 'Intel Xeon Gold 6248', tdp_w: 150 } });
    expect(findCpu('AMD EPYC 7763 64-Core Processor')?.entry.tdp_w).toBe(280);
    expect(findCpu('Intel(R) Xeon(R) CPU E5-2699 v4 @ 2.20GHz')?.entry.name).toBe('Intel Xeon E5-2699 v4');
    expect(findCpu('Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz')?.entry.tdp_w).toBe(205);
    expect(findCpu('AMD EPYC')).toBeNull();
    expect(findCpu('')).toBeNull();
  });

  it('fuzzy-matches extra words but never a different model number', () => {
    const m = findCpu('Intel Xeon Gold 6248 (virtualised) rev 2');
    expect(m).toMatchObject({ exact: false, entry: { name: 'Intel Xeon Gold 6248' } });
    expect(findCpu('Intel Xeon Gold 6249')).toBeNull();
  });

  it('finds GPUs by nvidia-smi names; suggests near misses', () => {
    expect(findGpu('Tesla T4').match?.entry.tdp_w).toBe(70);
    expect(findGpu('NVIDIA A10G').match?.entry.tdp_w).toBe(150);
    expect(findGpu('Tesla V100-SXM2-32GB').match?.entry).toMatchObject({ tdp_w: 300 });
    const h = findGpu('NVIDIA H100 80GB HBM3').match!;
    // SXM and NVL tie on the name: the ceiling (700 W) is taken and the other named
    expect(h.entry.name).toBe('H100 SXM');
    expect(h.alternatives.map((a) => a.name)).toEqual(['H100 NVL']);
    const miss = findGpu('RTX 3070');
    expect(miss.match).toBeNull();
    expect(miss.suggestions.map((s) => s.name)).toContain('RTX 3080');
  });
});

describe('power models', () => {
  it('CPU from TDP with the stated idle fraction and a citation', () => {
    const m = cpuPowerModel('Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz', 80, 2);
    expect(m).toMatchObject({ model: 'tdp-linear', max_w: 300, idle_w: 63 });
    expect(m.source).toMatch(/hardware_cpu_power\.csv, mlco2\/codecarbon, 2026/);
    expect(m.source).toMatch(/x 2 sockets/);
  });
  it('unknown CPU: generic per-vCPU model, labelled', () => {
    const m = cpuPowerModel('AMD EPYC', 4);
    expect(m.model).toBe('generic-per-vcpu');
    expect(m.max_w).toBeCloseTo(14, 12);
    expect(m.idle_w).toBeCloseTo(2.96, 12);
    expect(m.source).toMatch(/not in the TDP table/);
  });
  it('GPU: power limit beats the table; table; generic median', () => {
    expect(gpuPowerModel('NVIDIA H100 80GB HBM3', 500)).toMatchObject({ model: 'power-limit-linear', max_w: 500, idle_w: 50 });
    expect(gpuPowerModel('Tesla T4')).toMatchObject({ model: 'tdp-linear', max_w: 70, idle_w: 7 });
    const tdps = (gpuDb.entries as { tdp_w: number }[]).map((e) => e.tdp_w).sort((a, b) => a - b);
    const g = gpuPowerModel('Mystery Accelerator 9000');
    expect(g.model).toBe('generic-gpu');
    expect(g.max_w).toBe(tdps[Math.floor(tdps.length / 2)]);
  });
});
