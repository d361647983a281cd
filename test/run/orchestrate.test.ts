// The orchestrator through the real meter process: exit codes, signal deaths, signal forwarding to the
// command's process group, repeats, live output, and a complete log (footer) in every case.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRunLog } from '../../src/log/reader.ts';
import { Summary } from '../../src/model/summary.ts';
import { meter, completeLines, startMeter, stopAll, tempDir, waitFor } from './helpers.ts';

afterAll(stopAll);

describe.concurrent('exit status of the command is the meter\'s', () => {
  it.each([0, 1, 7, 255])('exit %i is preserved, footer and summary written', async (code) => {
    const out = tempDir();
    const r = await meter(['--out', out, '--label', `e${code}`, '--interval-ms', '50', '--', 'sh', '-c', `echo out-${code}; echo err-${code} >&2; exit ${code}`]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe(`out-${code}\n`); // the command's stdout, and nothing else
    expect(r.stderr).toContain(`err-${code}\n`);
    const log = await readRunLog(join(out, `e${code}-1.log.ndjson`));
    expect(log.footer).not.toBeNull();
    expect(log.footer!.exit_code).toBe(code);
    expect(log.footer!.signal).toBeNull();
    const s = Summary.parse(JSON.parse(readFileSync(join(out, `e${code}-1.summary.json`), 'utf8')));
    expect(s.exit_code).toBe(code);
  });

  it('a SIGTERM death exits 143 and is recorded as the signal', async () => {
    const out = tempDir();
    const r = await meter(['--out', out, '--', 'sh', '-c', 'kill -TERM $$; sleep 5']);
    expect(r.code).toBe(143);
    const log = await readRunLog(join(out, 'run-1.log.ndjson'));
    expect(log.footer).toMatchObject({ exit_code: null, signal: 'SIGTERM' });
  });

  it('a command that cannot be found exits 127 and still leaves a complete log', async () => {
    const out = tempDir();
    const r = await meter(['--out', out, '--', 'no-such-command-jc']);
    expect(r.code).toBe(127);
    expect(r.stderr).toMatch(/cannot run 'no-such-command-jc'/);
    const log = await readRunLog(join(out, 'run-1.log.ndjson'));
    expect(log.footer?.exit_code).toBe(127);
    expect(log.events.some((e) => /could not be started/.test(e.message))).toBe(true);
  });
});

describe('signals', () => {
  it('SIGINT to the meter reaches the command (its process group) and the log is complete', async () => {
    const out = tempDir();
    const marker = join(out, 'got-int');
    // the command traps SIGINT, proves it got it, exits 3; its sleeping child is in the same group
    const script = `trap 'echo got > "${marker}"; exit 3' INT; echo ready; while :; do sleep 0.05; done`;
    const m = startMeter(['--out', out, '--interval-ms', '50', '--', 'sh', '-c', script]);
    await waitFor(() => existsSync(join(out, 'run-1.log.ndjson')) && completeLines(join(out, 'run-1.log.ndjson')) >= 3);
    m.proc.kill('SIGINT');
    const r = await m.done;
    expect(readFileSync(marker, 'utf8')).toBe('got\n');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('ready\n');
    const log = await readRunLog(join(out, 'run-1.log.ndjson'));
    expect(log.torn).toBe(false);
    expect(log.footer).toMatchObject({ exit_code: 3, signal: null });
    expect(log.samples.length).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(out, 'run-1.summary.json'))).toBe(true);
  });

  it('SIGTERM to the meter kills an untrapping command: 143, footer, no further repeats', async () => {
    const out = tempDir();
    const m = startMeter(['--out', out, '--repeat', '3', '--interval-ms', '50', '--', 'sleep', '30']);
    await waitFor(() => existsSync(join(out, 'run-1.log.ndjson')) && completeLines(join(out, 'run-1.log.ndjson')) >= 2);
    m.proc.kill('SIGTERM');
    const r = await m.done;
    expect(r.code).toBe(143);
    const log = await readRunLog(join(out, 'run-1.log.ndjson'));
    expect(log.footer).toMatchObject({ exit_code: null, signal: 'SIGTERM' });
    expect(existsSync(join(out, 'run-2.log.ndjson'))).toBe(false);
  });
});

describe.concurrent('repeats', () => {
  it('writes <label>-<n>.log.ndjson and .summary.json per repeat, numbered 1..N', async () => {
    const out = tempDir();
    const r = await meter(['--out', out, '--label', 'rep', '--repeat', '3', '--interval-ms', '50', '--', 'sh', '-c', 'echo hi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('hi\nhi\nhi\n');
    for (const n of [1, 2, 3]) {
      const s = Summary.parse(JSON.parse(readFileSync(join(out, `rep-${n}.summary.json`), 'utf8')));
      expect(s.repeat).toBe(n);
      expect(s.label).toBe('rep');
      expect(s.log).toBe(`rep-${n}.log.ndjson`);
    }
    expect(r.stderr).toMatch(/rep-3: /);
  });

  it('stops after a failing repeat and exits with its code', async () => {
    const out = tempDir();
    const counter = join(out, 'n');
    const r = await meter(['--out', out, '--repeat', '3', '--', 'sh', '-c', `echo x >> "${counter}"; [ $(wc -l < "${counter}") -lt 2 ]`]);
    expect(r.code).toBe(1);
    expect(readFileSync(counter, 'utf8')).toBe('x\nx\n');
    expect(existsSync(join(out, 'run-2.summary.json'))).toBe(true);
    expect(existsSync(join(out, 'run-3.log.ndjson'))).toBe(false);
    expect(r.stderr).toMatch(/run 2 exited with 1; remaining repeats skipped/);
  });
});

describe('--attach', () => {
  it('meters an existing tree until its root exits, without touching it', async () => {
    const out = tempDir();
    const { spawn } = await import('node:child_process');
    // the tree ends only after the meter runs (a loaded machine may take seconds to start it)
    const go = join(out, 'go');
    // its last child outlives the meter's 2 s /proc rescan, so the tree is seen with both members
    const tree = spawn('sh', ['-c', `while [ ! -e "${go}" ]; do sleep 0.05; done; sleep 2.5; exit 4`], { stdio: 'ignore' });
    const m = startMeter(['--out', out, '--label', 'att', '--interval-ms', '50', '--attach', String(tree.pid)]);
    await waitFor(() => existsSync(join(out, 'att-1.log.ndjson')) && completeLines(join(out, 'att-1.log.ndjson')) >= 3);
    writeFileSync(go, '');
    const r = await m.done;
    expect(r.code).toBe(0);
    const log = await readRunLog(join(out, 'att-1.log.ndjson'));
    expect(log.header.command).toEqual([`attach:${tree.pid}`]);
    expect(log.footer).toMatchObject({ exit_code: null, signal: null });
    expect(log.events.some((e) => e.message === `root process ${tree.pid} exited`)).toBe(true);
    expect(Math.max(...log.samples.map((s) => s.procs))).toBe(2); // sh and its sleep
    if (tree.exitCode === null) await new Promise((res) => tree.once('exit', res));
    expect(tree.exitCode).toBe(4); // its own exit, not ours
  });
});
