// The process tree against REAL processes and the real /proc. Truths come from the processes themselves
// (their own /proc ticks or rusage), never from theory: the machine is shared with other test runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLastPid, parseMeminfo, parseProcStat, parseProcStatBytes, parseStat } from '../../../src/meter/procfs/procfs-parse.ts';
import { ProcTree } from '../../../src/meter/procfs/proc-tree.ts';

const kids: ChildProcess[] = [];
afterEach(() => {
  for (const k of kids.splice(0)) if (k.exitCode === null && k.signalCode === null) k.kill('SIGKILL');
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// busy until the process has burnt `ms` of CPU (not wall time: the machine is shared and loaded)
const BUSY = (ms: number) =>
  `const e=Date.now()+20000;let x=0;while(Date.now()<e){for(let i=0;i<1e5;i++)x++;const u=process.cpuUsage();if(u.user+u.system>=${ms}e3)break;}`;
const FOREVER = 'let x=0;for(;;)x++;';

function startNode(code: string): ChildProcess {
  const c = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  kids.push(c);
  return c;
}

/** utime+stime of one process from its own /proc/<pid>/stat (the truth for its share). */
function ownTicks(pid: number): number {
  const s = readFileSync(`/proc/${pid}/stat`, 'latin1');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]);
}

function exited(c: ChildProcess): Promise<void> {
  return new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));
}

describe('parsers', () => {
  it('parses /proc/<pid>/stat with spaces and parentheses in comm', () => {
    // fields after comm: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ... rss
    const line = '4242 (my (odd) name) S 17 4242 4242 0 -1 4194560 100 0 0 0 11 22 33 44 20 0 1 0 123 456789 77 18446744073709551615\n';
    const b = Buffer.from(line, 'latin1');
    expect(parseStat(b, b.length)).toEqual({ ppid: 17, ticks: 11 + 22 + 33 + 44, rssPages: 77 });
    expect(parseStat(b, 20)).toBeNull(); // truncated
  });
  it('parses /proc/stat and /proc/meminfo', () => {
    expect(parseProcStat('cpu  10 1 5 100 4 2 3 7 9 0\ncpu0 1 2 3\n')).toEqual({ busy: 10 + 1 + 5 + 2 + 3 + 7, total: 28 + 104 });
    expect(() => parseProcStat('intr 1 2\n')).toThrow(/unexpected/);
    // the byte parser the sampler uses: same answers, on the real file too (whose cpu line is followed by
    // a line per CPU and every interrupt counter), on an old kernel's 4-field line, and on a cut buffer
    const real = readFileSync('/proc/stat', 'latin1');
    const first = real.slice(0, real.indexOf('\n')).trim().split(/\s+/).map(Number);
    const want = { busy: first[1]! + first[2]! + first[3]! + first[6]! + first[7]! + first[8]!, total: 0 };
    want.total = want.busy + first[4]! + first[5]!;
    const b = Buffer.from(real, 'latin1');
    expect(parseProcStatBytes(b, b.length)).toEqual(want);
    const old = Buffer.from('cpu 5 0 3 90\ncpu0 5 0 3 90\n');
    expect(parseProcStatBytes(old, old.length)).toEqual({ busy: 8, total: 98 });
    expect(parseProcStatBytes(Buffer.from('cpu  10 1 5 100 4 2 3 7 9 0'), 11)).toEqual({ busy: 16, total: 16 }); // cut after 'system'
    expect(() => parseProcStatBytes(Buffer.from('cpu0 1 2 3\n'), 11)).toThrow(/unexpected first line 'cpu0 1 2 3'/);
    expect(parseMeminfo('MemTotal:  1000 kB\nMemFree: 10 kB\nMemAvailable:  400 kB\n')).toEqual({ used: 600 * 1024, total: 1000 * 1024 });
    // pre-3.14 kernels: no MemAvailable
    expect(parseMeminfo('MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 250 kB\n').used).toBe(600 * 1024);
  });
});

describe('parseLastPid', () => {
  it('reads the last field of /proc/loadavg, and -1 for anything else', () => {
    const b = (t: string) => [Buffer.from(t), t.length] as const;
    expect(parseLastPid(...b('0.20 0.18 0.12 1/80 11206\n'))).toBe(11206);
    expect(parseLastPid(...b('0.00 0.01 0.05 2/1234 7'))).toBe(7);
    expect(parseLastPid(...b('0.20 0.18 0.12 1/80 \n'))).toBe(-1);
    expect(parseLastPid(...b('0.20 0.18 0.12 1/80 x11206\n'))).toBe(-1);
    expect(parseLastPid(...b(''))).toBe(-1);
    // the real file
    const real = readFileSync('/proc/loadavg');
    expect(parseLastPid(real, real.length)).toBeGreaterThan(0);
  });
});

describe('ProcTree on real processes', () => {
  it('attributes the busy child, not a competing busy process outside the tree', async () => {
    const competitor = startNode(FOREVER);
    const child = startNode(FOREVER);
    await sleep(30);
    const tree = ProcTree.open({ rootPid: child.pid!, rescanMs: 100 });
    const childStart = ownTicks(child.pid!);
    const compStart = ownTicks(competitor.pid!);
    let tree_ = 0;
    let busy = 0;
    let childEnd = childStart;
    // sample until both really ran (load on the shared machine decides how long that takes)
    for (let i = 0; i < 150 && (ownTicks(child.pid!) - childStart < 40 || ownTicks(competitor.pid!) - compStart < 25); i++) {
      await sleep(100);
      const s = tree.sample();
      tree_ += s.tree;
      busy += s.busy;
      childEnd = ownTicks(child.pid!); // read right after the sample: same instant within microseconds
    }
    const compEnd = ownTicks(competitor.pid!);
    tree.close();
    const childTrue = childEnd - childStart;
    const compTrue = compEnd - compStart;
    // meaningful only if both really ran
    expect(childTrue).toBeGreaterThanOrEqual(40);
    expect(compTrue).toBeGreaterThanOrEqual(25);
    // tree ticks == the child's own ticks: USER_HZ tick counters, so allow 2 ticks of rounding plus 3%
    expect(Math.abs(tree_ - childTrue)).toBeLessThanOrEqual(2 + 0.03 * childTrue);
    // the attributed share of all busy CPU time vs the true share measured from the child's own ticks
    const share = tree_ / busy;
    const trueShare = childTrue / busy;
    expect(Math.abs(share - trueShare)).toBeLessThan(0.03);
    // and the competitor's time is not in it (it would double the count)
    expect(tree_).toBeLessThan(childTrue + compTrue / 2);
  });

  it('keeps the CPU time of children that exit between samples (via the parent cutime/cstime)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-procfs-'));
    // each child reports its own CPU time (getrusage via process.cpuUsage) on exit: an independent truth
    const childCode = `${BUSY(250)} const u=process.cpuUsage(); require('fs').writeFileSync(process.argv[1]+'/'+process.pid, String(u.user+u.system));`;
    const script = `for i in 1 2 3; do "${process.execPath}" -e "${childCode.replace(/"/g, '\\"')}" "${dir}"; done`;
    const root = spawn('sh', ['-c', script], { stdio: 'ignore' });
    kids.push(root);
    // rescans effectively never happen after the start: the children are never seen alive
    const tree = ProcTree.open({ rootPid: root.pid!, rescanMs: 1e9 });
    let ticks = 0;
    const done = exited(root);
    let shExitedEarly = false;
    // sample while sh runs; sh is reaped by us (not a member), so its last-seen ticks are kept
    while (!shExitedEarly) {
      await Promise.race([sleep(100), done]);
      const s = tree.sample();
      ticks += s.tree;
      if (!tree.rootAlive()) shExitedEarly = true;
    }
    await done;
    tree.close();
    const files = readdirSync(dir);
    expect(files).toHaveLength(3);
    const childrenUs = files.reduce((a, f) => a + Number(readFileSync(join(dir, f), 'utf8')), 0);
    const clk = 100; // USER_HZ
    const childrenTicks = (childrenUs / 1e6) * clk;
    expect(childrenTicks).toBeGreaterThan(40); // 3 x >= 250 ms busy
    // the tree saw none of them alive, yet counts their time (+ sh's own, a few ticks), lost at most
    // sh's last interval; cpuUsage and tick accounting differ by rounding: 3 ticks per child
    expect(ticks).toBeGreaterThanOrEqual(childrenTicks - 3 * 3);
    expect(ticks).toBeLessThanOrEqual(childrenTicks + 15);
  });

  it('a root spawned for the run counts its CPU time from its start (countFromStart), an attached one from the first read', async () => {
    const c = startNode(FOREVER);
    // let it burn CPU before any tree is opened: the ticks a late first read (a busy machine) would miss
    while (ownTicks(c.pid!) < 15) await sleep(20);
    const fromStart = ProcTree.open({ rootPid: c.pid!, countFromStart: true });
    const attached = ProcTree.open({ rootPid: c.pid! });
    await sleep(100);
    const a = fromStart.sample().tree;
    const b = attached.sample().tree;
    const truth = ownTicks(c.pid!);
    fromStart.close();
    attached.close();
    // the whole lifetime, up to the tick read between the samples and this read
    expect(a).toBeGreaterThanOrEqual(truth - 3);
    expect(a).toBeLessThanOrEqual(truth);
    // only since it was opened: at least the 15 ticks before it fewer
    expect(b).toBeLessThanOrEqual(a - 14);
  });

  it('a child seen alive that exits with its parent in one interval (sh reaping it, we reaping sh) counts once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jc-procfs-'));
    const childCode = `${BUSY(300)} const u=process.cpuUsage(); require('fs').writeFileSync(process.argv[1]+'/cpu', String(u.user+u.system));`;
    // `; exit 0` keeps sh from exec'ing the command: the command is sh's child, reaped by sh
    const root = spawn('sh', ['-c', `"${process.execPath}" -e "${childCode.replace(/"/g, '\\"')}" "${dir}"; exit 0`], { stdio: 'ignore' });
    kids.push(root);
    const done = exited(root);
    const tree = ProcTree.open({ rootPid: root.pid!, rescanMs: 50, countFromStart: true });
    let ticks = 0;
    let sawChild = false;
    // sample every 100 ms while it runs, but not at the very end: both are gone by the last sample
    for (let alive = true; alive; ) {
      alive = (await Promise.race([sleep(100).then(() => true), done.then(() => false)])) as boolean;
      if (!alive) break;
      const s = tree.sample();
      ticks += s.tree;
      if (s.pids.size >= 2) sawChild = true;
    }
    await done;
    await sleep(20);
    ticks += tree.sample(true).tree;
    tree.close();
    expect(sawChild).toBe(true);
    const childTicks = (Number(readFileSync(join(dir, 'cpu'), 'utf8')) / 1e6) * 100;
    // the child's time plus sh's own (a few ticks), never the child's twice
    expect(ticks).toBeGreaterThanOrEqual(childTicks - 3);
    expect(ticks).toBeLessThanOrEqual(childTicks + 8);
  });

  it('finds grandchildren, reports tree RSS and machine counters, reads idle members less often', async () => {
    const root = spawn('sh', ['-c', 'sleep 3 & sleep 3 & (sleep 3 & wait) & wait'], { stdio: 'ignore' });
    kids.push(root);
    await sleep(150);
    const tree = ProcTree.open({ rootPid: root.pid!, rescanMs: 100 });
    await sleep(120);
    const s = tree.sample();
    tree.close();
    // sh, 2 sleeps, a subshell and its sleep
    expect(s.pids.size).toBe(5);
    expect(s.pids.has(root.pid!)).toBe(true);
    expect(s.pids.has(process.pid)).toBe(false);
    expect(s.rss).toBeGreaterThan(5 * 100 * 1024);
    expect(s.used).toBeGreaterThan(0);
    expect(s.total).toBeGreaterThanOrEqual(s.busy);
    expect(s.total).toBeGreaterThan(0);
    root.kill('SIGKILL');
  });

  it('a process that joins after a quiet spell is found at the next rescan (the /proc/loadavg gate opens)', async () => {
    const root = spawn('sh', ['-c', 'sleep 0.8; sleep 5 & wait'], { stdio: 'ignore' });
    kids.push(root);
    await sleep(100);
    const tree = ProcTree.open({ rootPid: root.pid!, rescanMs: 50 });
    const sizes: number[] = [];
    let joinedAfter = -1;
    const t0 = performance.now();
    for (let i = 0; i < 60 && joinedAfter < 0; i++) {
      await sleep(50);
      // sh and its first sleep, then sh and the second sleep
      const s = tree.sample();
      sizes.push(s.pids.size);
      // a member that just exited (the first sleep) may still be listed until its next read: no cmdline
      const cmdline = (p: number) => { try { return readFileSync(`/proc/${p}/cmdline`, 'latin1'); } catch { return ''; } };
      const second = [...s.pids].some((p) => p !== root.pid && cmdline(p).includes('5'));
      if (second) joinedAfter = performance.now() - t0;
    }
    tree.close();
    expect(sizes[0]).toBe(2);
    expect(joinedAfter).toBeGreaterThan(0);
    root.kill('SIGKILL');
  });

  it('hands its state (open fds included) to a new instance that goes on without losing or repeating ticks', async () => {
    const child = startNode(FOREVER);
    await sleep(30);
    const a = ProcTree.open({ rootPid: child.pid!, rescanMs: 100 });
    const start = ownTicks(child.pid!);
    let ticks = 0;
    for (let i = 0; i < 5; i++) {
      await sleep(60);
      ticks += a.sample().tree;
    }
    // the thread boundary: plain data only
    const state = structuredClone(a.handOver());
    expect(() => a.sample()).toThrow(/after close or hand-over/);
    a.close(); // a no-op: the fds now belong to the receiver
    const b = ProcTree.resume(state);
    for (let i = 0; i < 5; i++) {
      await sleep(60);
      ticks += b.sample().tree;
    }
    const truth = ownTicks(child.pid!) - start;
    expect(truth).toBeGreaterThan(10);
    expect(Math.abs(ticks - truth)).toBeLessThanOrEqual(2 + 0.03 * truth);
    expect(b.pids.has(child.pid!)).toBe(true);
    b.close();
  });

  it('excludes a pid and its subtree (the meter inside the tree it meters)', async () => {
    const root = spawn('sh', ['-c', 'sleep 3 & (sleep 3 & wait) & wait'], { stdio: 'ignore' });
    kids.push(root);
    await sleep(150);
    const all = ProcTree.open({ rootPid: root.pid!, rescanMs: 100 });
    const allPids = all.sample().pids;
    all.close();
    const sub = [...allPids].find((p) => p !== root.pid && readFileSync(`/proc/${p}/stat`, 'latin1').includes('(sh)'));
    expect(sub).toBeDefined();
    const t = ProcTree.open({ rootPid: root.pid!, rescanMs: 100, exclude: [sub!] });
    const pids = t.sample().pids;
    t.close();
    expect(pids.has(sub!)).toBe(false);
    expect(pids.size).toBe(allPids.size - 2); // the subshell and its sleep
  });
});
