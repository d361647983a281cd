// Same-window A/B of the meter's overhead: the bundled meter (dist/meter.js) of another revision and of
// this working tree run SIDE BY SIDE, each around its own process tree, against the same fake powercap
// tree and fake GPUs, and are measured over the same windows. On a shared machine the load moves a single
// figure by ±20 % from one minute to the next; only a comparison within one window says whether a change
// made the meter lighter. Not part of `npm run bench` (it needs a second revision); run it by hand:
//   npm run build && node bench/meter-ab.ts [--against REV] [--windows 5] [--seconds 20] [--warmup 35]
//                                             [--procs 200] [--gpus 8] [--interval-ms 100]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPowercapTree, intelLayout } from '../test/fakes/powercap.ts';
import { cpuSeconds } from './cpu-time.ts';

const { values } = parseArgs({
  options: {
    against: { type: 'string', default: 'HEAD' },
    windows: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '35' },
    procs: { type: 'string', default: '200' },
    gpus: { type: 'string', default: '8' },
    'interval-ms': { type: 'string', default: '100' },
  },
});
const root = resolve(import.meta.dirname, '..');
const mine = join(root, 'dist/meter.js');
if (!existsSync(mine)) throw new Error(`${mine} not found: run 'npm run build' first`);
const dir = mkdtempSync(join(tmpdir(), 'jc-bench-ab-'));
// the other revision's bundle, as committed (dist/ is self-contained)
const theirsDir = join(dir, 'against');
mkdirSync(theirsDir);
const tarFile = join(dir, 'against.tar');
execFileSync('git', ['-C', root, 'archive', '-o', tarFile, values.against, 'dist', 'package.json']);
execFileSync('tar', ['-xf', tarFile, '-C', theirsDir]);
const theirs = join(theirsDir, 'dist/meter.js');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const started: ChildProcess[] = [];
const cleanup = (): void => {
  for (const p of started) {
    try {
      process.kill(-p.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
};
process.on('exit', cleanup);
/** SIGTERM to the meters: each forwards it to its command's process group (the trees) and exits */
async function stop(code: number): Promise<never> {
  const meters = started.slice(1);
  for (const p of meters) p.kill('SIGTERM');
  await Promise.race([Promise.all(meters.map((p) => (p.exitCode !== null || p.signalCode !== null ? null : new Promise((r) => p.once('exit', r))))), sleep(10_000)]);
  process.exit(code); // the exit handler stops the writer and whatever is left
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void stop(130));

const tree = buildPowercapTree(join(dir, 'rapl'), intelLayout());
const profile = join(dir, 'profile.json');
writeFileSync(profile, JSON.stringify({ zones: { 'intel-rapl:0': [[0, 60]], 'intel-rapl:1': [[0, 40]], 'intel-rapl:a': [[0, 40]], 'intel-rapl:0:2': [[0, 5]], 'intel-rapl:1:1': [[0, 5]] }, period_ms: 100 }));
const writer = spawn(process.execPath, [join(root, 'test/fakes/powercap-writer.ts'), tree.root, profile], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
started.push(writer);
await new Promise<void>((r) => writer.stdout!.once('data', () => r()));
const scenario = join(dir, 'gpus.json');
writeFileSync(scenario, JSON.stringify({ count: Number(values.gpus) }));

// N-1 idle sleeps and one busy process per tree, as in meter.bench.ts; each tree under its own meter
const life = Number(values.warmup) + Number(values.windows) * Number(values.seconds) + 30;
const busy = `"${process.execPath}" -e "const end=Date.now()+${life}e3;while(Date.now()<end){const e=Date.now()+50;while(Date.now()<e);Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,50)}"`;
const script = `i=2; while [ $i -lt ${values.procs} ]; do sleep ${life} & i=$((i+1)); done; ${busy} & wait`;
const meters = [theirs, mine].map((entry, i) => {
  const p = spawn(
    process.execPath,
    [entry, '--out', join(dir, `out-${i}`), '--interval-ms', values['interval-ms'], '--powercap-root', tree.root, '--nvidia-smi', Number(values.gpus) > 0 ? join(root, 'test/fakes/nvidia-smi') : 'none', '--', 'sh', '-c', script],
    { stdio: 'ignore', env: { ...process.env, JOULECHECK_FAKE_NVSMI: scenario }, detached: true },
  );
  started.push(p);
  return p;
});
console.log(`same-window A/B, ${values.procs} processes x ${values.gpus} GPUs at ${1000 / Number(values['interval-ms'])} Hz: A = ${values.against}'s dist/meter.js, B = this tree's; % of one core`);
await sleep(Number(values.warmup) * 1000);
const sums = [0, 0];
for (let w = 1; w <= Number(values.windows); w++) {
  const c0 = meters.map((m) => cpuSeconds(m.pid!));
  const t0 = performance.now();
  await sleep(Number(values.seconds) * 1000);
  const c1 = meters.map((m) => cpuSeconds(m.pid!));
  const wall = (performance.now() - t0) / 1000;
  const pct = c1.map((c, i) => ((c - c0[i]!) / wall) * 100);
  pct.forEach((p, i) => (sums[i]! += p));
  console.log(`window ${w}:  A ${pct[0]!.toFixed(3)}   B ${pct[1]!.toFixed(3)}   B/A ${(pct[1]! / pct[0]!).toFixed(2)}`);
}
const n = Number(values.windows);
console.log(`mean:      A ${(sums[0]! / n).toFixed(3)}   B ${(sums[1]! / n).toFixed(3)}   B/A ${(sums[1]! / sums[0]!).toFixed(2)}`);
await stop(0);
