// Benchmark: meter overhead in steady state. The real meter process (`joulecheck run`, src/meter-main.ts) at
// 10 Hz against the fake powercap tree (its writer advancing energy_uj in another process), the fake
// nvidia-smi streaming 8 GPUs, around a process tree of N processes (idle `sleep`s, like data-loader
// workers, plus a few busy ones). Figure: CPU seconds of the meter process per wall second, as % of one
// core, from the sum of /proc/<meter>/task/*/schedstat (ns, all its threads; children such as the fake
// nvidia-smi and the writer are separate processes and excluded). Target: <= 0.5% at 200
// processes, 8 GPUs, 10 Hz.
//
// Two references run beside each scenario and are measured over the SAME window (a shared machine's load
// moves every figure by tens of percent from one minute to the next, so only same-window comparisons
// mean anything):
//   floor    a bare Node process with an empty timer at the meter's rate: what waking up costs here;
//   minimal  a bare Node process that, at the same rate, preads the files the meter must read every tick
//            (/proc/stat, its own stat, the RAPL counters, the root and one busy member) and appends a
//            JSON line: the least any Node meter doing those reads costs on this machine.
// The warm-up is long because V8 tiers functions up by call counts: at 10 calls a second the meter's code
// runs unoptimised and the optimising compilers keep waking (on V8's helper threads) for 2-2.5 minutes
// (`--series` shows it: 0.57-0.85 % in the first minute at 200 processes x 8 GPUs, steady state after ~150 s). That
// start-up cost is not steady state, which is what the target is about; a 30 s warm-up measured it.
//   node bench/meter.bench.ts [--seconds 15] [--warmup 150] [--scenarios 10x0,200x0,1000x0,10x8,200x8,1000x8] [--rapl none] [--cpu-prof DIR]
//                             [--entry dist/meter.js] [--node-flags=--some-v8-flag] [--series] [--gpu-sensor nvml|nvidia-smi] [--from-start]
// --gpu-sensor nvml meters the GPUs through the fake NVML library (test/fakes/nvml, built with gcc, loaded
// in the meter process through koffi: its calls are charged to the meter, as the real library's are).
// --from-start: no warm-up; the figure is the meter's CPU over its WHOLE run of --seconds from its spawn
// (node's start-up, the probe and V8's tier-up included, as a user pays it: /proc/<pid>/stat utime+stime,
// which also counts threads that already ended), and the last minute of it as the steady state; the floor and
// the minimal reader run beside it from the tree's start and are measured the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPowercapTree, intelLayout } from '../test/fakes/powercap.ts';
import { buildFakeNvml, writeScenario } from '../test/fakes/nvml.ts';
import { cpuByThread, cpuSeconds } from './cpu-time.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '150' },
    scenarios: { type: 'string', default: '10x0,200x0,1000x0,10x8,200x8,1000x8' },
    'interval-ms': { type: 'string', default: '100' },
    // 'none': no powercap tree (RAPL not found), to see what the RAPL reads cost
    rapl: { type: 'string', default: 'fake' },
    // write a V8 CPU profile of each meter process into this directory (where the time goes)
    'cpu-prof': { type: 'string' },
    // extra flags for the meter's node (experiments: V8 flags such as --single-threaded)
    'node-flags': { type: 'string', default: '' },
    // the meter entry: the sources (default) or the bundle that ships, dist/meter.js (after npm run build)
    entry: { type: 'string', default: 'src/meter-main.ts' },
    'gpu-sensor': { type: 'string', default: 'nvidia-smi' },
    'from-start': { type: 'boolean', default: false },
    // print the meter's CPU by thread for every --seconds window of the warm-up too: how long the start-up
    // transient (V8 compiling the meter's functions as they get hot) lasts
    series: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const intervalMs = Number(values['interval-ms']);
const scenarios = values.scenarios.split(',').map((s) => s.split('x').map(Number) as [number, number]);

const root = resolve(import.meta.dirname, '..');
const ENTRY = resolve(root, values.entry);
const WRITER = join(root, 'test/fakes/powercap-writer.ts');
const FAKE_SMI = join(root, 'test/fakes/nvidia-smi');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function countTree(pid: number): number {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, 'latin1');
      const ppid = Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone
    }
  }
  let n = 0;
  const walk = (p: number) => {
    n++;
    for (const c of kids.get(p) ?? []) walk(c);
  };
  walk(pid);
  return n;
}

// never leave a meter or the writer running when the benchmark fails
const started = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of started) if (p.exitCode === null && p.signalCode === null) p.kill('SIGTERM');
});

const dir = mkdtempSync(join(tmpdir(), 'jc-bench-meter-'));
const tree = buildPowercapTree(join(dir, 'rapl'), intelLayout());
const profile = join(dir, 'profile.json');
writeFileSync(profile, JSON.stringify({ zones: { 'intel-rapl:0': [[0, 60]], 'intel-rapl:1': [[0, 40]], 'intel-rapl:a': [[0, 40]], 'intel-rapl:0:2': [[0, 5]], 'intel-rapl:1:1': [[0, 5]] }, period_ms: 100 }));
const writer = spawn(process.execPath, [WRITER, tree.root, profile], { stdio: ['ignore', 'pipe', 'inherit'] });
started.add(writer);
await new Promise<void>((res) => writer.stdout!.once('data', () => res()));
const scenario = join(dir, 'gpus.json');
writeFileSync(scenario, JSON.stringify({ count: 8 }));
const nvml = values['gpu-sensor'] === 'nvml';
const nvmlLib = nvml ? buildFakeNvml() : '';
const nvmlEnv = nvml ? writeScenario(join(dir, 'nvml.txt'), { gpus: Array.from({ length: 8 }, (_, i) => ({ base_w: 100 + 25 * i, util: 60 })) }) : {};
const gpuArgs = (gpus: number): string[] =>
  gpus === 0 ? ['--gpu-sensor', 'none'] : nvml ? ['--gpu-sensor', 'nvml', '--nvml-lib', nvmlLib] : ['--gpu-sensor', 'nvidia-smi', '--nvidia-smi', FAKE_SMI];
/** CPU seconds spent between two performance.now() times, as % of one core */
const pctOfCore = (cpuS: number, fromMs: number, toMs: number): number => (cpuS / ((toMs - fromMs) / 1000)) * 100;
/** waits (100 ms steps, at most `tries`) until the tree under pid has `procs` processes: a loaded machine forks slowly */
async function waitForTree(pid: number, procs: number, tries: number): Promise<void> {
  for (let i = 0; i < tries && countTree(pid) < procs; i++) await sleep(100);
}
/** CPU seconds of a process since it started, ended threads included (utime + stime, USER_HZ = 100). */
function cpuSinceStart(pid: number): number {
  const s = readFileSync(`/proc/${pid}/stat`, 'latin1');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

console.log(`meter overhead at ${1000 / intervalMs} Hz: ${warmup} s warm-up, ${seconds} s measured per scenario; ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(1)}`);
// references measured beside each scenario (see the header)
// the counted zones (packages and dies, dram: the zones of the writer's profile below)
const COUNTED = ['intel-rapl:0', 'intel-rapl:1', 'intel-rapl:a', 'intel-rapl:0:2', 'intel-rapl:1:1'];
const rapl = values.rapl === 'none' ? [] : COUNTED.map((id) => tree.files[id]!);
const MINIMAL = `
const fs = require('node:fs');
const [ms, root, busy, ...files] = process.argv.slice(1);
const fds = ['/proc/stat', '/proc/self/stat', ...files].map((f) => fs.openSync(f, 'r'));
let members = [];
const buf = Buffer.alloc(4096);
let out = '';
setInterval(() => {
  if (members.length === 0) for (const p of [root, busy]) try { members.push(fs.openSync('/proc/' + p + '/stat', 'r')); } catch {}
  const v = [];
  for (const fd of [...fds, ...members]) { const n = fs.readSync(fd, buf, 0, buf.length, 0); v.push(buf.toString('latin1', 0, n).split(' ', 16).length); }
  out += JSON.stringify({ type: 'sample', t: performance.now() / 1000, v }) + '\\n';
  if (out.length > 65536) out = '';
}, Number(ms));
`;
type ThreadKind = 'main' | 'ticks' | 'v8' | 'other';
const KINDS: readonly ThreadKind[] = ['main', 'ticks', 'v8', 'other'];
/** % of one core per kind of thread between two cpuByThread() readings `seconds` apart */
function pctByThread(a: Map<ThreadKind, number>, b: Map<ThreadKind, number>, seconds: number): Record<ThreadKind, number> {
  const out = {} as Record<ThreadKind, number>;
  for (const k of KINDS) out[k] = (((b.get(k) ?? 0) - (a.get(k) ?? 0)) / seconds) * 100;
  return out;
}
const threadsText = (p: Record<ThreadKind, number>): string => KINDS.map((k) => `${k} ${p[k].toFixed(3)}`).join(', ');

function startReference(kind: 'floor' | 'minimal', root = 0, busy = 0): ChildProcess {
  const args = kind === 'floor' ? ['-e', `setInterval(() => {}, ${intervalMs})`] : ['-e', MINIMAL, String(intervalMs), String(root), String(busy), ...rapl];
  const p = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  started.add(p);
  return p;
}
/** pid of the busiest process in the tree under pid (the busy member the minimal reader also reads) */
function busiest(pid: number): number {
  let best = pid;
  let most = -1;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === pid) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, 'latin1');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(f[11]) + Number(f[12]);
      if (ticks > most && isDescendant(Number(d), pid)) {
        most = ticks;
        best = Number(d);
      }
    } catch {
      // gone
    }
  }
  return best;
}
function isDescendant(p: number, of: number): boolean {
  for (let i = 0; i < 64 && p > 1; i++) {
    if (p === of) return true;
    try {
      const s = readFileSync(`/proc/${p}/stat`, 'latin1');
      p = Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return false;
    }
  }
  return p === of;
}
console.log('% of one core, same window:  meter = the meter process; floor = empty timer; minimal = minimal reader (see header)');
console.log('processes  gpus     meter    floor  minimal  meter-floor  samples/s');
const rows: Array<{ procs: number; gpus: number; pct: number; floor: number; minimal: number }> = [];
for (const [procs, gpus] of scenarios) {
  // N-1 idle sleeps and one busy loop (a real step burns CPU somewhere), all under one shell
  const busy = `"${process.execPath}" -e "for(;;){const e=Date.now()+50;while(Date.now()<e);Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,50)}"`;
  const script = `i=2; while [ $i -lt ${procs} ]; do sleep 600 & i=$((i+1)); done; ${busy} & wait`;
  const out = join(dir, `out-${procs}x${gpus}`);
  const meter: ChildProcess = spawn(
    process.execPath,
    [...values['node-flags'].split(' ').filter(Boolean), ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof']), '--cpu-prof-name', `meter-${procs}x${gpus}.cpuprofile`] : []), ENTRY, '--out', out, '--interval-ms', String(intervalMs), '--powercap-root', values.rapl === 'none' ? join(dir, 'no-powercap') : tree.root, ...gpuArgs(gpus), '--', 'sh', '-c', script],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, JOULECHECK_FAKE_NVSMI: scenario, ...nvmlEnv } },
  );
  const spawnedAt = performance.now();
  started.add(meter);
  let err = '';
  meter.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<void>((res) => meter.on('close', () => res()));
  const logPath = join(out, 'run-1.log.ndjson');
  if (values['from-start']) {
    // the whole run from the spawn: start-up, probe and tier-up included; the last minute as steady state.
    // The references start as soon as the tree is there (the minimal reader reads its busy member) and are
    // measured the same way, each over its own life: what any Node process at this rate pays from its spawn.
    const last = Math.min(60, seconds / 2);
    await waitForTree(meter.pid!, procs, 300);
    const refs = [startReference('floor'), startReference('minimal', meter.pid!, busiest(meter.pid!))];
    const refsAt = performance.now();
    await sleep(Math.max(0, spawnedAt + (seconds - last) * 1000 - performance.now()));
    const midCpu = cpuSinceStart(meter.pid!);
    const refsMid = refs.map((r) => cpuSinceStart(r.pid!));
    const midAt = performance.now();
    await sleep(Math.max(0, spawnedAt + seconds * 1000 - performance.now()));
    const endCpu = cpuSinceStart(meter.pid!);
    const refsEnd = refs.map((r) => cpuSinceStart(r.pid!));
    const endAt = performance.now();
    const inTree = countTree(meter.pid!);
    const byThread = cpuByThread(meter.pid!);
    for (const r of refs) r.kill();
    meter.kill('SIGTERM');
    await exited;
    const whole = pctOfCore(endCpu, spawnedAt, endAt);
    const steady = pctOfCore(endCpu - midCpu, midAt, endAt);
    const [floorWhole, minimalWhole] = refsEnd.map((c) => pctOfCore(c, refsAt, endAt)) as [number, number];
    const [floorSteady, minimalSteady] = refsEnd.map((c, i) => pctOfCore(c - refsMid[i]!, midAt, endAt)) as [number, number];
    const refsLine =
      `  same window, each from its own spawn: floor ${floorWhole.toFixed(3)} % (${refsEnd[0]!.toFixed(2)} CPU s; last ${last} s ${floorSteady.toFixed(3)} %), ` +
      `minimal reader ${minimalWhole.toFixed(3)} % (${refsEnd[1]!.toFixed(2)} CPU s; last ${last} s ${minimalSteady.toFixed(3)} %)`;
    const ts = readFileSync(logPath, 'utf8').split('\n').filter((l) => l.startsWith('{"type":"sample"')).map((l) => (JSON.parse(l) as { t: number }).t);
    console.log(
      `${procs} processes, ${gpus} GPUs (${gpus ? values['gpu-sensor'] : 'no GPU'}), ${1000 / intervalMs} Hz: ${whole.toFixed(3)} % of one core averaged over the whole ${((endAt - spawnedAt) / 1000).toFixed(0)} s from the spawn ` +
        `(${endCpu.toFixed(2)} CPU s); last ${last} s: ${steady.toFixed(3)} %; ${(ts.length / (ts.at(-1) ?? 1)).toFixed(1)} samples/s; meter + tree ${inTree} processes; ` +
        `CPU s by live thread at the end: ${[...byThread].map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`,
    );
    console.log(refsLine);
    if (!/joulecheck run-1/.test(err)) console.log(`  meter said: ${err.trim().split('\n').slice(-3).join(' | ')}`);
    continue;
  }
  // steady state: the meter is sampling (its start, with the GPU probe, takes seconds on a loaded machine)
  for (let i = 0; i < 600 && !(existsSync(logPath) && readFileSync(logPath, 'utf8').split('\n').length > 3); i++) await sleep(100);
  // and the tree is complete (a loaded machine forks 1000 sleeps slowly)
  await waitForTree(meter.pid!, procs, 600);
  const floorP = startReference('floor');
  const minimalP = startReference('minimal', meter.pid!, busiest(meter.pid!));
  if (values.series) {
    for (let w = seconds; w <= warmup; w += seconds) {
      const a = cpuByThread(meter.pid!);
      const ta = performance.now();
      await sleep(seconds * 1000);
      const b = cpuByThread(meter.pid!);
      const p = pctByThread(a, b, (performance.now() - ta) / 1000);
      const all = p.main + p.ticks + p.v8 + p.other;
      console.log(`           warm-up to ${String(w).padStart(4)} s: meter ${all.toFixed(3)} (${threadsText(p)})`);
    }
  } else await sleep(warmup * 1000);
  const ids = [meter.pid!, floorP.pid!, minimalP.pid!];
  const c0 = ids.map(cpuSeconds);
  const th0 = cpuByThread(meter.pid!);
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const c1 = ids.map(cpuSeconds);
  const th1 = cpuByThread(meter.pid!);
  const t1 = performance.now();
  floorP.kill();
  minimalP.kill();
  const [pct, floorPct, minimalPct] = c1.map((c, i) => pctOfCore(c - c0[i]!, t0, t1)) as [number, number, number];
  const inTree = countTree(meter.pid!);
  meter.kill('SIGTERM');
  await exited;
  rows.push({ procs, gpus, pct, floor: floorPct, minimal: minimalPct });
  // samples per second of the whole run, from the log itself (every tick that was due wrote one)
  const ts = readFileSync(logPath, 'utf8').split('\n').filter((l) => l.startsWith('{"type":"sample"')).map((l) => (JSON.parse(l) as { t: number }).t);
  const rate = ts.length / (ts.at(-1) ?? 1);
  const f = (x: number) => `${x.toFixed(3)}`.padStart(8);
  console.log(`${String(procs).padStart(9)}  ${String(gpus).padStart(4)}  ${f(pct)} ${f(floorPct)} ${f(minimalPct)}     ${f(pct - floorPct)}  ${rate.toFixed(1).padStart(9)}   (meter + tree: ${inTree} processes)`);
  console.log(`           meter by thread (% of one core): ${threadsText(pctByThread(th0, th1, (t1 - t0) / 1000))}`);
  if (!/joulecheck run-1/.test(err)) console.log(`  meter said: ${err.trim().split('\n').slice(-3).join(' | ')}`);
}
writer.kill('SIGTERM');
await new Promise((r) => writer.once('close', r));
rmSync(dir, { recursive: true, force: true });
const target = rows.find((r) => r.procs === 200 && r.gpus === 8);
if (target && intervalMs === 100)
  console.log(
    `target (200 processes, 8 GPUs, 10 Hz): ${target.pct.toFixed(3)} % of one core ${target.pct <= 0.5 ? '<=' : '>'} 0.5 %; ` +
      `same window: floor ${target.floor.toFixed(3)} %, minimal reader ${target.minimal.toFixed(3)} %, meter above the floor ${(target.pct - target.floor).toFixed(3)} %`,
  );
