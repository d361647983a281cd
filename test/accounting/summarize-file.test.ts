// The reader's column path and a log built from sample objects must account identically.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogSample } from '../../src/model/log.ts';
import { runLogFromSamples } from '../../src/model/run-log.ts';
import { readRunLog } from '../../src/log/reader.ts';
import { summarize } from '../../src/accounting/summarize.ts';
import { buildLog, writeSyntheticLog, type SynthOptions } from '../fakes/log-builder.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-sum-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('summarize(readRunLog(file)) == summarize(in-memory log)', () => {
  const opts: SynthOptions = {
    seconds: 120,
    hz: 10,
    gpus: 4,
    gapEvery: 50,
    intensities: [
      { type: 'intensity', t: 0, g_per_kwh: 300, source: 'p', kind: 'realtime' },
      { type: 'intensity', t: 60, g_per_kwh: 100, source: 'p', kind: 'realtime' },
    ],
  };

  it('agrees to within the writer rounding (µJ per value)', async () => {
    const p = join(dir, 'a.ndjson');
    await writeSyntheticLog(p, opts);
    const fromFile = summarize(await readRunLog(p));
    const inMem = summarize(buildLog(opts));
    // 1200 intervals x (pkg + 4 GPUs): rounding error at most 1200 * 5 * 5e-7 J
    for (const k of ['cpu', 'dram', 'gpu'] as const) {
      expect(Math.abs(fromFile.energy_j.machine[k] - inMem.energy_j.machine[k])).toBeLessThan(1e-2);
      expect(Math.abs(fromFile.energy_j.attributed[k] - inMem.energy_j.attributed[k])).toBeLessThan(1e-2);
    }
    expect(fromFile.energy_j.total).toBeGreaterThan(0);
    expect(Math.abs(fromFile.carbon.co2eq_g - inMem.carbon.co2eq_g) / inMem.carbon.co2eq_g).toBeLessThan(1e-9);
    expect(fromFile.warnings).toEqual(inMem.warnings);
    expect(fromFile.carbon.intensity_g_per_kwh).toBeCloseTo(200, 9);
  });

  it('the columns are the truth; samples are a cached read-only view of them', async () => {
    const p = join(dir, 'b.ndjson');
    await writeSyntheticLog(p, { seconds: 2, hz: 10, gpus: 2 });
    const log = await readRunLog(p);
    const before = summarize(log).energy_j.machine.cpu;
    expect(log.columns.n).toBe(20);
    expect(log.columns.gpus).toHaveLength(2);
    expect(log.samples).toHaveLength(20);
    expect(log.samples[0]!.gpu).toHaveLength(2);
    expect(log.samples).toBe(log.samples); // materialised once
    // the view cannot replace the columns (no setter) nor drift from them (frozen)
    expect(() => {
      (log as { samples: unknown }).samples = [];
    }).toThrow(TypeError);
    expect(() => (log.samples as LogSample[]).pop()).toThrow(TypeError);
    expect(log.samples).toHaveLength(20);
    expect(summarize(log).energy_j.machine.cpu).toBe(before);
    // editing samples means making a new log from them
    const half = runLogFromSamples({ ...log, samples: log.samples.slice(0, 10) });
    expect(half.columns.n).toBe(10);
    const after = summarize(half).energy_j.machine.cpu;
    const firstHalf = buildLog({ seconds: 2, hz: 10, gpus: 2 }).samples.slice(0, 10).reduce((a, s) => a + s.pkg!, 0);
    expect(after).toBeCloseTo(firstHalf, 5);
    expect(after).toBeLessThan(before);
  });
});
