// The detached background meter of modes start and stop: dist/meter.js attached to the job's process
// tree, found again by a pid file in RUNNER_TEMP (a later step is another process).
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { makeOutDir } from '../log/out-dir.ts';
import { join } from 'node:path';
import { z } from 'zod';
import type { MeterOptions } from '../run/options.ts';
import { runFiles } from '../run/orchestrate.ts';
import { collectResult, type MeterResult } from './meter-result.ts';
import { runnerTemp } from './meter-options.ts';

export interface MeterHooks {
  /** the background meter entry (default: meter.js beside the running bundle) */
  meterEntry?: string;
  /** the tree mode start meters (default: our parent, the runner's worker process of this job) */
  rootPid?: number;
  /** how long stop waits for the background meter's footer and summary, ms */
  stopTimeoutMs?: number;
}

/** `<RUNNER_TEMP>/joulecheck-<label>.meter.json` */
const PidFile = z.object({
  pid: z.number().int().positive(),
  /** /proc/<pid>/stat starttime: guards against signalling a reused pid */
  starttime: z.number().nullable(),
  out: z.string(),
  label: z.string(),
  /** the meter's own stdout and stderr */
  meterLog: z.string(),
});
type PidFile = z.infer<typeof PidFile>;

/** how long start waits for the meter's log header */
const START_TIMEOUT_MS = 20_000;

function pidFilePath(label: string): string {
  return join(runnerTemp(), `joulecheck-${label}.meter.json`);
}

function readPidFile(path: string): PidFile | null {
  if (!existsSync(path)) return null;
  const parsed = PidFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a joulecheck meter pid file: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
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

/** Refuses a second meter of the same label while the first is alive. */
export function assertNoMeterRunning(label: string): void {
  const prev = readPidFile(pidFilePath(label));
  if (prev && alive(prev)) throw new Error(`a joulecheck meter with label '${label}' is already running (pid ${prev.pid}); stop it first or use another label`);
}

/** Starts the meter detached and waits for its log header: a meter that cannot start says why here. */
export async function startBackgroundMeter(opts: MeterOptions, entry: string, root: number): Promise<void> {
  makeOutDir(opts.out);
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
    ...(opts.amdSmiLib ? ['--amd-smi-lib', opts.amdSmiLib] : []),
    ...(opts.rocmSmiLib ? ['--rocm-smi-lib', opts.rocmSmiLib] : []),
    '--gpu-attribution', opts.gpuAttribution,
  ];
  // the carbon token goes by environment, not argv (argv is readable in /proc by every user)
  const env = { ...process.env, ...(opts.token ? { JOULECHECK_CARBON_TOKEN: opts.token } : {}) };
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', fd, fd], env });
  closeSync(fd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the background meter (${entry})`);
  child.unref();
  const info: PidFile = { pid, starttime: startTimeOf(pid), out: opts.out, label: opts.label, meterLog };
  const pidPath = pidFilePath(opts.label);
  writeFileSync(pidPath, JSON.stringify(info));
  const log = runFiles(opts.out, opts.label, 1).log;
  const deadline = Date.now() + START_TIMEOUT_MS;
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

/** Signals the meter of `label` and waits for its footer and summary; null when none was started. */
export async function stopBackgroundMeter(label: string, hooks: MeterHooks): Promise<MeterResult | null> {
  const pidPath = pidFilePath(label);
  const info = readPidFile(pidPath);
  if (!info) return null;
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
