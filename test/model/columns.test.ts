// The column store against the object form: round trips, null encoding, GPU presence, the RunLog view.
import { describe, expect, it } from 'vitest';
import { ColumnBuilder, columnsFromSamples, materializeSamples } from '../../src/model/columns.ts';
import type { LogSample } from '../../src/model/log.ts';
import { runLogFromSamples } from '../../src/model/run-log.ts';
import { buildLog, gpuUuid, makeHeader, makeSample, synthSamples } from '../fakes/log-builder.ts';

const G0 = gpuUuid(0);
const G1 = gpuUuid(1);

describe('columns <-> sample objects', () => {
  it('round-trips nulls, absent and empty gpu arrays, GPUs missing from some samples', () => {
    const samples: LogSample[] = [
      makeSample({ t: 0.1, pkg: null, dram: 3 }),
      makeSample({ t: 0.2, gpu: [] }),
      makeSample({ t: 0.3, gpu: [{ u: G0, w: null, j: null, util: null, sm: null, on: false }] }),
      makeSample({ t: 0.4, dram: null, gpu: [{ u: G0, w: 1, j: 0.1, util: 5, sm: 0, on: true }, { u: G1, w: 2, j: 0.2, util: 50, sm: 25, on: true }] }),
      makeSample({ t: 0.5, gpu: [{ u: G1, w: 0, j: 0, util: 0, sm: 0, on: false }] }),
    ];
    const c = columnsFromSamples(samples);
    expect(c.n).toBe(5);
    expect(c.t.length).toBe(5);
    expect([...c.hasGpu]).toEqual([0, 1, 1, 1, 1]);
    expect(c.gpus.map((g) => g.u)).toEqual([G0, G1]);
    expect([...c.gpus[0]!.on]).toEqual([0, 0, 1, 2, 0]);
    expect([...c.gpus[1]!.on]).toEqual([0, 0, 0, 2, 1]);
    expect(Number.isNaN(c.pkg[0]!)).toBe(true);
    expect(materializeSamples(c)).toEqual(samples);
  });

  it('a sole tenant round-trips as its own code (3), a shared GPU as on (2)', () => {
    const samples: LogSample[] = [
      makeSample({ t: 0.1, gpu: [{ u: G0, w: 1, j: 0.1, util: 40, sm: 10, on: true, sole: true }, { u: G1, w: 2, j: 0.2, util: 50, sm: 25, on: true }] }),
    ];
    const c = columnsFromSamples(samples);
    expect([...c.gpus[0]!.on, ...c.gpus[1]!.on]).toEqual([3, 2]);
    expect(materializeSamples(c)).toEqual(samples);
  });

  it('regrowing keeps earlier rows, also of a GPU first seen after the first growth', () => {
    const b = new ColumnBuilder();
    const many = [...synthSamples({ seconds: 10, hz: 10, gpus: 0 })];
    for (const s of many) b.push(s);
    const late = makeSample({ t: 11, gpu: [{ u: G1, w: 7, j: 0.7, util: 70, sm: 35, on: true }] });
    b.push(late);
    expect(b.cap).toBeGreaterThan(16); // grown from the default at least once
    expect(materializeSamples(b.finish())).toEqual([...many, late]);
  });
});

describe('RunLog', () => {
  it('samples: one frozen view of the columns, built once; no setter', () => {
    const log = buildLog({ seconds: 1, hz: 10, gpus: 2 });
    expect(log.columns.n).toBe(10);
    const v = log.samples;
    expect(v).toBe(log.samples);
    expect(Object.isFrozen(v)).toBe(true);
    expect(v).toEqual([...synthSamples({ seconds: 1, hz: 10, gpus: 2 })]);
    expect(() => {
      (log as { samples: unknown }).samples = [];
    }).toThrow(TypeError);
  });

  it('runLogFromSamples keeps the parts as given', () => {
    const header = makeHeader({}, 0);
    const log = runLogFromSamples({ header, samples: [makeSample()], intensities: [], events: [], footer: null, torn: true });
    expect(log.header).toBe(header);
    expect(log.torn).toBe(true);
    expect(log.footer).toBeNull();
    expect(log.samples).toEqual([makeSample()]);
  });
});
