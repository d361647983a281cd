// PID namespace mapping on the real /proc: a process in a child PID namespace (unshare -p -f) has two
// NSpid entries; nvidia-smi prints the outer one.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { skipWithout } from '../../helpers/tools.ts';
import { createHostPidMapper, parseNsPid, pidNamespace, readNsPids } from '../../../src/meter/procfs/nspid.ts';

const dir = mkdtempSync(join(tmpdir(), 'jc-nspid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const canUnshare = spawnSync('unshare', ['-p', '-f', 'true']).status === 0;

/** Pid of the first child of `ppid`, from /proc/<pid>/stat ppid fields. */
function childOf(ppid: number): number | null {
  const kids = readFileSync(`/proc/${ppid}/task/${ppid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return kids.length > 0 ? Number(kids[0]) : null;
}

describe('NSpid', () => {
  it('parses the status line; kernels without it give null', () => {
    expect(parseNsPid('Name:\tsleep\nNSpid:\t9147\t2\nNSpgid:\t9147\t2\n')).toEqual([9147, 2]);
    expect(parseNsPid('Name:\tsleep\nPid:\t9147\n')).toBeNull();
  });

  it('our own process: one NSpid entry per namespace level, the first is the pid we know', () => {
    const chain = readNsPids(process.pid)!;
    expect(chain[0]).toBe(process.pid);
    expect(readNsPids('self')).toEqual(chain);
    expect(readNsPids(2 ** 22 + 12345)).toBeNull(); // beyond pid_max: gone
    expect(createHostPidMapper('/proc').map(process.pid)).toBe(process.pid); // on the host: identity
  });

  it.skipIf(skipWithout('unshare -p (util-linux, root)', canUnshare, 'run the tests as root with util-linux installed'))('a process in a child PID namespace maps from its host pid to its inner pid', async () => {
    const u = spawn('unshare', ['-p', '-f', 'sleep', '5'], { stdio: 'ignore' });
    try {
      let inner: number | null = null;
      for (let i = 0; i < 50 && inner === null; i++) {
        await new Promise((r) => setTimeout(r, 50));
        inner = childOf(u.pid!);
      }
      expect(inner).not.toBeNull();
      const chain = readNsPids(inner!)!;
      expect(chain).toEqual([inner, 1]); // host pid, then pid 1 inside its namespace
      const ns = pidNamespace(inner!)!;
      expect(ns).toMatch(/^pid:\[\d+\]$/);
      expect(ns).not.toBe(pidNamespace('self'));
      // A meter living in that namespace, with the host /proc mounted: its "self" is a view whose
      // ns/pid is the child's namespace (built here as a fake self-proc dir pointing at the real link).
      const selfRoot = join(dir, 'selfproc');
      mkdirSync(join(selfRoot, 'self', 'ns'), { recursive: true });
      symlinkSync(ns, join(selfRoot, 'self', 'ns', 'pid'));
      const mapper = createHostPidMapper('/proc', selfRoot);
      expect(mapper.map(inner!)).toBe(1);
      expect(mapper.map(process.pid)).toBeNull(); // host process, not in that namespace
    } finally {
      u.kill('SIGKILL');
    }
  });

  it('a host /proc bind-mount shape: only processes of our namespace map, to their innermost pid', () => {
    const host = join(dir, 'hostproc');
    const mk = (pid: number, nspid: number[], ns: string): void => {
      mkdirSync(join(host, String(pid), 'ns'), { recursive: true });
      writeFileSync(join(host, String(pid), 'status'), `Name:\tpython\nPid:\t${pid}\nNSpid:\t${nspid.join('\t')}\n`);
      symlinkSync(ns, join(host, String(pid), 'ns', 'pid'));
    };
    mk(41000, [41000, 7], 'pid:[4026532999]');
    mk(41001, [41001, 7], 'pid:[4026533111]'); // another container's pid 7
    const self = join(dir, 'containerproc');
    mkdirSync(join(self, 'self', 'ns'), { recursive: true });
    symlinkSync('pid:[4026532999]', join(self, 'self', 'ns', 'pid'));
    const m = createHostPidMapper(host, self);
    expect(m.map(41000)).toBe(7);
    expect(m.map(41001)).toBeNull();
    expect(m.map(41002)).toBeNull();
  });
});
