// Hand-computed accounting cases: every expected value is worked out here from the profile, not by
// calling the code under test.
import { describe, expect, it } from 'vitest';
import type { GpuSample, LogIntensity, LogSample } from '../../src/model/log.ts';
import { runLogFromSamples, type RunLogParts, type RunLog } from '../../src/model/run-log.ts';
import { Summary } from '../../src/model/summary.ts';
import { summarize } from '../../src/accounting/summarize.ts';
import { buildLog, gpuUuid, makeHeader, makeSample, type DeepPartialHeader } from '../fakes/log-builder.ts';
import { VERSION } from '../../src/model/version.ts';

const G0 = gpuUuid(0);
const G1 = gpuUuid(1);
const gs = (u: string, j: number | null, util: number | null, sm: number | null, on: boolean): GpuSample => ({
  u,
  w: j, // dt = 1 s in these cases: mean power equals energy
  j,
  util,
  sm,
  on,
});

function logOf(samples: LogSample[], over: Parameters<typeof makeHeader>[0] = {}, gpus = 2, extra: Partial<RunLogParts> = {}): RunLog {
  const duration = samples.length ? samples[samples.length - 1]!.t : 0;
  return runLogFromSamples({
    header: makeHeader({ interval_ms: 1000, pue: 1.5, ...over }, gpus),
    samples,
    intensities: [],
    events: [],
    footer: { type: 'footer', ended_at: '2026-11-23T07:00:03.000Z', duration_s: duration, exit_code: 0, signal: null, samples: samples.length },
    torn: false,
    ...extra,
  });
}

// Three 1 s intervals, measured CPU/DRAM (RAPL) and two measured GPUs.
const profile: LogSample[] = [
  makeSample({ t: 1, dt: 1, pkg: 100, dram: 10, busy: 200, total: 800, tree: 50, rss: 2e9, used: 8e9,
    gpu: [gs(G0, 300, 50, 25, true), gs(G1, 100, 0, 0, true)] }),
  makeSample({ t: 2, dt: 1, pkg: 120, dram: 10, busy: 0, total: 800, tree: 0, rss: 2e9, used: 8e9,
    gpu: [gs(G0, 350, 100, 150, true), gs(G1, 80, null, null, false)] }),
  makeSample({ t: 3, dt: 1, pkg: 80, dram: 12, busy: 100, total: 800, tree: 200, rss: 4e9, used: 2e9,
    gpu: [gs(G0, 200, 40, 10, true), gs(G1, 90, 20, 5, true)] }),
];
// By hand:
//  cpu   machine 100+120+80 = 300; interval 3's tree ticks beyond its busy ticks (200 - 100) move back into
//        the spare busy ticks before it (interval 2 has none, interval 1 has 150): trees 150, 0, 100;
//        attributed 100*150/200 + 0 (idle interval) + 80*100/100 = 155
//  dram  machine 32; attributed 10*2/8 + 10*2/8 + 12*min(1, 4/2) = 17
//  gpu   machine 300+100+350+80+200+90 = 1120
//        attributed 300*25/50 + 100 (util 0, context held: whole GPU) + 350*min(1,150/100)
//                   + 0 (util unknown, no context) + 200*10/40 + 90*5/20 = 150+100+350+0+50+22.5 = 672.5
//  total = 1.5 * (155 + 17 + 672.5) = 1266.75 J; co2 = 1266.75 / 3.6e6 * 200 g/kWh
const HAND = { cpu: 155, dram: 17, gpu: 672.5, machine: { cpu: 300, dram: 32, gpu: 1120 } };

describe('summarize: Henderson eq. 1 per interval', () => {
  const s = summarize(logOf(profile), { logName: 'train-1.log.ndjson' });

  it('matches the hand-computed machine and attributed energies', () => {
    expect(s.energy_j.machine.cpu).toBeCloseTo(HAND.machine.cpu, 9);
    expect(s.energy_j.machine.dram).toBeCloseTo(HAND.machine.dram, 9);
    expect(s.energy_j.machine.gpu).toBeCloseTo(HAND.machine.gpu, 9);
    expect(s.energy_j.attributed.cpu).toBeCloseTo(HAND.cpu, 9);
    expect(s.energy_j.attributed.dram).toBeCloseTo(HAND.dram, 9);
    expect(s.energy_j.attributed.gpu).toBeCloseTo(HAND.gpu, 9);
    expect(s.energy_j.total).toBeCloseTo(1266.75, 9);
  });

  it('derives carbon, power and the descriptive fields', () => {
    expect(s.pue).toBe(1.5);
    expect(s.tool).toEqual({ name: 'joulecheck', version: VERSION });
    expect(s.carbon.co2eq_g).toBeCloseTo((1266.75 / 3.6e6) * 200, 12);
    expect(s.carbon.intensity_g_per_kwh).toBe(200);
    expect(s.carbon.intensity_kind).toBe('annual');
    expect(s.carbon.region).toBe('US-CAL-CISO');
    expect(s.duration_s).toBe(3);
    expect(s.power_w?.mean).toBeCloseTo(1266.75 / 3, 9);
    expect(s.power_w?.machine_mean).toBeCloseTo((300 + 32 + 1120) / 3, 9);
    expect(s.samples).toBe(3);
    expect(s.interval_ms).toBe(1000);
    expect(s.log).toBe('train-1.log.ndjson');
    expect(s.host?.gpus.map((g) => g.uuid)).toEqual([G0, G1]);
    expect(s.exit_code).toBe(0);
    expect(summarize(logOf(profile, { git: { sha: 'abc123', ref: 'refs/pull/7/merge' } })).git).toEqual({ sha: 'abc123', ref: 'refs/pull/7/merge' });
    expect(s.git).toBeUndefined();
    expect(s.methods.cpu).toMatchObject({ kind: 'measured', sensor: 'rapl' });
    expect(s.methods.gpu.kind).toBe('measured');
    expect(s.methods.gpu.detail).toMatch(/holds a context/);
    expect(s.methods.cpu.detail).toMatch(/no busy ticks attributes nothing/);
    expect(s.warnings).toEqual([]);
    expect(() => Summary.parse(s)).not.toThrow();
  });

  it('re-accounts with another PUE without touching the raw energies', () => {
    const r = summarize(logOf(profile), { pue: 1.2 });
    expect(r.pue).toBe(1.2);
    expect(r.energy_j.total).toBeCloseTo(1.2 * 844.5, 9);
    expect(r.energy_j.attributed).toEqual(s.energy_j.attributed);
    expect(r.energy_j.machine).toEqual(s.energy_j.machine);
    expect(r.carbon.co2eq_g).toBeCloseTo(((1.2 * 844.5) / 3.6e6) * 200, 12);
  });

  it('rejects a PUE below 1 or not a number', () => {
    expect(() => summarize(logOf(profile), { pue: 0.9 })).toThrow(/PUE must be a number >= 1, got 0.9/);
    expect(() => summarize(logOf(profile), { pue: Number.NaN })).toThrow(/PUE/);
  });

  it('finds GPUs by uuid even when a sample lists them in another order', () => {
    const swapped = profile.map((p) => ({ ...p, gpu: [...p.gpu!].reverse() }));
    const r = summarize(logOf(swapped));
    expect(r.energy_j.attributed.gpu).toBeCloseTo(HAND.gpu, 9);
    expect(r.energy_j.machine.gpu).toBeCloseTo(HAND.machine.gpu, 9);
  });
});

describe('summarize: GPU idle policy', () => {
  const one = (g: GpuSample) => summarize(logOf([makeSample({ t: 1, dt: 1, gpu: [g] })], {}, 1)).energy_j.attributed.gpu;
  it('idle GPU (util 0): all of it when the step holds a context, none otherwise', () => {
    expect(one(gs(G0, 70, 0, null, true))).toBe(70);
    expect(one(gs(G0, 70, 0, null, false))).toBe(0);
  });
  it('busy GPU with the step SM share unknown: whole GPU only with a context', () => {
    expect(one(gs(G0, 400, 90, null, true))).toBe(400);
    expect(one(gs(G0, 400, 90, null, false))).toBe(0);
  });
  it('SM share above utilisation is capped at the whole GPU', () => {
    expect(one(gs(G0, 400, 50, 80, true))).toBe(400);
  });
  it('a sole tenant is credited the whole GPU whatever its samples say, and the method says so', () => {
    // interval 1: sole tenant with a sample that would give 10/40; interval 2: shared, 10/40 = 0.25
    const log = logOf(
      [
        makeSample({ t: 1, dt: 1, gpu: [{ ...gs(G0, 200, 40, 10, true), sole: true }] }),
        makeSample({ t: 2, dt: 1, gpu: [gs(G0, 200, 40, 10, true)] }),
      ],
      {},
      1,
    );
    const s = summarize(log);
    expect(s.energy_j.attributed.gpu).toBe(200 + 50);
    expect(s.methods.gpu.detail).toMatch(/sole tenant .*GPU 0 \(.*\) sole tenant in 1 of 2 intervals/);
    const allSole = summarize(logOf([makeSample({ t: 1, dt: 1, gpu: [{ ...gs(G0, 200, 40, 10, true), sole: true }] })], {}, 1));
    expect(allSole.methods.gpu.detail).toMatch(/GPU 0 \([^)]*\) sole tenant(?! in)/);
  });
});

describe('summarize: gaps are not zero', () => {
  it('bridges a short GPU gap with the mean neighbouring power', () => {
    const samples = [
      makeSample({ t: 1, dt: 1, gpu: [gs(G0, 100, 50, 50, true)] }),
      makeSample({ t: 2, dt: 1, gpu: [{ u: G0, w: null, j: null, util: null, sm: null, on: true }] }),
      makeSample({ t: 3, dt: 1, gpu: [gs(G0, 300, 50, 50, true)] }),
    ];
    const r = summarize(logOf(samples, {}, 1));
    // 100 + (100+300)/2 + 300
    expect(r.energy_j.machine.gpu).toBeCloseTo(600, 9);
    expect(r.energy_j.attributed.gpu).toBeCloseTo(600, 9);
    expect(r.warnings?.join('\n')).toMatch(/GPU 0 .*1 gap\(s\).*1\.0 s in all, bridged/);
  });

  it('leaves a long gap out and says how long it was', () => {
    const samples: LogSample[] = [makeSample({ t: 1, dt: 1, gpu: [gs(G0, 100, 50, 50, true)] })];
    for (let i = 2; i <= 11; i++) samples.push(makeSample({ t: i, dt: 1, gpu: [{ u: G0, w: null, j: null, util: 10, sm: 10, on: true }] }));
    samples.push(makeSample({ t: 12, dt: 1, gpu: [gs(G0, 300, 50, 50, true)] }));
    const r = summarize(logOf(samples, {}, 1));
    expect(r.energy_j.machine.gpu).toBeCloseTo(400, 9);
    expect(r.warnings?.join('\n')).toMatch(/GPU 0 .*: 10 s gap without readings \(t = 1\.0-11 s\) left out/);
  });

  it('a GPU missing from samples counts as a gap; a GPU that never reports says so', () => {
    const samples = [makeSample({ t: 1, dt: 1, gpu: [gs(G0, 100, 50, 50, true)] }), makeSample({ t: 2, dt: 1, gpu: [gs(G0, 100, 50, 50, true)] })];
    const r = summarize(logOf(samples, {}, 2));
    expect(r.energy_j.machine.gpu).toBeCloseTo(200, 9);
    expect(r.warnings?.join('\n')).toMatch(/GPU 1 .*no reading at all/);
  });

  it('uses the mean power when only w is present', () => {
    const r = summarize(logOf([makeSample({ t: 0.5, dt: 0.5, gpu: [{ u: G0, w: 200, j: null, util: 100, sm: 100, on: true }] })], {}, 1));
    expect(r.energy_j.machine.gpu).toBeCloseTo(100, 9);
  });

  it('bridges a RAPL package gap the same way', () => {
    const samples = [makeSample({ t: 1, dt: 1, pkg: 50 }), makeSample({ t: 2, dt: 1, pkg: null }), makeSample({ t: 3, dt: 1, pkg: 70 })];
    const r = summarize(logOf(samples, {}, 0));
    expect(r.energy_j.machine.cpu).toBeCloseTo(180, 9);
    expect(r.warnings?.join('\n')).toMatch(/CPU \(RAPL package\): 1 gap/);
  });
});

describe('summarize: carbon over a varying intensity', () => {
  // four 1 s intervals, 1000 J attributed each (the tree owns every busy tick), PUE 1
  const flat = [1, 2, 3, 4].map((t) => makeSample({ t, dt: 1, pkg: 1000, dram: 0, busy: 100, total: 100, tree: 100 }));
  const rt = (t: number, g: number): LogIntensity => ({ type: 'intensity', t, g_per_kwh: g, source: 'test-provider', kind: 'realtime' });

  it('integrates each interval at the intensity in force and reports the time-weighted mean', () => {
    const log = logOf(flat, { pue: 1, carbon: { intensity_g_per_kwh: 999 } }, 0, { intensities: [rt(0, 100), rt(2, 400)] });
    const r = summarize(log);
    expect(r.energy_j.total).toBeCloseTo(4000, 9);
    expect(r.carbon.co2eq_g).toBeCloseTo((2000 * 100 + 2000 * 400) / 3.6e6, 12);
    expect(r.carbon.intensity_g_per_kwh).toBeCloseTo(250, 12);
    // equal energy per interval: the energy-weighted intensity equals the time-weighted one here
    expect(r.carbon.effective_intensity_g_per_kwh).toBeCloseTo(250, 9);
    expect(r.carbon.intensity_kind).toBe('realtime');
    expect(r.carbon.source).toMatch(/test-provider/);
  });

  it('uses the header intensity before the first reading', () => {
    const log = logOf(flat, { pue: 1, carbon: { intensity_g_per_kwh: 999 } }, 0, { intensities: [rt(2, 400)] });
    const r = summarize(log);
    expect(r.carbon.co2eq_g).toBeCloseTo((2000 * 999 + 2000 * 400) / 3.6e6, 12);
    expect(r.carbon.intensity_g_per_kwh).toBeCloseTo((999 + 400) / 2, 12);
    expect(r.carbon.source).toMatch(/test data 2026; test-provider/);
  });

  it('weights by energy, not time, in co2eq (uneven power)', () => {
    const uneven = [
      makeSample({ t: 1, dt: 1, pkg: 3000, busy: 1, total: 1, tree: 1, dram: 0 }),
      makeSample({ t: 2, dt: 1, pkg: 1000, busy: 1, total: 1, tree: 1, dram: 0 }),
    ];
    const r = summarize(logOf(uneven, { pue: 2 }, 0, { intensities: [rt(0, 100), rt(1, 500)] }));
    expect(r.carbon.co2eq_g).toBeCloseTo((2 * 3000 * 100 + 2 * 1000 * 500) / 3.6e6, 12);
    expect(r.carbon.intensity_g_per_kwh).toBeCloseTo(300, 12); // time-weighted
    expect(r.carbon.effective_intensity_g_per_kwh).toBeCloseTo((3000 * 100 + 1000 * 500) / 4000, 9); // energy-weighted: 200
    expect(Summary.parse(r).carbon.effective_intensity_g_per_kwh).toBeCloseTo(200, 9);
  });
});

describe('summarize: active energy, the step\'s own use and other load', () => {
  const header: DeepPartialHeader = {
    host: { logical_cpus: 2 },
    sensors: {
      cpu: { kind: 'estimated', model: 'tdp-linear' },
      dram: { kind: 'estimated', model: 'dram-per-gb' },
      gpu: { kind: 'estimated', model: 'tdp-linear' },
      notes: [],
    },
    estimate: {
      cpu: { model: 'tdp-linear', idle_w: 10, max_w: 50, source: 'test cpu' },
      dram: { model: 'dram-per-gb', idle_w: 6, max_w: 6, source: 'test dram' },
      gpu: { model: 'tdp-linear', idle_w: 50, max_w: 250, source: 'test gpu' },
    },
  };
  // the same step work (50 of 200 ticks in each 1 s interval, SM 30 %); in the second interval another
  // process adds 50 busy ticks and 30 % of the GPU
  const at = (t: number, busy: number, util: number): LogSample =>
    makeSample({ t, dt: 1, pkg: null, dram: null, busy, total: 200, tree: 50, rss: 1e9, used: 4e9, gpu: [gs(G0, null, util, 30, true)] });
  const samples = [at(1, 100, 30), at(2, 150, 60)];
  it('active energy is the share of the energy above idle: the same for the same work, whatever else ran', () => {
    const r = summarize(logOf(samples, header, 1));
    // cpu: interval 1: (10 + 40 * 0.5) = 30 J, share 1/2 -> attributed 15, active (30 - 10)/2 = 10
    //      interval 2: (10 + 40 * 0.75) = 40 J, share 1/3 -> attributed 13.33, active (40 - 10)/3 = 10
    expect(r.energy_j.attributed.cpu).toBeCloseTo(15 + 40 / 3, 12);
    expect(r.energy_j.active!.cpu).toBeCloseTo(20, 12);
    // dram: flat model, nothing above idle
    expect(r.energy_j.active!.dram).toBe(0);
    // gpu: interval 1: 50 + 200 * 0.3 = 110 J, share 1 -> active 60; interval 2: 50 + 200 * 0.6 = 170 J,
    //      share 1/2 -> active (170 - 50)/2 = 60
    expect(r.energy_j.active!.gpu).toBeCloseTo(120, 12);
    expect(r.energy_j.active!.total).toBeCloseTo(1.5 * 140, 12);
    // 100 ticks = 1 CPU s; SM 30 % for 2 s = 0.6 SM-s
    expect(r.usage).toEqual({ cpu_time_s: 1, gpu_sm_s: expect.closeTo(0.6, 12) });
    // other processes: (50 + 100) busy ticks not the tree's of 400; GPU: 30 % of 2 s beyond the step's SM
    expect(r.other_load!.cpu).toBeCloseTo(150 / 400, 12);
    expect(r.other_load!.gpu).toBeCloseTo(0.15, 12);
    expect(r.methods.cpu.detail).toMatch(/active energy: the share of the energy above an idle 10 W/);
  });
  it('estimated: the active CPU energy is the step\'s CPU time at the model\'s slope, whatever the interval\'s quantised tick total', () => {
    // 50 tree ticks of 100 busy; /proc/stat totals 190 and 210 ticks for 1 s on 2 CPUs (quantisation)
    const q = (t: number, total: number): LogSample =>
      makeSample({ t, dt: 1, pkg: null, dram: null, busy: 100, total, tree: 50, rss: 1e9, used: 4e9, gpu: [gs(G0, null, 0, 0, true)] });
    const r = summarize(logOf([q(1, 190), q(2, 210)], header, 1));
    // slope 40 W over 2 CPUs: 0.2 J per tick; 100 ticks -> 20 J
    expect(r.energy_j.active!.cpu).toBeCloseTo(20, 12);
  });
  it('the meter\'s own CPU time (in the footer) is neither the step\'s nor other load', () => {
    const footer = { type: 'footer' as const, ended_at: '2026-11-23T07:00:03.000Z', duration_s: 2, exit_code: 0, signal: null, samples: 2, meter_cpu_s: 0.3 };
    const r = summarize(logOf(samples, header, 1, { footer }));
    // 150 busy ticks beyond the tree's, 30 of them the meter's: 120 of 400
    expect(r.other_load!.cpu).toBeCloseTo(120 / 400, 12);
    expect(r.usage!.meter_cpu_s).toBe(0.3);
    expect(r.usage!.cpu_time_s).toBe(1);
  });
  it('measured components: the active energy above the idle measured before the run, when given', () => {
    const measured: DeepPartialHeader = {
      host: { logical_cpus: 2 },
      sensors: { cpu: { kind: 'measured', sensor: 'rapl' }, dram: { kind: 'measured', sensor: 'rapl' }, gpu: { kind: 'measured', sensor: 'nvml' }, notes: [] },
    };
    // RAPL package 30 J then 40 J; dram 8 J each; the GPU 110 J then 170 J; tree 50 of 100 then 150 busy ticks
    const m = (t: number, pkg: number, busy: number, j: number, util: number): LogSample =>
      makeSample({ t, dt: 1, pkg, dram: 8, busy, total: 200, tree: 50, rss: 1e9, used: 4e9, gpu: [gs(G0, j, util, 30, true)] });
    const log = logOf([m(1, 30, 100, 110, 30), m(2, 40, 150, 170, 60)], measured, 1);
    const r = summarize(log, { idle: { cpu: 10, dram: 6, gpu: { [G0]: 50 }, source: 'test reading' } });
    // cpu: (30 - 10) x 1/2 + (40 - 10) x 1/3 = 20; dram: (8 - 6) x rss share 1/4 twice = 1
    expect(r.energy_j.active!.cpu).toBeCloseTo(20, 12);
    expect(r.energy_j.active!.dram).toBeCloseTo(2 * 2 * 0.25, 12);
    // gpu: (110 - 50) x 1 + (170 - 50) x 1/2 = 120
    expect(r.energy_j.active!.gpu).toBeCloseTo(120, 12);
    expect(r.methods.cpu.detail).toMatch(/above an idle 10 W \(measured before the run: test reading\)/);
    expect(r.methods.gpu.detail).toMatch(/50 W, measured before the run: test reading/);
    // without a reading: the model's idle term, said so
    expect(summarize(log).methods.cpu.detail).toMatch(/the power model's idle term/);
  });
  it('an older summary without the new fields still reads', () => {
    const r = summarize(logOf(samples, header, 1));
    const { usage: _u, other_load: _o, ...old } = r;
    const { active: _a, ...energy } = r.energy_j;
    expect(() => Summary.parse({ ...old, energy_j: energy })).not.toThrow();
  });
});

describe('summarize: estimated and absent components', () => {
  it('computes estimated CPU, GPU and DRAM from the header models', () => {
    const log = logOf(
      [
        makeSample({
          t: 0.5, dt: 0.5, pkg: null, dram: null, busy: 400, total: 800, tree: 100, rss: 1e9, used: 4e9,
          gpu: [{ u: G0, w: null, j: null, util: 60, sm: 30, on: true }],
        }),
      ],
      {
        sensors: {
          cpu: { kind: 'estimated', model: 'tdp-linear' },
          dram: { kind: 'estimated', model: 'dram-per-gb' },
          gpu: { kind: 'estimated', model: 'tdp-linear' },
          notes: [],
        },
        estimate: {
          cpu: { model: 'tdp-linear', idle_w: 20, max_w: 100, source: 'test cpu' },
          dram: { model: 'dram-per-gb', idle_w: 6, max_w: 6, source: 'test dram' },
          gpu: { model: 'tdp-linear', idle_w: 50, max_w: 250, source: 'test gpu' },
        },
      },
      1,
    );
    const r = summarize(log);
    // cpu: (20 + 80 * 400/800) W * 0.5 s = 30 J, share 100/400; dram 6 W * 0.5 s = 3 J, share 1/4;
    // gpu: (50 + 200 * 0.6) W * 0.5 s = 85 J, share 30/60
    expect(r.energy_j.machine).toEqual({ cpu: 30, dram: 3, gpu: 85 });
    expect(r.energy_j.attributed.cpu).toBeCloseTo(7.5, 12);
    expect(r.energy_j.attributed.dram).toBeCloseTo(0.75, 12);
    expect(r.energy_j.attributed.gpu).toBeCloseTo(42.5, 12);
    expect(r.methods.cpu).toMatchObject({ kind: 'estimated', model: 'tdp-linear' });
    expect(r.methods.cpu.detail).toMatch(/test cpu/);
    expect(r.methods.gpu.detail).toMatch(/test gpu/);
  });

  it('derives a model from the host when the header has none, and says so', () => {
    const log = logOf([makeSample({ t: 1, dt: 1, pkg: null, busy: 0, total: 0, tree: 0 })], {
      sensors: { cpu: { kind: 'estimated' }, dram: { kind: 'none' }, gpu: { kind: 'none' }, notes: [] },
    }, 0);
    const r = summarize(log);
    // Xeon Gold 6248: 150 W TDP, idle 0.21 x TDP = 31.5 W at 0 % utilisation for 1 s
    expect(r.energy_j.machine.cpu).toBeCloseTo(31.5, 9);
    expect(r.energy_j.attributed.cpu).toBe(0);
    expect(r.methods.cpu.detail).toMatch(/Xeon Gold 6248: 150 W/);
    expect(r.methods.cpu.detail).toMatch(/derived at summarize time/);
    expect(r.methods.dram.kind).toBe('none');
    expect(r.energy_j.machine.dram).toBe(0);
  });
});

describe('summarize: never NaN, and says what a reader must know', () => {
  it('a log with no samples and no footer', () => {
    const r = summarize(logOf([], {}, 1, { footer: null, torn: true }));
    expect(() => Summary.parse(r)).not.toThrow();
    expect(r.energy_j.total).toBe(0);
    expect(r.carbon.co2eq_g).toBe(0);
    expect(r.power_w).toEqual({ mean: 0, machine_mean: 0 });
    expect(r.ended_at).toBe('2026-11-23T07:00:00.000Z');
    expect(r.exit_code).toBeNull();
    const w = r.warnings!.join('\n');
    expect(w).toMatch(/no footer/);
    expect(w).toMatch(/torn/);
    expect(w).toMatch(/no samples/);
    expect(w).toMatch(/shorter than 2 sampling intervals/);
  });

  it('zero busy and zero total ticks, zero memory', () => {
    const r = summarize(logOf([makeSample({ t: 1, dt: 1, busy: 0, total: 0, tree: 0, rss: 0, used: 0, pkg: 10, dram: 2 })], {}, 0));
    expect(r.energy_j.machine).toEqual({ cpu: 10, dram: 2, gpu: 0 });
    expect(r.energy_j.attributed).toEqual({ cpu: 0, dram: 0, gpu: 0 });
    expect(() => Summary.parse(r)).not.toThrow();
  });

  it('a missing footer takes duration and end from the last sample', () => {
    const log = buildLog({ seconds: 3, hz: 10, footer: false });
    const r = summarize(log);
    expect(r.duration_s).toBeCloseTo(3, 9);
    expect(r.ended_at).toBe('2026-11-23T07:00:03.000Z');
  });

  it('a step shorter than two intervals is flagged', () => {
    const r = summarize(logOf([makeSample({ t: 0.1, dt: 0.1 })], { interval_ms: 100 }, 0, { footer: { type: 'footer', ended_at: 'x', duration_s: 0.15, exit_code: 0, signal: null, samples: 1 } }));
    expect(r.warnings!.join('\n')).toMatch(/0\.15 s, shorter than 2 sampling intervals \(2 x 100 ms\)/);
  });

  it('passes warning events of the log through', () => {
    const r = summarize(logOf(profile, {}, 2, { events: [{ type: 'event', t: 1.5, level: 'warning', message: 'nvidia-smi exited' }, { type: 'event', t: 2, level: 'info', message: 'fine' }] }));
    expect(r.warnings).toEqual(['t = 1.5 s: nvidia-smi exited']);
  });
});

describe('summarize: a GPU only the samples name', () => {
  it('is measured like the others and named in gap warnings', () => {
    const samples = [makeSample({ t: 1, dt: 1, gpu: [gs('GPU-stranger', 50, 100, 100, true)] }), makeSample({ t: 2, dt: 1, gpu: [] })];
    const r = summarize(logOf(samples, { sensors: { gpu: { kind: 'measured', sensor: 'nvidia-smi' } } }, 0));
    // the empty second sample is a 1 s gap, bridged with the 50 W before it
    expect(r.energy_j.machine.gpu).toBe(100);
    expect(r.energy_j.attributed.gpu).toBe(100);
    expect(r.warnings?.join('\n')).toMatch(/GPU GPU-stranger \(not in the header\): 1 gap/);
    // with GPUs off, GPU lines of the samples are ignored
    expect(summarize(logOf(samples, {}, 0)).energy_j.machine.gpu).toBe(0);
  });
  it('is estimated with the generic model when GPUs are estimated', () => {
    const r = summarize(
      logOf([makeSample({ t: 1, dt: 1, gpu: [{ u: 'GPU-stranger', w: null, j: null, util: 100, sm: 100, on: true }] })], {
        sensors: { cpu: { kind: 'none' }, dram: { kind: 'none' }, gpu: { kind: 'estimated' }, notes: [] },
      }, 0),
    );
    // generic-gpu: the median TDP of the table at 100 % utilisation for 1 s
    expect(r.energy_j.machine.gpu).toBeGreaterThan(50);
    expect(r.methods.gpu.model).toBe('generic-gpu');
  });
});
