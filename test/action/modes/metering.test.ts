// The action's metering modes: mode run through the real action entry (src/main.ts with INPUT_* env, as the
// runner starts it), and mode start/stop with a real detached background meter of a real process tree.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { meterRun } from '../../../src/action/modes/run.ts';
import { ensureStopped, meterStart } from '../../../src/action/modes/start.ts';
import { meterStop } from '../../../src/action/modes/stop.ts';
import { parseInputs } from '../../../src/action/inputs.ts';
import { StateKey } from '../../../src/action/state.ts';
import { MeterResult } from '../../../src/action/meter-result.ts';
import { readRunLog } from '../../../src/log/reader.ts';
import { Summary } from '../../../src/model/summary.ts';
import { ENTRY, tempDir } from '../../run/helpers.ts';

const MAIN = resolve(import.meta.dirname, '../../../src/main.ts');
const FAKE_SMI = resolve(import.meta.dirname, '../../fakes/nvidia-smi');

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: string;
  summary: string;
  /** the GITHUB_STATE file: what main hands to post */
  state: string;
}

function runAction(inputs: Record<string, string>, dir: string): Promise<ActionRun> {
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = { ...process.env, ...files, RUNNER_TEMP: dir };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const p = spawn(process.execPath, [MAIN], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((res) =>
    p.on('close', (code) => res({
        code,
        stdout,
        stderr,
        outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        state: readFileSync(files.GITHUB_STATE, 'utf8'),
      })),
  );
}

/** command names of a process's children (ps), '' when none */
function childrenOf(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

function output(text: string, name: string): string | undefined {
  // file-command format: name<<DELIM\nvalue\nDELIM
  const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text);
  return m?.[2];
}

/** Points @actions/core's file commands at temp files, for in-process calls of the action functions. */
function actionEnv(dir: string): void {
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    process.env[f] = join(dir, f);
    writeFileSync(join(dir, f), '');
  }
  process.env.RUNNER_TEMP = dir;
}
const savedEnv = { ...process.env };
const savedCwd = process.cwd();
afterEach(() => {
  process.env = { ...savedEnv };
  process.chdir(savedCwd);
});

describe('mode run', () => {
  it('runs `run` in bash, sets outputs (means over repeats) and the job summary, saves state first', async () => {
    const dir = tempDir('jc-act-');
    actionEnv(dir);
    const marker = join(dir, 'count');
    const inputs = parseInputs((n) => ({ run: `echo x >> "${marker}"\nnode -e "let x=0;for(let i=0;i<2e7;i++)x+=i"`, label: 'act', repeat: '2', 'interval-ms': '50', out: join(dir, 'out') })[n] ?? '');
    const result = await meterRun(inputs);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('x\nx\n');
    expect(result.summaryPaths).toEqual([join(dir, 'out', 'act-1.summary.json'), join(dir, 'out', 'act-2.summary.json')]);
    const outputs = readFileSync(join(dir, 'GITHUB_OUTPUT'), 'utf8');
    const s = result.summaryPaths.map((p) => Summary.parse(JSON.parse(readFileSync(p, 'utf8'))));
    // main hands the reporting the summaries it wrote, as they are on disk
    expect(result.summaries).toEqual(s);
    const mean = (s[0]!.energy_j.total + s[1]!.energy_j.total) / 2;
    expect(Number(output(outputs, 'energy-j'))).toBeCloseTo(mean, 5);
    expect(Number(output(outputs, 'co2eq-g'))).toBeGreaterThan(0);
    expect(Number(output(outputs, 'duration-s'))).toBeGreaterThan(0);
    expect(output(outputs, 'summary-path')).toBe(result.summaryPaths[0]);
    expect(s[0]!.command).toEqual([inputs.run]);
    const md = readFileSync(join(dir, 'GITHUB_STEP_SUMMARY'), 'utf8');
    expect(md).toMatch(/\| act-1 \|.*estimated \(/);
    expect(md).toMatch(/\| act-2 \|/);
    expect(readFileSync(join(dir, 'GITHUB_STATE'), 'utf8')).toMatch(/^out<</m);
  });

  it('bash -eo pipefail: a failing pipeline stops the script with its code; the log is complete', async () => {
    const dir = tempDir('jc-act-');
    actionEnv(dir);
    const marker = join(dir, 'reached');
    const inputs = parseInputs((n) => ({ run: `false | true\ntouch "${marker}"`, out: join(dir, 'out') })[n] ?? '');
    const result = await meterRun(inputs);
    expect(result.exitCode).toBe(1);
    expect(existsSync(marker)).toBe(false);
    const log = await readRunLog(result.logs[0]!);
    expect(log.footer?.exit_code).toBe(1);
  });

  it('the GPUs the sensor checks found are not probed again by the meter: one nvidia-smi probe per step', async () => {
    const dir = tempDir('jc-act-');
    actionEnv(dir);
    // nvidia-smi as a wrapper that records each invocation's arguments, then becomes the replaying fake
    const calls = join(dir, 'smi-calls');
    const smi = join(dir, 'nvidia-smi');
    writeFileSync(smi, `#!/bin/sh\necho "$*" >> "${calls}"\nexec "${FAKE_SMI}" "$@"\n`, { mode: 0o755 });
    const inputs = parseInputs((n) => ({ run: 'sleep 0.5', 'nvidia-smi': smi, 'nvml-lib': join(dir, 'missing', 'libnvidia-ml.so.1'), out: join(dir, 'out') })[n] ?? '');
    const result = await meterRun(inputs);
    expect(result.exitCode).toBe(0);
    const lines = readFileSync(calls, 'utf8').trim().split('\n');
    // the probe's one-shot pmon ran once (the checks'); the meter's streams came after it
    expect(lines.filter((l) => l === 'pmon -s u -c 1')).toHaveLength(1);
    expect(lines.some((l) => l.includes('-lms'))).toBe(true);
    const log = await readRunLog(result.logs[0]!);
    expect(log.header.sensors.gpu).toMatchObject({ kind: 'measured', sensor: 'nvidia-smi' });
    expect(log.header.host.gpus).toHaveLength(1);
  });

  it('sh and working-directory', async () => {
    const dir = tempDir('jc-act-');
    actionEnv(dir);
    const inputs = parseInputs((n) => ({ run: `pwd > "${join(dir, 'pwd')}"; exit 7`, shell: 'sh', 'working-directory': '/tmp', out: join(dir, 'out') })[n] ?? '');
    const result = await meterRun(inputs);
    expect(result.exitCode).toBe(7);
    expect(readFileSync(join(dir, 'pwd'), 'utf8')).toBe('/tmp\n');
  });
});

describe.concurrent('the action entry (src/main.ts, as the runner starts it)', () => {
  it('the command\'s failure fails the step with its code; its output is kept', async () => {
    const dir = tempDir('jc-act-');
    const r = await runAction({ run: 'echo from-step; exit 7', shell: 'sh' }, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^from-step$/m);
    expect(r.stdout).toContain('::error::the metered command exited with code 7');
    expect(output(r.outputs, 'summary-path')).toBe(join(dir, 'joulecheck-out', 'run-1.summary.json'));
    // main saves for post exactly the keys of action/state.ts, each of which post reads
    const keys = [...r.state.matchAll(/^([A-Za-z-]+)<</gm)].map((m) => m[1]);
    expect(new Set(keys)).toEqual(new Set(Object.values(StateKey)));
    const result = MeterResult.parse(JSON.parse(output(r.state, 'result')!));
    expect(result).toMatchObject({ exitCode: 7, summaryPaths: [join(dir, 'joulecheck-out', 'run-1.summary.json')] });
    // the in-memory summaries are main's own: the state carries paths only
    expect(JSON.parse(output(r.state, 'result')!)).not.toHaveProperty('summaries');
    expect(output(r.state, 'reported')).toBe('true');
  });

  it('bad inputs fail the step naming every bad input; nothing runs', async () => {
    const dir = tempDir('jc-act-');
    const r = await runAction({ run: `touch ${join(dir, 'ran')}`, pue: 'abc', repeat: '0' }, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("input 'repeat' must be an integer between 1 and 100, got '0'");
    expect(r.stdout).toContain("input 'pue' must be a number >= 1, got 'abc'");
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});

describe('mode start / stop (background meter of a process tree)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('jc-bg-');
    actionEnv(dir);
  });
  const kids: number[] = [];
  afterAll(() => {
    for (const k of kids) {
      try {
        process.kill(-k, 'SIGKILL');
      } catch {
        // gone
      }
    }
  });

  it('meters the tree between start and stop, in a detached meter; stop sets outputs', async () => {
    // the "job": a tree whose child burns CPU after a while (a later step)
    // it starts burning only once the meter runs (the test creates 'go'), whatever the load
    const go = join(dir, 'go');
    const job = spawn('sh', ['-c', `while [ ! -e "${go}" ]; do sleep 0.05; done; "${process.execPath}" -e "const e=Date.now()+600;while(Date.now()<e);"; sleep 30`], { stdio: 'ignore', detached: true });
    kids.push(job.pid!);
    const inputs = parseInputs((n) => ({ mode: 'start', label: 'bg', out: join(dir, 'out'), 'interval-ms': '100' })[n] ?? '');
    await meterStart(inputs, { meterEntry: ENTRY, rootPid: job.pid! });
    const pidFile = JSON.parse(readFileSync(join(dir, 'joulecheck-bg.meter.json'), 'utf8')) as { pid: number };
    // detached: its own session, not our child
    const stat = readFileSync(`/proc/${pidFile.pid}/stat`, 'latin1');
    expect(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3])).toBe(pidFile.pid); // session id == pid
    writeFileSync(go, '');
    // wait until the busy child has come and gone (sh reaped it: its CPU time is in sh's cutime)
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !/node|sleep 30/.test(childrenOf(job.pid!))) await new Promise((r) => setTimeout(r, 50));
    while (Date.now() < deadline && !childrenOf(job.pid!).includes('sleep')) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const result = await meterStop({ ...inputs, mode: 'stop' });
    expect(result.summaryPaths).toEqual([join(dir, 'out', 'bg-1.summary.json')]);
    expect(result.summaries?.map((x) => x.label)).toEqual(['bg']);
    const log = await readRunLog(result.logs[0]!);
    expect(log.footer).toMatchObject({ signal: null, exit_code: null });
    expect(log.events.some((e) => e.message === 'meter stopped by SIGTERM (the metered tree keeps running)')).toBe(true);
    expect(log.header.command).toEqual([`attach:${job.pid}`]);
    const treeTicks = log.samples.reduce((a, s) => a + s.tree, 0);
    expect(treeTicks).toBeGreaterThan(10); // the busy child of the "later step"
    expect(Math.max(...log.samples.map((s) => s.procs))).toBeGreaterThanOrEqual(2);
    expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).toMatch(/^summary-path<</m);
    expect(existsSync(join(dir, 'joulecheck-bg.meter.json'))).toBe(false);
    // the post of start finds nothing left to stop
    expect(await ensureStopped(inputs)).toBeNull();
    // the tree itself was not touched
    expect(() => process.kill(job.pid!, 0)).not.toThrow();
  });

  it('an unknown region fails the start step itself, before any meter starts', async () => {
    const job = spawn('sh', ['-c', 'sleep 30'], { stdio: 'ignore', detached: true });
    kids.push(job.pid!);
    const inputs = parseInputs((n) => ({ mode: 'start', label: 'badregion', region: 'US-CA', out: join(dir, 'out') })[n] ?? '');
    await expect(meterStart(inputs, { meterEntry: ENTRY, rootPid: job.pid! })).rejects.toThrow(/unknown region 'US-CA'; did you mean/);
    expect(existsSync(join(dir, 'joulecheck-badregion.meter.json'))).toBe(false);
  });

  it('post of start stops a meter left running; stop without start says what is missing', async () => {
    const job = spawn('sh', ['-c', 'sleep 30'], { stdio: 'ignore', detached: true });
    kids.push(job.pid!);
    const inputs = parseInputs((n) => ({ mode: 'start', label: 'left', out: join(dir, 'out') })[n] ?? '');
    await meterStart(inputs, { meterEntry: ENTRY, rootPid: job.pid! });
    await expect(meterStart(inputs, { meterEntry: ENTRY, rootPid: job.pid! })).rejects.toThrow(/already running/);
    const r = await ensureStopped(inputs);
    expect(r?.summaryPaths).toHaveLength(1);
    await expect(meterStop({ ...inputs, mode: 'stop', label: 'nothing' })).rejects.toThrow(/no joulecheck meter is running for label 'nothing'/);
  });
});
