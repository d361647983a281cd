// The multi-node merge, on hand-made node summaries whose expected job figures are worked out here.
import { describe, expect, it } from 'vitest';
import { mergeNodeSummaries, type MergedSummary, type NodeInput } from '../../src/accounting/merge.ts';
import { Summary } from '../../src/model/summary.ts';
import { summarize } from '../../src/accounting/summarize.ts';
import { buildLog } from '../fakes/log-builder.ts';

const MergedSchema = Summary;

function node(name: string, o: { cpu: number; dram: number; gpu: number; share: number; start: string; dur: number; exit?: number | null; signal?: string | null; gpuSensor?: 'measured' | 'estimated'; pue?: number; co2?: number; footer?: boolean }): MergedSummary {
  const pue = o.pue ?? 1.2;
  const attributed = { cpu: o.cpu * o.share, dram: o.dram * o.share, gpu: o.gpu * o.share };
  const total = pue * (attributed.cpu + attributed.dram + attributed.gpu);
  const end = new Date(Date.parse(o.start) + o.dur * 1000).toISOString();
  return {
    schema: 'joulecheck/summary@1',
    tool: { name: 'joulecheck', version: '0.1.0' },
    label: 'train',
    repeat: 1,
    command: ['python', 'train.py'],
    started_at: o.start,
    ended_at: o.footer === false ? null : end,
    duration_s: o.dur,
    exit_code: o.exit === undefined ? 0 : o.exit,
    signal: o.signal ?? null,
    pue,
    energy_j: { machine: { cpu: o.cpu, dram: o.dram, gpu: o.gpu }, attributed, total },
    methods: {
      cpu: { kind: 'measured', sensor: 'rapl' },
      dram: { kind: 'measured', sensor: 'rapl' },
      gpu: o.gpuSensor === 'estimated' ? { kind: 'estimated', model: 'tdp-linear' } : { kind: 'measured', sensor: 'nvidia-smi' },
    },
    carbon: { region: 'DE', intensity_g_per_kwh: 300, intensity_kind: 'annual', source: 'test grid', co2eq_g: o.co2 ?? (total / 3.6e6) * 300 },
    host: { hostname: 'box', cpu_model: 'Xeon', logical_cpus: 8, gpus: [{ uuid: `GPU-${name}`, name: 'NVIDIA H100 80GB HBM3' }] },
    samples: Math.round(o.dur * 10),
    interval_ms: 100,
    warnings: [],
    node: { name, run_id: 'job-7', footer: o.footer ?? true },
  };
}

describe('mergeNodeSummaries', () => {
  const a = node('n1', { cpu: 100, dram: 10, gpu: 400, share: 0.5, start: '2026-11-23T07:00:00.000Z', dur: 10 });
  const b = node('n2', { cpu: 60, dram: 6, gpu: 200, share: 0.25, start: '2026-11-23T07:00:01.000Z', dur: 12 });

  it('sums energy per component over the nodes and spans the first start to the last end', () => {
    const m = mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n2', summary: b }], { version: '9.9.9' });
    MergedSchema.parse(m);
    expect(m.energy_j.machine).toEqual({ cpu: 160, dram: 16, gpu: 600 });
    // attributed: n1 half of (100, 10, 400), n2 a quarter of (60, 6, 200)
    expect(m.energy_j.attributed.cpu).toBeCloseTo(65, 12);
    expect(m.energy_j.attributed.dram).toBeCloseTo(6.5, 12);
    expect(m.energy_j.attributed.gpu).toBeCloseTo(250, 12);
    expect(m.energy_j.total).toBeCloseTo(1.2 * (65 + 6.5 + 250), 9);
    expect(m.pue).toBe(1.2);
    // n2 starts 1 s later and runs 12 s: 07:00:00 to 07:00:13
    expect(m.started_at).toBe('2026-11-23T07:00:00.000Z');
    expect(m.ended_at).toBe('2026-11-23T07:00:13.000Z');
    expect(m.duration_s).toBe(13);
    expect(m.carbon.co2eq_g).toBeCloseTo((1.2 * 321.5 / 3.6e6) * 300, 12);
    expect(m.carbon.intensity_g_per_kwh).toBeCloseTo(300, 9);
    expect(m.node_count).toBe(2);
    expect(m.incomplete).toBeUndefined();
    expect(m.nodes!.map((n) => [n.name, n.status, n.energy_j!.machine.gpu, n.exit_code])).toEqual([['n1', 'ok', 400, 0], ['n2', 'ok', 200, 0]]);
    expect(m.nodes![0]!.hardware).toEqual({ hostname: 'box', cpu_model: 'Xeon', logical_cpus: 8, gpus: ['NVIDIA H100 80GB HBM3'] });
    expect(m.host!.logical_cpus).toBe(16);
    expect(m.host!.gpus).toHaveLength(2);
    expect(m.exit_code).toBe(0);
    expect(m.tool.version).toBe('9.9.9');
  });

  it('active energy and own use add up over the nodes; other load is the mean of the machines; only when every node has them', () => {
    const withActive = (s: MergedSummary, act: number, cpuS: number, load: number, gpuLoad: number | null): MergedSummary => ({
      ...s,
      energy_j: { ...s.energy_j, active: { cpu: act, dram: 0, gpu: 2 * act, total: 1.2 * 3 * act } },
      usage: { cpu_time_s: cpuS, gpu_sm_s: cpuS / 2 },
      other_load: { cpu: load, gpu: gpuLoad },
    });
    const m = mergeNodeSummaries([{ name: 'n1', summary: withActive(a, 10, 4, 0.1, 0.2) }, { name: 'n2', summary: withActive(b, 5, 2, 0.3, null) }], { version: '9.9.9' });
    MergedSchema.parse(m);
    expect(m.energy_j.active).toEqual({ cpu: 15, dram: 0, gpu: 30, total: expect.closeTo(1.2 * 45, 12) });
    expect(m.usage).toEqual({ cpu_time_s: 6, gpu_sm_s: 3 });
    expect(m.other_load!.cpu).toBeCloseTo(0.2, 12);
    expect(m.other_load!.gpu).toBeCloseTo(0.2, 12);
    // one node from an older version: no merged active energy rather than a partial sum
    const old = mergeNodeSummaries([{ name: 'n1', summary: withActive(a, 10, 4, 0.1, 0.2) }, { name: 'n2', summary: b }], { version: '9.9.9' });
    expect(old.energy_j.active).toBeUndefined();
    expect(old.usage).toBeUndefined();
    expect(old.other_load).toBeUndefined();
  });

  it('a missing node is named and makes the totals incomplete, never silently lower', () => {
    const m = mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n2', summary: null, problem: 'no log arrived at joulecheck-out/train-1.n2.log.ndjson' }], { version: '0' });
    MergedSchema.parse(m);
    expect(m.incomplete).toBe(true);
    expect(m.missing_nodes).toEqual(['n2']);
    expect(m.node_count).toBe(2);
    expect(m.nodes![1]).toMatchObject({ name: 'n2', status: 'missing', reason: 'no log arrived at joulecheck-out/train-1.n2.log.ndjson' });
    expect(m.warnings!.some((w) => w.includes('node n2 is missing') && w.includes('incomplete'))).toBe(true);
    expect(m.energy_j.machine.cpu).toBe(100);
    // the job's exit is unknown: one node never reported
    expect(m.exit_code).toBeNull();
  });

  it('a node whose log has no footer is partial: incomplete, named', () => {
    const cut = node('n2', { cpu: 60, dram: 6, gpu: 200, share: 0.25, start: '2026-11-23T07:00:01.000Z', dur: 5, exit: null, footer: false });
    const m = mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n2', summary: cut }], { version: '0' });
    expect(m.incomplete).toBe(true);
    expect(m.missing_nodes).toEqual(['n2']);
    expect(m.nodes![1]!.status).toBe('partial');
    // n2 has no end: it counts with start + duration (07:00:06), n1 ends at 07:00:10
    expect(m.duration_s).toBe(10);
    expect(m.ended_at).toBeNull();
  });

  it('keeps the first failing node exit code and signal', () => {
    const bad = node('n2', { cpu: 1, dram: 1, gpu: 1, share: 1, start: a.started_at, dur: 1, exit: 3 });
    const killed = node('n3', { cpu: 1, dram: 1, gpu: 1, share: 1, start: a.started_at, dur: 1, exit: null, signal: 'SIGTERM' });
    expect(mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n2', summary: bad }], { version: '0' }).exit_code).toBe(3);
    const m = mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n3', summary: killed }, { name: 'n2', summary: bad }], { version: '0' });
    expect([m.exit_code, m.signal]).toEqual([null, 'SIGTERM']);
  });

  it('labels a component estimated when any node estimated it, naming each node', () => {
    const est = node('n2', { cpu: 60, dram: 6, gpu: 200, share: 0.25, start: a.started_at, dur: 10, gpuSensor: 'estimated' });
    const m = mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n2', summary: est }], { version: '0' });
    expect(m.methods.gpu.kind).toBe('estimated');
    expect(m.methods.gpu.detail).toContain('per node: n1 measured (nvidia-smi), n2 estimated (tdp-linear)');
    expect(m.methods.cpu).toEqual({ kind: 'measured', sensor: 'rapl' });
  });

  it('different PUEs: the job PUE keeps total = PUE x attributed', () => {
    const p = node('n2', { cpu: 60, dram: 6, gpu: 200, share: 0.25, start: a.started_at, dur: 10, pue: 1.5 });
    const m = mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n2', summary: p }], { version: '0' });
    const attr = m.energy_j.attributed.cpu + m.energy_j.attributed.dram + m.energy_j.attributed.gpu;
    expect(m.pue * attr).toBeCloseTo(m.energy_j.total, 9);
    expect(m.pue).toBeGreaterThan(1.2);
    expect(m.pue).toBeLessThan(1.5);
    expect(m.warnings!.some((w) => w.includes('different PUEs'))).toBe(true);
  });

  it('refuses a node named twice and a run with no node summary at all', () => {
    expect(() => mergeNodeSummaries([{ name: 'n1', summary: a }, { name: 'n1', summary: a }], { version: '0' })).toThrow(/node 'n1' is given twice/);
    expect(() => mergeNodeSummaries([{ name: 'n1', summary: null, problem: 'gone' }], { version: '0' })).toThrow(/every node is missing \(n1: gone\)/);
  });

  it('merges real accounting output: the job equals the sum of its nodes', () => {
    const inputs: NodeInput[] = [1, 2, 3].map((seed) => ({ name: `n${seed}`, summary: summarize(buildLog({ seconds: 5, gpus: 2, seed })) as MergedSummary }));
    const m = mergeNodeSummaries(inputs, { version: '0' });
    MergedSchema.parse(m);
    for (const c of ['cpu', 'dram', 'gpu'] as const) {
      const truth = inputs.reduce((x, n) => x + n.summary!.energy_j.machine[c], 0);
      expect(m.energy_j.machine[c]).toBeCloseTo(truth, 6);
    }
    expect(m.energy_j.total).toBeCloseTo(inputs.reduce((x, n) => x + n.summary!.energy_j.total, 0), 6);
    expect(m.samples).toBe(inputs.reduce((x, n) => x + n.summary!.samples!, 0));
  });
});
