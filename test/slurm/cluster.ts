// A real SLURM cluster on this machine for tests: munge with a private key and socket, one slurmctld and
// N `slurmd -N <name>` (Debian builds slurm with MULTIPLE_SLURMD), each on its own loopback port,
// everything (config, state, spool, logs, pid files) under one temp dir. Nothing outside that dir is
// touched, so several test files can each run their own cluster.
//
// Missing SLURM is a failed test in CI (CI=true), never a silent skip.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { skipWithout } from '../helpers/tools.ts';

const run = promisify(execFile);

const DAEMONS = ['munged', 'mungekey', 'slurmctld', 'slurmd'] as const;
const CLIENTS = ['srun', 'sinfo', 'squeue', 'scancel', 'scontrol'] as const;

export interface Cluster {
  dir: string;
  conf: string;
  nodes: string[];
  /** the environment a client (srun, sinfo, scancel) needs: SLURM_CONF pointing at this cluster */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** Where a binary lives ('' when missing): slurm daemons are in /usr/sbin, which a test's PATH may lack. */
export function which(bin: string): string {
  for (const d of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']) {
    if (d && existsSync(join(d, bin))) return join(d, bin);
  }
  return '';
}

/** The tools this harness needs that are not installed. */
export function missingTools(): string[] {
  return [...DAEMONS, ...CLIENTS].filter((b) => which(b) === '');
}

/**
 * true when the cluster tests can run. Without SLURM they are skipped loudly on a developer's machine; in CI
 * (CI=true) a failing test is registered instead (test/helpers/tools.ts). Call it inside a describe block.
 */
export function slurmAvailable(): boolean {
  const missing = missingTools();
  return !skipWithout(`SLURM (${missing.join(', ') || 'all present'})`, missing.length === 0, 'install the Debian packages slurm-wlm and munge');
}

/** Free TCP ports on 127.0.0.1, held together while chosen so they differ. */
async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<Server>((res, rej) => {
      const s = createServer();
      s.once('error', rej);
      s.listen(0, '127.0.0.1', () => res(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

function pidOf(file: string): number | null {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/** Alive and not a zombie (a daemon reaped by nobody yet counts as stopped). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function until(what: string, pred: () => boolean | Promise<boolean>, timeoutMs: number, diag: () => string = () => ''): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error(`SLURM test cluster: timed out waiting for ${what}${diag()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface ClusterOptions {
  /** node names (default n1, n2) */
  nodes?: string[];
  /** CPUs each node declares (default max(4, logical CPUs): two tasks per node fit on a 2-core machine) */
  cpus?: number;
}

export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const missing = missingTools();
  if (missing.length > 0) throw new Error(`SLURM test cluster: missing ${missing.join(', ')} (install slurm-wlm and munge)`);
  const nodes = opts.nodes ?? ['n1', 'n2'];
  const ncpu = opts.cpus ?? Math.max(4, cpus().length);
  const dir = mkdtempSync(join(tmpdir(), 'jc-slurm-'));
  chmodSync(dir, 0o755);
  const mdir = join(dir, 'munge');
  for (const d of [mdir, join(dir, 'state'), join(dir, 'spool'), join(dir, 'log')]) mkdirSync(d, { recursive: true });
  // munged refuses a socket dir without execute permission for all
  chmodSync(mdir, 0o755);
  const sock = join(mdir, 'munge.sock');
  const stops: Array<() => Promise<void>> = [];
  const logs = (): string => {
    const out: string[] = [];
    for (const f of ['slurmctld.log', ...nodes.map((n) => `slurmd-${n}.log`)]) {
      try {
        out.push(`--- ${f}\n${readFileSync(join(dir, 'log', f), 'utf8').split('\n').slice(-15).join('\n')}`);
      } catch {
        // not written yet
      }
    }
    return out.length ? `\n${out.join('\n')}` : '';
  };
  const stop = async (): Promise<void> => {
    for (const s of stops.reverse()) await s().catch(() => {});
    stops.length = 0;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    execFileSync(which('mungekey'), ['-c', '-b', '1024', '-k', join(mdir, 'munge.key')], { stdio: 'pipe' });
    execFileSync(
      which('munged'),
      [`--key-file=${join(mdir, 'munge.key')}`, `--socket=${sock}`, `--pid-file=${join(mdir, 'munged.pid')}`,
        `--log-file=${join(dir, 'log', 'munged.log')}`, `--seed-file=${join(mdir, 'munged.seed')}`],
      { stdio: 'pipe' },
    );
    stops.push(() => killByPidFile(join(mdir, 'munged.pid')));

    const [ctld, ...nodePorts] = await freePorts(1 + nodes.length);
    const conf = join(dir, 'slurm.conf');
    const L = (f: string) => join(dir, 'log', f);
    writeFileSync(
      conf,
      [
        'ClusterName=ci',
        'SlurmctldHost=localhost(127.0.0.1)',
        `SlurmctldPort=${ctld}`,
        'SlurmUser=root',
        'SlurmdUser=root',
        'AuthType=auth/munge',
        'CredType=cred/munge',
        `AuthInfo=socket=${sock}`,
        // without NoCtldInAddrAny slurmctld listens on 0.0.0.0: loopback only
        'CommunicationParameters=NoInAddrAny,NoCtldInAddrAny',
        'ProctrackType=proctrack/linuxproc',
        'TaskPlugin=task/none',
        'SelectType=select/cons_tres',
        'SelectTypeParameters=CR_Core',
        // the nodes declare more CPUs than this machine may have
        'SlurmdParameters=config_overrides',
        'ReturnToService=2',
        'KillWait=5',
        'MailProg=/bin/true',
        `StateSaveLocation=${join(dir, 'state')}`,
        `SlurmdSpoolDir=${join(dir, 'spool')}/%n`,
        `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
        `SlurmdPidFile=${join(dir, 'slurmd-%n.pid')}`,
        `SlurmctldLogFile=${L('slurmctld.log')}`,
        `SlurmdLogFile=${L('slurmd-%n.log')}`,
        'AccountingStorageType=accounting_storage/none',
        'JobAcctGatherType=jobacct_gather/linux',
        ...nodes.map((n, i) => `NodeName=${n} NodeHostname=localhost NodeAddr=127.0.0.1 Port=${nodePorts[i]} CPUs=${ncpu} State=UNKNOWN`),
        'PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP',
        '',
      ].join('\n'),
    );
    const env: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: conf };
    // a test's PATH may lack /usr/sbin; the clients (srun...) are in /usr/bin
    execFileSync(which('slurmctld'), ['-f', conf], { stdio: 'pipe', env });
    stops.push(async () => {
      await run(which('scancel'), ['--quiet', '--full', '--user=root'], { env }).catch(() => {});
      await until('an empty queue', async () => {
        const r = await run(which('squeue'), ['-h', '-o', '%i'], { env }).catch(() => ({ stdout: '' }));
        return r.stdout.trim() === '';
      }, 15_000).catch(() => {});
      for (const n of nodes) await killByPidFile(join(dir, `slurmd-${n}.pid`));
      await killByPidFile(join(dir, 'slurmctld.pid'));
    });
    for (const n of nodes) execFileSync(which('slurmd'), ['-f', conf, '-N', n], { stdio: 'pipe', env });
    await until(`nodes ${nodes.join(', ')} idle`, async () => {
      const r = await run(which('sinfo'), ['-h', '-N', '-t', 'idle', '-o', '%N'], { env }).catch(() => ({ stdout: '' }));
      const idle = new Set(r.stdout.split('\n').map((l) => l.trim()));
      return nodes.every((n) => idle.has(n));
    }, 30_000, logs);
    return { dir, conf, nodes, env, stop };
  } catch (err) {
    const detail = logs();
    await stop();
    throw err instanceof Error ? new Error(err.message + detail) : err;
  }
}

async function killByPidFile(file: string): Promise<void> {
  const pid = pidOf(file);
  if (pid === null || !alive(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  await until(`pid ${pid} (${file}) to stop`, () => !alive(pid), 10_000).catch(() => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  });
}
