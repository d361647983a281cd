// Benchmark: the orchestration of a same-job A/B session between runs (issue target: <= 0.3 s per run,
// checkout excluded): machine-state probe, spawn, meter start/stop, raw log -> summary, and at the end the
// paired comparison and its two files.
//   node bench/ab.bench.ts [--pairs 10] [--warmup 1] [--sleep-ms 200] [--gpu] [--rounds 2]
// Every run's command is `sleep <sleep-ms>`: its own time is known, so the overhead per run is
// (session wall time - runs x sleep) / runs. RAPL is a fake powercap tree advanced by PowercapWriter (the
// idle-power window of the probe runs as on a real machine); --gpu adds the fake nvidia-smi (a Node script:
// slower to start than the real binary, so that figure is pessimistic).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runAb } from '../src/run/ab.ts';
import { runMetered } from '../src/run/orchestrate.ts';
import { buildContext } from '../src/run/context.ts';
import { DEFAULT_OPTIONS } from '../src/run/options.ts';
import { buildPowercapTree, intelLayout, PowercapWriter } from '../test/fakes/powercap.ts';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    'sleep-ms': { type: 'string', default: '200' },
    gpu: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '2' },
  },
});
const pairs = Number(values.pairs);
const warmup = Number(values.warmup);
const sleepMs = Number(values['sleep-ms']);
const rounds = Number(values.rounds);
const TARGET_S = 0.3;

const dir = mkdtempSync(join(tmpdir(), 'joulecheck-ab-bench-'));
const tree = buildPowercapTree(join(dir, 'sys'), intelLayout());
const writer = new PowercapWriter(tree.root, Object.fromEntries(tree.zones.filter((z) => /^intel-rapl:\d$/.test(z.id)).map((z) => [z.id, [[0, 60]] as [number, number][]])));
writer.start(20);
const env: NodeJS.ProcessEnv = { ...process.env };
let nvidiaSmi = 'none';
if (values.gpu) {
  const scenario = join(dir, 'smi.json');
  writeFileSync(scenario, JSON.stringify({ gpus: [{ name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-b1', power: [[0, 90]], temp: [[0, 45]], sm_clock: [[0, 1980]] }] }));
  env.JOULECHECK_FAKE_NVSMI = scenario;
  nvidiaSmi = resolve(import.meta.dirname, '../test/fakes/nvidia-smi');
}
const base = join(dir, 'base');
const head = join(dir, 'head');
// two distinct trees; `sleep` needs nothing in them
for (const d of [base, head]) mkdirSync(d, { recursive: true });
const cpu = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1e6;
};
let worst = 0;
try {
  for (let round = 1; round <= rounds; round++) {
    const out = join(dir, `out-${round}`);
    const opts = { ...DEFAULT_OPTIONS, out, label: 'bench', powercapRoot: tree.root, nvidiaSmi, intensity: 300 };
    const ctx = await buildContext(opts, env);
    const runs = 2 * (pairs + warmup);
    const c0 = cpu();
    const t0 = performance.now();
    const outcome = await runAb(
      ctx,
      opts,
      { baseDir: base, headDir: head, pairs, order: 'abba', warmup, setup: null },
      ['sleep', String(sleepMs / 1000)],
      { info: () => {} },
      env,
    );
    const wall = (performance.now() - t0) / 1000;
    const perRun = (wall - (runs * sleepMs) / 1000) / runs;
    worst = Math.max(worst, perRun);
    // the same number of runs through `run --repeat`'s orchestration (what each A/B run reuses): the
    // difference is what the A/B itself adds (machine-state probe, schedule, comparison)
    const t1 = performance.now();
    await runMetered(ctx, { ...opts, out: join(out, 'plain'), repeat: runs }, { file: 'sleep', args: [String(sleepMs / 1000)], env, display: ['sleep'] }, { info: () => {} });
    const plain = ((performance.now() - t1) / 1000 - (runs * sleepMs) / 1000) / runs;
    const metered = outcome.runs.reduce((a, r) => a + (r.summary?.duration_s ?? 0), 0);
    process.stdout.write(
      `round ${round}: ${runs} runs (${pairs} pairs + ${warmup} warm-up per side), wall ${wall.toFixed(2)} s, commands ${((runs * sleepMs) / 1000).toFixed(2)} s ` +
        `(metered ${metered.toFixed(2)} s) -> orchestration ${perRun.toFixed(3)} s per run; meter process CPU ${(cpu() - c0).toFixed(2)} s; ` +
        `verdict ${outcome.comparison?.headline.verdict ?? outcome.failure}; the same runs under run --repeat: ${plain.toFixed(3)} s per run ` +
        `(A/B's own share ${(perRun - plain).toFixed(3)} s)\n`,
    );
  }
  process.stdout.write(
    `orchestration between runs: worst ${worst.toFixed(3)} s per run (target <= ${TARGET_S} s)${values.gpu ? ', with the fake nvidia-smi' : ''}; ` +
      `load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs\n`,
  );
  process.exitCode = worst <= TARGET_S ? 0 : 1;
} finally {
  writer.stop();
  rmSync(dir, { recursive: true, force: true });
}
