// A busy runner, on real processes in the normal parallel suite (its own load is part of the point):
// the active energy of the same work does not move beside two `yes` loops, and an A/B whose head runs
// sometimes share the machine with a neighbour neither invents a change nor hides a real one.
// The truth is the work itself: the same awk loop on both sides, or 1.5x of it on the head.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Comparison } from '../../src/model/comparison.ts';
import { Summary } from '../../src/model/summary.ts';
import { mulberry32 } from '../fakes/prng.ts';

const CLI = resolve(import.meta.dirname, '../../src/cli.ts');
const TICKS_PER_S = 100;

const neighbours: ChildProcess[] = [];
afterEach(() => {
  for (const n of neighbours.splice(0)) if (n.exitCode === null && n.signalCode === null) n.kill('SIGKILL');
});

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('close', (code) => res({ code, stdout, stderr }));
  });
}

/** The CPU ticks of the children this process reaped (cutime + cstime of /proc/self/stat). */
function reapedTicks(): number {
  const s = readFileSync('/proc/self/stat', 'latin1');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return Number(f[13]) + Number(f[14]);
}

const awk = (n: number) => `awk 'BEGIN{for(i=0;i<${n};i++)s+=i*i}'`;

/** Iterations of the awk loop that burn about `seconds` of CPU on this machine (median of three). */
function calibrate(seconds: number): number {
  const n0 = 10_000_000;
  const ticks: number[] = [];
  for (let k = 0; k < 3; k++) {
    const before = reapedTicks();
    spawnSync('sh', ['-c', awk(n0)], { stdio: 'ignore' });
    ticks.push(reapedTicks() - before);
  }
  const t = ticks.sort((a, b) => a - b)[1]! / TICKS_PER_S;
  return Math.round((n0 * seconds) / Math.max(t, 0.01));
}

function yes(): ChildProcess {
  const c = spawn('yes', [], { stdio: 'ignore' });
  neighbours.push(c);
  return c;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const METER = ['--intensity', '300', '--powercap-root', '/nonexistent', '--nvidia-smi', 'none'];

let n03 = 0;
beforeAll(() => {
  n03 = calibrate(0.3);
});

describe('the same work on a busy runner', () => {
  it('the active energy of a 0.3 s loop is the same quiet and beside two yes loops (within 5 %); the attributed is not', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jc-busy-'));
    const once = async (busy: boolean, k: number) => {
      const ys = busy ? [yes(), yes()] : [];
      // the neighbours are up before the run starts
      if (busy) await new Promise((r) => setTimeout(r, 100));
      const out = join(root, `${busy ? 'busy' : 'quiet'}-${k}`);
      const r = await cli(['run', '--out', out, ...METER, '--', 'sh', '-c', awk(n03)], root);
      for (const y of ys) y.kill('SIGKILL');
      expect(r.code, r.stderr).toBe(0);
      return Summary.parse(JSON.parse(readFileSync(join(out, 'run-1.summary.json'), 'utf8')));
    };
    const quiet: Summary[] = [];
    const busy: Summary[] = [];
    // interleaved, so a burst of the suite's own load lands on either kind alike
    for (let k = 0; k < 5; k++) {
      quiet.push(await once(false, k));
      busy.push(await once(true, k));
    }
    const act = (xs: Summary[]) => median(xs.map((s) => s.energy_j.active!.cpu));
    const att = (xs: Summary[]) => median(xs.map((s) => s.energy_j.attributed.cpu));
    const load = (xs: Summary[]) => median(xs.map((s) => s.other_load!.cpu));
    console.log(
      `active cpu: quiet ${act(quiet).toFixed(3)} J, busy ${act(busy).toFixed(3)} J (${((act(busy) / act(quiet) - 1) * 100).toFixed(1)} %); ` +
        `attributed cpu: quiet ${att(quiet).toFixed(3)} J, busy ${att(busy).toFixed(3)} J (${((att(busy) / att(quiet) - 1) * 100).toFixed(1)} %); ` +
        `other load: quiet ${load(quiet).toFixed(2)}, busy ${load(busy).toFixed(2)}; cpu time ${median(quiet.map((s) => s.usage!.cpu_time_s))} / ${median(busy.map((s) => s.usage!.cpu_time_s))} s`,
    );
    expect(Math.abs(act(busy) / act(quiet) - 1)).toBeLessThanOrEqual(0.05);
    // the step's own CPU time is what it is, whatever ran beside it
    expect(median(busy.map((s) => s.usage!.cpu_time_s))).toBeCloseTo(median(quiet.map((s) => s.usage!.cpu_time_s)), 1);
    // the neighbours are seen as other load: two busy loops keep at least a fifth of a 2-CPU machine busy
    // even beside the rest of the suite (which can saturate it for the quiet runs as well)
    expect(load(busy)).toBeGreaterThan(0.2);
    for (const s of [...quiet, ...busy]) expect(s.usage!.meter_cpu_s).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * A/B sessions of `work.sh` in two directories. The script tells the test when a run starts and ends
 * (files in a control directory, watched with inotify); during every second head run the test starts a
 * `yes` loop outside the step's process tree, after a delay drawn from the seed, and stops it at the
 * run's end.
 */
async function abWithNeighbour(seed: number, baseN: number, headN: number, pairs: number): Promise<{ c: Comparison; stderr: string; neighboured: number }> {
  const root = mkdtempSync(join(tmpdir(), 'jc-ab-busy-'));
  const ctl = join(root, 'ctl');
  mkdirSync(ctl);
  const dirs = { base: join(root, 'base'), head: join(root, 'head') };
  const script = (side: 'base' | 'head', n: number) =>
    `t=$(date +%s%N); : > "$JC_CTL/start-${side}-$t"\n${awk(n)}\n: > "$JC_CTL/end-${side}-$t"\n`;
  for (const side of ['base', 'head'] as const) {
    mkdirSync(dirs[side]);
    writeFileSync(join(dirs[side], 'work.sh'), script(side, side === 'base' ? baseN : headN));
  }
  const rnd = mulberry32(seed);
  const parity = seed % 2; // which head runs get the neighbour: the 1st, 3rd ... or the 2nd, 4th ...
  let headRuns = 0;
  let neighboured = 0;
  const running = new Map<string, { timer: NodeJS.Timeout; y: ChildProcess | null }>();
  const seen = new Set<string>();
  const watcher = watch(ctl, () => {
    for (const f of readdirSync(ctl)) {
      if (seen.has(f)) continue;
      seen.add(f);
      const [kind, side, t] = f.split('-');
      if (side !== 'head') continue;
      if (kind === 'start') {
        headRuns++;
        if (headRuns % 2 !== parity) continue;
        neighboured++;
        const entry: { timer: NodeJS.Timeout; y: ChildProcess | null } = { timer: setTimeout(() => (entry.y = yes()), Math.floor(rnd() * 80)), y: null };
        running.set(t!, entry);
      } else if (kind === 'end') {
        const e = running.get(t!);
        if (e) {
          clearTimeout(e.timer);
          e.y?.kill('SIGKILL');
          running.delete(t!);
        }
      }
    }
  });
  try {
    const r = await cli(['ab', '--base-dir', dirs.base, '--head-dir', dirs.head, '--pairs', String(pairs), '--warmup', '0', '--out', join(root, 'out'), ...METER, '--', 'sh', 'work.sh'], root, { JC_CTL: ctl });
    expect(r.code, r.stderr).toBe(0);
    const c = Comparison.parse(JSON.parse(readFileSync(join(root, 'out', 'comparison.json'), 'utf8')));
    if (process.env.JC_DEBUG || c.metrics.find((m) => m.id === 'energy_active')?.verdict === 'not_enough_data') {
      for (const side of ['base', 'head']) {
        for (const f of readdirSync(join(root, 'out', side)).filter((x) => x.endsWith('.summary.json')).sort()) {
          const s = Summary.parse(JSON.parse(readFileSync(join(root, 'out', side, f), 'utf8')));
          console.log(side, f, s.energy_j.active?.cpu, s.usage, s.other_load, s.duration_s);
        }
      }
    }
    return { c, stderr: r.stderr, neighboured };
  } finally {
    watcher.close();
    for (const e of running.values()) {
      clearTimeout(e.timer);
      e.y?.kill('SIGKILL');
    }
  }
}

const line = (c: Comparison, seed: number) => {
  const m = (id: string) => c.metrics.find((x) => x.id === id);
  const a = m('energy_active')!;
  const t = m('energy_total')!;
  const ci = (x: typeof a) => (x.change ? `${(x.change.relative * 100).toFixed(1)} % [${x.change.ci_low === null ? '?' : (x.change.ci_low * 100).toFixed(1)}, ${x.change.ci_high === null ? '?' : (x.change.ci_high * 100).toFixed(1)}]` : '–');
  return `seed ${seed}: active ${a.verdict} ${ci(a)}; attributed ${t.verdict} ${ci(t)}; flagged pairs ${c.ab!.other_load!.flagged_pairs.join(',') || 'none'}`;
};

describe('A/B beside a neighbour in every second head run', () => {
  it('the same work on both sides: no regression and no improvement, over 10 seeds of start times', async () => {
    const lines: string[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const { c, neighboured } = await abWithNeighbour(seed, n03, n03, 4);
      lines.push(line(c, seed));
      expect(neighboured).toBe(2);
      expect(c.headline.metric).toBe('energy_active');
      for (const id of ['energy_active', 'energy_total', 'co2eq']) {
        const v = c.metrics.find((m) => m.id === id)?.verdict;
        expect(['regression', 'improvement'], `${id}: ${lines.at(-1)}`).not.toContain(v);
      }
    }
    console.log(lines.join('\n'));
  }, 240_000);

  it('head doing +50 % of the work: a regression whose CI holds +50 %, or inconclusive for other load, never an improvement', async () => {
    const lines: string[] = [];
    for (let seed = 1; seed <= 4; seed++) {
      const { c } = await abWithNeighbour(seed, n03, Math.round(n03 * 1.5), 6);
      lines.push(line(c, seed));
      const a = c.metrics.find((m) => m.id === 'energy_active')!;
      expect(a.verdict, lines.at(-1)).not.toBe('improvement');
      if (a.verdict === 'regression') {
        // active energy is the step's CPU time at the model's slope: tick quantisation (10 ms of 0.3 s) is the limit
        expect(a.change!.ci_low!, lines.at(-1)).toBeLessThanOrEqual(0.55);
        expect(a.change!.ci_high!, lines.at(-1)).toBeGreaterThanOrEqual(0.45);
      } else {
        expect(a.verdict, lines.at(-1)).toBe('inconclusive');
        expect(a.held_by_other_load, lines.at(-1)).toBeDefined();
      }
      expect(c.metrics.find((m) => m.id === 'energy_total')!.verdict, lines.at(-1)).not.toBe('improvement');
    }
    console.log(lines.join('\n'));
  }, 240_000);
});
