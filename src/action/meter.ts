// Metering side of the action: mode run (the `run:` command under the meter), mode start / stop (a
// detached background meter of the job's process tree between two steps), and the post of start.
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ActionInputs } from './inputs.ts';
import type { Summary } from '../model/summary.ts';
import { readSummaryFilesLenient } from '../log/summary-files.ts';
import { buildContext } from '../run/context.ts';
import { humanSummary } from '../render/text.ts';
import type { MeterOptions } from '../run/options.ts';
import { runFiles, runMetered } from '../run/orchestrate.ts';
import { meanOutputs, meterTable } from '../render/job-summary.ts';

/** What a metering step produced, handed to the reporting side. */
export interface MeterResult {
  outDir: string;
  /** absolute paths of the summary JSON files and raw logs of this step */
  summaries: string[];
  logs: string[];
  /** exit code of the metered command (mode run), null when not applicable */
  exitCode: number | null;
}

export interface MeterHooks {
  /** the background meter entry (default: meter.js beside the running bundle) */
  meterEntry?: string;
  /** the tree mode start meters (default: our parent, the runner's worker process of this job) */
  rootPid?: number;
  /** how long stop waits for the background meter's footer and summary, ms */
  stopTimeoutMs?: number;
}

function optionsOf(inputs: ActionInputs): MeterOptions {
  return {
    out: resolve(inputs.out),
    label: inputs.label,
    repeat: inputs.repeat,
    intervalMs: inputs.intervalMs,
    pue: inputs.pue,
    region: inputs.region,
    cloudRegion: inputs.cloudRegion,
    intensity: inputs.carbonIntensity,
    provider: inputs.carbonProvider,
    token: inputs.carbonToken,
    powercapRoot: inputs.powercapRoot,
    nvidiaSmi: inputs.nvidiaSmi,
    gpuSensor: inputs.gpuSensor,
    nvmlLib: inputs.nvmlLib,
    gpuAttribution: inputs.gpuAttribution,
  };
}

function runnerTemp(): string {
  const t = process.env.RUNNER_TEMP || tmpdir();
  mkdirSync(t, { recursive: true });
  return t;
}

/** The step outputs and the job-summary table for the summaries of this step. */
async function publish(summaries: Summary[], paths: string[]): Promise<void> {
  const m = meanOutputs(summaries);
  if (m) {
    core.setOutput('energy-j', m.energyJ.toFixed(6));
    core.setOutput('co2eq-g', m.co2eqG.toFixed(6));
    core.setOutput('duration-s', m.durationS.toFixed(3));
  }
  if (paths[0]) core.setOutput('summary-path', paths[0]);
  try {
    await core.summary.addRaw(meterTable(summaries)).write();
  } catch (err) {
    // no GITHUB_STEP_SUMMARY (local runs): the table is in the log instead
    core.info(meterTable(summaries));
    core.debug(`job summary not written: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Summaries and logs of `<out>/<label>-<n>.*` as they are on disk (also after a cancelled main step). */
export function collectResult(outDir: string, label: string, exitCode: number | null): MeterResult {
  const summaries: string[] = [];
  const logs: string[] = [];
  const re = new RegExp(`^${label.replace(/[.]/g, '\\.')}-(\\d+)\\.(log\\.ndjson|summary\\.json)$`);
  const found = existsSync(outDir) ? readdirSync(outDir) : [];
  const byN = (a: string, b: string) => Number(re.exec(a)![1]) - Number(re.exec(b)![1]);
  for (const f of found.filter((f) => re.exec(f)?.[2] === 'summary.json').sort(byN)) summaries.push(join(outDir, f));
  for (const f of found.filter((f) => re.exec(f)?.[2] === 'log.ndjson').sort(byN)) logs.push(join(outDir, f));
  return { outDir, summaries, logs, exitCode };
}

function loadSummaries(paths: string[]): Promise<Summary[]> {
  return readSummaryFilesLenient(paths, (err) => core.warning(`joulecheck: ${err.message}`));
}

/** mode run: `run` in `shell` (bash --noprofile --norc -eo pipefail {0}, as GitHub's run steps), metered. */
export async function meterRun(inputs: ActionInputs): Promise<MeterResult> {
  if (inputs.run === null) throw new Error("input 'run' is required with mode 'run'");
  const opts = optionsOf(inputs);
  // state first: a cancelled main step still leaves the post step the place of the raw logs
  core.saveState('out', opts.out);
  core.saveState('label', opts.label);
  const ctx = await buildContext(opts);
  const script = join(runnerTemp(), `joulecheck-${opts.label}-${process.pid}.sh`);
  writeFileSync(script, inputs.run.endsWith('\n') ? inputs.run : `${inputs.run}\n`);
  const [file, args] = inputs.shell === 'bash' ? ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]] : ['sh', ['-e', script]];
  const cwd = inputs.workingDirectory ? resolve(inputs.workingDirectory) : process.cwd();
  if (!existsSync(cwd)) throw new Error(`input 'working-directory': ${cwd} does not exist`);
  try {
    const outcome = await runMetered(ctx, opts, { file, args: args as string[], cwd, env: process.env, display: [inputs.run] }, {
      info: (t) => process.stderr.write(t),
    });
    const summaries = outcome.runs.flatMap((r) => (r.summary ? [r.summary] : []));
    for (const r of outcome.runs) if (r.summary) core.info(humanSummary(r.summary, { log: r.log, summary: r.summaryPath }));
    await publish(summaries, outcome.runs.flatMap((r) => (r.summaryPath ? [r.summaryPath] : [])));
    return {
      outDir: opts.out,
      summaries: outcome.runs.flatMap((r) => (r.summaryPath ? [r.summaryPath] : [])),
      logs: outcome.runs.map((r) => r.log),
      exitCode: outcome.exitCode,
    };
  } finally {
    rmSync(script, { force: true });
  }
}

interface PidFile {
  pid: number;
  /** /proc/<pid>/stat starttime: guards against signalling a reused pid */
  starttime: number | null;
  out: string;
  label: string;
  meterLog: string;
}

function pidFilePath(label: string): string {
  return join(runnerTemp(), `joulecheck-${label}.meter.json`);
}

function startTimeOf(pid: number): number | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return null;
  }
}

function alive(p: PidFile): boolean {
  try {
    process.kill(p.pid, 0);
  } catch {
    return false;
  }
  // same pid, same process? (zombies and reused pids are not our meter)
  const st = startTimeOf(p.pid);
  if (p.starttime !== null && st !== p.starttime) return false;
  try {
    const s = readFileSync(`/proc/${p.pid}/stat`, 'latin1');
    return s.slice(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** mode start: a detached background meter of the job's process tree, until mode stop (or the post step). */
export async function meterStart(inputs: ActionInputs, hooks: MeterHooks = {}): Promise<void> {
  const opts = optionsOf(inputs);
  core.saveState('out', opts.out);
  core.saveState('label', opts.label);
  const pidPath = pidFilePath(opts.label);
  if (existsSync(pidPath)) {
    const prev = JSON.parse(readFileSync(pidPath, 'utf8')) as PidFile;
    if (alive(prev)) throw new Error(`a joulecheck meter with label '${opts.label}' is already running (pid ${prev.pid}); stop it first or use another label`);
  }
  // bad settings (unknown region) fail this step, not silently the background meter
  await buildContext(opts);
  const entry = hooks.meterEntry ?? join(dirname(process.argv[1] ?? '.'), 'meter.js');
  // the runner's worker spawns each step's process: it is the root of the job's tree (later steps included)
  const root = hooks.rootPid ?? process.ppid;
  mkdirSync(opts.out, { recursive: true });
  const meterLog = join(runnerTemp(), `joulecheck-${opts.label}.meter.log`);
  const fd = openSync(meterLog, 'w');
  const args = [
    entry, '--attach', String(root), '--out', opts.out, '--label', opts.label, '--interval-ms', String(opts.intervalMs),
    '--powercap-root', opts.powercapRoot,
    ...(opts.pue !== null ? ['--pue', String(opts.pue)] : []),
    ...(opts.region ? ['--region', opts.region] : []),
    ...(opts.cloudRegion ? ['--cloud-region', opts.cloudRegion] : []),
    ...(opts.intensity !== null ? ['--intensity', String(opts.intensity)] : []),
    ...(opts.provider ? ['--carbon-provider', opts.provider] : []),
    ...(opts.nvidiaSmi ? ['--nvidia-smi', opts.nvidiaSmi] : []),
    '--gpu-sensor', opts.gpuSensor,
    ...(opts.nvmlLib ? ['--nvml-lib', opts.nvmlLib] : []),
    '--gpu-attribution', opts.gpuAttribution,
  ];
  const env = { ...process.env, ...(opts.token ? { JOULECHECK_CARBON_TOKEN: opts.token } : {}) };
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the background meter (${entry})`);
  child.unref();
  const info: PidFile = { pid, starttime: startTimeOf(pid), out: opts.out, label: opts.label, meterLog };
  writeFileSync(pidPath, JSON.stringify(info));
  core.saveState('meter-pid', String(pid));
  // wait for its header: a meter that cannot start fails this step with its own words
  const log = runFiles(opts.out, opts.label, 1).log;
  const deadline = Date.now() + 20_000;
  while (!(existsSync(log) && readFileSync(log, 'utf8').includes('\n'))) {
    if (!alive(info) || Date.now() > deadline) {
      rmSync(pidPath, { force: true });
      const said = existsSync(meterLog) ? readFileSync(meterLog, 'utf8').trim() : '';
      throw new Error(`the background meter did not start${said ? `: ${said}` : ''}`);
    }
    await sleep(50);
  }
  core.info(`joulecheck: metering process tree of pid ${root} (meter pid ${pid}); raw log ${log}`);
}

async function stopMeter(label: string, hooks: MeterHooks): Promise<MeterResult | null> {
  const pidPath = pidFilePath(label);
  if (!existsSync(pidPath)) return null;
  const info = JSON.parse(readFileSync(pidPath, 'utf8')) as PidFile;
  if (alive(info)) {
    process.kill(info.pid, 'SIGTERM');
    const deadline = Date.now() + (hooks.stopTimeoutMs ?? 30_000);
    while (alive(info)) {
      if (Date.now() > deadline) {
        core.warning(`joulecheck: the background meter (pid ${info.pid}) did not stop in time; killed, its log may lack a footer`);
        process.kill(info.pid, 'SIGKILL');
        break;
      }
      await sleep(50);
    }
  } else {
    core.warning(`joulecheck: the background meter (pid ${info.pid}) had already exited; see ${info.meterLog}`);
  }
  rmSync(pidPath, { force: true });
  if (existsSync(info.meterLog)) {
    const said = readFileSync(info.meterLog, 'utf8').trim();
    if (said) core.info(said);
  }
  return collectResult(info.out, info.label, null);
}

/** mode stop: signals the background meter, waits for its footer and summary, sets the outputs. */
export async function meterStop(inputs: ActionInputs, hooks: MeterHooks = {}): Promise<MeterResult> {
  const result = await stopMeter(inputs.label, hooks);
  if (!result) {
    throw new Error(`no joulecheck meter is running for label '${inputs.label}': add a step with mode 'start' and the same label before this one`);
  }
  await publish(await loadSummaries(result.summaries), result.summaries);
  return result;
}

/** post of a `start` step: stops a meter left running (the job failed before `stop`). */
export async function ensureStopped(inputs: ActionInputs, hooks: MeterHooks = {}): Promise<MeterResult | null> {
  const result = await stopMeter(inputs.label, hooks);
  if (result) core.info(`joulecheck: stopped the meter '${inputs.label}' left running (no stop step ran)`);
  return result;
}
