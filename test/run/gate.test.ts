// A gated run (the A/B sessions' runs): the command waits until its meter runs, so the meter sees all of
// its CPU time, not the part after the meter's start; its exit code, output and signals are the command's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMeterContext } from '../../src/run/meter-context.ts';
import { DEFAULT_OPTIONS } from '../../src/run/options.ts';
import { runOnce } from '../../src/run/orchestrate.ts';

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The shell's own CPU seconds as its `times` builtin reports them ("0m0.670s 0m0.004s" first line). */
function shellCpu(file: string): number {
  const [user, sys] = readFileSync(file, 'utf8').split('\n')[0]!.trim().split(/\s+/).map((x) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(x)!;
    return Number(m[1]) * 60 + Number(m[2]);
  });
  return user! + sys!;
}

async function meteredCpu(gate: boolean): Promise<{ metered: number; actual: number; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'jc-gate-'));
  const ctx = await buildMeterContext({ ...DEFAULT_OPTIONS, out: dir, intensity: 300, nvidiaSmi: 'none', powercapRoot: '/nonexistent' }, {});
  const times = join(dir, 'times');
  // ~0.3 s of CPU, as short as a quick test step: the meter's start is a large part of it
  const script = `i=0; while [ $i -lt 350000 ]; do i=$((i+1)); done; times > ${times}; exit 3`;
  const r = await runOnce(ctx, { file: 'sh', args: ['-c', script], display: ['sh', '-c', 'loop'], gate }, { info: () => {} }, { out: dir, label: 'g', n: 1 });
  const samples = readFileSync(r.record.log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((x) => x.type === 'sample');
  const ticks = samples.reduce((a: number, x: { tree: number }) => a + x.tree, 0);
  return { metered: ticks / CLK_TCK, actual: shellCpu(times), code: r.exitCode };
}

describe('gated runs', () => {
  it("meter the command's whole CPU time and keep its exit code", async () => {
    const g = await meteredCpu(true);
    expect(g.code).toBe(3);
    expect(g.actual).toBeGreaterThan(0.05);
    // tick granularity: one tick per sample boundary at most
    expect(g.metered).toBeGreaterThanOrEqual(g.actual * 0.9 - 2 / CLK_TCK);
    expect(g.metered).toBeLessThanOrEqual(g.actual * 1.1 + 2 / CLK_TCK);
  }, 60_000);

  it('a command that does not exist fails with 127 through the gate, as from a shell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-gate-'));
    const ctx = await buildMeterContext({ ...DEFAULT_OPTIONS, out: dir, intensity: 300, nvidiaSmi: 'none', powercapRoot: '/nonexistent' }, {});
    const r = await runOnce(ctx, { file: 'no-such-command-jc', args: [], display: ['no-such-command-jc'], gate: true }, { info: () => {} }, { out: dir, label: 'g', n: 1 });
    expect(r.exitCode).toBe(127);
    expect(r.record.summary?.exit_code).toBe(127);
  }, 60_000);
});
