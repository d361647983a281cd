// Benchmark: the orchestration of a same-job A/B session between runs (target: <= 0.3 s per run, checkout
// excluded): machine-state probe, spawn, meter start/stop, raw log -> summary, and at the end the paired
// comparison and its two files.
//   node bench/ab.bench.ts [--entry dist/cli.js|src/cli.ts] [--pairs 10] [--warmup 1] [--sleep-ms 200]
//                          [--gpu] [--rounds 2]
// Runs `joulecheck ab` as its own process, each run's command `sleep <sleep-ms>`: the command's own time
// is known, so orchestration per run = (wall - node start-up - runs x sleep) / runs, the start-up timed
// with `--version`. RAPL is a fake powercap tree advanced by PowercapWriter (the probe's idle-power window
// runs as on a real machine); --gpu adds the fake nvidia-smi (a Node script, slower to start than the real
// binary: a pessimistic figure). Default entry: the shipped bundle when built (npm run build), else the
// sources (slower: every run's tick worker then loads TypeScript modules).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPowercapTree, intelLayout, PowercapWriter } from '../test/fakes/powercap.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    entry: { type: 'string' },
    pairs: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    'sleep-ms': { type: 'string', default: '200' },
    gpu: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '2' },
  },
});
const entry = resolve(root, values.entry ?? (existsSync(join(root, 'dist/cli.js')) ? 'dist/cli.js' : 'src/cli.ts'));
const pairs = Number(values.pairs);
const warmup = Number(values.warmup);
const sleepMs = Number(values['sleep-ms']);
const rounds = Number(values.rounds);
const runs = 2 * (pairs + warmup);
const TARGET_S = 0.3;

const dir = mkdtempSync(join(tmpdir(), 'joulecheck-ab-bench-'));
const tree = buildPowercapTree(join(dir, 'sys'), intelLayout());
const writer = new PowercapWriter(tree.root, Object.fromEntries(tree.zones.filter((z) => /^intel-rapl:\d$/.test(z.id)).map((z) => [z.id, [[0, 60]] as [number, number][]])));
writer.start(20);
const env: NodeJS.ProcessEnv = { ...process.env };
let smiArgs = ['--nvidia-smi', 'none'];
if (values.gpu) {
  const scenario = join(dir, 'smi.json');
  writeFileSync(scenario, JSON.stringify({ gpus: [{ name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-b1', power: [[0, 90]], temp: [[0, 45]], sm_clock: [[0, 1980]] }] }));
  env.JOULECHECK_FAKE_NVSMI = scenario;
  smiArgs = ['--nvidia-smi', join(root, 'test/fakes/nvidia-smi')];
}
// two distinct trees; `sleep` needs nothing in them
for (const d of ['base', 'head']) mkdirSync(join(dir, d), { recursive: true });

/** Runs the entry under a shell whose `times` reports the CPU time of it and its children (the meter's
 * threads, the commands, nvidia-smi): a figure a loaded machine inflates much less than the wall time. */
function time(args: string[]): Promise<{ s: number; cpu: number; code: number | null; err: string }> {
  const t0 = performance.now();
  return new Promise((res) => {
    const p = spawn('/bin/sh', ['-c', '"$@"; c=$?; times >&2; exit $c', 'bench', process.execPath, entry, ...args], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('close', (code) => {
      const lines = err.trimEnd().split('\n');
      const secs = (lines.at(-1) ?? '').trim().split(/\s+/).map((x) => {
        const m = /^(\d+)m([\d.]+)s$/.exec(x);
        return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
      });
      res({ s: (performance.now() - t0) / 1000, cpu: secs.reduce((a, b) => a + b, 0), code, err: lines.slice(0, -2).join('\n') });
    });
  });
}

let worst = 0;
try {
  for (let round = 1; round <= rounds; round++) {
    let startup = Infinity;
    let startupCpu = Infinity;
    for (let k = 0; k < 3; k++) {
      const v = await time(['--version']);
      startup = Math.min(startup, v.s);
      startupCpu = Math.min(startupCpu, v.cpu);
    }
    const r = await time([
      'ab', '--base-dir', 'base', '--head-dir', 'head', '--pairs', String(pairs), '--warmup', String(warmup), '--out', `out-${round}`,
      '--intensity', '300', '--powercap-root', tree.root, ...smiArgs, '--', 'sleep', String(sleepMs / 1000),
    ]);
    if (r.code !== 0) throw new Error(`joulecheck ab exited ${r.code}: ${r.err.slice(-500)}`);
    const perRun = (r.s - startup - (runs * sleepMs) / 1000) / runs;
    const cpuPerRun = (r.cpu - startupCpu) / runs;
    worst = Math.max(worst, perRun);
    process.stdout.write(
      `round ${round}: ${runs} runs (${pairs} pairs + ${warmup} warm-up per side), wall ${r.s.toFixed(2)} s, node start-up ${startup.toFixed(2)} s, ` +
        `commands ${((runs * sleepMs) / 1000).toFixed(2)} s -> orchestration ${perRun.toFixed(3)} s per run (CPU ${cpuPerRun.toFixed(3)} s per run)\n`,
    );
  }
  process.stdout.write(
    `orchestration between runs (${entry.replace(root + '/', '')}${values.gpu ? ', fake nvidia-smi' : ''}): worst ${worst.toFixed(3)} s per run ` +
      `(target <= ${TARGET_S} s); load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs\n`,
  );
  process.exitCode = worst <= TARGET_S ? 0 : 1;
} finally {
  writer.stop();
  rmSync(dir, { recursive: true, force: true });
}
