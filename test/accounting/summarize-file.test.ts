// The reader's column path and the in-memory object path must account identically.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunLog, sampleColumns } from '../../src/log/reader.ts';
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

  it('samples materialise lazily from the columns; edits to them are then what counts', async () => {
    const p = join(dir, 'b.ndjson');
    await writeSyntheticLog(p, { seconds: 2, hz: 10, gpus: 2 });
    const log = await readRunLog(p);
    const before = summarize(log).energy_j.machine.cpu;
    expect(log.samples).toHaveLength(20);
    expect(log.samples[0]!.gpu).toHaveLength(2);
    expect(log.samples).toBe(log.samples); // materialised once
    log.samples = log.samples.slice(0, 10);
    const after = summarize(log).energy_j.machine.cpu;
    const firstHalf = buildLog({ seconds: 2, hz: 10, gpus: 2 }).samples.slice(0, 10).reduce((a, s) => a + s.pkg!, 0);
    expect(after).toBeCloseTo(firstHalf, 5);
    expect(after).toBeLessThan(before);
    expect(sampleColumns(log).n).toBe(10);
  });
});
